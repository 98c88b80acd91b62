"""The handover checklist every force starts from; teams edit their own copies in the app."""

from __future__ import annotations

DEFAULT_TEMPLATE_NAME = "Standard handover"

# (title, detail, required)
DEFAULT_TEMPLATE_ITEMS: tuple[tuple[str, str, bool], ...] = (
    (
        "Introduce the successor to each partner SPOC",
        "In person, or by a joint call or email; tell each partner when the change takes effect.",
        True,
    ),
    (
        "Shared mailboxes and system access",
        "Request access to team mailboxes, partner portals and case systems; remove your own.",
        True,
    ),
    (
        "Files and documents",
        "Move working files, minutes and signed agreements to the shared drive; say where.",
        True,
    ),
    (
        "Diary commitments",
        "Forward recurring meeting invitations and tell organisers who will attend from now on.",
        True,
    ),
    (
        "Brief on partner relationships",
        "What works with each partner, sensitivities, and promises made that are still open.",
        False,
    ),
)

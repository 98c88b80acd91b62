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

# The same checklist for teams working in Welsh.
DEFAULT_TEMPLATE_NAME_CY = "Trosglwyddiad safonol"
DEFAULT_TEMPLATE_ITEMS_CY: tuple[tuple[str, str, bool], ...] = (
    (
        "Cyflwyno’r olynydd i bob SPOC partner",
        "Wyneb yn wyneb, neu drwy alwad neu e-bost ar y cyd; dywedwch wrth bob partner pryd "
        "y daw’r newid i rym.",
        True,
    ),
    (
        "Blychau post a rennir a mynediad at systemau",
        "Gofynnwch am fynediad at flychau post y tîm, pyrth partneriaid a systemau achosion; "
        "tynnwch eich mynediad eich hun.",
        True,
    ),
    (
        "Ffeiliau a dogfennau",
        "Symudwch ffeiliau gwaith, cofnodion a chytundebau wedi’u llofnodi i’r gyriant a rennir; "
        "dywedwch ble.",
        True,
    ),
    (
        "Ymrwymiadau’r dyddiadur",
        "Anfonwch wahoddiadau i gyfarfodydd rheolaidd ymlaen a dywedwch wrth y trefnwyr pwy fydd "
        "yn mynd o hyn ymlaen.",
        True,
    ),
    (
        "Briffio ar berthnasoedd â phartneriaid",
        "Beth sy’n gweithio gyda phob partner, materion sensitif, ac addewidion sy’n dal ar agor.",
        False,
    ),
)


def default_template(language: str) -> tuple[str, tuple[tuple[str, str, bool], ...]]:
    """The default checklist's name and items in ``language`` (English unless "cy")."""
    if language == "cy":
        return DEFAULT_TEMPLATE_NAME_CY, DEFAULT_TEMPLATE_ITEMS_CY
    return DEFAULT_TEMPLATE_NAME, DEFAULT_TEMPLATE_ITEMS

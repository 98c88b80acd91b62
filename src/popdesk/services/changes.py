"""What a colleague changed on a server store, in the words of the window's sections, so open
lists and the dashboard follow without being refreshed by hand."""

from __future__ import annotations

from collections.abc import Callable

# The sections that show each table's records; every change shows on the dashboard too.
SHOWN_IN: dict[str, tuple[str, ...]] = {
    "organisations": ("organisations", "spocs", "stakeholders"),
    "neighbourhoods": ("organisations", "problems"),
    "contacts": ("contacts", "organisations", "spocs"),
    "contact_phones": ("contacts",),
    "contact_emails": ("contacts",),
    "staff": ("spocs", "groups", "handovers", "actions"),
    "topics": ("spocs",),
    "spoc_assignments": ("spocs", "organisations"),
    "groups": ("groups",),
    "representations": ("groups",),
    "meetings": ("groups",),
    "meeting_attendance": ("groups",),
    "engagements": ("engagements", "organisations"),
    "actions": ("actions", "engagements"),
    "problems": ("problems",),
    "problem_partners": ("problems",),
    "agreements": ("agreements",),
    "agreement_parties": ("agreements",),
    "data_sources": ("agreements",),
    "handovers": ("handovers",),
    "handover_items": ("handovers",),
    "handover_signoffs": ("handovers",),
    "stakeholder_ratings": ("stakeholders",),
}


class ChangeFeed:
    """Waits for the server's notices of changes and says which sections they touch."""

    def __init__(self, wait: Callable[[float], set[str]], close: Callable[[], None]) -> None:
        self._wait = wait
        self._close = close

    def next_changes(self, timeout: float) -> set[str]:
        """The sections touched by changes within ``timeout`` seconds (empty if none)."""
        sections: set[str] = set()
        for table in self._wait(timeout):
            sections.update(SHOWN_IN.get(table, ()))
            sections.add("dashboard")
        return sections

    def close(self) -> None:
        self._close()

"""The words popdesk prints on its documents, in the reader's language.

The PDF builders ask a ``Words`` for every heading, label and phrase they print
(``words.translate("Pdf", "Partner SPOCs")``, which Qt's lupdate collects into the translations)
and for every date. English is the default; the desktop app hands its own, backed by Qt's
translation of the interface, so a Welsh interface prints Welsh documents.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

Day = date  # in the classes below, "date" names their method


class Words(Protocol):
    def translate(self, context: str, text: str) -> str: ...

    def date(self, value: Day | datetime | None) -> str: ...

    def long_date(self, value: Day | datetime) -> str: ...


class English:
    """The words as written, dates as "07 Mar 2026" (long: "Saturday 07 March 2026")."""

    def translate(self, context: str, text: str) -> str:
        return text

    def date(self, value: Day | datetime | None) -> str:
        return f"{value:%d %b %Y}" if value else ""

    def long_date(self, value: Day | datetime) -> str:
        return f"{value:%A %d %B %Y}"


def item_title(words: Words, title: str) -> str:
    """A handover item's title in the reader's words. The handover service writes titles such
    as "SPOC for Glanafon Council: Licensing" or "Seat on Riverside PACT (member)" when the
    handover starts, and they are kept as written; the prefix and the seat's role are
    translated when shown."""
    for prefix, shown in (
        ("Deputy SPOC for ", words.translate("Items", "Deputy SPOC for {0}")),
        ("SPOC for ", words.translate("Items", "SPOC for {0}")),
        ("Seat on ", words.translate("Items", "Seat on {0}")),
        ("Lead on problem: ", words.translate("Items", "Lead on problem: {0}")),
        ("Owner of agreement: ", words.translate("Items", "Owner of agreement: {0}")),
    ):
        if title.startswith(prefix):
            rest = title[len(prefix) :]
            if rest.endswith(")") and " (" in rest:  # "Seat on X (member)"
                name, role = rest[:-1].rsplit(" (", 1)
                shown_role = words.translate("Enums", role.capitalize()).lower()
                rest = f"{name} ({shown_role})"
            return shown.format(rest)
    return title

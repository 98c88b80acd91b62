"""Ordering names the way a reader expects: Łukasz beside Lucy, Zoë beside Zoe."""

from __future__ import annotations

import unicodedata

# Letters that are not a base letter plus an accent in Unicode, so NFKD leaves them alone.
_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
    }
)


def sort_key(name: str) -> tuple[str, str]:
    """Accent- and case-blind first, then exact, so the order is stable and total."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return (base.casefold(), name)

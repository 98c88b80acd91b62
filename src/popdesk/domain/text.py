"""Ordering names the way a reader expects: Łukasz beside Lucy, Zoë beside Zoe."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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


@lru_cache(maxsize=65_536)  # names come round again and again: organisations, sorting
def fold(name: str) -> str:
    """The name without accents or case: "Łukasz Ó Súilleabháin" -> "lukasz o suilleabhain"."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def sort_key(name: str) -> tuple[str, str]:
    """Accent- and case-blind first, then exact, so the order is stable and total."""
    return (fold(name), name)

"""Finding a person's name, numbers and addresses in free text whatever their case or accents
("łukasz nowak", "LUKASZ NOWAK" and "Łukasz Nowak" alike), and replacing exactly what was
found, in the text as it was written."""

from __future__ import annotations

import re
from collections.abc import Iterable

from popdesk.domain.text import fold


def folded_with_positions(text: str) -> tuple[str, list[int]]:
    """``text`` folded (no case, no accents), and for each folded character the index of the
    character of ``text`` it came from (folding may turn one character into two, "ß" -> "ss",
    or drop an accent written as a character of its own)."""
    out: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        piece = fold(ch)
        out.append(piece)
        where.extend([index] * len(piece))
    return "".join(out), where


def _pattern(needles: Iterable[str], whole_words: bool) -> re.Pattern[str] | None:
    folded = sorted({fold(n) for n in needles if n and fold(n).strip()}, key=len, reverse=True)
    if not folded:
        return None
    body = "|".join(re.escape(n) for n in folded)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if whole_words else body)


def find(text: str, needles: Iterable[str], *, whole_words: bool = False) -> list[tuple[int, int]]:
    """Where any of ``needles`` stands in ``text``, as (start, end) indices of ``text``."""
    pattern = _pattern(needles, whole_words)
    if pattern is None or not text:
        return []
    folded, where = folded_with_positions(text)
    spans = []
    for match in pattern.finditer(folded):
        if match.end() > match.start():
            spans.append((where[match.start()], where[match.end() - 1] + 1))
    return spans


def redact(text: str, needles: Iterable[str], marker: str, *, whole_words: bool = False) -> str:
    """``text`` with every place a needle stands replaced by ``marker``."""
    spans = find(text, needles, whole_words=whole_words)
    if not spans:
        return text
    out: list[str] = []
    last = 0
    for start, end in spans:
        if start < last:
            continue
        out.extend((text[last:start], marker))
        last = end
    out.append(text[last:])
    return "".join(out)


def name_parts(name: str) -> list[str]:
    """The words of a name that could stand for the person alone: forenames and surnames of
    three letters or more ("Łukasz", "Nowak"; not "Ó" or "ap")."""
    return [word for word in re.findall(r"[\w'’-]+", name) if len(word.strip("'’-")) >= 3]

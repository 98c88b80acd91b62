"""Contacts in vCard (2.1, 3.0 and 4.0 read, with ``vobject``; 3.0 written), as Outlook, Apple
Contacts, Google, Android and Lotus Notes write them: grouped properties (``item1.TEL`` with its
``item1.X-ABLabel``), quoted-printable, folded lines.

Before ``vobject`` sees a file, one pass over its lines cuts it into cards and keeps only the
properties popdesk reads: photos, sounds, keys and logos (and everything else popdesk does not
keep) are passed over without being decoded, so a card with a 15 MB photo costs no more than one
without, and a property popdesk does not keep cannot make a card unreadable. Each card is then
read on its own: a card that cannot be read is reported as refused and the others still arrive."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import ValidationError
from popdesk.interchange.model import IncomingContact
from popdesk.interchange.textfile import read_text

MAX_CARDS = 100_000
MAX_NESTING = 50  # a vCard 2.1 AGENT holds a card inside a card; no program goes deeper than that
# Lines of refused cards read again one by one, in a whole file (each costs ~0.15 ms): enough for
# every real card, and no damaged file can make the reading slow.
RETRIED_LINES = 20_000
# The properties popdesk reads; every other one is dropped before parsing.
KEPT = frozenset(
    {
        "VERSION",
        "FN",
        "N",
        "ORG",
        "TITLE",
        "TEL",
        "EMAIL",
        "NOTE",
        "X-ABLABEL",
        "X-POPDESK-PREFERRED",
        "X-POPDESK-REVIEW",
    }
)
PREFERRED = "X-POPDESK-PREFERRED"
REVIEW = "X-POPDESK-REVIEW"
_TYPE_LABELS = {
    "work": "Work",
    "cell": "Mobile",
    "mobile": "Mobile",
    "home": "Home",
    "main": "Office",
    "fax": "Fax",
    "pager": "Pager",
    "other": "Other",
    "iphone": "Mobile",
}
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")
_PROPERTY = re.compile(r"(?:[A-Za-z0-9_-]+\.)?([A-Za-z0-9_-]+)[ \t]*[;:]")
_BEGIN_VCARD = re.compile(r"^[ \t]*BEGIN[ \t]*:[ \t]*VCARD", re.IGNORECASE | re.MULTILINE)


def read_vcards(path: Path) -> list[IncomingContact]:
    return parse_vcards(read_text(path, what="a vCard"), path.name)


def parse_vcards(text: str, name: str = "the file") -> list[IncomingContact]:
    """Every card of ``text``: a card that cannot be read comes back with its ``problem`` said,
    for the preview to list as refused. Raises only when the file as a whole is not a vCard
    file or holds no card that can be read."""
    if not _BEGIN_VCARD.search(text):
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} is not a vCard file: it has no BEGIN:VCARD."),
            name,
            field="file",
        )
    cards: list[IncomingContact] = []
    failures: list[_Card] = []
    retries = [RETRIED_LINES]
    for card in split_cards(text):
        if len(cards) >= MAX_CARDS:
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} holds more than {1:,} contacts; split it."),
                name,
                MAX_CARDS,
                field="file",
            )
        contact = _read_card(card, len(cards) + 1, retries)
        if contact.problem is not None:
            failures.append(card)
        cards.append(contact)
    if not cards:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} holds no contacts."),
            name,
            field="file",
        )
    if len(failures) == len(cards):  # nothing in it can be read: say why, as one refusal
        first = failures[0]
        if first.nesting > MAX_NESTING:
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{0} is not a vCard popdesk can read: its cards are nested "
                    "thousands deep, which no contacts program writes. Nothing "
                    "was imported.",
                ),
                name,
                field="file",
            )
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP(
                "Errors", "{0} is not a vCard popdesk can read ({1}: {2}). Nothing was imported."
            ),
            name,
            first.error[0] if first.error else "ParseError",
            first.error[1] if first.error else "the card is cut short",
            field="file",
        )
    return cards


@dataclass
class _Card:
    """One card's kept lines, as ``vobject`` will read them, and what was seen on the way."""

    lines: list[str]
    name: str = ""  # the FN as written, to name a card that cannot be read
    nesting: int = 1
    complete: bool = False
    error: tuple[str, str] | None = None


def split_cards(text: str) -> Iterator[_Card]:
    """The cards of ``text`` with only the properties in ``KEPT``, in one pass over its lines.

    A property's value goes on over folded lines (they start with a space or a tab), over
    quoted-printable soft line breaks (a line ending in "="), and, for vCard 2.1 base64, over
    lines of base64 up to a blank line. Soft breaks are joined here (in linear time: each line
    is added once to a list, joined once); lines of a property not kept are passed over without
    being copied."""
    card: _Card | None = None
    depth = 0
    pieces: list[str] | None = None  # the property being read, if it is kept
    qp = base64 = False  # the property being read is quoted-printable / 2.1 base64
    soft = False  # its last line ended in a quoted-printable soft break
    property_name = ""

    def finish() -> None:
        nonlocal pieces
        if pieces is not None and card is not None:
            line = "".join(pieces)
            card.lines.append(line)
            if property_name == "FN" and not card.name:
                card.name = line.partition(":")[2][:80].strip()
        pieces = None

    for match in _LINE.finditer(text):
        line = match.group(1)
        if soft:  # quoted-printable: this line goes on from the last one
            soft = line.endswith("=")
            if pieces is not None:
                pieces[-1] = pieces[-1][:-1]
                pieces.append(line)
            continue
        if not line.strip():
            base64 = False  # a blank line ends vCard 2.1 base64
            continue
        if line[0] in " \t":  # folded
            if pieces is not None:
                pieces.append("\r\n" + line)
            continue
        if base64 and ":" not in line:
            continue
        found = _PROPERTY.match(line)
        finish()
        if found is None:  # not a property: passed over
            qp = base64 = False
            continue
        property_name = found.group(1).upper()
        colon = line.find(":")
        head = line[:colon].upper() if colon >= 0 else ""
        qp = "QUOTED-PRINTABLE" in head
        base64 = "BASE64" in head
        soft = qp and line.endswith("=")
        if property_name in ("BEGIN", "END") and line[colon + 1 :].strip().upper() == "VCARD":
            if property_name == "BEGIN":
                depth += 1
                if depth == 1:
                    card = _Card([])
                elif card is not None:
                    card.nesting = max(card.nesting, depth)
            elif depth > 0:
                depth -= 1
                if depth == 0 and card is not None:
                    card.complete = True
                    yield card
                    card = None
            continue
        if depth == 1 and property_name in KEPT:
            pieces = [_quoted_labels(line, colon) if " " in head else line]
    finish()
    if card is not None:  # the file ends inside a card
        yield card


def _quoted_labels(line: str, colon: int) -> str:
    """Android writes a label of the user's own as a parameter ("TEL;X-Duty phone:..."), which
    vobject cannot read for its space; it is given as TYPE="X-Duty phone" instead."""
    name, *params = line[:colon].split(";")
    params = [p if "=" in p or " " not in p.strip() else f'TYPE="{p.strip()}"' for p in params]
    return ";".join([name, *params]) + line[colon:]


def _read_card(card: _Card, number: int, retries: list[int]) -> IncomingContact:
    if card.nesting > MAX_NESTING:
        reason = f"it holds cards nested {card.nesting:,} deep, which no contacts program writes"
    elif not card.complete:
        reason = "the card is cut short (the file ends before its END:VCARD)"
    else:
        try:
            return _contact(_parsed(card.lines), number)
        except Exception as exc:  # vobject raises ParseError, ValueError, LookupError ...
            said = re.sub(r"^At line \d+: ", "", str(exc))  # a line of the card, not the file
            card.error = (type(exc).__name__, said[:120])
        contact = None
        if len(card.lines) <= retries[0]:
            retries[0] -= len(card.lines)
            contact = _without_unreadable_lines(card, number)
        if contact is not None:
            return contact
        reason = f"this card cannot be read ({card.error[0]}: {card.error[1]})"
    return IncomingContact(name=card.name, line=number, problem=reason)


def _parsed(lines: list[str]) -> Any:
    import vobject

    return vobject.readOne("\r\n".join(["BEGIN:VCARD", *lines, "END:VCARD", ""]))


def _without_unreadable_lines(card: _Card, number: int) -> IncomingContact | None:
    """A card ``vobject`` refused, read again without the lines it cannot read on their own
    (a broken number, a note in a character set no one knows): the person arrives, the lines
    left out are said. None if what is left names no one."""
    version = [line for line in card.lines if line[:8].upper() == "VERSION:"]
    readable, unreadable = [], []
    for line in card.lines:
        try:
            _parsed([*version, line])
        except Exception:
            unreadable.append(" ".join(line.split())[:60])
            continue
        readable.append(line)
    if not unreadable:
        return None
    try:
        contact = _contact(_parsed(readable), number)
    except Exception:
        return None
    if not contact.name:
        return None
    left_out = "; ".join(unreadable)
    return dataclasses.replace(contact, warnings=(f"left out, cannot be read: {left_out}",))


def _contact(card: Any, number: int) -> IncomingContact:
    contents = card.contents
    name = _text(contents.get("fn"))
    if not name and "n" in contents:
        n = contents["n"][0].value
        name = " ".join(
            p for p in (n.prefix, n.given, n.additional, n.family, n.suffix) if p and str(p).strip()
        )
    org_value = contents["org"][0].value if "org" in contents else None
    organisation = None
    if org_value:
        parts = org_value if isinstance(org_value, list) else [org_value]
        organisation = str(parts[0]).strip() or None
    labels = {
        line.group: str(line.value).strip() for line in contents.get("x-ablabel", []) if line.group
    }
    phones = tuple(
        (_label(line, labels), _number(line.value))
        for line in contents.get("tel", [])
        if _number(line.value)
    )
    emails = tuple(
        str(line.value).strip() for line in contents.get("email", []) if str(line.value).strip()
    )
    return IncomingContact(
        name=name,
        organisation=organisation,
        job_title=_text(contents.get("title")) or None,
        phones=phones,
        emails=emails,
        notes=_text(contents.get("note")) or None,
        preferred_channel=_text(contents.get(PREFERRED.lower())) or None,
        review_due=_text(contents.get(REVIEW.lower())) or None,
        line=number,
    )


def _number(value: object) -> str:
    """vCard 4.0 writes numbers as tel: URIs ("tel:+44-29-2018-0611")."""
    text = str(value).strip()
    return text[4:].replace("-", " ") if text.lower().startswith("tel:") else text


def _text(lines: list[Any] | None) -> str:
    if not lines:
        return ""
    value = lines[0].value
    return (" ".join(str(v) for v in value) if isinstance(value, list) else str(value)).strip()


def _label(line: Any, labels: dict[str, str]) -> str | None:
    if line.group and line.group in labels:
        label = re.sub(r"^_\$!<(.*)>!\$_$", r"\1", labels[line.group])  # Apple's own names
        return label.strip() or None
    types = [*line.params.get("TYPE", []), *getattr(line, "singletonparams", [])]
    custom = None
    for t in types:
        for part in t.split(","):
            if part.lower() in _TYPE_LABELS:
                return _TYPE_LABELS[part.lower()]
            if part[:2].upper() == "X-" and part[2:].strip() and custom is None:
                custom = part[2:].strip()[:40]  # Android's own label: "TEL;X-Duty phone:"
    return custom


# writing -----------------------------------------------------------------------------------


MARKING = "X-POPDESK-MARKING"  # the file's security marking, on every card


def contacts_to_vcards(contacts: Iterable[Any], marking: str | None = None) -> str:
    """vCard 3.0, one card a contact, with a stable UID (the contact's id) and, if given, the
    security marking of the file on each card."""
    import vobject

    out = []
    for c in contacts:
        card = vobject.vCard()
        card.add("uid").value = f"urn:uuid:{c.id}"
        card.add("fn").value = c.name
        parts = c.name.rsplit(" ", 1)
        card.add("n").value = vobject.vcard.Name(
            family=parts[-1] if len(parts) > 1 else c.name, given=parts[0] if len(parts) > 1 else ""
        )
        if c.organisation is not None:
            card.add("org").value = [c.organisation.name]
        if c.job_title:
            card.add("title").value = c.job_title
        for number, phone in enumerate(c.phones, start=1):
            tel = card.add("tel")
            tel.value = phone.number
            tel.type_param = _vcard_type(phone.label)
            if phone.label:  # the label as written, the way Apple and Google keep it
                tel.group = f"item{number}"
                label = card.add("x-ablabel")
                label.group = f"item{number}"
                label.value = phone.label
        for address in c.emails:
            email = card.add("email")
            email.value = address
            email.type_param = "INTERNET"
        if c.notes:
            card.add("note").value = c.notes
        if c.preferred_channel is not None:  # popdesk's own: other programs pass them over
            card.add(PREFERRED.lower()).value = c.preferred_channel.value
        if c.review_due is not None:
            card.add(REVIEW.lower()).value = c.review_due.isoformat()
        if marking:
            card.add(MARKING.lower()).value = marking
        out.append(card.serialize())
    return "".join(out)


def _vcard_type(label: str | None) -> str:
    if not label:
        return "VOICE"
    lowered = label.lower()
    if lowered in ("mobile", "cell"):
        return "CELL"
    if lowered in ("home",):
        return "HOME"
    return "WORK"

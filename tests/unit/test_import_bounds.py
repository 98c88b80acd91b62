"""An import never hangs and never swells: whatever the file chosen (a named pipe, a link to a
device, a vCard with a photo of many megabytes or a long quoted-printable note), popdesk answers
in bounded time and memory, with one message when it refuses, and the store unchanged."""

from __future__ import annotations

import base64
import os
import threading
import time
import tracemalloc
from pathlib import Path

import pytest

from popdesk.errors import ValidationError
from popdesk.interchange.vcards import read_vcards
from popdesk.services import Services
from tests.builders import small_world

posix_only = pytest.mark.skipif(os.name != "posix", reason="named pipes and /dev are POSIX")


def state(services: Services) -> tuple[object, ...]:
    return (services.partners.list_contacts(), services.audit.count())


def refusal(services: Services, path: Path, seconds: float = 10) -> str:
    """The message of reading ``path``, from a thread: a read that hangs fails the test."""
    said: list[BaseException] = []

    def read() -> None:
        try:
            services.imports.read(path)
        except BaseException as exc:
            said.append(exc)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():  # let a hung open go before failing
        with open(os.open(path, os.O_WRONLY | os.O_NONBLOCK), "wb"):
            pass
        pytest.fail(f"reading {path.name} did not finish in {seconds} s")
    assert said and isinstance(said[0], ValidationError), said
    return said[0].message


@posix_only
def test_a_named_pipe_is_refused_at_once_not_waited_on(services: Services, tmp_path: Path) -> None:
    small_world(services)
    before = state(services)
    pipe = tmp_path / "contacts.vcf"
    os.mkfifo(pipe)
    started = time.monotonic()
    assert refusal(services, pipe) == "contacts.vcf is a named pipe, not a vCard file."
    assert time.monotonic() - started < 5
    assert state(services) == before


@posix_only
@pytest.mark.parametrize(("device", "name"), [("/dev/zero", "zero.vcf"), ("/dev/urandom", "r.csv")])
def test_a_link_to_an_endless_device_is_refused_with_one_message(
    services: Services, tmp_path: Path, device: str, name: str
) -> None:
    small_world(services)
    before = state(services)
    link = tmp_path / name
    link.symlink_to(device)
    what = "a vCard" if name.endswith(".vcf") else "a CSV"
    assert refusal(services, link) == f"{name} is a device, not {what} file."
    assert state(services) == before


def test_a_folder_named_like_a_vcard_is_refused(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "contacts.vcf"
    folder.mkdir()
    assert refusal(services, folder) == "contacts.vcf is a folder, not a vCard file."


def quoted_printable_card(lines: int) -> str:
    """An Android-style card whose note is quoted-printable, broken by soft line breaks every
    few characters: each break must be joined, and joining must not start again each time."""
    note = "=\r\n".join(["Caf=C3=A9 n=C3=B4tes"] * lines)
    return (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Evans;Si=C3=A2n\r\nFN:Sian Evans\r\n"
        "TEL;WORK:029 2018 0123\r\n"
        f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{note}\r\nEND:VCARD\r\n"
    )


def test_a_long_quoted_printable_note_is_read_in_linear_time(
    services: Services, tmp_path: Path
) -> None:
    timings = []
    for lines in (35_000, 70_000):  # about 0.8 MB, then 1.6 MB
        path = tmp_path / f"note-{lines}.vcf"
        path.write_text(quoted_printable_card(lines), encoding="utf-8", newline="")
        started = time.perf_counter()
        plan = services.imports.read(path)
        timings.append(time.perf_counter() - started)
        # the whole note, every break joined
        assert read_vcards(path)[0].notes == "Café nôtes" * lines
        # more than a contact's notes hold: the person arrives, the note cut and the cut said
        (row,) = plan.rows
        assert row.status == "new" and row.checked is not None
        assert row.checked["notes"] == ("Café nôtes" * 2000)[:20_000]
        assert row.reason == "notes cut to their first 20,000 characters"
    one, two = timings
    # twice the text takes about twice the time (joining the breaks one by one again and
    # again took 40 s for 1.4 MB); a loaded machine gets a generous floor
    assert two < max(3 * one, 1.5), timings
    assert two < 10, timings


def test_a_card_with_a_huge_photo_imports_its_person_in_bounded_memory(
    services: Services, tmp_path: Path
) -> None:
    photo = base64.b64encode(os.urandom(6 * 1024 * 1024)).decode()
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    path = tmp_path / "photo.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Siân Evans\r\nN:Evans;Siân;;;\r\n"
        "TEL;TYPE=WORK:029 2018 0123\r\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\n"
        "EMAIL;TYPE=INTERNET:sian.evans@council.example.org\r\nEND:VCARD\r\n",
        encoding="utf-8",
        newline="",
    )
    size = path.stat().st_size
    tracemalloc.start()
    try:
        plan = services.imports.read(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * size, f"peak {peak / 1e6:.0f} MB for a {size / 1e6:.0f} MB file"
    services.imports.commit(plan)
    (sian,) = services.partners.list_contacts()
    assert sian.name == "Siân Evans"
    assert [p.number for p in sian.phones] == ["+442920180123"]
    assert sian.emails == ("sian.evans@council.example.org",)


def test_a_file_larger_than_it_said_is_refused_at_the_cap(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file still being written when it is read (or one whose size lies) is not read past
    the cap: reading stops one byte after it."""
    from popdesk.interchange import textfile

    path = tmp_path / "growing.csv"
    path.write_text("Name,Organisation,Phones,Emails\n" + "Ceri Lloyd,,,\n" * 200)
    real_fstat = os.fstat

    def shrunk(fd: int) -> os.stat_result:
        found = list(real_fstat(fd))
        found[6] = 10  # st_size: it said 10 bytes
        return os.stat_result(found)

    real_read = os.read
    read: list[int] = []

    def counted(fd: int, n: int) -> bytes:
        chunk = real_read(fd, n)
        read.append(len(chunk))
        return chunk

    monkeypatch.setattr(textfile, "MAX_BYTES", 1000)
    monkeypatch.setattr(textfile.os, "fstat", shrunk)
    monkeypatch.setattr(textfile.os, "read", counted)
    with pytest.raises(ValidationError) as refused:
        services.imports.read(path)
    assert "Split it, or export fewer contacts at a time." in refused.value.message
    assert sum(read) == 1001 < path.stat().st_size

"""The CSV and vCard readers fed generated and damaged files: real exports with bytes flipped,
cut short, with property lines pushed in or wrapped in cards thousands deep, and files made up
from vCard's and CSV's own pieces. Each input is read as an import reads it (decoded, parsed,
planned against a store) within a time and a memory limit, and either reads or is refused with
popdesk's own error, never anything else.

POPDESK_FUZZ_EXAMPLES sets how many inputs each reader gets (a longer run: 5000)."""

from __future__ import annotations

import os
import signal
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from popdesk.errors import PopdeskError
from popdesk.interchange import csv_contacts, vcards
from popdesk.interchange.textfile import decode
from popdesk.services import Services
from tests.fuzzing import FUZZ_REPORT

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
EXAMPLES = int(os.environ.get("POPDESK_FUZZ_EXAMPLES", "500"))
SECONDS_EACH = 5.0  # one input, read and planned
MEMORY_EACH = 64 * 1024 * 1024  # traced allocations while reading one input


def samples(suffix: str) -> list[bytes]:
    return [p.read_bytes() for p in sorted(FIXTURES.rglob(f"*{suffix}"))]


VCARDS = samples(".vcf")
CSVS = samples(".csv")
PROPERTY_LINES = [
    b"PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQ",
    b"PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AA\r\n QSkZJRg==",
    b"NOTE;ENCODING=QUOTED-PRINTABLE:a=\r\nb=\r\n=C3=",
    b"FN;CHARSET=nonesuch;ENCODING=QUOTED-PRINTABLE:=C3=93",
    b"item1.TEL;type=pref:029 2018 0123",
    b"item1.X-ABLabel:_$!<Mobile>!$_",
    b"TEL;X-Label of my own:07700 900123",
    b"TEL;VALUE=uri:tel:+1-555-555-5555;ext=1",
    b"EMAIL;TYPE=INTERNET:not an address",
    b"X-POPDESK-PREFERRED:carrier pigeon",
    b"X-POPDESK-REVIEW:2027-02-30",
    b"AGENT:",
    b"BEGIN:VCARD",
    b"END:VCARD",
    b"VERSION:2.1",
    b"VERSION:4.0",
    b"N:;;;;;;;;",
    b"ORG:;",
    b"no property at all",
    b"   ",
    b'TEL;TYPE="work:0',
    b"=",
    b"\x00",
    b"\xff\xfe",
    b'"Name","Organisation","Phones","Emails"',
    b'"a""b",,"=1+1",@x',
    b'"unterminated',
]


@st.composite
def damaged(draw: st.DrawFn, originals: list[bytes]) -> bytes:
    """A real export with a few things done to it."""
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["flip", "cut", "insert", "line", "nest", "repeat", "drop"]))
        at = draw(st.integers(0, len(data)))
        if how == "flip" and data:
            index = min(at, len(data) - 1)
            data[index] ^= 1 << draw(st.integers(0, 7))
        elif how == "cut":
            del data[at:]
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif how == "line":
            start = data.rfind(b"\n", 0, at) + 1
            data[start:start] = draw(st.sampled_from(PROPERTY_LINES)) + b"\r\n"
        elif how == "nest":
            depth = draw(st.sampled_from([2, 3, 60, 2_000]))
            data = bytearray(b"BEGIN:VCARD\r\n" * depth + bytes(data) + b"END:VCARD\r\n" * depth)
        elif how == "repeat":
            data += data[: draw(st.integers(0, 4096))] * draw(st.integers(1, 8))
        elif how == "drop":
            del data[at : at + draw(st.integers(1, 64))]
    return bytes(data)


PIECES = st.sampled_from(PROPERTY_LINES)
SEPARATORS = st.sampled_from([b"\r\n", b"\n", b"\r", b"=\r\n", b"\r\n ", b"\r\n\t", b";", b","])
made_up = st.lists(st.one_of(PIECES, SEPARATORS, st.binary(max_size=24)), max_size=60).map(b"".join)


@contextmanager
def limited(data: bytes) -> Iterator[None]:
    """Fail an input that takes longer than SECONDS_EACH (an alarm, where there are signals)
    or allocates more than MEMORY_EACH while it is read."""

    def too_slow(*_: object) -> None:
        raise TimeoutError(f"reading {len(data)} bytes took more than {SECONDS_EACH} s")

    alarms = hasattr(signal, "setitimer")
    if alarms:
        previous = signal.signal(signal.SIGALRM, too_slow)
        signal.setitimer(signal.ITIMER_REAL, SECONDS_EACH)
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    started = time.monotonic()
    try:
        yield
    finally:
        if alarms:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    peak = tracemalloc.get_traced_memory()[1] - base
    assert peak < MEMORY_EACH, f"reading {len(data)} bytes took {peak / 1e6:.0f} MB"
    assert time.monotonic() - started < SECONDS_EACH * 1.5


@pytest.fixture
def fuzzing(request: pytest.FixtureRequest) -> Iterator[dict[str, int]]:
    """Counts the inputs tried; the count is printed at the end of the run."""
    tried = {"inputs": 0, "refused": 0}
    started = time.monotonic()
    tracemalloc.start()
    try:
        yield tried
    finally:
        tracemalloc.stop()
        request.config.stash[FUZZ_REPORT].append(
            f"{request.node.name}: {tried['inputs']} inputs "
            f"({tried['refused']} refused with popdesk's message) "
            f"in {time.monotonic() - started:.1f} s"
        )


def feed(tried: dict[str, int], data: bytes, read: Callable[[bytes], object]) -> None:
    tried["inputs"] += 1
    with limited(data):
        try:
            read(data)
        except PopdeskError:
            tried["refused"] += 1


FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # the time limit is the alarm's, the same on a loaded machine
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
    database=None,
)


def plan_vcard(services: Services) -> Callable[[bytes], object]:
    def read(data: bytes) -> object:
        text = decode(data, "fuzz.vcf", "a vCard")
        return services.imports.plan(vcards.parse_vcards(text, "fuzz.vcf"), "fuzz.vcf", "vCard")

    return read


def plan_csv(services: Services) -> Callable[[bytes], object]:
    def read(data: bytes) -> object:
        table = csv_contacts.parse_csv(decode(data, "fuzz.csv", "a CSV"), "fuzz.csv")
        mapping = None if table.layout else csv_contacts.guess_mapping(table.headers)
        incoming = csv_contacts.contacts_from_table(table, mapping)
        return services.imports.plan(incoming, "fuzz.csv", "CSV")

    return read


@FUZZ
@given(data=st.one_of(damaged(VCARDS), damaged(VCARDS), damaged(VCARDS), made_up))
def test_the_vcard_reader_reads_or_refuses_anything(
    services: Services, fuzzing: dict[str, int], data: bytes
) -> None:
    feed(fuzzing, data, plan_vcard(services))


@FUZZ
@given(data=st.one_of(damaged(CSVS), damaged(CSVS), damaged(CSVS), made_up, damaged(VCARDS)))
def test_the_csv_reader_reads_or_refuses_anything(
    services: Services, fuzzing: dict[str, int], data: bytes
) -> None:
    feed(fuzzing, data, plan_csv(services))


def test_the_fuzzing_would_catch_a_reader_that_fails_its_own_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An error that is not popdesk's, or an input that hangs, fails the run."""
    monkeypatch.setattr(__import__(__name__, fromlist=["_"]), "SECONDS_EACH", 0.2)

    def broken(_: bytes) -> Any:
        raise KeyError("not popdesk's")

    with pytest.raises(KeyError):
        feed({"inputs": 0, "refused": 0}, b"x", broken)
    if hasattr(signal, "setitimer"):
        tracemalloc.start()
        try:
            with pytest.raises(TimeoutError):
                feed({"inputs": 0, "refused": 0}, b"x", lambda _: time.sleep(SECONDS_EACH * 2))
        finally:
            tracemalloc.stop()

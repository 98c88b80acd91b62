"""A store survives being killed mid-write and a full disk: whole batches or none, never a
damaged file."""

from __future__ import annotations

import os
import random
import re
import resource
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from popdesk.db.store import open_store
from popdesk.services import Services
from tests.stores import raw

ROOT = Path(__file__).resolve().parents[2]
BATCH = 400  # contacts an import; one import takes about a second


def batches(path: Path) -> Counter[str]:
    with raw(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = [r[0] for r in conn.execute("SELECT name FROM contacts WHERE name LIKE 'Batch %'")]
    return Counter(re.match(r"Batch (\d+) ", n)[1] for n in names)  # type: ignore[index]


def seeded_store(path: Path) -> None:
    store = open_store(path, create=True)
    Services.over(store.sessions).partners.create_organisation(name="Ynys Council", sector="health")
    store.close(backup=False)


@pytest.mark.skipif(os.name != "posix", reason="kill -9 is a POSIX signal")
def test_twenty_five_kills_during_an_import_leave_a_whole_store_and_whole_imports(
    tmp_path: Path,
) -> None:
    """``popdesk import`` killed at a random moment, 25 times: before it opens the store,
    while it writes, while it backs up on close, or after it finished."""
    path = tmp_path / "s.db"
    seeded_store(path)
    rng = random.Random(20261125)
    for run in range(25):
        source = tmp_path / f"run{run}.csv"
        lines = ["Name,Organisation,Phones,Emails,Notes"] + [
            f"Batch {run} contact {n},Ynys Council,,r{run}.p{n}@example.org,{'x' * 300}"
            for n in range(BATCH)
        ]
        source.write_text("\n".join(lines), encoding="utf-8")
        importer = subprocess.Popen(
            [sys.executable, "-m", "popdesk", "--db", str(path), "import", str(source)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 1.8))
        importer.send_signal(signal.SIGKILL)
        importer.wait()
        counts = batches(path)
        # every import is all there or not there at all; none half-written
        assert set(counts.values()) <= {BATCH}, counts
    landed = batches(path)
    assert 0 < len(landed) < 25  # some kills landed before the commit, some after
    store = open_store(path)  # and popdesk itself opens it as usual
    assert Services.over(store.sessions).check.check().integrity == "ok"
    store.close(backup=False)


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_a_full_disk_gives_a_clear_message_and_an_intact_store(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    seeded_store(path)
    largest = max(p.stat().st_size for p in tmp_path.iterdir() if p.is_file())
    limit = largest + 64 * 1024

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    script = (
        "import sys\n"
        "from popdesk.db.store import open_store\n"
        "from popdesk.errors import PopdeskError\n"
        "from popdesk.services import Services\n"
        "store = open_store(sys.argv[1])\n"
        "partners = Services.over(store.sessions).partners\n"
        "org = partners.list_organisations()[0].id\n"
        "rows = [{'name': f'Batch 1 contact {n}', 'organisation_id': org, 'notes': 'x' * 900}\n"
        "        for n in range(2000)]\n"
        "try:\n"
        "    partners.create_contacts(rows)\n"
        "except PopdeskError as exc:\n"
        "    print(exc, file=sys.stderr)\n"
        "    sys.exit(1)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=small_disk,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "disk is full" in result.stderr and "Nothing of this change was saved" in result.stderr
    assert "Traceback" not in result.stderr
    assert batches(path) == Counter()  # the batch is wholly absent, the store whole
    store = open_store(path)
    assert [o.name for o in Services.over(store.sessions).partners.list_organisations()] == [
        "Ynys Council"
    ]
    store.close(backup=False)

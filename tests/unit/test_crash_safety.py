"""A store survives being killed mid-write and a full disk: whole batches or none, never a
damaged file."""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
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


# ``popdesk import`` run as it is, but saying where it has got to: the test kills it (SIGKILL)
# the moment it says so. At the point it is to be killed at, it waits to be.
IMPORT_SAYING_WHERE = """
import sys, time
from popdesk import cli_store
from popdesk.repositories import bulk
from popdesk.security import sqlcipher_files
from popdesk.services.contact_import import ImportService

def say(point, wait=0.0):
    print(point, flush=True)
    if point == sys.argv[3]:
        time.sleep(wait)  # held still there until the test kills it

opening = cli_store.open_for_command
def open_for_command(*args, **kw):
    store = opening(*args, **kw)
    say("opened", 30)
    return store
cli_store.open_for_command = open_for_command

inserting = bulk.insert_rows
def insert_rows(*args, **kw):
    inserting(*args, **kw)
    say("writing", 30)  # rows written, the transaction still open
bulk.insert_rows = insert_rows

committing = ImportService.commit
def commit(self, *args, **kw):
    done = committing(self, *args, **kw)
    say("committed", 30)
    return done
ImportService.commit = commit

copying = sqlcipher_files.vacuum_into
def vacuum_into(*args, **kw):
    say("backing up")  # killed while the backup on close is being written
    copying(*args, **kw)
sqlcipher_files.vacuum_into = vacuum_into

from popdesk.cli import main
sys.exit(main(["--db", sys.argv[1], "import", sys.argv[2]]))
"""

# Where the import is killed, and whether its batch is then in the store.
KILL_POINTS = {"opened": False, "writing": False, "committed": True, "backing up": True}


@pytest.mark.skipif(os.name != "posix", reason="kill -9 is a POSIX signal")
def test_an_import_killed_at_each_point_leaves_a_whole_store_and_a_whole_import_or_none(
    tmp_path: Path,
) -> None:
    """``popdesk import`` killed outright, three times at each point it passes (store opened,
    rows written in an open transaction, committed, backing up on close): each time the store
    passes its integrity check and the batch is wholly there, after the commit, or wholly
    absent, before it."""
    path = tmp_path / "s.db"
    seeded_store(path)
    expected: Counter[str] = Counter()
    run = 0
    for point, lands in KILL_POINTS.items():
        for _ in range(3):
            run += 1
            source = tmp_path / f"run{run}.csv"
            lines = ["Name,Organisation,Phones,Emails,Notes"] + [
                f"Batch {run} contact {n},Ynys Council,,r{run}.p{n}@example.org,{'x' * 300}"
                for n in range(BATCH)
            ]
            source.write_text("\n".join(lines), encoding="utf-8")
            importer = subprocess.Popen(
                [sys.executable, "-c", IMPORT_SAYING_WHERE, str(path), str(source), point],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            assert importer.stdout is not None
            said = []
            for line in importer.stdout:
                said.append(line.strip())
                if line.strip() == point:
                    importer.send_signal(signal.SIGKILL)
                    break
            importer.wait(timeout=60)
            assert importer.returncode == -signal.SIGKILL, (point, said)
            if lands:
                expected[str(run)] = BATCH
            assert batches(path) == expected, (point, said)
    store = open_store(path)  # and popdesk itself opens it as usual
    assert Services.over(store.sessions).check.check().integrity == "ok"
    names = [b.path.name for b in store.list_backups()]
    store.close(backup=False)
    assert not any(name.endswith(".partial") for name in names)  # no half backup counts


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


BACKUP_ON_A_FULL_DISK = """
import errno, sys
from popdesk.security import sqlcipher_files

def vacuum_into(*args, **kw):
    raise OSError(errno.ENOSPC, "No space left on device")
sqlcipher_files.vacuum_into = vacuum_into  # the disk fills as the backup on close is written

from popdesk.cli import main
sys.exit(main(["--db", sys.argv[1], "import", sys.argv[2]]))
"""


def test_a_full_disk_during_the_backup_on_close_is_one_line_and_the_import_stands(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.db"
    seeded_store(path)
    source = tmp_path / "one.csv"
    source.write_text(
        "Name,Organisation,Phones,Emails,Notes\nBatch 1 contact 1,Ynys Council,,,\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", BACKUP_ON_A_FULL_DISK, str(path), str(source)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and "Imported 1 contacts" in done.stdout
    assert done.stderr.strip().splitlines() == [
        "popdesk: the backup made on closing s.db was not written (the disk is full); "
        "the store itself is saved as it is."
    ]
    assert batches(path) == Counter({"1": 1})


def test_a_store_that_cannot_grow_says_the_disk_is_full_not_that_it_is_damaged(
    tmp_path: Path,
) -> None:
    from popdesk.errors import StoreDamaged, StoreWriteFailed

    path = tmp_path / "s.db"
    seeded_store(path)
    store = open_store(path)
    partners = Services.over(store.sessions).partners
    org = partners.list_organisations()[0].id
    with store.engine.connect() as conn:  # every connection of the pool: no room to grow
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    from sqlalchemy import event

    event.listen(
        store.engine,
        "connect",
        lambda dbapi, _r: dbapi.execute(f"PRAGMA max_page_count = {pages}"),
    )
    store.engine.dispose()
    rows = [
        {"name": f"Batch 1 contact {n}", "organisation_id": org, "notes": "x" * 900}
        for n in range(500)
    ]
    with pytest.raises(StoreWriteFailed, match="disk is full") as refused:
        partners.create_contacts(rows)
    assert not isinstance(refused.value, StoreDamaged)
    store.close(backup=False)
    assert batches(path) == Counter()

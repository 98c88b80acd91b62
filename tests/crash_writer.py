"""A popdesk process that writes batches of contacts until it is killed (crash-safety tests).

Run as ``python -m tests.crash_writer STORE BATCH_SIZE RUN``; prints each batch number once it is
committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from popdesk.db.store import open_store
from popdesk.services import Services


def main() -> None:
    store = open_store(Path(sys.argv[1]))
    size = int(sys.argv[2])
    run = sys.argv[3]
    partners = Services.over(store.sessions).partners
    org = partners.list_organisations()[0].id
    batch = 0
    while True:
        batch += 1
        partners.create_contacts(
            {
                "name": f"Batch {run}.{batch} contact {n}",
                "organisation_id": org,
                "notes": "x" * 500,
                "phones": [f"029 2018 {n % 1000:04d}"],
            }
            for n in range(size)
        )
        print(batch, flush=True)


if __name__ == "__main__":
    main()

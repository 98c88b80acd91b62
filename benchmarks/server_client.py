"""One client of the concurrency benchmark (``server.py``): opens the server store, says
"ready" and waits for "go" on its input (so every client starts saving at once, as colleagues
whose popdesk is already open would, rather than while others are still starting Python), then
logs engagements with an action and searches after each, printing each save's seconds as JSON."""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime, timedelta

import common  # noqa: F401  (puts popdesk on the path)


def main(url: str, tag: str, saves: int) -> int:
    from popdesk.db.postgresql.store import open_server_store
    from popdesk.services import Services
    from popdesk.services.engagements import ActionInput

    store = open_server_store(url)
    services = Services.over(store.sessions)
    staff = services.staff.list_staff()[:3]
    organisations = services.partners.organisation_names()[:50]
    services.search.search("licensing castle", limit=40)
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        return 1
    timings = []
    now = datetime.now(UTC)
    for n in range(saves):
        organisation = organisations[(n * 7 + len(tag)) % len(organisations)][1]
        started = time.perf_counter()
        services.engagements.log(
            occurred_at=now - timedelta(minutes=n),
            type="call",
            summary=f"{tag}-{n} follow-up call about the Castle Street licensing review",
            staff_ids=[staff[n % len(staff)].id],
            organisation_ids=[organisation],
            actions=[ActionInput(f"{tag}-{n} send the notes", staff[0].id, None, None)],
        )
        timings.append(time.perf_counter() - started)
        services.search.search("licensing castle", limit=40)
    store.close()
    print(json.dumps({"saves": timings}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))

"""popdesk's benchmarks in one run, one table: each figure, its target, what it was compared with
in the same run, and PASS or FAIL (a benchmark, not a test).

    .venv/bin/python benchmarks/run.py [--folder DIR] [--runs 5] [--only startup,search,...]
        [--engine postgresql --server URL]

The large demo store (5,000 organisations, 500,000 engagements) is written first, into --folder
(a new temporary folder by default); a folder that already holds one is reused. Its key is kept in
a keyring file in that folder, so popdesk opens it in child processes as the desktop app opens a
store whose key is in the system keyring. Every figure is the median of --runs runs.

With ``--engine postgresql`` the rows for a server store are added (``server.py``): URL is a
superuser's on a PostgreSQL cluster of this machine (default: $POPDESK_TEST_POSTGRES_URL, as
``source .ci/postgres && pg_start`` exports it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from common import Figure, use_file_keyring, verdict

FIGURES = ("startup", "search", "engagements", "handover", "import")
DEMO_TARGET_S = 180


def large_store(folder: Path) -> tuple[Path, Figure | None]:
    path = folder / "large.db"
    if path.exists():
        return path, None
    from popdesk.db.store import open_store
    from popdesk.demo.large import LargeDemoService

    started = time.perf_counter()
    store = open_store(path, create=True)
    counts = LargeDemoService(store.sessions).fill(progress=lambda s: print(f"  demo: {s}"))
    store.close(backup=False)
    took = time.perf_counter() - started
    return path, Figure(
        "demo --scale large written",
        f"{took:.0f} s",
        f"< {DEMO_TARGET_S} s",
        f"{counts.get('engagements', 0):,} engagements, {path.stat().st_size / 1e6:.0f} MB",
        took < DEMO_TARGET_S,
    )


def compile_popdesk() -> None:
    """popdesk's modules as an installed popdesk has them, compiled to bytecode (pip compiles
    them when it installs; a package built by packaging/ holds bytecode alone): otherwise, in a
    checkout run with PYTHONDONTWRITEBYTECODE set, every child process would compile each module
    from source and start-up would be measured with work no user's popdesk does."""
    import compileall

    import popdesk

    compileall.compile_dir(Path(popdesk.__file__).parent, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default=",".join(FIGURES), help=", ".join(FIGURES))
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--server", default=os.environ.get("POPDESK_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    if args.engine == "postgresql" and not args.server:
        parser.error("--engine postgresql needs --server URL (a superuser's, on this machine)")
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(chosen) - set(FIGURES)
    if unknown:
        parser.error(f"no such figure: {', '.join(sorted(unknown))}")
    folder = args.folder or Path(tempfile.mkdtemp(prefix="popdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    use_file_keyring(folder)
    print(f"popdesk benchmarks in {folder}, median of {args.runs} runs")
    compile_popdesk()

    store, written = large_store(folder)
    figures: list[Figure] = [written] if written else []
    for name in chosen:
        started = time.perf_counter()
        if name == "startup":
            import startup

            figures += startup.measure(store, args.runs)
        elif name == "search":
            import search

            figures += search.measure(store, args.runs)
        elif name == "engagements":
            import engagement_log

            figures += engagement_log.measure(store, args.runs)
        elif name == "handover":
            import handover_pack

            figures += handover_pack.measure(folder, args.runs)
        elif name == "import":
            import contact_import

            figures += contact_import.measure(folder, store, args.runs)
        print(f"  {name}: measured in {time.perf_counter() - started:.0f} s", flush=True)
    if args.engine == "postgresql":
        import server

        figures += server.measure(args.server, args.runs)

    widths = [
        max(len(f.name) for f in figures),
        max(len(f.measured) for f in figures),
        max(len(f.target) for f in figures),
        max(len(f.compared) for f in figures),
    ]
    head = ("figure", "measured", "target", "compared in the same run")
    print()
    print(" | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " | result")
    print("-+-".join("-" * w for w in widths) + "-+-------")
    for f in figures:
        cells = (f.name, f.measured, f.target, f.compared)
        print(" | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)), end="")
        print(f" | {verdict(f.passed)}")
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())

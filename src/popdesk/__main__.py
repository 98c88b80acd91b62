"""``python -m popdesk`` and the ``popdesk`` command."""

from __future__ import annotations

import sys


def main() -> None:
    import os

    if os.name == "posix":
        # Everything popdesk writes (logs, backups and their folders, exports) is its owner's
        # alone: partner contacts are personal data, even in a log line.
        os.umask(0o077)
    from popdesk.cli import main as run

    sys.exit(run())


if __name__ == "__main__":
    main()

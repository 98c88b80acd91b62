"""``python -m popdesk`` and the ``popdesk`` command."""

from __future__ import annotations

import sys


def main() -> None:
    from popdesk.cli import main as run

    sys.exit(run())


if __name__ == "__main__":
    main()

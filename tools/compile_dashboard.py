"""Compile the dashboard's statements for SQLite ahead of time, for the read the app makes
before SQLAlchemy is loaded: writes src/popdesk/repositories/dashboard_sqlite.py.

    python tools/compile_dashboard.py          write it
    python tools/compile_dashboard.py --check  exit 1 if it is not up to date
"""

from __future__ import annotations

import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "src/popdesk/repositories/dashboard_sqlite.py"


def render() -> str:
    from sqlalchemy.dialects import sqlite

    from popdesk.repositories.dashboard_statements import statements

    dialect = sqlite.dialect(paramstyle="qmark")
    lines = [
        '"""The dashboard\'s statements compiled for SQLite (see repositories.dashboard).',
        "",
        "Written by tools/compile_dashboard.py: do not edit. Each is (SQL, the names of its",
        'values in order, the stored values of the fixed ones)."""',
        "",
        "from typing import Any",
        "",
        "STATEMENTS: dict[str, tuple[str, tuple[str, ...], dict[str, Any]]] = {",
    ]
    for name, statement in sorted(statements().items()):
        compiled = statement.compile(dialect=dialect)
        names = tuple(compiled.positiontup or ())
        fixed = {}
        for key in names:
            bind = compiled.binds[key]
            if bind.value is not None:
                process = bind.type.dialect_impl(dialect).bind_processor(dialect)
                fixed[key] = process(bind.value) if process else bind.value
        sql = " ".join(str(compiled).split())
        lines.append(f"    {name!r}: (")
        lines.append(f"        {sql!r},")
        lines.append(f"        {names!r},")
        lines.append(f"        {fixed!r},")
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{TARGET.name} is out of date")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

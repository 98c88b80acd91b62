"""The layering in DESIGN.md: Qt only in views/ and app.py; views never touch the database."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "popdesk"
QT_ALLOWED = ("views/", "app.py", "__main__.py")


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_package_has_modules() -> None:
    assert len(modules()) > 30


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_qt_is_imported_only_by_views_and_the_app(path: Path) -> None:
    relative = path.relative_to(PACKAGE).as_posix()
    if relative.startswith(QT_ALLOWED):
        return
    assert "PySide6" not in imports(path), f"{relative} imports Qt"


@pytest.mark.parametrize("path", sorted((PACKAGE / "views").rglob("*.py")), ids=lambda p: p.name)
def test_views_never_import_the_database_keyring_or_pdf_libraries(path: Path) -> None:
    if "forms" in path.parts:
        return
    assert not imports(path) & {"sqlalchemy", "keyring", "reportlab", "alembic"}


def test_the_command_line_does_not_load_qt_or_reportlab() -> None:
    import subprocess
    import sys

    code = (
        "import sys, popdesk.cli, popdesk.services, popdesk.db.store;"
        "print(any(m.startswith(('PySide6', 'reportlab')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_buttons_are_not_wired_straight_to_methods_with_optional_parameters() -> None:
    """``clicked`` and ``triggered`` pass ``checked`` (False) as the first argument, which
    silently fills an optional parameter; wrap such slots in a lambda."""
    offenders = []
    for path in sorted((PACKAGE / "views").rglob("*.py")):
        if "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        optional = {
            f.name
            for cls in ast.walk(tree)
            if isinstance(cls, ast.ClassDef)
            for f in cls.body
            if isinstance(f, ast.FunctionDef) and len(f.args.args) > 1 and f.args.defaults
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "connect"):
                continue
            signal = node.func.value  # type: ignore[attr-defined]
            target = node.args[0] if node.args else None
            if (
                getattr(signal, "attr", "") in ("clicked", "triggered", "toggled")
                and isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
                and target.attr in optional
            ):
                offenders.append(f"{path.name}:{node.lineno} {target.attr}")
    assert offenders == []

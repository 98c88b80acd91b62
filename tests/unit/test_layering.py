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


# Which of popdesk's own packages (and top-level modules) each may import, at module level or
# inside a function, type-only or not (DESIGN.md, "Architecture"): imports go one way, views →
# services → repositories → db; domain (with the records the services hand out and the documents
# built from them) and errors sit below everything; exports take those records and never reach
# back into the services. Every top-level package and module is listed: a new one needs a line.
# "popdesk" itself (the root package, for __version__) may be imported by any of them.
MAY_IMPORT: dict[str, frozenset[str]] = {
    "errors": frozenset(),
    "domain": frozenset({"errors"}),
    "security": frozenset({"domain", "errors"}),
    "db": frozenset({"domain", "errors", "security"}),
    "repositories": frozenset({"db", "domain", "errors", "security"}),
    "interchange": frozenset({"domain", "errors"}),
    "exports": frozenset({"domain", "errors"}),
    "config": frozenset({"domain", "exports", "security"}),
    "services": frozenset(
        {"config", "db", "domain", "errors", "exports", "interchange", "repositories", "security"}
    ),
    "demo": frozenset({"db", "domain", "errors", "services"}),
    "views": frozenset({"config", "domain", "errors", "services"}),
    # the composition roots
    "cli_store": frozenset({"cli", "config", "db", "errors", "security", "services"}),
    "cli": frozenset({"app", "cli_store", "config", "demo", "errors", "services"}),
    "app": frozenset(
        {"config", "db", "demo", "errors", "repositories", "security", "services", "views"}
    ),
    "__main__": frozenset({"cli"}),
}

# Single modules allowed one import their package may not make, each for a reason.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("security/keys.py", "exports"): "exports.files.write_atomically writes the key file",
    ("views/security.py", "security"): "security.keys.check_passphrase, checked as it is typed",
    ("views/dialogs/import_wizard.py", "interchange"): "the CSV columns popdesk can map, guessed",
    ("views/pages/handovers.py", "exports"): "exports.words.item_title: an item's printed title",
    ("views/screenshots.py", "app"): "the screenshot tool opens the app's demo store",
}


def _top_level(relative: Path) -> str:
    """The top-level package (or module) of popdesk that a file belongs to."""
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _inside_functions(tree: ast.AST) -> set[ast.AST]:
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            found.update(ast.walk(node))
    return found


def popdesk_imports(path: Path) -> list[tuple[int, str, bool]]:
    """(line, dotted module under popdesk, whether inside a function) of every import of
    popdesk's own code in ``path``: absolute and relative, anywhere in the file."""
    relative = path.relative_to(PACKAGE)
    module = ["popdesk", *relative.with_suffix("").parts]
    package = module[:-1]  # what a relative import starts from (for __init__.py, its own)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_functions = _inside_functions(tree)
    found: list[tuple[int, str, bool]] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            # "from popdesk import db" and "from . import x" name modules, not attributes
            if source == "popdesk" or (node.level and not node.module):
                names = [f"{source}.{alias.name}" for alias in node.names]
            else:
                names = [source]
        for name in names:
            if name == "popdesk" or name.startswith("popdesk."):
                found.append((node.lineno, name, node in in_functions))
    return found


def _target(name: str) -> str | None:
    """The top-level package or module ``name`` is in; None for the root package itself (its
    ``__version__``)."""
    parts = name.split(".")
    if len(parts) == 1:
        return None
    top = parts[1]
    if (PACKAGE / top).is_dir() or (PACKAGE / f"{top}.py").is_file():
        return top
    return None


def test_the_layering_table_lists_every_top_level_package_and_module() -> None:
    tops = {_top_level(p.relative_to(PACKAGE)) for p in modules()} - {"__init__"}
    assert tops == set(MAY_IMPORT), (
        f"not in MAY_IMPORT: {sorted(tops - set(MAY_IMPORT))}; "
        f"no longer there: {sorted(set(MAY_IMPORT) - tops)}"
    )


def test_popdesk_packages_import_only_the_packages_below_them() -> None:
    offenders = []
    used: set[tuple[str, str]] = set()
    for path in modules():
        relative = path.relative_to(PACKAGE)
        source = _top_level(relative)
        if source == "__init__":
            continue
        allowed = MAY_IMPORT.get(source, frozenset())
        for line, name, _ in popdesk_imports(path):
            target = _target(name)
            if target is None or target == source or target in allowed:
                continue
            key = (relative.as_posix(), target)
            if key in EXCEPTIONS:
                used.add(key)
                continue
            offenders.append(f"src/popdesk/{relative.as_posix()}:{line} {source} imports {name}")
    assert not offenders, (
        "imports against the layering (DESIGN.md; MAY_IMPORT in this file):\n  "
        + "\n  ".join(offenders)
    )
    assert used == set(EXCEPTIONS), f"exceptions no longer needed: {set(EXCEPTIONS) - used}"


def test_services_load_the_pdf_exporters_only_when_a_pdf_is_made() -> None:
    """reportlab is slow to import: the services import popdesk.exports.pdf inside the methods
    that render, never at module level."""
    offenders = [
        f"src/popdesk/{path.relative_to(PACKAGE).as_posix()}:{line} imports {name}"
        for path in sorted((PACKAGE / "services").rglob("*.py"))
        for line, name, in_function in popdesk_imports(path)
        if name.startswith("popdesk.exports.pdf") and not in_function
    ]
    assert not offenders, "\n".join(offenders)


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

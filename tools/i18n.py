"""popdesk's translations: resources/i18n/popdesk_<lang>.ts (the sources, edited in Qt Linguist or
by hand) and the compiled .qm files the app loads.

    python tools/i18n.py update            # gather the interface's strings into every .ts
    python tools/i18n.py release           # compile every .ts into its .qm
    python tools/i18n.py status            # how many strings each language still lacks

``update`` runs Qt's lupdate over the Designer files and the views, then adds what lupdate cannot
see: the labels of the domain's fixed vocabularies (context "Enums", from popdesk.domain.enums)
and Qt's own standard buttons (context "QPlatformTheme"). Translations already made are kept,
strings no longer used are dropped. tests/gui/test_translations.py fails while any string lacks
its Welsh, or while a .ts is behind the code.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("cy",)
BIN = Path(sys.executable).parent
MARKED_ERRORS = re.compile(r'QT_TRANSLATE_NOOP\(\s*"Errors"')

# Qt's standard dialog buttons, translated by the platform theme: popdesk's dialogs use these.
QT_BUTTONS = (
    "OK", "Save", "Save All", "Open", "&Yes", "&No", "Abort", "Retry", "Ignore", "Close",
    "Cancel", "Discard", "Help", "Apply", "Reset", "Restore Defaults",
)  # fmt: skip


def sources() -> list[Path]:
    """Where the interface's strings are: the Designer files, the views' own code (the forms
    compiled from the Designer files are left out: their strings are the .ui files'), the app,
    which labels the window, and the PDF builders (context "Pdf")."""
    package = ROOT / "src" / "popdesk"
    code = [p for p in sorted((package / "views").rglob("*.py")) if "forms" not in p.parts]
    documents = [
        package / "exports" / "words.py",
        *sorted((package / "exports" / "pdf").glob("*.py")),
        package / "services" / "exports.py",  # the partner directory's SPOC lines
        *errors_raised(package),  # refusals and conflicts (context "Errors")
    ]
    return sorted((ROOT / "ui").glob("*.ui")) + code + [package / "app.py"] + documents


def errors_raised(package: Path) -> list[Path]:
    """The modules below the views that raise errors a person reads (they mark the wording
    with QT_TRANSLATE_NOOP("Errors", ...))."""
    return [
        p
        for p in sorted(package.rglob("*.py"))
        if "views" not in p.parts and MARKED_ERRORS.search(p.read_text(encoding="utf-8"))
    ]


def extracted() -> ET.ElementTree:
    """The interface's strings as lupdate finds them, with the ones it cannot see added."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "strings.ts"
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
            + [str(p) for p in sources()]
            + ["-ts", str(target)],
            check=True,
            cwd=ROOT,
        )
        tree = ET.parse(target)
    root = tree.getroot()
    add_context(root, "Enums", enum_labels())
    add_context(root, "QPlatformTheme", list(QT_BUTTONS))
    return tree


def enum_labels() -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from popdesk.domain import enums

    found: dict[str, None] = {}
    for value in vars(enums).values():
        if isinstance(value, type) and issubclass(value, enums.LabelledEnum):
            for member in value:
                found.setdefault(member.label)
    return list(found)


def add_context(root: ET.Element, name: str, texts: list[str]) -> None:
    context = next((c for c in root.iter("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
    have = {m.findtext("source") for m in context.iter("message")}
    for text in texts:
        if text not in have:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")


def messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    """Each message by (context, source text)."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def ts_path(language: str) -> Path:
    return I18N / f"popdesk_{language}.ts"


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        fresh = extracted()
        fresh.getroot().set("language", language)
        fresh.getroot().set("sourcelanguage", "en_GB")
        path = ts_path(language)
        if path.exists():
            old = messages(ET.parse(path))
            for key, message in messages(fresh).items():
                before = old.get(key)
                if before is not None:
                    message.remove(message.find("translation"))  # type: ignore[arg-type]
                    message.append(before.find("translation"))  # type: ignore[arg-type]
        write(fresh, path)
        print(f"{path.relative_to(ROOT)}: {describe(fresh)}")


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def untranslated(tree: ET.ElementTree) -> list[tuple[str, str]]:
    return [
        key
        for key, message in messages(tree).items()
        if (t := message.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not (t.text or "").strip()
    ]


def describe(tree: ET.ElementTree) -> str:
    total = len(messages(tree))
    return f"{total} strings, {total - len(untranslated(tree))} translated"


def release() -> None:
    for language in LANGUAGES:
        source = ts_path(language)
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(source), "-qm",
             str(source.with_suffix(".qm"))],
            check=True,
        )  # fmt: skip
        print(f"{source.with_suffix('.qm').relative_to(ROOT)} written")


def status() -> int:
    lacking = 0
    for language in LANGUAGES:
        tree = ET.parse(ts_path(language))
        missing = untranslated(tree)
        lacking += len(missing)
        print(f"{language}: {describe(tree)}")
        for context, source in missing[:40]:
            print(f"  {context}: {source!r}")
    return 1 if lacking else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "status"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "status":
        sys.exit(status())
    else:
        sys.exit(__doc__)

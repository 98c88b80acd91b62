"""Compile ui/*.ui and resources/popdesk.qrc into src/popdesk/views/forms/.

Run after editing a Designer file or an icon:  python tools/build_forms.py
Each generated module starts with a header naming its source and the source's SHA-256, so
tests/gui/test_forms.py can tell when a compiled form no longer matches its .ui file.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "ui"
QRC = ROOT / "resources" / "popdesk.qrc"
OUT = ROOT / "src" / "popdesk" / "views" / "forms"


def source_digest(source: Path) -> str:
    """SHA-256 of a .ui file, or of a .qrc file and every file it lists."""
    digest = hashlib.sha256(source.read_bytes())
    if source.suffix == ".qrc":
        for entry in sorted(re.findall(r"<file>([^<]+)</file>", source.read_text())):
            digest.update(entry.encode() + b"\0" + (source.parent / entry).read_bytes())
    return digest.hexdigest()


def header(source: Path) -> str:
    digest = source_digest(source)
    rel = source.relative_to(ROOT).as_posix()
    return (
        f"# Generated from {rel} by tools/build_forms.py: do not edit.\n# source-sha256: {digest}\n"
    )


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def used_imports_only(body: str) -> str:
    """pyside6-uic imports every class a form might use; each name imported from PySide6 costs
    start-up time, so keep the ones the form's code names."""
    code = "\n".join(
        line for line in IMPORT.sub("", body).splitlines() if not line.lstrip().startswith("#")
    )

    def trim(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", code)]
        return f"from {match.group(1)} import ({', '.join(used)})\n" if used else ""

    return IMPORT.sub(trim, body)


def compile_one(command: list[str], source: Path, target: Path) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{source.name}: {result.stderr.strip()}")
    body = result.stdout.replace("\r\n", "\n")
    if source.suffix == ".ui":
        body = used_imports_only(body)
    target.write_text(header(source) + body, encoding="utf-8")
    print(f"{source.relative_to(ROOT)} -> {target.relative_to(ROOT)}")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "__init__.py").write_text('"""Generated forms and resources: do not edit."""\n')
    for source in sorted(UI.glob("*.ui")):
        target = OUT / f"ui_{source.stem}.py"
        compile_one([tool("pyside6-uic"), "--from-imports", str(source)], source, target)
    compile_one([tool("pyside6-rcc"), str(QRC)], QRC, OUT / "popdesk_rc.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())

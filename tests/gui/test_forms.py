"""Compiled forms match their Designer files (and icons their .qrc): rerun the build if not."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "src" / "popdesk" / "views" / "forms"
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def build_tool():
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def recorded_digest(compiled: Path) -> str:
    match = re.search(r"^# source-sha256: ([0-9a-f]{64})$", compiled.read_text(), re.M)
    assert match, f"{compiled.name} has no source header; run python tools/build_forms.py"
    return match.group(1)


def test_there_are_forms() -> None:
    assert len(UI_FILES) >= 11


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_each_compiled_form_matches_its_ui_file(ui: Path) -> None:
    compiled = FORMS / f"ui_{ui.stem}.py"
    assert compiled.exists(), f"{compiled.name} missing; run python tools/build_forms.py"
    assert recorded_digest(compiled) == build_tool().source_digest(ui), (
        f"{compiled.name} is older than {ui.name}; run python tools/build_forms.py"
    )


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_one_ui_file_one_form_class_named_after_it(ui: Path) -> None:
    camel = "".join(part.capitalize() for part in ui.stem.split("_"))
    module = importlib.import_module(f"popdesk.views.forms.ui_{ui.stem}")
    assert hasattr(module, f"Ui_{camel}")


def test_the_icons_and_translations_match_the_compiled_resources() -> None:
    qrc = ROOT / "resources" / "popdesk.qrc"
    assert recorded_digest(FORMS / "popdesk_rc.py") == build_tool().source_digest(qrc), (
        "an icon or the .qrc changed; run python tools/build_forms.py"
    )
    listed = set(re.findall(r"<file>([^<]+)</file>", qrc.read_text()))
    on_disk = {f"icons/{p.name}" for p in (ROOT / "resources" / "icons").glob("*.svg")}
    on_disk |= {f"i18n/{p.name}" for p in (ROOT / "resources" / "i18n").glob("*.qm")}
    assert listed == on_disk


def test_a_changed_ui_file_is_noticed(tmp_path: Path) -> None:
    original = UI_FILES[0]
    changed = tmp_path / original.name
    changed.write_text(original.read_text().replace("<ui", "<ui ", 1))
    assert build_tool().source_digest(changed) != recorded_digest(FORMS / f"ui_{original.stem}.py")

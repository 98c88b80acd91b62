"""The screenshots command renders each view at 1280×800 from a demo store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from popdesk.views import screenshots

pytestmark = pytest.mark.gui


def test_screenshots_are_written_at_1280_by_800(qtbot, tmp_path: Path) -> None:
    assert screenshots.main(["--out", str(tmp_path), "--only", "organisations", "actions"]) == 0
    for name in ("organisations", "actions"):
        image = QImage(str(tmp_path / f"{name}.png"))
        assert (image.width(), image.height()) == (1280, 800)
        # not a blank window: many distinct colours from text, icons and flagged rows
        colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
        assert len(colours) > 50

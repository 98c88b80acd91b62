"""Draw popdesk's application icon for the desktops it is packaged for.

    python tools/build_icons.py

From resources/icons/popdesk.svg: the hicolor theme's PNG sizes and the SVG itself for Linux
(packaging/linux/icons), a multi-size .ico for Windows and a 1024-pixel PNG that PyInstaller turns
into the macOS .icns. Run after changing the icon; tests/unit/test_packaging.py checks the files
are there at every size.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "popdesk.svg"
APP_ID = "org.popdesk.Popdesk"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO = ROOT / "packaging" / "windows" / "popdesk.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 256)
MACOS_PNG = ROOT / "packaging" / "macos" / "popdesk.png"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv)  # noqa: F841  (QImage drawing needs an application)
    renderer = QSvgRenderer(QByteArray(SOURCE.read_bytes()))

    def draw(size: int) -> QImage:
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return image

    for size in SIZES:
        folder = HICOLOR / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not draw(size).save(str(folder / f"{APP_ID}.png")):
            raise SystemExit(f"could not write the {size}-pixel icon")
    scalable = HICOLOR / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable / f"{APP_ID}.svg")

    def png(image: QImage) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico([(size, png(draw(size))) for size in ICO_SIZES]))
    MACOS_PNG.parent.mkdir(parents=True, exist_ok=True)
    draw(1024).save(str(MACOS_PNG))
    print(f"icons written: {len(SIZES)} sizes, {ICO.name}, {MACOS_PNG.name}")
    return 0


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """A Windows .ico holding each (size, PNG) image: a 6-byte header, a 16-byte entry per
    image (a size of 256 is written as 0), then the PNGs, which Windows Vista and later read."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return header + entries + blobs


if __name__ == "__main__":
    sys.exit(main())

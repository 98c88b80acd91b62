"""The desktop integration files agree with each other and with the project, and pass the
freedesktop.org validators where those are installed (CI installs them)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.popdesk.Popdesk"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  (keys are case-sensitive)
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_starts_popdesk_with_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Name"] == "popdesk"
    assert entry["Exec"].split()[0] == "popdesk" and entry["Icon"] == APP_ID
    assert "Office" in entry["Categories"].split(";")
    assert entry["Comment[cy]"] and entry["GenericName[cy]"]  # Welsh alongside English


def test_the_appstream_metadata_names_the_same_app_and_this_version() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("provides/binary").text == "popdesk"  # type: ignore[union-attr]
    assert next(r.get("version") for r in root.iter("release")) == VERSION  # the newest first


def test_the_icon_is_drawn_at_every_hicolor_size() -> None:
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = (
            LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        ).read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
        assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (
            size,
            size,
        )
    assert (LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == (
        ROOT / "resources" / "icons" / "popdesk.svg"
    ).read_bytes()
    ico = (ROOT / "packaging" / "windows" / "popdesk.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") == 6


def test_the_installers_carry_this_version() -> None:
    spec = (ROOT / "packaging" / "popdesk.spec").read_text()
    compile(spec, "popdesk.spec", "exec")  # PyInstaller runs it as Python
    assert 'bundle_identifier="org.popdesk.Popdesk"' in spec
    iss = (ROOT / "packaging" / "windows" / "popdesk.iss").read_text()
    assert f'#define AppVersion "{VERSION}"' in iss
    import popdesk

    assert popdesk.__version__ == VERSION


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("desktop-file-validate", [str(LINUX / f"{APP_ID}.desktop")]),
        ("appstreamcli", ["validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")]),
    ],
)
def test_the_freedesktop_validators_accept_the_files(tool: str, arguments: list[str]) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (CI installs it)")
    done = subprocess.run([tool, *arguments], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr

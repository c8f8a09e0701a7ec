"""Berth's desktop identity: icons, the .desktop entry and the AppStream metainfo.

The validators come from Debian packages: desktop-file-validate (desktop-file-utils),
appstreamcli (appstream) and rsvg-convert (librsvg2-bin). Tests that need one skip,
naming the package, when it is not installed.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
ICONS = RESOURCES / "icons"
APP_ID = "io.github.berth.Berth"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _load_make_icons():
    # Loaded by path: a top-level "packaging" import would find the PyPI package of that name.
    spec = importlib.util.spec_from_file_location("berth_make_icons", ROOT / "packaging" / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


make_icons = _load_make_icons()


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian package {package})")
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def entry_command() -> str:
    return desktop_entry()["Exec"].split()[0]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def untranslated(root: ET.Element, tag: str) -> list[ET.Element]:
    return [e for e in root.iter(tag) if XML_LANG not in e.attrib]


def load_png(data: bytes) -> QImage:
    image = QImage.fromData(QByteArray(data), "PNG")
    assert not image.isNull(), "not a readable PNG"
    return image


# --- validators ---------------------------------------------------------------------------------

def test_desktop_file_passes_desktop_file_validate():
    tool = need("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Hints (such as two main categories, which we want) are fine; errors and warnings are not.
    problems = [line for line in output.splitlines() if ": error:" in line or ": warning:" in line]
    assert problems == [], output


def _appstream_problems(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.lstrip().startswith(("E:", "W:"))]


def test_metainfo_passes_appstreamcli_validate():
    tool = need("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--no-net", "--pedantic", str(METAINFO)],
                            capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert _appstream_problems(output) == [], output


def test_installed_layout_passes_appstreamcli_validate_tree(tmp_path):
    """Laid out as a package installs them, the metainfo finds its desktop entry and icons."""
    tool = need("appstreamcli", "appstream")
    share = tmp_path / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy(DESKTOP, share / "applications")
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copytree(ICONS / "hicolor", share / "icons" / "hicolor")
    result = subprocess.run([tool, "validate-tree", "--no-net", "--pedantic", str(tmp_path)],
                            capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert _appstream_problems(output) == [], output


# --- identity: the .desktop entry and the metainfo agree -----------------------------------------

def test_desktop_entry_identity():
    entry = desktop_entry()
    assert DESKTOP.stem == APP_ID
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Berth"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    # The main window's WM_CLASS class is Qt's application name, "berth".
    assert entry["StartupWMClass"] == "berth"
    assert entry["Categories"].split(";")[:-1] == ["Development", "Utility"]
    assert "docker" in entry["Keywords"].split(";")


def test_desktop_entry_runs_the_installed_command():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert entry_command() in project["gui-scripts"]


def test_desktop_entry_has_korean():
    entry = desktop_entry()
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry.get(f"{key}[ko]"), f"{key}[ko] is missing"
    assert "컨테이너" in entry["Comment[ko]"]
    keywords = entry["Keywords[ko]"].split(";")
    assert keywords[-1] == "", "a list value ends with ';'"
    assert {"컨테이너", "이미지", "docker"} <= set(keywords)


def test_metainfo_matches_desktop_entry():
    root = metainfo()
    entry = desktop_entry()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchables = root.findall("launchable")
    assert [(e.get("type"), e.text) for e in launchables] == [("desktop-id", DESKTOP.name)]
    assert untranslated(root, "name")[0].text == entry["Name"]
    assert [c.text for c in root.iter("category")] == entry["Categories"].split(";")[:-1]
    assert root.findtext("provides/binary") == entry_command()


def test_metainfo_licences_urls_and_rating():
    root = metainfo()
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    urls = {e.get("type"): e.text for e in root.findall("url")}
    assert urls["homepage"].startswith("https://")
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("summary[@{http://www.w3.org/XML/1998/namespace}lang='ko']") is not None


def test_newest_release_is_the_project_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    releases = metainfo().findall("releases/release")
    assert releases, "no <release> entries"
    assert releases[0].get("version") == project["version"], \
        "add a <release> for the new version at the top of the metainfo"


# --- icons ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", SIZES)
def test_png_icon_has_its_size_and_a_transparent_corner(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert path.is_file(), f"{path.relative_to(ROOT)} is missing"
    image = load_png(path.read_bytes())
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # The icon is a rounded tile: its corner is see-through and its middle is solid.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_scalable_icon_is_the_svg_source():
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "berth.svg").read_bytes()


@pytest.mark.parametrize("name", ["berth.svg", "berth-16.svg", "berth-24.svg"])
def test_svg_sources_are_valid_square_svg(name):
    QtSvg = pytest.importorskip("PySide6.QtSvg")
    renderer = QtSvg.QSvgRenderer(str(ICONS / name))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    assert box.width() == box.height() > 0


def test_ico_holds_each_png_size():
    data = (ICONS / "berth.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    seen = []
    for i in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        width, height = width or 256, height or 256
        assert offset + length <= len(data)
        image_data = data[offset:offset + length]
        image = load_png(image_data)
        assert (image.width(), image.height()) == (width, height)
        assert (planes, bits) == (1, 32)
        png = ICONS / "hicolor" / f"{width}x{height}" / "apps" / f"{APP_ID}.png"
        assert image_data == png.read_bytes(), f"berth.ico is stale at {width} px: run packaging/make_icons.py"
        seen.append(width)
    assert seen == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_each_retina_and_plain_size():
    data = (ICONS / "berth.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    entries, pos = {}, 8
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        assert length >= 8 and pos + length <= len(data)
        entries[kind] = data[pos + 8:pos + length]
        pos += length
    toc = entries.pop(b"TOC ")
    listed = [toc[i:i + 4] for i in range(0, len(toc), 8)]
    assert listed == list(entries)
    expected = dict(make_icons.ICNS_ENTRIES)
    assert set(entries) == set(expected)
    for kind, payload in entries.items():
        image = load_png(payload)
        assert (image.width(), image.height()) == (expected[kind],) * 2, kind
    for kind, size in [(b"icp4", 16), (b"icp5", 32), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512)]:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert entries[kind] == png.read_bytes(), f"berth.icns is stale at {size} px: run packaging/make_icons.py"


def _max_channel_difference(a: QImage, b: QImage) -> int:
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    assert a.size() == b.size()
    pixels_a, pixels_b = bytes(a.constBits()), bytes(b.constBits())
    return max(abs(x - y) for x, y in zip(pixels_a, pixels_b))


def test_make_icons_regenerates_the_committed_files(tmp_path):
    """The script runs, and the committed icons are what it makes from the committed SVGs.

    Compared pixel by pixel with a small allowance, so another librsvg version still passes
    while an SVG edited without regenerating the PNGs does not.
    """
    need("rsvg-convert", "librsvg2-bin")
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--output", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for size in SIZES:
        relative = Path("hicolor") / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        fresh = load_png((tmp_path / relative).read_bytes())
        committed = load_png((ICONS / relative).read_bytes())
        assert _max_channel_difference(fresh, committed) <= 8, \
            f"{relative} differs from its SVG: run packaging/make_icons.py"
    for name in ("berth.ico", "berth.icns"):
        assert (tmp_path / name).stat().st_size > 0
    # Running it again over its own output works and gives the same files.
    first = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    again = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--output", str(tmp_path)],
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == first

"""The .deb: its fields and files, lintian, and a real install: dpkg -i, /usr/bin/berth --self-test
against the lab, the installed desktop entry, a real window under Xvfb, then dpkg -r leaving
nothing behind. Installing needs root (CI is root)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import (
    APP_ID,
    VERSION,
    assert_reports_lab,
    find_window,
    load_system_libs,
    need,
    need_root,
    run_env,
    screenshot_when_settled,
    self_test,
)

system_libs = load_system_libs()
BRIEF_DEPENDS = ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
                 "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1",
                 "libegl1", "libgl1", "fonts-noto-cjk")
ICON_CACHE = Path("/usr/share/icons/hicolor/icon-theme.cache")
SCREENSHOT_DIR_VARIABLE = "BERTH_SCREENSHOT_DIR"  # where to keep a copy of the window's screenshot


def field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True).stdout.strip()


def contents(deb: Path) -> dict[str, str]:
    """Path in the package -> its `dpkg-deb -c` line."""
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    entries = {}
    for line in listing.splitlines():
        name = line.split(None, 5)[5].split(" -> ")[0]
        entries[name.removeprefix(".").rstrip("/") or "/"] = line
    return entries


def depends(deb: Path) -> set[str]:
    return {part.strip().split(" ", 1)[0] for part in field(deb, "Depends").split(",")}


def dpkg_status(package: str = "berth") -> str:
    result = subprocess.run(["dpkg-query", "-W", "-f=${db:Status-Status}", package], capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else "not-installed"


# -- the package file ----------------------------------------------------------------------------
def test_deb_fields(deb):
    assert deb.name == f"berth_{VERSION}_{field(deb, 'Architecture')}.deb"
    assert field(deb, "Package") == "berth"
    assert field(deb, "Version") == VERSION
    names = depends(deb)
    missing = [p for p in BRIEF_DEPENDS if p not in names]
    assert not missing, f"Depends lacks {missing}"
    assert set(system_libs.SYSTEM_LIBRARIES.values()) <= names
    assert field(deb, "Depends").startswith("libc6 (>= 2.")
    assert int(field(deb, "Installed-Size")) > 10_000


def test_deb_files(deb):
    entries = contents(deb)
    assert entries["/opt/berth/berth"].startswith("-rwxr-xr-x root/root")
    assert entries["/usr/bin/berth"].endswith("./usr/bin/berth -> /opt/berth/berth")
    assert f"/usr/share/applications/{APP_ID}.desktop" in entries
    assert f"/usr/share/metainfo/{APP_ID}.metainfo.xml" in entries
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in entries
    assert f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg" in entries
    assert "/usr/share/man/man1/berth.1.gz" in entries
    assert "/usr/share/doc/berth/copyright" in entries
    owners = {line.split()[1] for line in entries.values()}
    assert owners == {"root/root"}


def test_lintian_finds_no_error_or_warning(deb):
    lintian = need("lintian", "lintian")
    result = subprocess.run([lintian, "--fail-on", "error,warning", "--info", "--tag-display-limit", "0", str(deb)],
                            capture_output=True, text=True, timeout=600)
    tags = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert result.returncode == 0 and not tags, result.stdout + result.stderr
    # Every override is still needed: none is stale.
    assert "unused-override" not in result.stdout and "mismatched-override" not in result.stdout, result.stdout


def test_lintian_overrides_each_have_a_reason():
    overrides = (Path(__file__).parents[2] / "packaging" / "linux" / "berth.lintian-overrides").read_text()
    lines = overrides.splitlines()
    for i, line in enumerate(lines):
        if line and not line.startswith("#"):
            assert i > 0 and lines[i - 1].startswith("# "), f"override without a reason above it: {line}"


# -- installed -----------------------------------------------------------------------------------
class Installed:
    def __init__(self, files: list[str], preexisting: set[str]) -> None:
        self.files = files  # dpkg -L berth
        self.preexisting = preexisting  # the package's paths that were there before (shared folders)


def _exists(path: str) -> bool:
    return os.path.lexists(path)


@pytest.fixture(scope="module")
def installed(deb):
    """berth installed with dpkg -i; purged at the end of the module if a test left it installed."""
    need_root("dpkg -i")
    need("dpkg", "dpkg")
    if dpkg_status() != "not-installed":
        if os.environ.get("CI", "").lower() not in ("1", "true", "yes"):
            pytest.skip("Berth is installed on this system: these tests install and remove it, so remove it "
                        "first (dpkg --purge berth)")
        # In CI it can only be the leftover of an interrupted run.
        subprocess.run(["dpkg", "--purge", "berth"], capture_output=True, text=True, timeout=300, check=True)
    preexisting = {path for path in contents(deb) if _exists(path)}
    assert not {"/opt/berth", "/usr/bin/berth"} & preexisting, "Berth's paths exist without its package"
    result = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"dpkg -i failed:\n{result.stdout}\n{result.stderr}"
    listing = subprocess.run(["dpkg", "-L", "berth"], capture_output=True, text=True, check=True).stdout
    files = [path for path in listing.splitlines() if path != "/."]
    yield Installed(files, preexisting)
    if dpkg_status() != "not-installed":
        subprocess.run(["dpkg", "--purge", "berth"], capture_output=True, text=True, timeout=300)


def test_installed_self_test_reports_the_labs_counts(installed, populated):
    assert os.path.realpath("/usr/bin/berth") == "/opt/berth/berth"
    result = self_test(["/usr/bin/berth"], run_env(populated))
    assert_reports_lab(result, populated)


def test_installed_desktop_entry_validates(installed):
    tool = need("desktop-file-validate", "desktop-file-utils")
    path = f"/usr/share/applications/{APP_ID}.desktop"
    assert path in installed.files
    result = subprocess.run([tool, path], capture_output=True, text=True)
    problems = [line for line in (result.stdout + result.stderr).splitlines()
                if ": error:" in line or ": warning:" in line]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def test_installed_icon_is_in_the_icon_cache(installed):
    if not ICON_CACHE.exists():
        pytest.skip("this system keeps no hicolor icon cache (Debian package hicolor-icon-theme)")
    assert APP_ID.encode() in ICON_CACHE.read_bytes()


def test_installed_app_opens_a_window(installed, populated, xserver, tmp_path):
    """The menu's command, started on a real X server (Xvfb), shows Berth's main window, whose
    WM_CLASS is the desktop entry's StartupWMClass."""
    env = xserver.env(run_env(populated))
    proc = subprocess.Popen(["/usr/bin/berth"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        window = find_window(xserver, "berth", proc)
        wm_class = xserver.run("xprop", "-id", window, "WM_CLASS").stdout
        assert '"berth"' in wm_class.split("=", 1)[1], wm_class
        assert xserver.run("xdotool", "getwindowname", window).stdout.strip() == "Berth"
        info = xserver.run("xwininfo", "-id", window).stdout
        assert "Map State: IsViewable" in info
        width = int(info.split("Width:")[1].split()[0])
        height = int(info.split("Height:")[1].split()[0])
        assert width >= 640 and height >= 400, info
        shot = screenshot_when_settled(xserver, window, tmp_path / "main-window.png")
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        keep = os.environ.get(SCREENSHOT_DIR_VARIABLE)
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, Path(keep) / shot.name)
        assert proc.poll() is None, "the app exited"
    finally:
        proc.terminate()
        try:
            proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()


def test_remove_leaves_nothing_behind(installed):
    """dpkg -r takes away every file the package installed and every folder it made (the folders
    it shares with other packages stay); purge then forgets the package. The icon cache no longer
    names Berth."""
    need_root("dpkg -r")
    assert installed.files and all(_exists(p) for p in installed.files), "not all of dpkg -L is installed"
    result = subprocess.run(["dpkg", "-r", "berth"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    left = [p for p in installed.files if _exists(p) and p not in installed.preexisting]
    assert not left, f"left behind after dpkg -r: {left[:20]}"
    gone = [p for p in installed.preexisting if not _exists(p)]
    assert not gone, f"dpkg -r removed folders that were there before: {gone}"
    assert not _exists("/opt/berth") and not _exists("/usr/bin/berth")
    if ICON_CACHE.exists():
        assert APP_ID.encode() not in ICON_CACHE.read_bytes(), "the icon cache still names Berth"
    purge = subprocess.run(["dpkg", "--purge", "berth"], capture_output=True, text=True, timeout=300)
    assert purge.returncode == 0, purge.stdout + purge.stderr
    assert dpkg_status() == "not-installed"

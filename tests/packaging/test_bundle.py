"""The PyInstaller bundle (dist/berth): its size, what it holds and leaves out, that every library
in it resolves, that it runs against the lab, and that a missing system library gives a sentence
instead of Qt's abort."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import (
    APP_ID,
    SIZE_LIMIT_MB,
    assert_reports_lab,
    find_window,
    load_system_libs,
    need,
    need_root,
    run_env,
    self_test,
)

system_libs = load_system_libs()
GLIBC_LIBS = ("libc.so", "libm.so", "libdl.so", "libpthread.so", "librt.so", "libresolv.so", "libutil.so",
              "ld-linux")


def elf_files(folder: Path) -> list[Path]:
    files = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def dynamic_section(path: Path) -> str:
    return subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout


def test_bundle_is_at_most_120_mb(bundle):
    output = subprocess.run(["du", "-s", "--block-size=1", str(bundle)], capture_output=True, text=True,
                            check=True).stdout
    megabytes = int(output.split()[0]) / 1e6
    assert megabytes <= SIZE_LIMIT_MB, f"the bundle takes {megabytes:.1f} MB on disk (du), more than {SIZE_LIMIT_MB} MB"


def test_bundle_self_test_reports_the_labs_counts(bundle, populated):
    result = self_test([str(bundle / "berth")], run_env(populated))
    assert_reports_lab(result, populated)


def test_bundle_holds_berths_resources(bundle):
    resources = bundle / "_internal" / "resources"
    assert (resources / f"{APP_ID}.desktop").is_file()
    assert (resources / f"{APP_ID}.metainfo.xml").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (resources / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    # Every catalogue of resources/i18n, compiled from its .ts by the spec (the .qm are not committed).
    i18n = Path(__file__).parents[2] / "resources" / "i18n"
    expected = sorted({f"{p.stem}.qm" for p in [*i18n.glob("*.ts"), *i18n.glob("*.qm")]})
    assert sorted(p.name for p in (resources / "i18n").glob("*.qm")) == expected
    for qm in (resources / "i18n").glob("*.qm"):
        assert qm.read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"), f"{qm.name} is no .qm"


def test_bundle_leaves_out_what_berth_does_not_use(bundle):
    internal = bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    # Qt modules Berth never imports, and the plugins that would pull in GTK, Wayland or networking.
    for unwanted in ("PySide6/QtNetwork.abi3.so", "PySide6/QtQml.abi3.so", "PySide6/QtDBus.abi3.so",
                     "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/lib/libQt6Qml.so.6",
                     "PySide6/Qt/lib/libQt6WaylandClient.so.6",
                     "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
                     "PySide6/Qt/plugins/platforms/libqwayland.so",
                     "PySide6/Qt/plugins/tls", "PySide6/Qt/plugins/generic"):
        assert unwanted not in names, f"{unwanted} is in the bundle"
    # What it needs to show a window, type Hangul and run --self-test.
    for wanted in ("platforms/libqxcb.so", "platforms/libqoffscreen.so",
                   "platforminputcontexts/libibusplatforminputcontextplugin.so",
                   "iconengines/libqsvgicon.so", "imageformats/libqsvg.so"):
        assert (qt / "plugins" / wanted).is_file(), f"{wanted} is missing"
    translations = sorted(p.name for p in (qt / "translations").glob("*.qm"))
    assert translations == ["qt_ko.qm", "qtbase_ko.qm"]
    # The desktop's own libraries come from the system.
    bundled = {p.name for p in internal.rglob("*.so*")}
    assert not bundled & set(system_libs.SYSTEM_LIBRARIES), bundled & set(system_libs.SYSTEM_LIBRARIES)


def test_bundle_python_archive_has_no_test_or_build_tools(bundle):
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(bundle / "berth")).open_embedded_archive("PYZ.pyz")
    top_level = {name.split(".", 1)[0] for name in archive.toc}
    assert "gui" in top_level and "docker" in top_level
    unwanted = top_level & {"pytest", "_pytest", "hypothesis", "pytestqt", "tests", "bench", "unittest",
                            "tkinter", "setuptools", "pip", "PyInstaller"}
    assert not unwanted, f"in the bundle: {sorted(unwanted)}"


def test_every_bundled_binary_resolves_its_libraries(bundle):
    """Each ELF file's libraries are found (in the bundle, as the bootloader sets it up, or on the
    system), and no binary searches a folder of the build machine."""
    need("ldd", "libc-bin")
    need("readelf", "binutils")
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    unresolved, foreign = [], []
    for path in elf_files(bundle):
        output = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        unresolved += [f"{path.relative_to(bundle)}: {line.strip()}" for line in output.splitlines()
                       if "not found" in line]
        for line in dynamic_section(path).splitlines():
            if "RPATH" in line or "RUNPATH" in line:
                value = line.split("[", 1)[1].rstrip("]")
                if any(part and not part.startswith("$ORIGIN") for part in value.split(":")):
                    foreign.append(f"{path.relative_to(bundle)}: {value}")
    assert not unresolved, unresolved
    assert not foreign, f"search paths outside the bundle: {foreign}"


def test_bundle_links_only_the_system_libraries_the_package_depends_on(bundle):
    """Every library a bundled binary names is bundled, part of glibc, or in SYSTEM_LIBRARIES (the
    list the .deb's Depends are made from)."""
    need("readelf", "binutils")
    bundled = {p.name for p in (bundle / "_internal").rglob("*")}
    undeclared = set()
    for path in elf_files(bundle):
        for line in dynamic_section(path).splitlines():
            if "(NEEDED)" in line:
                name = line.split("[", 1)[1].rstrip("]")
                if name not in bundled and name not in system_libs.SYSTEM_LIBRARIES \
                        and not name.startswith(GLIBC_LIBS):
                    undeclared.add(f"{name} (needed by {path.relative_to(bundle)})")
    assert not undeclared, sorted(undeclared)


# -- a missing system library --------------------------------------------------------------------
def hiding(soname: str, tmp_path: Path) -> list[str]:
    """A command prefix that runs the rest in a private mount namespace where *soname* is an empty
    file, as on a system without its package."""
    need_root("hiding a system library in a mount namespace")
    need("unshare", "util-linux")
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    paths = [line.rsplit(" => ", 1)[1] for line in listing.splitlines()
             if line.strip().startswith(soname + " ") and " => " in line]
    if not paths:
        pytest.skip(f"{soname} is not installed here")
    target = Path(paths[0]).resolve()
    empty = tmp_path / "empty.so"
    empty.write_bytes(b"")
    script = f'mount --bind "{empty}" "{target}" && exec "$@"'
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh"]


def test_missing_xcb_library_names_the_debian_package(bundle, tmp_path):
    env = run_env(QT_QPA_PLATFORM="xcb")
    env.pop("DISPLAY", None)
    result = subprocess.run([*hiding("libxcb-cursor.so.0", tmp_path), str(bundle / "berth"), "--self-test"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, f"exit {result.returncode} (Qt aborts with -6 or 134):\n{result.stderr}"
    assert "libxcb-cursor.so.0" in result.stderr
    assert "sudo apt install libxcb-cursor0\n" in result.stderr
    assert "Aborted" not in result.stderr and "core dumped" not in result.stderr


def test_missing_library_on_a_desktop_shows_a_dialog(bundle, tmp_path, xserver):
    """Started from the menu (no --self-test, a display), the message also comes up in a window."""
    need("xmessage", "x11-utils")
    env = xserver.env(run_env())
    tools = tmp_path / "bin"  # a PATH with xmessage but no zenity or kdialog, which come first
    tools.mkdir()
    for tool in ("xmessage", "sh", "unshare", "mount"):
        os.symlink(need(tool, "x11-utils, dash or util-linux"), tools / tool)
    env["PATH"] = str(tools)
    proc = subprocess.Popen([*hiding("libxcb-cursor.so.0", tmp_path), str(bundle / "berth")], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        window = find_window(xserver, "Xmessage", proc)
        title = xserver.run("xdotool", "getwindowname", window).stdout.strip()
        assert title == "Berth can't start"
        xserver.run("xdotool", "windowkill", window)  # the user closes the dialog
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 1
    assert "sudo apt install libxcb-cursor0" in err


def test_packaged_start_benchmark_quick_run(bundle, lab):
    """The packaged-start benchmark's quick form, on the bundle this session built (not pass/fail on figures)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-m", "bench.bench_packaged_start", "--quick", "--bundle", str(bundle)],
                         cwd=root, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-3000:]
    assert "ratio packaged / source:" in out.stdout

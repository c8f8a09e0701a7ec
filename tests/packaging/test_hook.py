"""The runtime check that names missing system libraries (packaging/hooks/rth_system_libs.py), as
functions. The frozen bundle runs it for real in test_bundle.py."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.packaging.conftest import load_system_libs, need

hook = load_system_libs()


@pytest.mark.parametrize("value, argv, expected", [
    ("", [], ["xcb"]),
    ("", ["--self-test"], ["offscreen"]),
    ("xcb", ["--self-test"], ["xcb"]),
    ("wayland;xcb", [], ["wayland", "xcb"]),
    ("offscreen:fontengine=freetype", [], ["offscreen"]),
    (" ; ", [], ["xcb"]),
])
def test_requested_platforms(value, argv, expected):
    assert hook.requested_platforms({"QT_QPA_PLATFORM": value}, argv) == expected


@given(st.text(alphabet="abcxyz;:= ", max_size=30))
def test_requested_platforms_are_never_empty_names(value):
    names = hook.requested_platforms({"QT_QPA_PLATFORM": value})
    assert names
    assert all(name and name == name.strip() and not set(name) & set(";:") for name in names)


def test_message_names_the_packages_to_install():
    message = hook.problem_message(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libGL.so.1"], "ignored")
    assert "libxcb-cursor.so.0" in message
    assert "sudo apt install libgl1 libxcb-cursor0 libxcb-icccm4\n" in message
    assert "ignored" not in message


def test_message_quotes_the_loader_when_no_known_library_is_missing():
    message = hook.problem_message([], "libfoo.so.9: cannot open shared object file")
    assert "libfoo.so.9: cannot open shared object file" in message


def _plugins(tmp_path: Path, platforms: dict[str, bytes]) -> Path:
    folder = tmp_path / "plugins" / "platforms"
    folder.mkdir(parents=True)
    for name, content in platforms.items():
        (folder / f"libq{name}.so").write_bytes(content)
    return tmp_path / "plugins"


def test_check_reports_a_plugin_that_does_not_load(tmp_path):
    plugins = _plugins(tmp_path, {"xcb": b"not an ELF file"})
    message = hook.check(str(plugins), {"DISPLAY": ":0"}, ["berth"])
    assert message is not None
    assert "libqxcb.so" in message  # every system library loads here: the loader's words are shown


def test_check_passes_a_plugin_that_loads(tmp_path):
    real = Path("/lib/x86_64-linux-gnu/libz.so.1")
    if not real.exists():
        pytest.skip("no libz.so.1 to stand in for a loadable plugin")
    plugins = _plugins(tmp_path, {"offscreen": real.read_bytes()})
    assert hook.check(str(plugins), {}, ["berth", "--self-test"]) is None


def test_check_leaves_unknown_platforms_to_qt(tmp_path):
    plugins = _plugins(tmp_path, {"xcb": b"broken"})
    assert hook.check(str(plugins), {"QT_QPA_PLATFORM": "vnc"}, ["berth"]) is None


def test_check_falls_back_to_xcb_for_a_platform_the_bundle_lacks(tmp_path):
    plugins = _plugins(tmp_path, {"xcb": b"broken"})
    env = {"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}
    message = hook.check(str(plugins), env, ["berth"])
    assert env["QT_QPA_PLATFORM"] == "wayland;xcb"
    assert message is not None and "libqxcb.so" in message


def test_no_dialog_for_a_self_test(monkeypatch, capsys):
    calls = []
    monkeypatch.setattr(hook.subprocess, "run", lambda *a, **k: calls.append(a))
    hook.show("the message", ["berth", "--self-test"], {"DISPLAY": ":0"})
    assert calls == []
    assert "the message" in capsys.readouterr().err


_LOADED_PATHS = """
import ctypes, json, sys
paths = {}
for soname in sys.argv[1:]:
    try:
        ctypes.CDLL(soname)
    except OSError:
        continue
    for line in open("/proc/self/maps"):
        parts = line.split()
        if len(parts) >= 6 and parts[5].rsplit("/", 1)[-1].startswith(soname):
            paths[soname] = parts[5]
print(json.dumps(paths))
"""


def loaded_paths(sonames) -> dict[str, Path]:
    """Where the dynamic loader finds each soname (loaded in a child process, read from its maps)."""
    import json
    import sys

    result = subprocess.run([sys.executable, "-c", _LOADED_PATHS, *sonames], capture_output=True, text=True,
                            check=True)
    return {name: Path(path).resolve() for name, path in json.loads(result.stdout).items()}


def test_each_library_belongs_to_the_package_named_for_it():
    """The soname -> Debian package map is right on this system (dpkg -S of each library)."""
    need("dpkg", "dpkg")
    paths = loaded_paths(hook.SYSTEM_LIBRARIES)
    missing = [f"{s} ({p})" for s, p in sorted(hook.SYSTEM_LIBRARIES.items()) if s not in paths]
    assert not missing, f"not installed here: {missing} (tests/debian-packages.txt installs them)"
    wrong = []
    for soname, path in sorted(paths.items()):
        package = hook.SYSTEM_LIBRARIES[soname]
        owners = set()
        for candidate in {str(path), str(path).replace("/usr/lib/", "/lib/", 1)}:  # merged /usr
            output = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True).stdout
            if output:
                owners |= {name.strip().split(":")[0] for name in output.split(": ", 1)[0].split(",")}
        if package not in owners:
            wrong.append(f"{soname}: {path} is in {sorted(owners) or 'no package'}, not {package}")
    assert not wrong, wrong

"""The Linux tarball: its layout, and its install note followed to the letter in a throw-away home."""

from __future__ import annotations

import os
import platform
import re
import subprocess
import tarfile

from tests.packaging.conftest import APP_ID, VERSION, assert_reports_lab, need, run_env, self_test


def install_commands(note: str) -> list[str]:
    """The indented shell lines of the note's "Install for yourself" section."""
    section = note.split("Install for yourself", 1)[1].split("\n\n", 2)[1]
    return [line.strip() for line in section.splitlines() if line.startswith("    ")]


def test_tarball_layout(tarball):
    machine = platform.machine()
    assert tarball.name == f"berth-{VERSION}-linux-{machine}.tar.gz"
    with tarfile.open(tarball) as archive:
        members = {m.name: m for m in archive.getmembers()}
        note = archive.extractfile(f"berth-{VERSION}/INSTALL.txt").read().decode()
    top = f"berth-{VERSION}"
    assert {name.split("/", 1)[0] for name in members} == {top}
    assert members[f"{top}/berth"].mode & 0o111
    for path in (f"share/applications/{APP_ID}.desktop", f"share/metainfo/{APP_ID}.metainfo.xml",
                 f"share/icons/hicolor/256x256/apps/{APP_ID}.png", f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                 "_internal/PySide6/Qt/plugins/platforms/libqxcb.so"):
        assert f"{top}/{path}" in members, path
    assert {(m.uid, m.gid) for m in members.values()} == {(0, 0)}
    assert not re.search(r"@[A-Z]+@", note), "a placeholder was left in INSTALL.txt"
    assert "sudo apt install " in note and "libxcb-cursor0" in note and "fonts-noto-cjk" in note


def test_install_note_works_as_written(tarball, populated, tmp_path):
    """The note's commands, run in a fresh home: berth is on ~/.local/bin, its menu entry validates,
    and the installed command reaches the lab."""
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "downloads"
    work.mkdir()
    os.symlink(tarball, work / tarball.name)
    with tarfile.open(tarball) as archive:
        note = archive.extractfile(f"berth-{VERSION}/INSTALL.txt").read().decode()
    commands = install_commands(note)
    assert len(commands) == 4, commands
    env = dict(os.environ, HOME=str(home))
    for command in commands:
        result = subprocess.run(["sh", "-c", command], cwd=work, env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, f"{command}\n{result.stderr}"
    command = home / ".local" / "bin" / "berth"
    assert command.is_symlink()
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert desktop.is_file()
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    tool = need("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    outcome = self_test([str(command)], run_env(populated, HOME=str(home)))
    assert_reports_lab(outcome, populated)

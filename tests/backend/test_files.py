import os

import pytest

from gui.backend.files import atomic_write


def test_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "out.log"
    target.write_bytes(b"old")
    atomic_write(target, [b"new ", b"content"])
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.log"]


def test_failure_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.log"
    target.write_bytes(b"old")

    def chunks():
        yield b"partial"
        raise OSError("disk full")

    with pytest.raises(OSError):
        atomic_write(target, chunks())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.log"]


def test_new_file_gets_umask_mode(tmp_path):
    target = tmp_path / "fresh.txt"
    atomic_write(target, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask

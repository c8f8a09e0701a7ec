"""Files Berth writes for the user (saved logs, exports): written atomically, never half-done."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable


def atomic_write(path: str | os.PathLike, chunks: Iterable[bytes] | bytes, mode: int | None = None) -> Path:
    """Write *chunks* to *path* through a temporary file in the same folder, then rename it into place.

    A crash or a full disk leaves the old file (or none), never a truncated one."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            if isinstance(chunks, (bytes, bytearray, memoryview)):
                out.write(chunks)
            else:
                for chunk in chunks:
                    out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if mode is None:
            try:
                mode = target.stat().st_mode & 0o777
            except FileNotFoundError:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target

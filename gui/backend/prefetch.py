"""The first lists, asked for before anything heavy is imported.

`berth` sends `GET /containers/json?all=1` and `GET /images/json` on a local engine's socket as its very
first act, then imports Qt and builds the window while the engine prepares the answers. The replies are
read later, off the GUI thread. This uses only the standard library: importing docker-py (requests,
urllib3) alone takes about as long as the engine needs for 1,000 containers, and the first frame does not
need it. Everything after the first lists goes through docker-py as usual.

Only plain unix sockets are prefetched; TCP and TLS engines take the ordinary path.
"""

from __future__ import annotations

import json
import socket
import threading
from typing import Any

PATHS = {
    "containers": "/containers/json?all=1&limit=-1",
    "images": "/images/json",
}

_started: dict[str, "Prefetch"] = {}
_lock = threading.Lock()


class PrefetchFailed(Exception):
    """The early request did not give a usable answer; the caller asks again the ordinary way."""


class Prefetch:
    def __init__(self, host: str, path: str) -> None:
        self.host = host
        self.path = path
        self._sock: socket.socket | None = None
        self._error: Exception | None = None
        try:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(15)
            sock.connect(host[len("unix://"):])
            # HTTP/1.0: the engine answers without chunking and closes the connection when done.
            sock.sendall(f"GET {path} HTTP/1.0\r\nHost: docker\r\nUser-Agent: Berth\r\n\r\n".encode())
            self._sock = sock
        except OSError as exc:
            self._error = exc

    def read(self) -> Any:
        """The decoded JSON body; raises PrefetchFailed on anything unexpected. Blocks: call off the GUI thread."""
        if self._sock is None:
            raise PrefetchFailed(str(self._error))
        chunks = []
        try:
            while True:
                data = self._sock.recv(262144)
                if not data:
                    break
                chunks.append(data)
        except OSError as exc:
            raise PrefetchFailed(str(exc)) from exc
        finally:
            self.close()
        raw = b"".join(chunks)
        head, sep, body = raw.partition(b"\r\n\r\n")
        if not sep:
            raise PrefetchFailed("no HTTP header")
        status = head.split(b"\r\n", 1)[0].split()
        if len(status) < 2 or status[1] != b"200":
            raise PrefetchFailed(head[:200].decode(errors="replace"))
        try:
            return json.loads(body)
        except ValueError as exc:
            raise PrefetchFailed(str(exc)) from exc

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass


def start(host: str) -> None:
    """Send the early list requests to *host* (a resolved engine address), if it is a unix socket."""
    if not host.startswith("unix://"):
        return
    with _lock:
        for kind, path in PATHS.items():
            _started[f"{host} {kind}"] = Prefetch(host, path)


def take(host: str, kind: str) -> Prefetch | None:
    """The early request for *kind* on *host*, once; None if there is none."""
    with _lock:
        return _started.pop(f"{host} {kind}", None)


def discard() -> None:
    with _lock:
        for prefetch in _started.values():
            prefetch.close()
        _started.clear()

"""A throttling TCP proxy on loopback: a real registry behind it, made slow, so that a pull is still under way
when a test needs it to be (cancelling mid-pull, several pulls at once, an engine killed mid-pull)."""

from __future__ import annotations

import socket
import threading


class ThrottledProxy:
    """A loopback TCP proxy in front of a registry that sends the registry's answers at *rate* bytes a
    second: a slow registry, for tests that cancel a pull in the middle."""

    def __init__(self, target_port: int, rate: float = 1_000_000) -> None:
        self.target_port = target_port
        self.rate = rate
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def __enter__(self) -> "ThrottledProxy":
        self._spawn(self._accept)
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def _spawn(self, fn, *args) -> None:
        t = threading.Thread(target=fn, args=args, name="throttle-proxy", daemon=True)
        with self._lock:
            self._threads.append(t)
        t.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except (socket.timeout, OSError):
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            for s in (client, upstream):
                s.settimeout(0.2)
            with self._lock:
                self._sockets += [client, upstream]
            self._spawn(self._pump, client, upstream, False)
            self._spawn(self._pump, upstream, client, True)

    def _pump(self, src: socket.socket, dst: socket.socket, throttled: bool) -> None:
        while not self._stop.is_set():
            try:
                data = src.recv(16384)
            except socket.timeout:
                continue
            except OSError:
                break
            if not data:
                break
            if throttled and self._stop.wait(len(data) / self.rate):
                break
            try:
                dst.sendall(data)
            except OSError:
                break
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def stop(self) -> None:
        self._stop.set()
        self.listener.close()
        with self._lock:
            sockets, threads = list(self._sockets), list(self._threads)
        for s in sockets:
            try:
                s.close()
            except OSError:
                pass
        for t in threads:
            t.join(5)

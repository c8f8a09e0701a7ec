"""A throttling TCP proxy on loopback: a real registry behind it, made slow, so that a pull is still under way
when a test needs it to be."""

from __future__ import annotations

import socket
import threading
import time


class ThrottledProxy:
    def __init__(self, target_port: int, bytes_per_second: int) -> None:
        self.target_port = target_port
        self.rate = bytes_per_second
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        self.stop = threading.Event()
        self.threads: list[threading.Thread] = []
        self.sockets: list[socket.socket] = []

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _pipe(self, src: socket.socket, dst: socket.socket, throttle: bool) -> None:
        try:
            while not self.stop.is_set():
                data = src.recv(16384)
                if not data:
                    break
                dst.sendall(data)
                if throttle:
                    time.sleep(len(data) / self.rate)  # a bandwidth limit, not a wait for anything
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _accept(self) -> None:
        self.server.settimeout(0.2)
        while not self.stop.is_set():
            try:
                client, _ = self.server.accept()
            except OSError:
                continue
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            self.sockets += [client, upstream]
            for args in ((client, upstream, False), (upstream, client, True)):
                t = threading.Thread(target=self._pipe, args=args, name="throttle-pipe", daemon=True)
                t.start()
                self.threads.append(t)

    def __enter__(self) -> "ThrottledProxy":
        t = threading.Thread(target=self._accept, name="throttle-accept", daemon=True)
        t.start()
        self.threads.append(t)
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        for s in self.sockets:
            try:
                s.close()
            except OSError:
                pass
        self.server.close()
        for t in self.threads:
            t.join(2)

"""A hostile Docker engine: a loopback HTTP server that speaks the Docker API's path layout and misbehaves.

This is the one place where Berth's tests use a fake: a real engine cannot be made to answer 500s,
malformed JSON, truncated chunked streams, hung responses or a slow trickle on demand. Everything the fake
does not break, it answers like a small healthy engine.
"""

from __future__ import annotations

import json
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FAULTS = ("500json", "500text", "badjson", "truncated", "hang", "trickle")

VERSION = {"Version": "99.0.0-hostile", "ApiVersion": "1.41", "MinAPIVersion": "1.12", "Os": "linux",
           "Arch": "amd64", "KernelVersion": "6.0"}


class HostileEngine:
    def __init__(self, fault: str = "", path: str = "/containers/json") -> None:
        self.fault = fault
        self.fault_path = path
        self.stop_event = threading.Event()
        self.requests: list[str] = []
        engine = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                engine.requests.append(self.path)
                path = re.sub(r"^/v[0-9.]+", "", self.path.split("?", 1)[0])
                if path == engine.fault_path and engine.fault:
                    getattr(self, "fault_" + engine.fault)()
                    return
                if path == "/version":
                    self.send_json(VERSION)
                elif path == "/_ping":
                    self.send_text(200, "OK")
                elif path == "/info":
                    self.send_json({"OperatingSystem": "Hostile OS", "Name": "hostile"})
                elif path in ("/containers/json", "/images/json"):
                    self.send_json([])
                elif path == "/events":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    self.wfile.flush()
                    engine.stop_event.wait()  # an idle event stream
                else:
                    self.send_json({"message": f"page not found: {path}"}, 404)

            # -- answers ---------------------------------------------------------------------------
            def send_json(self, body, status: int = 200) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def send_text(self, status: int, text: str, ctype: str = "text/plain") -> None:
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            # -- faults ----------------------------------------------------------------------------
            def fault_500json(self) -> None:
                self.send_json({"message": "hostile engine: something broke inside"}, 500)

            def fault_500text(self) -> None:
                self.send_text(500, "<html><body><h1>Internal Server Error</h1></body></html>", "text/html")

            def fault_badjson(self) -> None:
                self.send_text(200, '[{"Id": "abc", "Names": ["/x"', "application/json")

            def fault_truncated(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self.wfile.write(b"400\r\n" + b'[{"Id": "' + b"a" * 100)  # promises 1024 bytes, sends ~110
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True

            def fault_hang(self) -> None:
                engine.stop_event.wait()  # never answers
                self.close_connection = True

            def fault_trickle(self) -> None:
                body = json.dumps([]).encode() + b" " * 200
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for byte in body:
                    if engine.stop_event.wait(0.3):
                        break
                    try:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                    except OSError:
                        break
                self.close_connection = True

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, name="hostile-engine", daemon=True)

    @property
    def host(self) -> str:
        return f"tcp://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "HostileEngine":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop_event.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

"""`berth --self-test` run from source: the line it prints, its exit codes, and that it leaves the
user's settings alone. The packaged runs are in test_bundle.py and test_deb.py."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.packaging.conftest import ROOT, assert_reports_lab, run_env, self_test

SOURCE = [sys.executable, "-m", "gui"]


def test_self_test_reports_the_labs_version_and_counts(populated):
    result = self_test(SOURCE, run_env(populated))
    fields = assert_reports_lab(result, populated)
    # The lab holds containers in three states and a dangling image: all are counted.
    assert int(fields["containers"]) >= 3
    assert int(fields["images"]) >= 3


def test_self_test_names_the_engine_it_cannot_reach(tmp_path):
    socket_path = tmp_path / "nobody-listens.sock"
    started = time.monotonic()
    result = self_test(SOURCE, run_env(DOCKER_HOST=f"unix://{socket_path}"))
    assert result.returncode == 1, result
    assert result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.startswith("Berth self-test failed: ")]
    assert len(lines) == 1, result.stderr
    assert f"unix://{socket_path}" in lines[0]
    assert "Docker isn't running" in lines[0]
    assert time.monotonic() - started < 20


def test_self_test_with_host_option_overrides_docker_host(populated, tmp_path):
    env = run_env(populated, DOCKER_HOST=f"unix://{tmp_path / 'wrong.sock'}")
    result = self_test([*SOURCE, "--host", populated.docker_host], env)
    assert_reports_lab(result, populated)


def test_self_test_fails_when_the_engine_answers_nonsense(tmp_path):
    """Something listens on the socket but is no Docker engine: exit 1 with a reason, no hang."""
    path = tmp_path / "not-docker.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(8)
    server.settimeout(0.1)
    stop = threading.Event()

    def answer():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\n"
                             b"Connection: close\r\n\r\noops")

    thread = threading.Thread(target=answer, name="not-docker", daemon=True)
    thread.start()
    try:
        result = self_test(SOURCE, run_env(DOCKER_HOST=f"unix://{path}"), timeout=60)
    finally:
        stop.set()
        thread.join(5)
        server.close()
    assert result.returncode == 1, result
    assert "Berth self-test failed: " in result.stderr
    assert result.stdout == ""


def test_self_test_writes_no_settings(populated, tmp_path):
    config = tmp_path / "config"
    result = self_test(SOURCE, run_env(populated, XDG_CONFIG_HOME=str(config), HOME=str(tmp_path)))
    assert_reports_lab(result, populated)
    written = [p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()]
    assert written == [], f"the self-test wrote {written}"


def test_self_test_is_in_the_help():
    result = subprocess.run([*SOURCE, "--help"], capture_output=True, text=True, cwd=Path(ROOT), timeout=60)
    assert result.returncode == 0
    assert "--self-test" in result.stdout

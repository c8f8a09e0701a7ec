"""The backend against the real lab engine (and against sockets that cannot work)."""

from __future__ import annotations

import socket
import threading

import pytest

from gui.backend.errors import BerthError, Kind
from gui.backend.service import EngineService, images_from_api, resolve_host
from tests.lab import TEST_IMAGE


def test_resolve_host(monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "tcp://10.0.0.1:2376")
    assert resolve_host(None) == "tcp://10.0.0.1:2376"
    assert resolve_host("unix:///x.sock") == "unix:///x.sock"
    monkeypatch.delenv("DOCKER_HOST")
    assert resolve_host(None) == "unix:///var/run/docker.sock"


def test_info_and_lists(engine):
    svc = EngineService(engine.docker_host)
    info = svc.info()
    assert info.server_version.startswith("20.10")
    assert info.api_version
    api = engine.api()
    cid = api.create_container(TEST_IMAGE, "true", name="svc-list")["Id"]
    containers = svc.list_containers()
    mine = [c for c in containers if c.id == cid]
    assert len(mine) == 1 and mine[0].name == "svc-list" and mine[0].state == "created"
    images = svc.list_images()
    refs = {i.reference for i in images}
    assert TEST_IMAGE in refs
    cli = engine.cli("images", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}").stdout.split()
    assert {r for r in refs if r} == {x for x in cli if ":" in x and " " not in x} - {"<none>:<none>"}
    svc.close()


def test_lists_take_one_request_each(engine):
    """`docker ps -a` and `docker images` are one API request each, whatever the count."""
    api = engine.api()
    for n in range(5):
        api.create_container(TEST_IMAGE, "true", name=f"svc-count-{n}")
    svc = EngineService(engine.docker_host)
    svc.info()
    seen = []
    session = svc.client
    original = session.send

    def counting(request, **kwargs):
        seen.append(request.url)
        return original(request, **kwargs)

    session.send = counting
    svc.list_containers()
    assert len(seen) == 1 and "/containers/json" in seen[0]
    svc.list_images()
    assert len(seen) == 2 and "/images/json" in seen[1]
    svc.close()


def test_events_stream_is_cancellable_from_another_thread(engine):
    svc = EngineService(engine.docker_host)
    svc.info()
    stream = svc.events()
    got = []
    done = threading.Event()

    def read():
        for ev in stream:
            got.append(ev)
        done.set()

    t = threading.Thread(target=read, name="test-events")
    t.start()
    api = engine.api()
    api.create_container(TEST_IMAGE, "true", name="svc-events")
    # Wait for the create event to arrive, then cancel.
    deadline = threading.Event()
    for _ in range(100):
        if any(e.action == "create" for e in got):
            break
        deadline.wait(0.05)
    assert any(e.action == "create" and e.type == "container" for e in got)
    stream.close()
    assert done.wait(5), "closing the stream did not end the blocked read"
    t.join(5)
    svc.close()


def test_missing_socket_sentence(tmp_path):
    svc = EngineService(f"unix://{tmp_path}/nothing.sock")
    with pytest.raises(BerthError) as err:
        svc.info()
    assert err.value.kind is Kind.UNREACHABLE
    assert "Docker isn't running" in str(err.value) and "nothing.sock" in str(err.value)


def test_plain_file_sentence(tmp_path):
    path = tmp_path / "file.sock"
    path.write_text("not a socket")
    with pytest.raises(BerthError) as err:
        EngineService(f"unix://{path}").info()
    assert "not a Docker socket" in str(err.value)


def test_refusing_socket_sentence(tmp_path):
    path = tmp_path / "dead.sock"
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))  # bound but never listening: connections are refused
    try:
        with pytest.raises(BerthError) as err:
            EngineService(f"unix://{path}").info()
        assert err.value.kind is Kind.UNREACHABLE
        assert "refused" in str(err.value)
    finally:
        s.close()

def test_permission_sentence(tmp_path):
    """Connecting as an ordinary user to a root-only socket is refused with EACCES."""
    import os
    import subprocess
    import sys

    path = tmp_path / "private.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(1)
    os.chmod(path, 0o600)
    os.chmod(tmp_path, 0o755)
    code = (
        "import os\n"
        "from gui.backend.service import EngineService\n"
        "import gui.backend.errors, docker, requests, urllib3\n"
        "os.setgid(65534); os.setuid(65534)\n"
        f"try:\n    EngineService('unix://{path}').info()\n"
        "except Exception as e:\n    print(e.kind.value, '|', e)\n"
    )
    if os.geteuid() != 0:
        pytest.skip("needs root to run the client as an ordinary user")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    server.close()
    assert out.stdout.startswith("permission |"), out.stdout + out.stderr
    assert "'docker' group" in out.stdout


def test_timeout_sentence(tmp_path):
    """A socket that accepts and never answers: a timeout sentence, within the request timeout."""
    path = tmp_path / "silent.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(5)
    conns = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                conns.append(server.accept()[0])
            except OSError:
                pass

    t = threading.Thread(target=accept, name="test-silent")
    t.start()
    try:
        svc = EngineService(f"unix://{path}", timeout=1)
        with pytest.raises(BerthError) as err:
            svc.info()
        assert err.value.kind is Kind.TIMEOUT
        assert "didn't answer within 1 seconds" in str(err.value)
    finally:
        stop.set()
        t.join()
        for c in conns:
            c.close()
        server.close()


def test_images_rows_like_docker_images():
    raw = [
        {"Id": "sha256:" + "a" * 64, "RepoTags": ["x:1", "x:2", "localhost:5000/y:latest"],
         "RepoDigests": [], "Created": 5, "Size": 100},
        {"Id": "sha256:" + "b" * 64, "RepoTags": None, "RepoDigests": None, "Created": 6, "Size": 7},
        {"Id": "sha256:" + "c" * 64, "RepoTags": ["<none>:<none>"],
         "RepoDigests": ["z@sha256:" + "d" * 64], "Created": 6, "Size": 7},
    ]
    rows = images_from_api(raw)
    assert [(r.repository, r.tag) for r in rows] == [
        ("x", "1"), ("x", "2"), ("localhost:5000/y", "latest"), ("<none>", "<none>"), ("z", "<none>")]
    assert rows[0].key == ("sha256:" + "a" * 64, "x:1")
    assert rows[3].key == ("sha256:" + "b" * 64,)
    assert rows[3].dangling and not rows[0].dangling


def test_insecure_remote_is_only_plain_tcp_to_other_machines(monkeypatch):
    monkeypatch.delenv("DOCKER_TLS_VERIFY", raising=False)
    monkeypatch.delenv("DOCKER_CERT_PATH", raising=False)
    assert EngineService("tcp://10.1.2.3:2375").insecure_remote
    assert not EngineService("tcp://127.0.0.1:2375").insecure_remote
    assert not EngineService("tcp://localhost:2375").insecure_remote
    assert not EngineService("unix:///var/run/docker.sock").insecure_remote
    assert not EngineService("https://10.1.2.3:2376").insecure_remote

"""The log viewer through a container's life and the engine's: restarts, stops, an engine killed and back."""

from __future__ import annotations

import pytest

from gui.models.logs import MARKER
from tests.helpers import wait_connected, wait_loaded
from tests.lab import TEST_IMAGE

NUMBERED = "i=0; while true; do i=$((i+1)); echo $i; usleep 5000; done"


def run(api, command: str, name: str, **kwargs) -> str:
    cid = api.create_container(TEST_IMAGE, ["sh", "-c", command], name=name, stop_signal="SIGKILL", **kwargs)["Id"]
    api.start(cid)
    return cid


def rows(viewer) -> list[tuple[int, str]]:
    store = viewer.model.store
    return [(store.streams[i], store.text(i)) for i in range(len(store))]


def lines(viewer) -> list[str]:
    return [text for stream, text in rows(viewer) if stream != MARKER]


def markers(viewer) -> list[str]:
    return [text for stream, text in rows(viewer) if stream == MARKER]


@pytest.fixture
def window(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    return window


def test_restart_and_stop_markers(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "echo run; sleep 300", "logs-restart")
    viewer = window.open_logs(cid)
    qtbot.waitUntil(lambda: lines(viewer) == ["run"] and viewer.state == "following", timeout=10_000)

    api.restart(cid, timeout=0)
    qtbot.waitUntil(lambda: lines(viewer) == ["run", "run"] and len(markers(viewer)) == 2, timeout=10_000)
    kinds = [stream for stream, _ in rows(viewer)]
    assert kinds == [1, MARKER, MARKER, 1], "the markers sit between the two runs"
    stopped, started = markers(viewer)
    assert "stopped" in stopped and "exit code 137" in stopped
    assert "started" in started
    model = viewer.view.model()
    assert model.index(1, 0).data() == stopped

    api.stop(cid, timeout=0)
    qtbot.waitUntil(lambda: len(markers(viewer)) == 3 and viewer.state == "ended", timeout=10_000)
    assert "exit code 137" in markers(viewer)[2]
    assert not viewer.streaming
    assert "not running" in viewer.status.text()

    # A stopped container started again: the idle viewer opens the stream again by itself.
    api.start(cid)
    qtbot.waitUntil(lambda: lines(viewer) == ["run"] * 3 and viewer.state == "following", timeout=10_000)
    assert "started" in markers(viewer)[3]
    assert [s for s, _ in rows(viewer)] == [1, MARKER, MARKER, 1, MARKER, MARKER, 1]


def test_exit_code_of_a_container_that_ends_by_itself(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "echo bye; exit 3", "logs-exit")
    viewer = window.open_logs(cid)
    qtbot.waitUntil(lambda: viewer.state == "ended" and lines(viewer) == ["bye"], timeout=10_000)
    assert "exit code 3" in viewer.status.text()


def test_a_removed_container_says_so(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "echo here; sleep 300", "logs-removed")
    viewer = window.open_logs(cid)
    qtbot.waitUntil(lambda: lines(viewer) == ["here"], timeout=10_000)
    api.remove_container(cid, force=True)
    qtbot.waitUntil(lambda: viewer.state == "gone", timeout=10_000)
    assert "removed" in viewer.status.text()
    assert lines(viewer) == ["here"], "what was shown stays"
    from PySide6.QtWidgets import QApplication

    assert QApplication.activeModalWidget() is None, "a removed container is no error dialog"


def test_engine_killed_mid_follow_resumes_with_no_gap_and_no_duplicate(fresh_lab, make_window, qtbot):
    window = make_window(fresh_lab.docker_host)
    wait_loaded(qtbot, window)
    api = fresh_lab.api()
    cid = run(api, NUMBERED, "logs-engine-restart")
    viewer = window.open_logs(cid)
    qtbot.waitUntil(lambda: len(lines(viewer)) >= 200, timeout=15_000)

    fresh_lab.kill_engine()
    qtbot.waitUntil(lambda: viewer.state == "reconnecting", timeout=10_000)
    before = len(lines(viewer))
    assert "Reconnecting" in viewer.status.text()
    fresh_lab.start_engine()
    wait_connected(qtbot, window, timeout=20_000)
    qtbot.waitUntil(lambda: viewer.state == "following" and len(lines(viewer)) >= before + 300, timeout=20_000)

    numbers = [int(text) for text in lines(viewer)]
    assert numbers == list(range(1, len(numbers) + 1)), "no line lost, none twice"
    assert not markers(viewer), "the container never stopped"
    api.close()

"""A hostile engine (tests/hostile.py, the one fake in the suite: a real engine cannot misbehave on demand).

Each fault must give the user a sentence, let no traceback escape, and never block the GUI thread.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from gui.backend.errors import BerthError, Kind
from gui.backend.service import EngineService
from tests.hostile import HostileEngine

EXPECTED = {
    "500json": (Kind.ENGINE, "something broke inside"),
    "500text": (Kind.ENGINE, "Internal Server Error"),
    "badjson": (Kind.PROTOCOL, "could not read"),
    "truncated": (Kind.PROTOCOL, "broke off"),
    "hang": (Kind.TIMEOUT, "didn't answer"),
    "trickle": (Kind.TIMEOUT, "didn't answer"),
}


@pytest.mark.parametrize("fault", sorted(EXPECTED))
def test_backend_turns_each_fault_into_a_sentence(fault):
    kind, words = EXPECTED[fault]
    with HostileEngine(fault) as engine:
        service = EngineService(engine.host, timeout=1)
        assert service.connect().server_version == "99.0.0-hostile"
        with pytest.raises(BerthError) as err:
            service.list_containers()
        service.close()
    assert err.value.kind is kind, (err.value.kind, str(err.value))
    assert words in str(err.value)
    assert "Traceback" not in str(err.value)


def test_hostile_version_answer_is_a_sentence():
    with HostileEngine("badjson", path="/version") as engine:
        with pytest.raises(BerthError) as err:
            EngineService(engine.host, timeout=1).connect()
    assert err.value.kind is Kind.PROTOCOL
    assert "could not read" in str(err.value)


class Heartbeat:
    """A 10 ms QTimer on the GUI thread; the longest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.clock = QElapsedTimer()
        self.worst_ms = 0
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        gap = self.clock.restart()
        self.worst_ms = max(self.worst_ms, gap)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


WORST: dict[str, int] = {}


@pytest.mark.parametrize("fault", sorted(EXPECTED))
def test_window_shows_the_sentence_and_never_blocks(fault, make_window, qtbot, monkeypatch):
    from gui.backend import service as service_module

    monkeypatch.setattr(service_module, "REQUEST_TIMEOUT", 1)
    monkeypatch.setattr(service_module.EngineService.__init__, "__defaults__", (None, 1))
    kind, words = EXPECTED[fault]
    with HostileEngine(fault) as engine:
        beat = Heartbeat()
        window = make_window(engine.host)
        beat.start()  # from the moment the window exists (building it is not what is measured)
        qtbot.waitUntil(lambda: window.banner.isVisible() and words in window.banner.label.text(), timeout=10_000)
        text = window.banner.label.text()
        beat.stop()
        window.close()
        qtbot.waitUntil(lambda: window.runner.active == 0, timeout=10_000)
    assert text.startswith("Berth couldn't read the list of containers from Docker:")
    assert "Traceback" not in text
    WORST[fault] = beat.worst_ms
    print(f"\nhostile engine, {fault}: longest GUI stall {beat.worst_ms} ms")
    assert beat.worst_ms < 500, f"the GUI thread stalled for {beat.worst_ms} ms"

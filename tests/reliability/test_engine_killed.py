"""The engine is killed (SIGKILL) while a log viewer follows and a pull is running, then comes back."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication

from tests.helpers import view_ids, wait_connected, wait_loaded
from tests.lab import TEST_IMAGE
from tests.throttle import ThrottledProxy

NUMBERED = "i=0; while true; do i=$((i+1)); echo $i; usleep 20000; done"


def log_numbers(viewer) -> list[int]:
    from gui.models.logs import MARKER

    store = viewer.model.store
    return [int(store.text(i)) for i in range(len(store)) if store.streams[i] != MARKER]


def test_engine_killed_mid_session(fresh_lab, make_window, qtbot):
    api = fresh_lab.api()
    registry = fresh_lab.start_registry()
    # An image whose 8 MB layer exists nowhere else, behind a registry slowed to 1 MB/s.
    ctx = fresh_lab.root / "big"
    ctx.mkdir()
    (ctx / "Dockerfile").write_text(
        f"FROM {TEST_IMAGE}\nRUN dd if=/dev/urandom of=/blob bs=1M count=8 2>/dev/null\n")
    ref = f"{registry.host}/berth/big:1"
    for _ in api.build(path=str(ctx), tag=ref, rm=True, decode=True):
        pass
    for chunk in api.push(f"{registry.host}/berth/big", tag="1", stream=True, decode=True):
        assert "error" not in chunk, chunk
    api.remove_image(ref)

    cid = api.create_container(TEST_IMAGE, ["sh", "-c", NUMBERED], name="killed-follow",
                               stop_signal="SIGKILL")["Id"]
    api.start(cid)

    with ThrottledProxy(registry.port, 1_000_000) as proxy:
        window = make_window(fresh_lab.docker_host)
        wait_loaded(qtbot, window)
        viewer = window.open_logs(cid)
        qtbot.waitUntil(lambda: len(log_numbers(viewer)) >= 20, timeout=15_000)
        entry = window.pull_image(f"{proxy.host}/berth/big:1")
        qtbot.waitUntil(lambda: any(e for e in entry.events), timeout=20_000)
        assert entry.running

        fresh_lab.kill_engine()
        # The banner says the engine is gone; the pull fails with a sentence; nothing crashes.
        qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
        assert "can't reach Docker" in window.banner.label.text()
        qtbot.waitUntil(lambda: not entry.running, timeout=15_000)
        assert entry.state.value == "failed"
        from gui.i18n import error_text

        sentence = error_text(entry.error)
        assert sentence and "Traceback" not in sentence
        assert QApplication.activeModalWidget() is None or \
            QApplication.activeModalWidget().objectName() != "errorDialog"

        lines_before = len(log_numbers(viewer))
        later = None
        fresh_lab.start_engine()
        back = time.monotonic()
        # The lists resync by themselves within 3 s of the engine's return.
        later = fresh_lab.api().create_container(TEST_IMAGE, "true", name="after-kill")["Id"]
        qtbot.waitUntil(lambda: {cid, later} <= set(view_ids(window.containers_view)), timeout=3000)
        resync_s = time.monotonic() - back
        wait_connected(qtbot, window)
        assert not window.banner.isVisible()

        # The followed log goes on, with no line lost and none twice.
        qtbot.waitUntil(lambda: len(log_numbers(viewer)) >= lines_before + 50, timeout=20_000)
        numbers = log_numbers(viewer)
        assert numbers == list(range(1, len(numbers) + 1))
        print(f"\nengine killed: lists back {resync_s:.2f} s after the engine; {len(numbers)} log lines, no gap")

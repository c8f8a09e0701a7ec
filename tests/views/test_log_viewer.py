"""The log viewer against the real lab engine: every line, in order, live; stderr; colours; spill; Save."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from gui.backend.logstream import STDERR, STDOUT
from gui.models.logs import MARKER, FormatsRole, FullTextRole, RawTextRole, StreamRole
from gui.views.log_viewer import FullLineDialog
from tests.helpers import wait_loaded
from tests.lab import TEST_IMAGE

LOAD_MS = 30_000


def run(api, command: str, name: str, tty: bool = False) -> str:
    cid = api.create_container(TEST_IMAGE, ["sh", "-c", command], name=name, tty=tty,
                               host_config=api.create_host_config(init=False), stop_signal="SIGKILL")["Id"]
    api.start(cid)
    return cid


def texts(viewer) -> list[str]:
    store = viewer.model.store
    return [store.text(i) for i in range(len(store)) if store.streams[i] != MARKER]


def wait_rows(qtbot, viewer, count: int, timeout: int = LOAD_MS) -> None:
    qtbot.waitUntil(lambda: viewer.model.store.stdout_lines + viewer.model.store.stderr_lines >= count,
                    timeout=timeout)


def last_row_visible(viewer) -> bool:
    view = viewer.view
    model = view.model()
    if model.rowCount() == 0:
        return False
    rect = view.visualRect(model.index(model.rowCount() - 1, 0))
    return view.viewport().rect().intersects(rect)


class Heartbeat:
    """A 10 ms timer on the GUI thread: the longest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.clock = QElapsedTimer()
        self.worst = 0
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.worst = max(self.worst, self.clock.restart())

    def stop(self) -> int:
        self.timer.stop()
        return self.worst


@pytest.fixture
def window(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    return window


def test_fifty_thousand_numbered_lines_then_more_while_following(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "seq 1 50000; sleep 300", "logs-fifty")
    viewer = window.open_logs(cid)
    assert viewer.objectName() == "logViewer"
    assert window.logs_dock.isVisible()
    wait_rows(qtbot, viewer, 50_000)
    qtbot.waitUntil(lambda: viewer.state == "following", timeout=5000)
    model = viewer.view.model()
    assert model.rowCount() == 50_000
    assert texts(viewer) == [str(i) for i in range(1, 50_001)]
    assert model.index(0, 0).data() == "1"
    assert model.index(49_999, 0).data() == "50000"
    assert viewer.follow_button.isChecked()
    qtbot.waitUntil(lambda: last_row_visible(viewer), timeout=2000)

    api.exec_start(api.exec_create(cid, ["sh", "-c", "seq 50001 50100 > /proc/1/fd/1"]))
    wait_rows(qtbot, viewer, 50_100, timeout=10_000)
    assert texts(viewer) == [str(i) for i in range(1, 50_101)]
    assert viewer.view.model().rowCount() == 50_100
    qtbot.waitUntil(lambda: last_row_visible(viewer), timeout=2000)


def test_stderr_rows_are_marked_and_counted(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "for i in $(seq 1 30); do echo out $i; if [ $((i % 3)) = 0 ]; then echo err $i >&2; fi; done;"
                   " sleep 300", "logs-streams")
    viewer = window.open_logs(cid)
    wait_rows(qtbot, viewer, 40)
    store = viewer.model.store
    assert (store.stdout_lines, store.stderr_lines) == (30, 10)
    model = viewer.view.model()
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    errors = [ix for ix in rows if ix.data(StreamRole) == STDERR]
    assert sorted(ix.data() for ix in errors) == sorted(f"err {i}" for i in range(3, 31, 3))
    assert all(ix.data().startswith("out") for ix in rows if ix.data(StreamRole) == STDOUT)
    plain = next(ix for ix in rows if ix.data(StreamRole) == STDOUT)
    error = errors[0]
    # Marked by colour: stderr rows have their own text colour and background; stdout rows none.
    assert error.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert error.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert plain.data(Qt.ItemDataRole.ForegroundRole) is None
    assert plain.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "stderr" in error.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: "30 stdout" in viewer.status.text() and "10 stderr" in viewer.status.text(),
                    timeout=2000)


def test_ansi_colours_are_rendered_and_escape_codes_never_shown(engine, window, qtbot):
    api = engine.api()
    script = (r"printf '\033[31mred\033[0m plain\n';"
              r"printf '\033[1;38;5;46mbold green\033[0m\n';"
              r"printf '\033[38;2;10;20;30mtruecolour\033[0m and \033[2K\033[1Gerased\n';"
              r"printf 'no colour\n'; sleep 300")
    cid = run(api, script, "logs-ansi")
    viewer = window.open_logs(cid)
    wait_rows(qtbot, viewer, 4)
    model = viewer.view.model()
    shown = [model.index(r, 0).data() for r in range(4)]
    assert shown == ["red plain", "bold green", "truecolour and erased", "no colour"]
    assert not any("\x1b" in s or "[31m" in s for s in shown)
    assert model.index(0, 0).data(RawTextRole) == "\x1b[31mred\x1b[0m plain"  # kept for Save

    red = model.index(0, 0)
    assert red.data(Qt.ItemDataRole.ForegroundRole).color().getRgb()[:3] == (205, 0, 0)
    formats = red.data(FormatsRole)
    assert [(start, length) for start, length, _ in formats] == [(0, 3)]
    assert formats[0][2].foreground().color().getRgb()[:3] == (205, 0, 0)

    green = model.index(1, 0).data(FormatsRole)
    assert green[0][2].foreground().color().getRgb()[:3] == (0, 255, 0)  # xterm 256-colour 46
    assert green[0][2].fontWeight() >= 700
    true = model.index(2, 0).data(FormatsRole)
    assert true[0][2].foreground().color().getRgb()[:3] == (10, 20, 30)
    assert model.index(3, 0).data(FormatsRole) == []
    assert model.index(3, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    viewer.view.viewport().repaint()  # the delegate paints the formats without error


def test_spill_keeps_two_hundred_thousand_lines_scrollable_searchable_and_saveable(engine, window, qtbot, tmp_path):
    api = engine.api()
    cid = run(api, "seq 1 200000 | sed 's/.*/line & of the big log/'; sleep 300", "logs-spill")
    viewer = window.logs.open(cid, memory_budget=1_000_000)
    wait_rows(qtbot, viewer, 200_000, timeout=60_000)
    store = viewer.model.store
    assert store.spilled > 150_000, "a 1 MB budget keeps only the newest lines in memory"
    assert store.spill_bytes > 3_000_000
    assert store.hot_bytes <= 1_000_000
    model = viewer.view.model()
    assert model.rowCount() == 200_000

    # Scroll to the top: the rows there come back from disk.
    viewer.view.scrollToTop()
    qtbot.waitUntil(lambda: not viewer.follow_button.isChecked(), timeout=2000)
    assert model.index(0, 0).data() == "line 1 of the big log"
    assert model.index(123_456, 0).data() == "line 123457 of the big log"
    viewer.view.viewport().repaint()
    top = viewer.view.indexAt(viewer.view.viewport().rect().topLeft())
    assert top.row() == 0

    # Search finds a line that is on disk.
    with qtbot.waitSignal(viewer.searchFinished, timeout=30_000):
        viewer.search.setText("line 4242 of")
    assert list(viewer.matches) == [4241]
    viewer.find_next()
    assert viewer.view.currentIndex().row() == 4241
    assert viewer.view.currentIndex().data() == "line 4242 of the big log"
    assert viewer.search_count.text().replace("\u00a0", " ") == "1 of 1"

    # Save writes what `docker logs` prints, spilled lines included.
    target = tmp_path / "big.log"
    with qtbot.waitSignal(viewer.saved, timeout=30_000) as saved:
        viewer.save_to(str(target))
    assert saved.args == [str(target), 200_000]
    cli = subprocess.run(["docker", "logs", cid], env=engine.env(), capture_output=True, check=True)
    assert cli.stderr == b""
    assert target.read_bytes() == cli.stdout
    assert not [p for p in tmp_path.iterdir() if p.name != "big.log"], "no temporary file is left"


def test_save_matches_docker_logs_per_stream_and_leaves_markers_and_colours_as_the_engine_has_them(
        engine, window, qtbot, tmp_path):
    api = engine.api()
    cid = run(api, r"echo one; echo two >&2; printf '\033[32mgreen\033[0m\r\n'; printf 'no newline at the end'",
              "logs-save")
    viewer = window.open_logs(cid)
    qtbot.waitUntil(lambda: viewer.state == "ended", timeout=10_000)
    qtbot.waitUntil(lambda: any(viewer.model.store.streams[i] == MARKER for i in range(len(viewer.model.store))),
                    timeout=5000)
    target = tmp_path / "out.log"
    with qtbot.waitSignal(viewer.saved, timeout=10_000):
        viewer.save_to(str(target))
    cli = subprocess.run(["docker", "logs", cid], env=engine.env(), capture_output=True, check=True)
    saved = target.read_bytes()
    # Both streams, in the engine's order (the two pipes race: "two" may come first), ANSI codes and line
    # endings as the engine has them, and no marker row.
    assert saved == api.logs(cid, stdout=True, stderr=True)
    assert sorted(saved.splitlines(keepends=True)) == sorted(
        [b"one\n", b"two\n", b"\x1b[32mgreen\x1b[0m\r\n", b"no newline at the end"])
    # Stream by stream, it is what the docker CLI prints.
    assert b"".join(line for line in saved.splitlines(keepends=True) if line != b"two\n") == cli.stdout
    assert cli.stderr == b"two\n"
    assert b"stopped" not in saved


def test_closing_the_viewer_ends_its_stream(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "while true; do echo tick; sleep 0.2; done", "logs-close")
    viewer = window.open_logs(cid)
    wait_rows(qtbot, viewer, 2, timeout=10_000)
    assert viewer.streaming
    assert any(name.startswith("logs.follow") for name in window.runner.live_names())
    window.logs_dock.close_tab(window.logs_dock.tabs.indexOf(viewer))
    qtbot.waitUntil(lambda: not any(n.startswith("logs.") for n in window.runner.live_names()), timeout=5000)
    assert not window.logs_dock.isVisible()


def test_several_viewers_at_once_and_closing_the_window_closes_them_all(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    api = engine.api()
    ids = [run(api, f"while true; do echo viewer {n}; sleep 0.3; done", f"logs-many-{n}") for n in range(3)]
    viewers = [window.open_logs(cid) for cid in ids]
    assert window.logs_dock.tabs.count() == 3
    assert window.open_logs(ids[1]) is viewers[1], "a container's open viewer is brought forward"
    for n, viewer in enumerate(viewers):
        wait_rows(qtbot, viewer, 1, timeout=10_000)
        assert viewer.model.store.text(0) == f"viewer {n}"
    window.close()
    assert all(v.closed for v in viewers)
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=5000)


def test_one_megabyte_line_does_not_freeze_the_window(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "echo before; head -c 1000000 /dev/zero | tr '\\0' x; echo; echo after; sleep 300", "logs-mega")
    beat = Heartbeat()
    beat.start()
    viewer = window.open_logs(cid)
    wait_rows(qtbot, viewer, 3, timeout=20_000)
    for _ in range(5):
        viewer.view.viewport().repaint()
    worst = beat.stop()
    assert texts(viewer) == ["before", "x" * 1_000_000, "after"]
    row = viewer.view.model().index(1, 0)
    shown = row.data()
    assert len(shown) < 10_200 and shown.startswith("x" * 10_000)
    assert "990,000" in shown or "990000" in shown.replace("\u00a0", "").replace(",", "")
    assert row.data(FullTextRole) == "x" * 1_000_000
    assert worst < 500, f"the GUI thread stalled {worst} ms"

    # Double-click shows the whole line, quickly, and copies it exactly.
    beat = Heartbeat()
    beat.start()
    viewer._show_full_line(row)
    dialog = viewer.findChild(FullLineDialog, "logFullLine")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert beat.stop() < 500
    dialog.findChild(QPushButton, "logFullLineCopy").click()
    assert QGuiApplication.clipboard().text() == "x" * 1_000_000
    dialog.close()

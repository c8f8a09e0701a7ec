"""The log viewer's tools on real logs: follow and jump, search, filter, timestamps, since, wrap, copy, clear,
and how a viewer is opened from the main window."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from gui.models.logs import MARKER, StoreIndexRole
from tests.helpers import view_ids, wait_loaded
from tests.lab import TEST_IMAGE


def run(api, command: str, name: str, **kwargs) -> str:
    cid = api.create_container(TEST_IMAGE, ["sh", "-c", command], name=name, stop_signal="SIGKILL", **kwargs)["Id"]
    api.start(cid)
    return cid


def lines(viewer) -> list[str]:
    store = viewer.model.store
    return [store.text(i) for i in range(len(store)) if store.streams[i] != MARKER]


def shown(viewer) -> list[str]:
    model = viewer.view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def window(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    return window


def test_scrolling_up_pauses_follow_and_jump_to_latest_resumes(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "seq 1 500; while true; do echo more; sleep 0.1; done", "logs-jump")
    viewer = window.open_logs(cid)
    qtbot.waitUntil(lambda: len(lines(viewer)) >= 500, timeout=10_000)
    bar = viewer.view.verticalScrollBar()
    assert viewer.follow_button.isChecked()
    bar.setValue(0)  # the user scrolls to the top
    assert not viewer.follow_button.isChecked(), "scrolling up pauses follow"
    qtbot.waitUntil(lambda: viewer.jump_button.isVisible(), timeout=5000)
    assert "new" in viewer.jump_button.text() and "Jump to latest" in viewer.jump_button.text()
    assert bar.value() == 0, "new lines don't move a paused view"
    count = int("".join(ch for ch in viewer.jump_button.text() if ch.isdigit()))
    assert count >= 1
    qtbot.mouseClick(viewer.jump_button, Qt.MouseButton.LeftButton)
    assert viewer.follow_button.isChecked()
    assert not viewer.jump_button.isVisible()
    assert bar.value() == bar.maximum()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum(), timeout=2000)

    # Scrolling back to the bottom by hand follows again too.
    bar.setValue(bar.maximum() // 2)
    assert not viewer.follow_button.isChecked()
    bar.setValue(bar.maximum())
    assert viewer.follow_button.isChecked()


def test_search_next_previous_case_and_regex(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "for i in $(seq 1 60); do echo \"line $i\"; if [ $((i % 20)) = 0 ]; then echo \"Error at $i\"; fi;"
                   " done; echo 'error lower'; sleep 300", "logs-search")
    viewer = window.open_logs(cid)
    qtbot.waitUntil(lambda: len(lines(viewer)) == 64, timeout=10_000)
    with qtbot.waitSignal(viewer.searchFinished, timeout=5000) as found:
        viewer.search.setText("error")
    assert found.args == [4]
    assert viewer.search_count.text() == "4 lines"
    assert viewer.highlight_pattern is not None
    all_lines = lines(viewer)
    # F3 goes from match to match, wrapping around; Shift+F3 goes back.
    viewer.view.setFocus()
    seen = []
    for _ in range(5):
        qtbot.keyClick(viewer.view, Qt.Key.Key_F3)
        seen.append(viewer.view.currentIndex().data())
    assert seen == ["Error at 20", "Error at 40", "Error at 60", "error lower", "Error at 20"]
    assert viewer.search_count.text() == "1 of 4"
    qtbot.keyClick(viewer.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.view.currentIndex().data() == "error lower"
    assert not viewer.follow_button.isChecked(), "going to a match stops following"

    with qtbot.waitSignal(viewer.searchFinished, timeout=5000) as found:
        viewer.case_button.setChecked(True)
    assert found.args == [1]
    viewer.case_button.setChecked(False)
    viewer.search.setText(r"^line \d*5$")
    with qtbot.waitSignal(viewer.searchFinished, timeout=5000) as found:
        viewer.regex_button.setChecked(True)
    assert found.args == [6]
    assert [all_lines[i] for i in viewer.matches] == [f"line {i}" for i in (5, 15, 25, 35, 45, 55)]

    viewer.search.setText("line (")
    viewer._start_search()
    assert "not valid" in viewer.search.toolTip()
    assert viewer.search_count.text() == "Invalid pattern"
    assert QApplication.activeModalWidget() is None, "a bad pattern is shown beside the field"
    viewer.regex_button.setChecked(False)  # as plain text, "line (" is fine
    assert viewer.search.toolTip() == ""


def test_filter_mode_shows_only_matching_lines_and_new_ones_as_they_come(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "seq 1 100; sleep 300", "logs-filter")
    viewer = window.open_logs(cid)
    qtbot.waitUntil(lambda: len(lines(viewer)) == 100, timeout=10_000)
    with qtbot.waitSignal(viewer.searchFinished, timeout=5000):
        viewer.search.setText("7")
    viewer.filter_button.setChecked(True)
    expected = [str(i) for i in range(1, 101) if "7" in str(i)]
    assert shown(viewer) == expected
    api.exec_start(api.exec_create(cid, ["sh", "-c", "echo 170 > /proc/1/fd/1; echo 180 > /proc/1/fd/1"]))
    qtbot.waitUntil(lambda: shown(viewer) == expected + ["170"] and len(lines(viewer)) == 102, timeout=10_000)
    # The current line stays current when the filter goes off.
    viewer.select_store_index(6)
    viewer.filter_button.setChecked(False)
    assert viewer.view.currentIndex().data() == "7"
    assert viewer.view.model().rowCount() == 102


def test_timestamps_are_the_engines(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "echo first; echo second; sleep 300", "logs-stamps")
    viewer = window.open_logs(cid)
    qtbot.waitUntil(lambda: len(lines(viewer)) == 2, timeout=10_000)
    assert shown(viewer) == ["first", "second"]
    viewer.timestamps_button.setChecked(True)
    cli = subprocess.run(["docker", "logs", "-t", cid], env=engine.env(), capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert shown(viewer) == cli
    viewer.timestamps_button.setChecked(False)
    assert shown(viewer) == ["first", "second"]


def test_since_last_start_and_back_to_the_whole_log(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "echo run at $(date +%s%N); sleep 300", "logs-since")
    viewer = window.open_logs(cid)
    qtbot.waitUntil(lambda: len(lines(viewer)) == 1, timeout=10_000)
    api.restart(cid, timeout=0)
    qtbot.waitUntil(lambda: len(lines(viewer)) == 2 and viewer.state == "following", timeout=10_000)
    first, second = lines(viewer)
    combo = viewer.since_combo
    combo.setCurrentIndex(combo.findData("start"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: lines(viewer) == [second] and viewer.state == "following", timeout=10_000)
    viewer.set_since("1h")
    qtbot.waitUntil(lambda: lines(viewer) == [first, second], timeout=10_000)
    viewer.set_since("all")
    qtbot.waitUntil(lambda: lines(viewer) == [first, second] and viewer.state == "following", timeout=10_000)
    assert viewer.streaming


def test_wrap_copy_and_clear(engine, window, qtbot, tmp_path):
    api = engine.api()
    long_line = "word " * 120
    cid = run(api, f"echo short; echo '{long_line}'; echo last; sleep 300", "logs-wrap")
    viewer = window.open_logs(cid)
    qtbot.waitUntil(lambda: len(lines(viewer)) == 3, timeout=10_000)
    view = viewer.view
    one_line = view.rowHeight(0)
    assert view.rowHeight(1) == one_line
    assert view.columnWidth(0) > view.viewport().width(), "long lines scroll sideways"
    viewer.wrap_button.setChecked(True)
    qtbot.waitUntil(lambda: view.rowHeight(1) > 2 * one_line, timeout=2000)
    assert view.rowHeight(0) == one_line
    assert view.columnWidth(0) == view.viewport().width()
    view.viewport().repaint()
    viewer.wrap_button.setChecked(False)
    assert view.rowHeight(1) == one_line

    view.setFocus()
    rows = view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows
    view.selectionModel().select(view.model().index(0, 0), rows)
    view.selectionModel().select(view.model().index(2, 0), rows)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "short\nlast"

    viewer.clear()
    assert view.model().rowCount() == 0
    api.exec_start(api.exec_create(cid, ["sh", "-c", "echo after clear > /proc/1/fd/1"]))
    qtbot.waitUntil(lambda: shown(viewer) == ["after clear"], timeout=10_000)
    assert view.model().index(0, 0).data(StoreIndexRole) == 3
    assert "cleared" in viewer.status.text()
    target = tmp_path / "all.log"
    with qtbot.waitSignal(viewer.saved, timeout=10_000):
        viewer.save_to(str(target))
    assert target.read_text() == f"short\n{long_line}\nlast\nafter clear\n", "Save writes the whole log"


def test_a_tty_container(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "printf 'one\\r\\ntwo\\n'; sleep 300", "logs-tty", tty=True)
    viewer = window.open_logs(cid)
    qtbot.waitUntil(lambda: len(lines(viewer)) == 2, timeout=10_000)
    assert shown(viewer) == ["one", "two"]
    assert viewer.info.tty


def test_opening_from_the_window(engine, window, qtbot):
    api = engine.api()
    cid = run(api, "echo from the list; sleep 300", "logs-open")
    window.tabs.setCurrentWidget(window.containers_page)
    view = window.containers_view
    qtbot.waitUntil(lambda: cid in view_ids(view), timeout=5000)
    action = window.findChild(type(window.action_logs), "actionLogs")
    assert action is window.action_logs
    assert action in window.menus["containers"].actions()
    assert action in window.toolbar.actions()
    assert action.shortcut().toString() == "Ctrl+L"
    assert not action.isEnabled(), "nothing selected"

    window.containers_page.select_key(cid)
    assert action.isEnabled()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.logs_dock.tabs.count() == 1, timeout=2000)
    viewer = window.logs_dock.tabs.widget(0)
    assert viewer.container_id == cid
    qtbot.waitUntil(lambda: lines(viewer) == ["from the list"], timeout=10_000)
    assert window.logs_dock.tabs.tabText(0) == "logs-open"

    window.logs_dock.close_tab(0)
    row = view_ids(view).index(cid)
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a hand does: press first
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.logs_dock.tabs.count() == 1, timeout=2000)
    viewer = window.logs_dock.tabs.widget(0)
    assert viewer.container_id == cid
    qtbot.waitUntil(lambda: lines(viewer) == ["from the list"], timeout=10_000)


def test_the_memory_budget_is_a_setting(engine, window, qtbot):
    from PySide6.QtCore import QSettings

    from gui.views.log_actions import MEMORY_BUDGET_KEY

    api = engine.api()
    cid = run(api, "seq 1 20000; sleep 300", "logs-budget")
    QSettings().setValue(MEMORY_BUDGET_KEY, 1)
    try:
        viewer = window.open_logs(cid)
    finally:
        QSettings().remove(MEMORY_BUDGET_KEY)
    assert viewer.model.store.memory_budget == 1024 * 1024
    qtbot.waitUntil(lambda: len(lines(viewer)) == 20_000, timeout=10_000)

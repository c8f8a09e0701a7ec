"""The container actions through the real window: start, stop, restart, kill, pause, remove and stop all on
the selection, with confirmations that list the targets and show the docker command, busy rows until the
engine's event, decisions on a fresh look-up, failures as sentences, port links and the details pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMenu, QMessageBox, QPushButton

from gui.backend.containers import Verb
from tests.helpers import item_by_id, wait_loaded
from tests.lab import TEST_IMAGE, free_port
from tests.views.test_run_dialog import urls, wait_modal  # noqa: F401 - urls is a fixture

MS = 20_000


@pytest.fixture
def window(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    window.container_actions.stop_timeout = 1  # busybox as PID 1 ignores SIGTERM: no 10 s waits
    window.tabs.setCurrentWidget(window.containers_page)  # the last window may have saved another tab
    return window


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def make(engine, name: str, command=("sleep", "600"), start: bool = True, **kwargs) -> str:
    api = engine.api()
    cid = api.create_container(TEST_IMAGE, list(command), name=name, **kwargs)["Id"]
    if start:
        api.start(cid)
    return cid


def status(engine, cid: str) -> str:
    return engine.api().inspect_container(cid)["State"]["Status"]


def listed(qtbot, window, *ids: str, state: str | None = None) -> None:
    def ok():
        for cid in ids:
            item = item_by_id(window.containers_view, cid)
            assert item is not None and (state is None or item.state == state)
    qtbot.waitUntil(ok, timeout=MS)


def select(qtbot, window, *ids: str) -> None:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    page = window.containers_page
    selection = QItemSelection()
    for cid in ids:
        row = page.model.row_for_key(cid)
        index = page.proxy.mapFromSource(page.model.index(row, 0))
        selection.select(index, index)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    page.view.selectionModel().select(selection, flags)
    qtbot.waitUntil(lambda: sorted(page.selected_keys()) == sorted(ids))
    window.container_actions.update_selection()


def accept(qtbot, name: str) -> QMessageBox:
    box = wait_modal(qtbot, name)
    qtbot.mouseClick(box.findChild(QPushButton, "confirmAccept"), Qt.MouseButton.LeftButton)
    return box


# -- where the actions are -------------------------------------------------------------------------------

def test_actions_are_in_the_menu_the_toolbar_and_have_their_shortcuts(window):
    names = ["actionRun", "actionStart", "actionStop", "actionRestart", "actionKill", "actionPause",
             "actionRemoveContainer", "actionStopAll"]
    menu = [a.objectName() for a in window.menus["containers"].actions()]
    assert all(n in menu for n in names)
    toolbar = [a.objectName() for a in window.toolbar.actions()]
    assert {"actionRun", "actionStart", "actionStop", "actionRemoveContainer"} <= set(toolbar)
    run = action(window, "actionRun")
    assert run.shortcut() == QKeySequence("Ctrl+R") and "Ctrl+R" in run.toolTip()
    remove = action(window, "actionRemoveContainer")
    assert remove.shortcut() == QKeySequence(Qt.Key.Key_Delete)
    assert remove.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert remove in window.containers_view.actions(), "Delete works in the containers view only"
    assert action(window, "actionPause").isCheckable()


def test_context_menu_has_the_lifecycle_logs_and_the_port_links(window, qtbot, engine):
    port = free_port()
    api = engine.api()
    cid = make(engine, "menu", ports=[80], host_config=api.create_host_config(port_bindings={80: port}))
    listed(qtbot, window, cid, state="running")
    select(qtbot, window, cid)
    view = window.containers_view
    rect = view.visualRect(window.containers_page.proxy.mapFromSource(
        window.containers_model.index(window.containers_model.row_for_key(cid), 0)))
    view.customContextMenuRequested.emit(rect.center())
    menu = next(m for m in view.findChildren(QMenu) if m.objectName() == "containersContextMenu" and m.isVisible())
    texts = [a.objectName() or a.text() for a in menu.actions() if not a.isSeparator()]
    for name in ("actionStart", "actionStop", "actionRestart", "actionKill", "actionPause", "actionLogs",
                 "actionRemoveContainer", "actionRun", "actionStopAll"):
        assert name in texts
    assert f"Open http://localhost:{port}" in texts
    menu.close()


def test_actions_follow_the_selection(window, qtbot, engine):
    up = make(engine, "sel-up")
    down = make(engine, "sel-down", start=False)
    listed(qtbot, window, up, state="running")
    listed(qtbot, window, down)
    select(qtbot, window, up)
    assert not action(window, "actionStart").isEnabled() and action(window, "actionStop").isEnabled()
    assert action(window, "actionPause").text() == "&Pause" and not action(window, "actionPause").isChecked()
    select(qtbot, window, down)
    assert action(window, "actionStart").isEnabled() and not action(window, "actionStop").isEnabled()
    assert not action(window, "actionKill").isEnabled() and action(window, "actionRemoveContainer").isEnabled()
    assert action(window, "actionStopAll").isEnabled(), "some container is running"
    engine.api().pause(up)
    listed(qtbot, window, up, state="paused")
    select(qtbot, window, up)
    assert action(window, "actionPause").text() == "Un&pause" and action(window, "actionPause").isChecked()
    engine.api().unpause(up)


# -- the lifecycle -----------------------------------------------------------------------------------------

def test_stop_start_restart_pause_kill_through_the_actions(window, qtbot, engine):
    model = window.containers_model
    cid = make(engine, "cycle")
    listed(qtbot, window, cid, state="running")
    select(qtbot, window, cid)

    action(window, "actionStop").trigger()
    box = accept(qtbot, "confirmStop")
    assert box.property("berthTargets") == ["cycle"]
    assert box.property("berthCommand") == "docker stop -t 1 cycle"
    assert "docker stop -t 1 cycle" in box.informativeText()
    assert model.is_busy(cid), "busy from the click until the event"
    seen = []
    qtbot.waitUntil(lambda: seen.append(item_by_id(window.containers_view, cid).state) or not model.is_busy(cid),
                    timeout=MS)
    assert seen[-1] == "exited", "the row is no longer busy once it shows what the engine did"
    assert status(engine, cid) == "exited"

    window.container_actions.update_selection()
    action(window, "actionStart").trigger()  # no confirmation to start
    qtbot.waitUntil(lambda: item_by_id(window.containers_view, cid).state == "running" and not model.is_busy(cid),
                    timeout=MS)

    started = engine.api().inspect_container(cid)["State"]["StartedAt"]
    window.container_actions.update_selection()
    action(window, "actionRestart").trigger()
    box = accept(qtbot, "confirmRestart")
    assert box.property("berthCommand") == "docker restart -t 1 cycle"
    qtbot.waitUntil(lambda: engine.api().inspect_container(cid)["State"]["StartedAt"] != started, timeout=MS)
    qtbot.waitUntil(lambda: not model.is_busy(cid), timeout=MS)

    window.container_actions.update_selection()
    action(window, "actionPause").trigger()
    qtbot.waitUntil(lambda: item_by_id(window.containers_view, cid).state == "paused", timeout=MS)
    qtbot.waitUntil(lambda: action(window, "actionPause").isChecked())
    action(window, "actionPause").trigger()  # the toggle unpauses
    qtbot.waitUntil(lambda: item_by_id(window.containers_view, cid).state == "running", timeout=MS)

    qtbot.waitUntil(lambda: action(window, "actionKill").isEnabled())
    action(window, "actionKill").trigger()
    box = accept(qtbot, "confirmKill")
    assert box.property("berthCommand") == "docker kill cycle"
    qtbot.waitUntil(lambda: status(engine, cid) == "exited", timeout=MS)
    assert engine.api().inspect_container(cid)["State"]["ExitCode"] == 137


def test_several_at_once_and_cancel_changes_nothing(window, qtbot, engine):
    ids = [make(engine, f"many{i}") for i in range(3)]
    listed(qtbot, window, *ids, state="running")
    select(qtbot, window, *ids)
    action(window, "actionStop").trigger()
    box = wait_modal(qtbot, "confirmStop")
    assert sorted(box.property("berthTargets")) == ["many0", "many1", "many2"]
    assert box.text() == "Stop these 3 containers?"
    assert not any(window.containers_model.is_busy(i) for i in ids), "not busy while the user decides"
    qtbot.mouseClick(box.findChild(QPushButton, "confirmCancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any(window.containers_model.is_busy(i) for i in ids))
    assert all(status(engine, i) == "running" for i in ids)

    action(window, "actionStop").trigger()
    box = accept(qtbot, "confirmStop")
    assert box.property("berthCommand").startswith("docker stop -t 1 ")
    qtbot.waitUntil(lambda: all(status(engine, i) == "exited" for i in ids), timeout=MS)


def test_remove_lists_the_targets_states_force_and_keeps_named_volumes(window, qtbot, engine):
    api = engine.api()
    running = make(engine, "rm-running", volumes=["/scratch", "/keep"],
                   host_config=api.create_host_config(binds={"rm-named": {"bind": "/keep"}}))
    stopped = make(engine, "rm-stopped", start=False)
    (anonymous,) = [m["Name"] for m in api.inspect_container(running)["Mounts"] if m["Destination"] == "/scratch"]
    listed(qtbot, window, running, stopped)
    select(qtbot, window, running, stopped)
    action(window, "actionRemoveContainer").trigger()
    box = wait_modal(qtbot, "confirmRemove")
    assert sorted(box.property("berthTargets")) == ["rm-running", "rm-stopped"]
    info = box.informativeText()
    assert "needs force" in info and "<b>rm-running</b>" in info
    assert "Named volumes are kept: rm-named." in info
    assert box.findChild(QPushButton, "confirmAccept").text() == "Force Remove"
    assert box.property("berthCommand") == "docker rm rm-stopped\ndocker rm -f rm-running"
    checkbox = box.checkBox()
    assert isinstance(checkbox, QCheckBox) and checkbox.parent() is box and checkbox.isEnabled()
    checkbox.setChecked(True)
    assert box.property("berthCommand") == "docker rm -v rm-stopped\ndocker rm -f -v rm-running"
    assert "docker rm -f -v rm-running" in box.informativeText()
    qtbot.mouseClick(box.findChild(QPushButton, "confirmAccept"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: item_by_id(window.containers_view, running) is None
                    and item_by_id(window.containers_view, stopped) is None, timeout=MS)
    names = engine.cli("ps", "-a", "--format", "{{.Names}}").stdout.split()
    assert "rm-running" not in names and "rm-stopped" not in names
    volumes = {v["Name"] for v in api.volumes()["Volumes"] or ()}
    assert "rm-named" in volumes, "a named volume survives"
    assert anonymous not in volumes, "the anonymous one went with -v"
    api.remove_volume("rm-named")


def test_delete_removes_in_the_containers_view_only(window, qtbot, engine):
    cid = make(engine, "del", start=False)
    listed(qtbot, window, cid)
    select(qtbot, window, cid)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=MS)
    window.containers_view.setFocus()
    qtbot.keyClick(window.containers_view, Qt.Key.Key_Delete)
    box = wait_modal(qtbot, "confirmRemove")
    assert box.property("berthCommand") == "docker rm del"
    qtbot.mouseClick(box.findChild(QPushButton, "confirmCancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.containers_page.filter.setFocus()
    window.containers_page.filter.setText("del")
    window.containers_page.filter.setCursorPosition(0)
    qtbot.keyClick(window.containers_page.filter, Qt.Key.Key_Delete)
    assert window.containers_page.filter.text() == "el", "in the filter box Delete deletes a letter"
    assert QApplication.activeModalWidget() is None


def test_stop_all_stops_exactly_the_running_ones(window, qtbot, engine):
    api = engine.api()
    running = [make(engine, f"all-run{i}") for i in range(3)]
    paused = make(engine, "all-paused")
    api.pause(paused)
    exited = make(engine, "all-exited", command=("true",))
    api.wait(exited, timeout=30)
    created = make(engine, "all-created", start=False)
    finished = api.inspect_container(exited)["State"]["FinishedAt"]
    listed(qtbot, window, paused, state="paused")
    listed(qtbot, window, exited, state="exited")
    expected = sorted(engine.cli("ps", "--format", "{{.Names}}").stdout.split())
    assert set(expected) >= {"all-run0", "all-run1", "all-run2", "all-paused"}
    assert "all-exited" not in expected and "all-created" not in expected

    qtbot.waitUntil(lambda: action(window, "actionStopAll").isEnabled())
    action(window, "actionStopAll").trigger()
    box = wait_modal(qtbot, "confirmStopAll")
    assert sorted(box.property("berthTargets")) == expected
    assert box.property("berthCommand") == "docker stop -t 1 " + " ".join(box.property("berthTargets"))
    assert box.text() == f"Stop all {len(expected)} running containers?"
    qtbot.mouseClick(box.findChild(QPushButton, "confirmAccept"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: engine.cli("ps", "-q").stdout.strip() == "", timeout=MS)
    for cid in running + [paused]:
        assert status(engine, cid) == "exited"
    assert status(engine, created) == "created"
    assert api.inspect_container(exited)["State"]["FinishedAt"] == finished, "the stopped one was left alone"
    qtbot.waitUntil(lambda: not action(window, "actionStopAll").isEnabled(), timeout=MS)


# -- the engine's truth, and failures ------------------------------------------------------------------------

def test_decisions_are_made_on_a_fresh_look_up(window, qtbot, engine):
    cid = make(engine, "fresh")
    listed(qtbot, window, cid, state="running")
    feature = window.container_actions
    engine.cli("stop", "-t", "0", "fresh")  # behind Berth's back; the row may still say running
    feature.request(Verb.STOP, [cid])
    qtbot.waitUntil(lambda: not window.containers_model.is_busy(cid), timeout=MS)
    assert QApplication.activeModalWidget() is None, "nothing to confirm: it is not running"
    assert window.statusBar().currentMessage() == "None of the selected containers is running."

    engine.cli("start", "fresh")
    feature.request(Verb.REMOVE, [cid])
    box = wait_modal(qtbot, "confirmRemove")
    assert box.property("berthCommand") == "docker rm -f fresh", "running now, so force is needed and said"
    qtbot.mouseClick(box.findChild(QPushButton, "confirmCancel"), Qt.MouseButton.LeftButton)

    engine.cli("rm", "-f", "fresh")
    feature.request(Verb.START, [cid])
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("1 of the selected"), timeout=MS)
    assert QApplication.activeModalWidget() is None


def test_a_failure_is_a_sentence_in_the_error_dialog(window, qtbot, engine):
    api = engine.api()
    api.create_network("doomed-net")
    cid = make(engine, "doomed", start=False, host_config=api.create_host_config(network_mode="doomed-net"))
    api.remove_network("doomed-net")
    listed(qtbot, window, cid)
    select(qtbot, window, cid)
    action(window, "actionStart").trigger()
    dialog = wait_modal(qtbot, "errorDialog", timeout=MS)
    summary = dialog.findChild(QLabel, "errorSummary").text()
    assert summary.startswith("Docker could not start 'doomed': ") and "doomed-net" in summary
    dialog.accept()
    qtbot.waitUntil(lambda: not window.containers_model.is_busy(cid))


# -- links and details ----------------------------------------------------------------------------------------

def hover(widget, pos: QPoint) -> None:
    """A mouse move over *widget*, sent to it directly (QTest.mouseMove did not reach this viewport)."""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def _cell(window, cid: str, column: int):
    model = window.containers_model
    index = window.containers_page.proxy.mapFromSource(model.index(model.row_for_key(cid), column))
    return index, window.containers_view.visualRect(index)


def test_a_published_port_opens_in_the_browser(window, qtbot, engine, urls):  # noqa: F811
    api = engine.api()
    port = free_port()
    cid = make(engine, "linked", ports=[80], host_config=api.create_host_config(port_bindings={80: port}))
    listed(qtbot, window, cid, state="running")
    qtbot.waitUntil(lambda: bool(item_by_id(window.containers_view, cid).ports))
    view = window.containers_view
    view.setColumnWidth(window.containers_model.PORTS, 600)
    index, rect = _cell(window, cid, window.containers_model.PORTS)
    delegate = window.container_actions.ports_delegate
    segments = delegate._segments(delegate.option_for(index), index)
    first = next(r for r, _label, url in segments if url)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    assert urls.urls == [f"http://localhost:{port}"]
    assert delegate.url_under(first.center()) == f"http://localhost:{port}"
    hover(view.viewport(), first.center())
    assert view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor, "a hand over the link"
    beyond = QPoint(rect.right() - 5, rect.center().y())
    assert delegate.url_under(beyond) is None
    hover(view.viewport(), beyond)
    assert view.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=beyond)
    assert urls.urls == [f"http://localhost:{port}"], "a click beside the link only selects"
    assert window.containers_page.selected_keys() == [cid]


def test_the_details_pane_shows_the_config_and_opens_a_bind_mount(window, qtbot, engine, tmp_path, urls):  # noqa: F811
    api = engine.api()
    port = free_port()
    cid = make(engine, "detailed", command=("sh", "-c", "sleep 600"), ports=[80], environment={"GREETING": "hi"},
               working_dir="/tmp",
               host_config=api.create_host_config(port_bindings={80: port}, binds={str(tmp_path): {"bind": "/www",
                                                                                               "mode": "ro"}},
                                                  restart_policy={"Name": "on-failure", "MaximumRetryCount": 2}))
    listed(qtbot, window, cid, state="running")
    select(qtbot, window, cid)
    pane = window.container_actions.details
    assert pane.objectName() == "containerDetails" and pane.isVisible()
    qtbot.waitUntil(lambda: pane.details is not None and pane.details.id == cid, timeout=MS)

    def value(key: str) -> QLabel:
        return pane.findChild(QLabel, "containerDetails_" + key)

    assert pane.title.text() == "detailed"
    assert value("state").text() == "Running"
    assert value("image").text() == TEST_IMAGE
    assert value("command").text() == "sh -c &#x27;sleep 600&#x27;"
    assert value("restart").text() == "on-failure:2"
    assert "GREETING=hi" in value("env").text()
    assert value("workdir").text() == "/tmp"
    assert f'href="http://localhost:{port}"' in value("ports").text()
    assert value("started").text() and not value("finished").isVisible()
    mounts = value("mounts").text()
    href = f"file://{tmp_path}"
    assert f'href="{href}"' in mounts and "→ /www" in mounts and "(read-only)" in mounts
    value("mounts").linkActivated.emit(href)
    assert urls.urls == [href]

    engine.cli("kill", "detailed")
    qtbot.waitUntil(lambda: value("exit_code").text() == "137", timeout=MS)
    assert value("state").text() == "Exited" and value("finished").text()


def test_the_details_pane_with_several_or_none_selected(window, qtbot, engine):
    a = make(engine, "pane-a", start=False)
    b = make(engine, "pane-b", start=False)
    listed(qtbot, window, a, b)
    pane = window.container_actions.details
    select(qtbot, window, a, b)
    assert pane.stack.currentWidget() is pane.placeholder and pane.placeholder.text() == "2 containers selected."
    window.containers_view.clearSelection()
    window.container_actions.update_selection()
    assert pane.placeholder.text() == "Select a container to see its details."

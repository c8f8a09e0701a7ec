"""Guidance through the real window: empty states that explain, the engine explained when it is away,
crash notifications, and the keyboard."""

from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QPushButton, QWidget

from gui.backend.errors import Kind
from gui.views.guidance import computed_name, engine_help, needs_name
from tests.helpers import view_items, wait_loaded
from tests.lab import TEST_IMAGE
from tests.views.test_images_pull import action, wait_modal

LIVE_MS = 5000


def visible_toasts(window) -> list[QFrame]:
    return [t for t in window.findChildren(QFrame, "notificationToast") if t.isVisible()]


def select(qtbot, page, predicate) -> None:
    view = page.view
    qtbot.waitUntil(lambda: any(predicate(i) for i in view_items(view)), timeout=LIVE_MS)
    row = next(r for r, item in enumerate(view_items(view)) if predicate(item))
    view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=LIVE_MS)


# -- empty states ---------------------------------------------------------------------------------------
def test_empty_engine_explains_images_and_containers(fresh_lab, make_window, qtbot):
    fresh_lab.api().remove_image(TEST_IMAGE, force=True)
    window = make_window(fresh_lab.docker_host)
    wait_loaded(qtbot, window)

    window.tabs.setCurrentWidget(window.images_page)
    images = window.findChild(QWidget, "imagesEmpty")
    qtbot.waitUntil(images.isVisible, timeout=LIVE_MS)
    text = images.findChild(QLabel, "imagesEmptyText").text()
    assert "app store" in text and "Docker Hub" in text and "container" in text
    pull = images.findChild(QPushButton, "imagesEmptyPull")
    assert pull.text() == "Pull an image…" and pull.isEnabled()
    pull.click()
    wait_modal(qtbot, "pullDialog").reject()

    window.tabs.setCurrentWidget(window.containers_page)
    containers = window.findChild(QWidget, "containersEmpty")
    qtbot.waitUntil(containers.isVisible, timeout=LIVE_MS)
    assert "image running" in containers.findChild(QLabel, "containersEmptyText").text()
    run = containers.findChild(QPushButton, "containersEmptyRun")
    assert run.text() == "Run a container…" and run.isEnabled()
    run.click()
    wait_modal(qtbot, "runDialog").reject()
    # No images either, on a first run: the containers page says to pull one first, and offers it.
    first = containers.findChild(QPushButton, "containersEmptyPull")
    assert first.isVisible() and "pull one first" in containers.findChild(QLabel, "containersEmptyPullNote").text()
    first.click()
    wait_modal(qtbot, "pullDialog").reject()

    # A container appears: the list comes back in place of the explanation.
    fresh_lab.build_busybox(TEST_IMAGE)
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=LIVE_MS)  # an image now: no need to say so
    assert run.isVisible()
    fresh_lab.api().create_container(TEST_IMAGE, "true", name="first")
    qtbot.waitUntil(window.containers_view.isVisible, timeout=LIVE_MS)
    assert not containers.isVisible()


def test_a_filter_that_matches_nothing_is_not_an_empty_engine(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    window.tabs.setCurrentWidget(window.images_page)
    window.images_page.filter.setText("no-such-image-anywhere")
    qtbot.waitUntil(lambda: window.images_page.proxy.rowCount() == 0, timeout=LIVE_MS)
    assert window.images_view.isVisible()
    assert not window.findChild(QWidget, "imagesEmpty").isVisible()


# -- the engine explained -------------------------------------------------------------------------------
@pytest.mark.parametrize("platform, needle", [
    ("linux", "sudo systemctl start docker"), ("darwin", "Docker Desktop from Applications"),
    ("win32", "Docker Desktop from the Start menu"),
])
def test_engine_help_says_what_to_start_on_each_system(platform, needle):
    text = engine_help(platform, "unix:///var/run/docker.sock", True, Kind.UNREACHABLE)
    assert text.startswith("Docker Engine is the program")
    assert needle in text


def test_engine_help_for_a_remote_engine_and_for_a_permission_problem():
    remote = engine_help("linux", "tcp://build-box:2376", False, Kind.UNREACHABLE)
    assert "another computer (tcp://build-box:2376)" in remote and "systemctl" not in remote
    permission = engine_help("linux", "unix:///var/run/docker.sock", True, Kind.PERMISSION)
    assert "systemctl" not in permission  # Docker runs: the banner says how to get permission


def test_the_banner_explains_the_engine_until_it_is_back(fresh_lab, make_window, qtbot):
    window = make_window(fresh_lab.docker_host)
    wait_loaded(qtbot, window)
    help_label = window.findChild(QLabel, "engineBannerHelp")
    assert not help_label.isVisible()
    fresh_lab.stop_engine()
    qtbot.waitUntil(help_label.isVisible, timeout=15_000)
    assert "Docker Engine is the program" in help_label.text()
    expected = {"linux": "systemctl", "darwin": "Applications"}.get(sys.platform, "Start menu")
    assert expected in help_label.text()
    fresh_lab.start_engine()
    qtbot.waitUntil(lambda: window.controller.state.connected, timeout=30_000)
    assert not help_label.isVisible() and not window.banner.isVisible()


# -- crash notifications --------------------------------------------------------------------------------
def wait_event(qtbot, window, container_id: str, action_name: str):
    return qtbot.waitSignal(window.controller.eventReceived, timeout=LIVE_MS,
                            check_params_cb=lambda e: e.id == container_id and e.action == action_name)


def test_a_container_that_exits_by_itself_notifies_once_with_its_exit_code(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    assert not visible_toasts(window)
    with qtbot.waitSignal(window.controller.eventReceived, timeout=LIVE_MS,
                          check_params_cb=lambda e: e.action == "die"
                          and e.attributes.get("name") == "crashes-with-3"):
        engine.cli("run", "-d", "--name", "crashes-with-3", TEST_IMAGE, "sh", "-c", "exit 3")
    qtbot.waitUntil(lambda: len(visible_toasts(window)) == 1, timeout=LIVE_MS)
    # Another event passes through afterwards: still exactly one notification.
    api = engine.api()
    with qtbot.waitSignal(window.controller.eventReceived, timeout=LIVE_MS,
                          check_params_cb=lambda e: e.action == "create"):
        api.create_container(TEST_IMAGE, "true", name="after-the-crash")
    toasts = visible_toasts(window)
    assert len(toasts) == 1
    text = toasts[0].findChild(QLabel, "notificationText").text()
    assert text == "crashes-with-3 stopped unexpectedly (exit code 3)"

    # "View Logs" opens the log of that container and dismisses the notification.
    crashed = next(c for c in api.containers(all=True) if c["Names"] == ["/crashes-with-3"])
    toasts[0].findChild(QPushButton, "notificationViewLogs").click()
    qtbot.waitUntil(lambda: window.logs.viewer_for(crashed["Id"]) is not None, timeout=LIVE_MS)
    qtbot.waitUntil(lambda: not visible_toasts(window), timeout=LIVE_MS)


def test_stops_that_were_asked_for_never_notify(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    api = engine.api()
    # Stopped through Berth: Stop, confirmed in its dialog.
    berth = api.create_container(TEST_IMAGE, ["sleep", "300"], name="stopped-by-berth",
                                 stop_signal="SIGKILL")["Id"]
    api.start(berth)
    window.tabs.setCurrentWidget(window.containers_page)
    select(qtbot, window.containers_page, lambda c: c.id == berth and c.state == "running")
    qtbot.waitUntil(action(window, "actionStop").isEnabled, timeout=LIVE_MS)
    action(window, "actionStop").trigger()
    dialog = wait_modal(qtbot, "confirmStop")
    with wait_event(qtbot, window, berth, "stop"):
        dialog.findChild(QPushButton, "confirmAccept").click()
    assert api.inspect_container(berth)["State"]["ExitCode"] == 137  # died of a signal, not of its own accord

    # Stopped, killed and removed with force through the docker CLI.
    for name, verb in (("stopped-by-cli", ("stop", "-t", "1")), ("killed-by-cli", ("kill",)),
                       ("removed-by-cli", ("rm", "-f"))):
        cid = engine.cli("run", "-d", "--name", name, TEST_IMAGE, "sleep", "300").stdout.strip()
        last = "destroy" if verb[0] == "rm" else "die"
        with wait_event(qtbot, window, cid, last):
            engine.cli(*verb, name)
    # A command that finished (exit code 0) is not a crash either.
    with qtbot.waitSignal(window.controller.eventReceived, timeout=LIVE_MS,
                          check_params_cb=lambda e: e.action == "die" and e.attributes.get("name") == "finishes"):
        engine.cli("run", "-d", "--name", "finishes", TEST_IMAGE, "true")
    assert not visible_toasts(window)
    assert not window.crash_notifier.toasts


def test_notifications_decide_from_the_events_alone(qtbot, make_window, tmp_path):
    """The rule on its own: a die after a kill is asked for; a die on its own with a non-zero code is not;
    a HUP-style signal that does not stop a container does not excuse a later crash; replays are dropped."""
    from gui.backend.types import EngineEvent

    window = make_window(f"unix://{tmp_path}/absent.sock")
    notifier = window.crash_notifier
    seen = []
    notifier.notified.connect(lambda cid, message: seen.append((cid, message)))

    now = time.time_ns()

    def event(action, cid, t, **attributes):
        notifier.on_event(EngineEvent("container", action, cid, {"name": cid, **attributes}, now + t))

    event("kill", "a", 1, signal="15")
    event("die", "a", 2, exitCode="143")
    event("stop", "a", 3)
    event("die", "b", 4, exitCode="2")
    event("die", "b", 4, exitCode="2")  # replayed after a reconnect
    event("kill", "c", 5, signal="10")  # SIGUSR1: a message, not a stop
    event("die", "c", 6, exitCode="139")
    event("die", "d", 7, exitCode="0")
    assert seen == [("b", "b stopped unexpectedly (exit code 2)"), ("c", "c stopped unexpectedly (exit code 139)")]
    event("die", "e", -5_000_000_000, exitCode="1")  # died before Berth was watching
    assert len(seen) == 2 and len(visible_toasts(window)) == 2
    event("start", "b", 8)
    event("die", "b", 9, exitCode="4")  # a restart policy brings it back, and it crashes again
    assert len(visible_toasts(window)) == 2
    assert "exit code 4" in notifier.toasts[0].label.text()
    dismiss = notifier.toasts[0].findChild(type(notifier.toasts[0].close_button), "notificationDismiss")
    dismiss.click()
    qtbot.waitUntil(lambda: len(visible_toasts(window)) == 1, timeout=LIVE_MS)


# -- keyboard -------------------------------------------------------------------------------------------
REQUIRED = {"actionPull": "Ctrl+P", "actionRun": "Ctrl+R", "actionLogs": "Ctrl+L", "actionRefresh": "F5",
            "actionRemoveContainer": "Del", "actionRemoveImage": "Del", "actionFilterContainers": "Ctrl+F",
            "actionFilterImages": "Ctrl+F"}


def test_every_common_action_has_its_shortcut_shown_in_its_tooltip(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    for name, keys in REQUIRED.items():
        found = action(window, name)
        assert found.shortcut().toString() == keys, name
        assert f"({found.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})" in found.toolTip(), name
    assert "Ctrl+F" in action(window, "actionFilter").text()  # the View menu shows it too


def test_no_two_actions_compete_for_a_key(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    window.open_logs  # noqa: B018 - the logs feature is installed
    by_key: dict[str, list[QAction]] = {}
    for found in window.findChildren(QAction):
        for sequence in found.shortcuts():
            by_key.setdefault(sequence.toString(), []).append(found)
    for key, actions in by_key.items():
        window_wide = [a for a in actions if a.shortcutContext() in (Qt.ShortcutContext.WindowShortcut,
                                                                     Qt.ShortcutContext.ApplicationShortcut)]
        assert len(window_wide) <= 1, (key, [a.objectName() for a in window_wide])
        if window_wide:
            assert len(actions) == 1, (key, [a.objectName() for a in actions])
        scoped = [a for a in actions if a not in window_wide]
        widgets = [tuple(a.associatedObjects()) for a in scoped]
        assert len(set(widgets)) == len(widgets), (key, [a.objectName() for a in scoped])


def test_shortcuts_trigger_their_actions(engine, make_window, qtbot):
    cid = engine.cli("run", "-d", "--name", "keyboard-target", TEST_IMAGE, "sleep", "300").stdout.strip()
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    activate(qtbot, window)
    view = window.containers_view
    window.tabs.setCurrentWidget(window.containers_page)
    select(qtbot, window.containers_page, lambda c: c.id == cid)
    view.setFocus()

    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_modal(qtbot, "pullDialog").reject()
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wait_modal(qtbot, "runDialog").reject()
    activate(qtbot, window)

    qtbot.waitUntil(action(window, "actionLogs").isEnabled, timeout=LIVE_MS)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.logs.viewer_for(cid) is not None, timeout=LIVE_MS)
    activate(qtbot, window)

    qtbot.waitUntil(action(window, "actionRemoveContainer").isEnabled, timeout=LIVE_MS)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    wait_modal(qtbot, "confirmRemove").reject()
    activate(qtbot, window)

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.containers_page.filter, timeout=LIVE_MS)

    before = window.controller.list_requests
    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.controller.list_requests >= before + 2, timeout=LIVE_MS)

    window.tabs.setCurrentWidget(window.images_page)
    select(qtbot, window.images_page, lambda i: i.reference == TEST_IMAGE)
    qtbot.waitUntil(action(window, "actionRemoveImage").isEnabled, timeout=LIVE_MS)
    window.images_view.setFocus()
    qtbot.keyClick(window.images_view, Qt.Key.Key_Delete)
    wait_modal(qtbot, "removeImagesDialog").reject()
    activate(qtbot, window)
    window.images_view.setFocus()
    qtbot.keyClick(window.images_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.images_page.filter, timeout=LIVE_MS)


def unnamed_controls(root: QWidget) -> list[str]:
    return [f"{type(w).__name__}#{w.objectName()}" for w in root.findChildren(QWidget)
            if needs_name(w) and w.isVisible() and not computed_name(w)]


def test_every_control_has_an_accessible_name(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: not unnamed_controls(window), timeout=LIVE_MS)
    for name, dialog_name in (("actionPull", "pullDialog"), ("actionRun", "runDialog"),
                              ("actionLogin", "loginDialog")):
        activate(qtbot, window)
        action(window, name).trigger()
        dialog = wait_modal(qtbot, dialog_name)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=LIVE_MS)
        assert not unnamed_controls(dialog), (dialog_name, unnamed_controls(dialog))
        dialog.reject()


def test_tab_moves_through_the_run_dialog(engine, make_window, qtbot):
    """Full keyboard navigation: Tab reaches every visible control of the run dialog, and no control
    is skipped."""
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    activate(qtbot, window)
    action(window, "actionRun").trigger()
    dialog = wait_modal(qtbot, "runDialog")
    reachable = [w for w in dialog.findChildren(QWidget) if needs_name(w) and w.isVisible()
                 and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and not isinstance(w.parent(), QLineEdit)]
    dialog.activateWindow()
    reachable[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reachable[0], timeout=LIVE_MS)
    seen = []
    start = QApplication.focusWidget()
    for _ in range(len(reachable) * 3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        seen.append(current)
        if current is start:
            break
    missing = [f"{type(w).__name__}#{w.objectName()}" for w in reachable if w not in seen]
    assert not missing, missing
    dialog.reject()


def test_korean_toolbar_labels_drop_the_menu_mnemonic(make_window, qtbot, tmp_path):
    from gui import locale as berth_locale
    from gui.views.guidance import toolbar_text

    assert toolbar_text("이미지 가져오기(&P)…") == "이미지 가져오기"
    assert toolbar_text("&Pull Image…") is None  # Qt's own stripping is right for English
    berth_locale.install("ko")
    try:
        window = make_window(f"unix://{tmp_path}/absent.sock")
        labels = [a.iconText() for a in window.toolbar.actions() if a.text()]
        assert labels and all("(" not in label and "&" not in label for label in labels), labels
        pull = window.findChild(QAction, "actionPull")
        assert pull.iconText() == "이미지 가져오기"
        pull.setText("다른 이름(&O)")  # a text that changes later is followed
        assert pull.iconText() == "다른 이름"
    finally:
        berth_locale.install("en")

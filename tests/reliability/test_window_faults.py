"""Faults inside Berth itself: an exception in a task, a remote engine without TLS."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.helpers import view_ids, wait_loaded
from tests.hostile import HostileEngine
from tests.lab import TEST_IMAGE


def test_exception_in_a_task_shows_error_dialog_and_window_stays_usable(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)

    def broken():
        raise RuntimeError("injected failure inside a task")

    window.runner.submit(broken, name="test.injected")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert dialog.objectName() == "errorDialog"
    assert "injected failure inside a task" in dialog.summary.text()
    assert "RuntimeError" in dialog.details_text() and "Traceback" in dialog.details_text()
    qtbot.mouseClick(dialog.copy, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert "injected failure" in QApplication.clipboard().text()
    dialog.accept()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)

    # The window still works: a change in the engine still reaches the list.
    cid = engine.api().create_container(TEST_IMAGE, "true", name="after-error")["Id"]
    qtbot.waitUntil(lambda: cid in view_ids(window.containers_view), timeout=2000)


def test_errors_arriving_together_share_one_dialog(make_window, qtbot, tmp_path):
    window = make_window(f"unix://{tmp_path}/absent.sock")
    def failing(n: int) -> None:
        raise ValueError(f"error {n}")

    for n in range(3):
        window.runner.submit(failing, n, name="test.burst")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: all(f"ValueError: error {n}" in dialog.details_text() for n in range(3)), timeout=5000)
    assert dialog.more.isVisible() and "2 more" in dialog.more.text()
    dialog.accept()


def test_plain_tcp_to_another_machine_warns(make_window, qtbot, monkeypatch):
    from gui.backend import service as service_module

    with HostileEngine() as hostile:
        # The engine is on loopback (tests reach no other machine); pretend it is not.
        monkeypatch.setattr(service_module, "is_local", lambda host: False)
        window = make_window(hostile.host)
        qtbot.waitUntil(lambda: window.controller.state.connected, timeout=5000)
        assert window.tls_warning.isVisible()
        assert "without TLS" in window.tls_warning.toolTip()
        window.close()
        qtbot.waitUntil(lambda: window.runner.active == 0, timeout=10_000)


def test_loopback_engine_does_not_warn(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    assert not window.tls_warning.isVisible()


def test_engine_actions_are_disabled_with_a_reason_while_unreachable(make_window, qtbot, tmp_path):
    window = make_window(f"unix://{tmp_path}/absent.sock")
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    actions = window.engine_actions()
    names = {a.objectName() for a in actions}
    assert "actionRefresh" in names
    for action in actions:
        assert not action.isEnabled(), action.objectName()
        assert "can't reach Docker" in action.toolTip(), (action.objectName(), action.toolTip())
    assert window.action_quit.isEnabled() and window.action_about.isEnabled()


def test_excepthook_turns_uncaught_exceptions_into_the_error_dialog(make_window, qtbot, tmp_path, monkeypatch):
    import sys
    import threading

    from gui import diagnostics
    from gui.views.error_dialog import show_error

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    window = make_window(f"unix://{tmp_path}/absent.sock")
    diagnostics.install_excepthook(lambda exc: show_error(window, exc))

    def crash():
        raise KeyError("raised on a plain thread")

    t = threading.Thread(target=crash, name="test-crash")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert dialog.objectName() == "errorDialog"
    assert "raised on a plain thread" in dialog.summary.text()
    assert "Traceback" in dialog.details_text()
    dialog.accept()


def test_log_file_never_holds_credentials():
    from gui.diagnostics import redact

    text = ('X-Registry-Auth: eyJ1c2VybmFtZSI6ImEiLCJwYXNzd29yZCI6ImIifQ== {"password": "hunter2", '
            '"username": "alice"} Authorization: Basic YWxpY2U6aHVudGVyMg== https://alice:hunter2@host/v2/')
    out = redact(text)
    for secret in ("hunter2", "eyJ1c2VybmFtZSI6", "YWxpY2U6aHVudGVyMg"):
        assert secret not in out
    assert "alice" in out  # user names stay: they help a bug report

"""Private registries through the real window: a pull that wants a log-in, the log-in dialog, and where the
credentials go (this session, Docker's config file when asked, or the configured credential helper)."""

from __future__ import annotations

import base64
import json

from PySide6.QtCore import Qt

from gui.views.pull_panel import PullState
from tests.backend.test_images import (  # noqa: F401 - fixtures
    AUTH_PASSWORD,
    AUTH_USER,
    auth_registry,
    docker_config,
    fake_helper,
    remove_quietly,
)
from tests.helpers import view_items, wait_loaded
from tests.views.test_images_pull import PULL_MS, action, panel_of, wait_done, wait_modal, widget_for


def fill(qtbot, dialog, registry=None, user=AUTH_USER, password=AUTH_PASSWORD) -> None:
    if registry is not None:
        dialog.registry.setText(registry)
    dialog.user.setText(user)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)


def refs(window) -> set:
    return {i.reference for i in view_items(window.images_view)}


def test_pull_offers_log_in_and_then_succeeds(lab, make_window, qtbot, auth_registry, docker_config):
    ref = f"{auth_registry.host}/berth/private:1"
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    try:
        entry = window.pull_image(ref)
        wait_done(qtbot, entry)
        widget = widget_for(window, entry)
        assert entry.state is PullState.FAILED
        assert "wants you to log in" in widget.message.text()
        assert widget.login_button.isVisible()

        qtbot.mouseClick(widget.findChild(type(widget.login_button), "pullLogin"), Qt.MouseButton.LeftButton)
        dialog = wait_modal(qtbot, "loginDialog")
        assert dialog.registry.text() == auth_registry.host
        assert "wants you to log in" in dialog.reason.text()
        assert dialog.session_only.isChecked()  # nothing is written to disk unless asked

        fill(qtbot, dialog, password="wrong")
        qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
        error = dialog.findChild(type(dialog.error), "loginError")
        qtbot.waitUntil(error.isVisible, timeout=10_000)
        assert "did not accept this user name and password" in error.text()
        assert dialog.isVisible() and dialog.submit.isEnabled()

        fill(qtbot, dialog)
        with qtbot.waitSignal(window.image_actions.loggedIn, timeout=10_000):
            qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        # The pull that wanted the log-in goes again by itself.
        qtbot.waitUntil(lambda: entry.state is PullState.SUCCEEDED, timeout=PULL_MS)
        qtbot.waitUntil(lambda: ref in refs(window), timeout=3000)
        assert entry.attempts == 2
        config = docker_config / "config.json"
        assert not config.exists() or AUTH_PASSWORD not in config.read_text()
    finally:
        remove_quietly(lab, ref)


def test_log_in_saved_to_the_config_file_when_asked(lab, make_window, qtbot, auth_registry, docker_config):
    ref = f"{auth_registry.host}/berth/private:1"
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    action(window, "actionLogin").trigger()
    dialog = wait_modal(qtbot, "loginDialog")
    assert dialog.registry.text() == ""  # Docker Hub unless told otherwise
    fill(qtbot, dialog, registry=auth_registry.host)
    assert not dialog.file_warning.isVisible()
    dialog.save_file.click()
    assert dialog.file_warning.isVisible() and "base64" in dialog.file_warning.text()
    assert str(docker_config / "config.json") in dialog.save_file.text()
    with qtbot.waitSignal(window.image_actions.loggedIn, timeout=10_000):
        qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    config = json.loads((docker_config / "config.json").read_text())
    assert base64.b64decode(config["auths"][auth_registry.host]["auth"]).decode() == \
        f"{AUTH_USER}:{AUTH_PASSWORD}"
    window.close()
    # A new window has no session log-in: the pull finds the credentials in the config file.
    again = make_window(lab.docker_host)
    wait_loaded(qtbot, again)
    try:
        entry = again.pull_image(ref)
        wait_done(qtbot, entry)
        assert entry.state is PullState.SUCCEEDED, entry.error
    finally:
        remove_quietly(lab, ref)


def test_log_in_goes_to_the_credential_helper(lab, make_window, qtbot, auth_registry, docker_config,
                                              fake_helper):
    (docker_config / "config.json").write_text(json.dumps({"credsStore": "berthtest"}))
    ref = f"{auth_registry.host}/berth/private:1"
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    dialog = window.image_actions.open_login_dialog(auth_registry.host)
    assert dialog.helper_note.isVisible() and "docker-credential-berthtest" in dialog.helper_note.text()
    assert not dialog.save_file.isVisible() and not dialog.session_only.isVisible()
    fill(qtbot, dialog)
    with qtbot.waitSignal(window.image_actions.loggedIn, timeout=10_000):
        qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    assert json.loads(fake_helper.read_text())[auth_registry.host]["Secret"] == AUTH_PASSWORD
    assert AUTH_PASSWORD not in (docker_config / "config.json").read_text()
    window.close()
    again = make_window(lab.docker_host)
    wait_loaded(qtbot, again)
    try:
        entry = again.pull_image(ref)
        wait_done(qtbot, entry)
        assert entry.state is PullState.SUCCEEDED, entry.error
    finally:
        remove_quietly(lab, ref)


def test_log_in_dialog_checks_its_fields(lab, make_window, qtbot):
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    dialog = window.image_actions.open_login_dialog()
    dialog.registry.setText("not a host")
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    assert dialog.registry_error.isVisible() and "registry address" in dialog.registry_error.text()
    dialog.registry.setText("127.0.0.1:5000")
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    assert not dialog.registry_error.isVisible() and dialog.error.text() == "Type your user name."
    dialog.user.setText("someone")
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Type your password or access token."
    assert dialog.handle is None and dialog.isVisible()  # nothing was sent
    dialog.reject()
    assert not panel_of(window).entries

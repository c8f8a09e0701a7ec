"""Running containers from the dialog on the real engine: the seed example end to end, attached runs in
the log viewer, pulling a missing image first, a start that fails after create, and the fresh look-up."""

from __future__ import annotations

import time
import urllib.request

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QPushButton

from gui.backend.runspec import host_port_is_free
from gui.models.logs import MARKER
from tests.helpers import item_by_id, view_items, wait_loaded
from tests.lab import REGISTRY_REPO, TEST_IMAGE, free_port
from tests.views.test_run_dialog import child, message, open_dialog, paste, wait_modal

RUN_MS = 20_000


@pytest.fixture
def window(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    return window


def click_run(qtbot, dialog) -> None:
    button = child(dialog, QPushButton, "runRunButton")
    assert button.isEnabled(), [str(i) for i in dialog.issues()]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode()
    except OSError:
        return None


def names_in_ps(engine) -> list[str]:
    return engine.cli("ps", "-a", "--format", "{{.Names}}").stdout.split()


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def answer(qtbot, name: str, button: str = "confirmAccept"):
    box = wait_modal(qtbot, name)
    qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    return box


def seed_port(window) -> int:
    """8888 as in the seed, unless something here already uses it."""
    published = {p.public_port for c in window.containers_model.items() for p in c.ports}
    return 8888 if 8888 not in published and host_port_is_free("", 8888) else free_port()


# -- the seed example ----------------------------------------------------------------------------------

def test_the_seed_example_end_to_end(window, qtbot, engine, tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<h1>Hello from Berth</h1>\n")
    port = seed_port(window)

    dialog = open_dialog(qtbot, window)  # Ctrl+R
    qtbot.keyClicks(child(dialog, QLineEdit, "runImage"), TEST_IMAGE)
    qtbot.keyClicks(child(dialog, QLineEdit, "runName"), "second")
    qtbot.mouseClick(child(dialog, QPushButton, "runPortsAdd"), Qt.MouseButton.LeftButton)
    dialog.ports.item(0, 0).setText(str(port))
    dialog.ports.item(0, 1).setText("80")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(site))
    qtbot.mouseClick(child(dialog, QPushButton, "runVolumesAdd"), Qt.MouseButton.LeftButton)
    dialog.volumes.item(0, 1).setText("/www")
    qtbot.keyClicks(child(dialog, QLineEdit, "runCommand"), "httpd -f -p 80 -h /www")
    assert dialog.command_text() == (f"docker run -d --name second -p {port}:80 -v {site}:/www {TEST_IMAGE} "
                                     "httpd -f -p 80 -h /www")
    click_run(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=RUN_MS)

    qtbot.waitUntil(lambda: any(c.name == "second" and c.state == "running" for c in view_items(window.containers_view)),
                    timeout=RUN_MS)
    pages = []
    qtbot.waitUntil(lambda: pages.append(fetch(f"http://127.0.0.1:{port}/")) or pages[-1] is not None,
                    timeout=RUN_MS)  # httpd takes a moment to listen
    assert pages[-1] == "<h1>Hello from Berth</h1>\n"
    item = next(c for c in view_items(window.containers_view) if c.name == "second")
    assert window.containers_page.selected_keys() == [item.id], "the new container is selected"

    # Stop, then remove, through the actions; the confirmations are answered as a user would.
    window.container_actions.stop_timeout = 1  # busybox as PID 1 ignores SIGTERM: do not wait Docker's 10 s
    action(window, "actionStop").trigger()
    box = answer(qtbot, "confirmStop")
    assert box.property("berthCommand") == "docker stop -t 1 second"
    qtbot.waitUntil(lambda: item_by_id(window.containers_view, item.id).state == "exited", timeout=RUN_MS)
    qtbot.waitUntil(lambda: action(window, "actionRemoveContainer").isEnabled())
    action(window, "actionRemoveContainer").trigger()
    box = answer(qtbot, "confirmRemove")
    assert box.property("berthCommand") == "docker rm second"
    qtbot.waitUntil(lambda: item_by_id(window.containers_view, item.id) is None, timeout=RUN_MS)
    assert "second" not in names_in_ps(engine)
    assert fetch(f"http://127.0.0.1:{port}/") is None


# -- attached runs ------------------------------------------------------------------------------------------

def test_an_attached_run_streams_its_output_and_shows_the_exit_code(window, qtbot, engine):
    dialog = open_dialog(qtbot, window)
    paste(qtbot, dialog, f"docker run --name attached {TEST_IMAGE} sh -c 'echo hello from inside; exit 4'")
    assert not dialog.detach.isChecked(), "the pasted command has no -d"
    click_run(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=RUN_MS)
    cid = dialog.last_outcome.id
    viewer = window.logs.viewer_for(cid)
    assert viewer is not None and window.logs_dock.isVisible()
    store = viewer.model.store

    def lines():
        return [store.text(i) for i in range(len(store)) if store.streams[i] != MARKER]

    qtbot.waitUntil(lambda: viewer.state == "ended" and lines() == ["hello from inside"], timeout=RUN_MS)
    assert "exit code 4" in viewer.status.text()


# -- a missing image -----------------------------------------------------------------------------------------

def _forget(engine, ref: str) -> None:
    try:
        engine.api().remove_image(ref, force=True)
    except Exception:  # noqa: BLE001 - not here
        pass


def test_a_missing_image_is_pulled_first_then_run(window, qtbot, engine):
    ref = f"{engine.registry.host}/{REGISTRY_REPO}:1.0"
    _forget(engine, ref)
    qtbot.waitUntil(lambda: all(i.reference != ref for i in window.images_model.items()), timeout=10_000)
    dialog = open_dialog(qtbot, window)
    paste(qtbot, dialog, f"docker run -d --name pulled {ref} sleep 600")
    assert child(dialog, QLabel, "runImageHint").text() == "Not on this computer yet: Berth pulls it before running."
    click_run(qtbot, dialog)
    box = wait_modal(qtbot, "runPullConfirm")
    assert ref in box.text() and f"docker pull {ref}" in box.informativeText()
    qtbot.mouseClick(box.findChild(QPushButton, "runPullConfirmPull"), Qt.MouseButton.LeftButton)
    panel = window.pull_panel
    qtbot.waitUntil(lambda: any(e.reference.familiar == ref for e in panel.entries), timeout=RUN_MS)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=RUN_MS)
    info = engine.api().inspect_container("pulled")
    assert info["Config"]["Image"] == ref and info["State"]["Status"] == "running"


def test_a_pull_that_fails_says_why_and_creates_nothing(window, qtbot, engine):
    before = names_in_ps(engine)
    ref = f"{engine.registry.host}/berth/nothing-here:1"
    dialog = open_dialog(qtbot, window)
    paste(qtbot, dialog, f"docker run -d --name never {ref}")
    click_run(qtbot, dialog)
    box = wait_modal(qtbot, "runPullConfirm")
    qtbot.mouseClick(box.findChild(QPushButton, "runPullConfirmPull"), Qt.MouseButton.LeftButton)
    error = wait_modal(qtbot, "errorDialog", timeout=RUN_MS)
    text = error.findChild(QLabel, "errorSummary").text()
    assert "berth/nothing-here" in text and engine.registry.host in text
    error.accept()
    assert dialog.isVisible() and not dialog.busy and child(dialog, QPushButton, "runRunButton").isEnabled()
    assert names_in_ps(engine) == before
    dialog.reject()


# -- failures after create and before it -----------------------------------------------------------------------

def test_a_start_that_fails_offers_to_remove_or_keep_the_container(window, qtbot, engine):
    dialog = open_dialog(qtbot, window)
    paste(qtbot, dialog, f"docker run -d --name late --network no-such-network {TEST_IMAGE} sleep 60")
    click_run(qtbot, dialog)
    box = wait_modal(qtbot, "runStartFailed", timeout=RUN_MS)
    assert "Berth created the container late, but it did not start" in box.text()
    assert "no-such-network" in box.text()
    assert "late" in names_in_ps(engine), "it exists until the user decides"
    qtbot.mouseClick(box.findChild(QPushButton, "runStartFailedRemove"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "late" not in names_in_ps(engine) and not dialog.busy, timeout=RUN_MS)
    assert dialog.isVisible(), "open, to change the settings and try again"
    assert "Removed late" in child(dialog, QLabel, "runStatus").text()

    click_run(qtbot, dialog)
    box = wait_modal(qtbot, "runStartFailed", timeout=RUN_MS)
    qtbot.mouseClick(box.findChild(QPushButton, "runStartFailedKeep"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    kept = engine.api().inspect_container("late")
    assert kept["State"]["Status"] == "created"
    qtbot.waitUntil(lambda: window.containers_page.selected_keys() == [kept["Id"]], timeout=RUN_MS)


def test_a_create_that_fails_is_a_sentence_and_the_form_stays(window, qtbot, engine):
    before = names_in_ps(engine)
    dialog = open_dialog(qtbot, window)
    paste(qtbot, dialog, f"docker run -d --name orphan --volumes-from nobody {TEST_IMAGE}")
    click_run(qtbot, dialog)
    error = wait_modal(qtbot, "errorDialog", timeout=RUN_MS)
    assert error.findChild(QLabel, "errorSummary").text() == \
        "Docker could not create the container: No such container: nobody"
    error.accept()
    assert dialog.isVisible() and names_in_ps(engine) == before
    dialog.reject()


def test_run_checks_names_again_on_the_engine(window, qtbot, engine):
    dialog = open_dialog(qtbot, window)
    paste(qtbot, dialog, f"docker run -d --name race {TEST_IMAGE} sleep 60")
    assert child(dialog, QPushButton, "runRunButton").isEnabled()
    engine.api().create_container(TEST_IMAGE, "true", name="race")  # taken behind Berth's back
    began = time.monotonic()
    qtbot.mouseClick(child(dialog, QPushButton, "runRunButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message(dialog, "runNameError") != "", timeout=RUN_MS)
    assert message(dialog, "runNameError") == "The name 'race' is already used by another container."
    assert time.monotonic() - began < 10
    assert dialog.isVisible() and not child(dialog, QPushButton, "runRunButton").isEnabled()
    assert names_in_ps(engine).count("race") == 1
    assert QApplication.activeModalWidget() is dialog
    dialog.reject()


def test_without_the_pull_panel_the_dialog_pulls_by_itself(window, qtbot, engine, monkeypatch):
    ref = f"{engine.registry.host}/{REGISTRY_REPO}:stable"
    _forget(engine, ref)
    monkeypatch.delattr(window, "pull_image")  # a window without the images feature
    dialog = open_dialog(qtbot, window)
    paste(qtbot, dialog, f"docker run -d --name self-pulled {ref} sleep 600")
    click_run(qtbot, dialog)
    box = wait_modal(qtbot, "runPullConfirm")
    qtbot.mouseClick(box.findChild(QPushButton, "runPullConfirmPull"), Qt.MouseButton.LeftButton)
    statuses = []
    qtbot.waitUntil(lambda: statuses.append(child(dialog, QLabel, "runStatus").text()) or not dialog.isVisible(),
                    timeout=RUN_MS)
    assert any(s.startswith(f"Pulling {ref}") for s in statuses)
    assert window.pull_panel.entries == [], "the panel was not used"
    assert engine.api().inspect_container("self-pulled")["State"]["Status"] == "running"

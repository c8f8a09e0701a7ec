"""The run dialog's form through the real window: a pasted command fills every field, the fields give the
spec back, the preview is always the equivalent command, and every problem is shown beside its field."""

from __future__ import annotations

import os
import socket

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from gui.backend.runspec import format_run_command, parse_run_command, validate
from gui.i18n import render
from tests.backend.test_containers import exposing_image
from tests.backend.test_runspec import PARITY
from tests.backend.test_runspec_fuzz import run_specs
from tests.helpers import wait_loaded
from tests.lab import TEST_IMAGE, free_port


# -- helpers shared by the run dialog's tests ----------------------------------------------------------

def wait_modal(qtbot, name: str, timeout: int = 10_000):
    found = {}

    def up():
        widget = QApplication.activeModalWidget()
        assert widget is not None and widget.objectName() == name, \
            f"expected {name}, found {widget.objectName() if widget else None}"
        found["widget"] = widget

    qtbot.waitUntil(up, timeout=timeout)
    return found["widget"]


def child(dialog, cls, name: str):
    widget = dialog.findChild(cls, name)
    assert widget is not None, name
    return widget


def open_dialog(qtbot, window, image: str | None = None):
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier) if image is None else \
        window.open_run_dialog(image)
    return wait_modal(qtbot, "runDialog")


def paste(qtbot, dialog, command: str) -> None:
    box = child(dialog, QPlainTextEdit, "runPaste")
    box.setPlainText(command)
    qtbot.mouseClick(child(dialog, QPushButton, "runPasteApply"), Qt.MouseButton.LeftButton)


def message(dialog, name: str) -> str:
    label = child(dialog, QLabel, name)
    return label.text() if label.isVisible() else ""


def run_enabled(dialog) -> bool:
    return child(dialog, QPushButton, "runRunButton").isEnabled()


def preview(dialog) -> str:
    return child(dialog, QPlainTextEdit, "runCommandPreview").toPlainText()


class UrlRecorder(QObject):
    """Stands in for the browser and the file manager: QDesktopServices hands it the URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def urls():
    recorder = UrlRecorder()
    for scheme in ("http", "https", "file"):
        QDesktopServices.setUrlHandler(scheme, recorder, "handle")
    yield recorder
    for scheme in ("http", "https", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def window(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    return window


@pytest.fixture
def dialog(window, qtbot):
    d = open_dialog(qtbot, window)
    yield d
    d.reject()


# -- opening -------------------------------------------------------------------------------------------

def test_ctrl_r_opens_an_empty_detached_form(window, qtbot):
    d = open_dialog(qtbot, window)
    assert d.objectName() == "runDialog" and d.isModal()
    assert child(d, QCheckBox, "runDetach").isChecked(), "detached by default"
    assert child(d, QLineEdit, "runImage").text() == ""
    assert not run_enabled(d)
    assert message(d, "runImageError") == "Type an image name, for example busybox or nginx:1.25."
    assert preview(d) == "docker run -d ''"
    d.reject()
    d2 = window.open_run_dialog(TEST_IMAGE)
    assert d2 is d, "built once, reused"
    assert child(d, QLineEdit, "runImage").text() == TEST_IMAGE and run_enabled(d)
    assert preview(d) == f"docker run -d {TEST_IMAGE}"
    d.reject()


def test_run_on_an_image_row_fills_the_image(window, qtbot):
    window.tabs.setCurrentWidget(window.images_page)
    assert window.images_page.select_key(next(i.key for i in window.images_model.items()
                                              if i.reference == TEST_IMAGE))
    action = window.findChild(type(window.action_refresh), "actionRunImage")
    qtbot.waitUntil(lambda: action.isEnabled())
    action.trigger()
    d = wait_modal(qtbot, "runDialog")
    assert child(d, QLineEdit, "runImage").text() == TEST_IMAGE
    d.reject()


def test_the_image_field_completes_local_images(dialog):
    model = child(dialog, QLineEdit, "runImage").completer().model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert TEST_IMAGE in names


# -- paste -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", PARITY)
def test_a_pasted_command_fills_every_field_and_the_fields_give_it_back(dialog, qtbot, tmp_path, command):
    project = tmp_path / "project"
    project.mkdir()
    (project / "app.env").write_text("X=1\nHOME\nNOPE\n  Y= 2 \n")
    child(dialog, QLineEdit, "runRelativeBase").setText(str(project))
    paste(qtbot, dialog, command)
    assert message(dialog, "runPasteError") == ""
    expected = parse_run_command(command, env=os.environ, cwd=str(project))
    assert dialog.spec() == expected
    assert preview(dialog).splitlines()[0] == format_run_command(expected)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(spec=run_specs())
def test_any_spec_shown_in_the_fields_reads_back_the_same(dialog, spec):
    dialog.set_spec(spec)
    assert dialog.spec() == spec
    assert dialog.command_text() == format_run_command(spec)


def test_a_command_that_does_not_parse_is_explained_in_place(dialog, qtbot):
    paste(qtbot, dialog, f"docker run -d --name keep {TEST_IMAGE}")
    paste(qtbot, dialog, "docker run -p 80:80:80:80 busybox")
    assert "80:80:80:80" in message(dialog, "runPasteError")
    assert child(dialog, QLineEdit, "runName").text() == "keep", "a failed paste changes no field"
    child(dialog, QPlainTextEdit, "runPaste").setPlainText("docker run")
    assert message(dialog, "runPasteError") == "", "editing the paste clears the old message"


def test_continuation_lines_and_quotes_from_documentation(dialog, qtbot):
    paste(qtbot, dialog, "docker run -d \\\n  --name web \\\n  -e 'GREETING=hello world' \\\n"
                         f"  {TEST_IMAGE} sh -c 'echo \"$GREETING\"; sleep 1'")
    spec = dialog.spec()
    assert spec.name == "web" and spec.env == (("GREETING", "hello world"),)
    assert spec.command == ("sh", "-c", 'echo "$GREETING"; sleep 1')
    assert child(dialog, QLineEdit, "runCommand").text() == "sh -c 'echo \"$GREETING\"; sleep 1'"


# -- the preview ---------------------------------------------------------------------------------------------

def test_the_preview_follows_every_change(dialog, qtbot):
    image = child(dialog, QLineEdit, "runImage")
    qtbot.keyClicks(image, "berth-test/busybox")
    assert preview(dialog) == "docker run -d berth-test/busybox"
    qtbot.keyClicks(child(dialog, QLineEdit, "runName"), "web")
    assert preview(dialog) == "docker run -d --name web berth-test/busybox"
    qtbot.mouseClick(child(dialog, QPushButton, "runPortsAdd"), Qt.MouseButton.LeftButton)
    dialog.ports.item(0, 0).setText("8080")
    assert "# Some fields are not complete" in preview(dialog) and not run_enabled(dialog)
    assert message(dialog, "runPortsError") == "Give the port inside the container (the container port)."
    dialog.ports.item(0, 1).setText("80")
    dialog.ports.cellWidget(0, 2).setCurrentText("udp")
    assert preview(dialog) == "docker run -d --name web -p 8080:80/udp berth-test/busybox"
    qtbot.keyClicks(child(dialog, QLineEdit, "runCommand"), "sh -c 'echo hi'")
    child(dialog, QCheckBox, "runDetach").setChecked(False)
    assert preview(dialog) == "docker run --name web -p 8080:80/udp berth-test/busybox sh -c 'echo hi'"
    dialog.restart.setCurrentIndex(dialog.restart.findData("on-failure"))
    dialog.retries.setValue(3)
    assert "--restart on-failure:3" in preview(dialog)
    qtbot.mouseClick(child(dialog, QPushButton, "runEnvAdd"), Qt.MouseButton.LeftButton)
    dialog.env.item(0, 0).setText("A")
    dialog.env.item(0, 1).setText("two words")
    assert "-e 'A=two words'" in preview(dialog)
    child(dialog, QLineEdit, "runMemory").setText("64m")
    assert " -m 64m " in preview(dialog)
    assert preview(dialog) == format_run_command(dialog.spec())


def test_copy_puts_the_command_on_the_clipboard(dialog, qtbot):
    paste(qtbot, dialog, f"docker run -d --name copied {TEST_IMAGE}")
    qtbot.mouseClick(child(dialog, QPushButton, "runCopyCommand"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == f"docker run -d --name copied {TEST_IMAGE}"
    assert child(dialog, QPlainTextEdit, "runCommandPreview").isReadOnly()


def test_what_does_this_do_opens_dockers_documentation(dialog, urls):
    link = child(dialog, QLabel, "runHelpLink")
    assert "What does this do?" in link.text()
    href = link.text().split('href="')[1].split('"')[0]
    link.linkActivated.emit(href)
    assert urls.urls == ["https://docs.docker.com/reference/cli/docker/container/run/"]


# -- relative paths, folders --------------------------------------------------------------------------------

def test_relative_paths_start_from_the_folder_shown(dialog, qtbot, tmp_path):
    base = child(dialog, QLineEdit, "runRelativeBase")
    assert base.text() == os.path.expanduser("~") or base.text(), "home by default"
    (tmp_path / "site").mkdir()
    base.setText(str(tmp_path))
    child(dialog, QLineEdit, "runImage").setText(TEST_IMAGE)
    row = dialog.add_volume_row("./site", "/www")
    assert dialog.spec().volumes[0].source == str(tmp_path / "site")
    assert f"-v {tmp_path}/site:/www" in preview(dialog), "the preview shows the absolute path"
    dialog.volumes.item(row, 0).setText("../x")
    assert dialog.spec().volumes[0].source == str(tmp_path.parent / "x")
    dialog.volumes.item(row, 0).setText("relative/path")
    assert "relative/path" in message(dialog, "runVolumesError") and not run_enabled(dialog)
    base.setText("not/absolute")
    assert message(dialog, "runRelativeBaseError") == "The folder 'not/absolute' must be a full path, starting with '/'."


def test_add_folder_uses_the_folder_picker(dialog, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "photos"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    child(dialog, QLineEdit, "runImage").setText(TEST_IMAGE)
    qtbot.mouseClick(child(dialog, QPushButton, "runVolumesAdd"), Qt.MouseButton.LeftButton)
    assert [(m.source, m.target) for m in dialog.spec().volumes] == [(str(folder), "/photos")]
    box = dialog.read_only_box(0)
    box.setChecked(True)
    assert dialog.spec().volumes[0].read_only and f"-v {folder}:/photos:ro" in preview(dialog)
    box.setChecked(False)
    assert not dialog.spec().volumes[0].read_only


def test_a_missing_folder_is_a_warning_with_an_offer_to_create_it(dialog, qtbot, tmp_path):
    missing = tmp_path / "new" / "site"
    paste(qtbot, dialog, f"docker run -d -v {missing}:/www {TEST_IMAGE}")
    warning = message(dialog, "runVolumesError")
    assert warning == f"The folder {missing} does not exist. Docker would create it, owned by the administrator (root)."
    assert run_enabled(dialog), "a warning does not block"
    create = child(dialog, QPushButton, "runVolumesCreateFolder")
    assert create.isVisible()
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert missing.is_dir() and missing.stat().st_uid == os.getuid()
    assert message(dialog, "runVolumesError") == "" and not create.isVisible()


# -- what the image offers -------------------------------------------------------------------------------------

def test_the_ports_an_image_exposes_are_offered(window, qtbot, engine):
    image = exposing_image(engine)
    window.controller.refresh("images")
    qtbot.waitUntil(lambda: any(i.reference == image for i in window.images_model.items()), timeout=10_000)
    d = window.open_run_dialog(image)
    offer = child(d, QPushButton, "runPortsOffer")
    qtbot.waitUntil(offer.isVisible, timeout=10_000)
    assert offer.text() == "Publish 80/tcp, 8443/udp"
    assert "listens on 80/tcp, 8443/udp" in child(d, QLabel, "runImageHint").text()
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    ports = {(p.container_port, p.protocol): p.host_port for p in d.spec().ports}
    assert set(ports) == {(80, "tcp"), (8443, "udp")}
    assert ports[(80, "tcp")] is None, "a privileged port is left to Docker to pick"
    assert ports[(8443, "udp")] in (8443, None)
    assert not offer.isVisible()
    d.image.setText("berth-test/not-here:1")
    assert child(d, QLabel, "runImageHint").text() == "Not on this computer yet: Berth pulls it before running."
    d.reject()


# -- validation beside each field -------------------------------------------------------------------------------

def test_each_problem_is_shown_beside_its_field_and_blocks_run(window, dialog, qtbot, engine):
    api = engine.api()
    port = free_port()
    cid = api.create_container(TEST_IMAGE, "sleep 600", name="holder", ports=[80], host_config=api.create_host_config(
        port_bindings={80: port}))["Id"]
    api.start(cid)
    qtbot.waitUntil(lambda: any(c.name == "holder" and c.ports for c in window.containers_model.items()),
                    timeout=10_000)
    dialog.reject()
    dialog = window.open_run_dialog(TEST_IMAGE)
    assert run_enabled(dialog)

    name = child(dialog, QLineEdit, "runName")
    name.setText("holder")
    assert message(dialog, "runNameError") == "The name 'holder' is already used by another container."
    assert not run_enabled(dialog) and name.property("berthInvalid")
    name.setText("-bad")
    assert "is not valid" in message(dialog, "runNameError")
    name.setText("fine")
    assert message(dialog, "runNameError") == "" and run_enabled(dialog) and not name.property("berthInvalid")

    row = dialog.add_port_row(str(port), "80")
    assert message(dialog, "runPortsError") == f"Host port {port} is already published by another container."
    assert not run_enabled(dialog)
    with socket.socket() as listener:
        other = free_port()
        listener.bind(("0.0.0.0", other))
        listener.listen()
        dialog.ports.item(row, 0).setText(str(other))
        assert message(dialog, "runPortsError") == f"Host port {other} is already in use on this computer."
    dialog.ports.item(row, 0).setText("")
    assert message(dialog, "runPortsError") == "" and run_enabled(dialog)

    toggle = child(dialog, type(dialog.advanced_toggle), "runAdvancedToggle")
    memory = child(dialog, QLineEdit, "runMemory")
    memory.setText("1k")
    assert toggle.text() == "Advanced options (1 to fix)", "a problem in the closed section is counted on it"
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert memory.isVisible()
    assert "6 MB" in message(dialog, "runMemoryError")
    memory.setText("")
    child(dialog, QCheckBox, "runAutoRemove").setChecked(True)
    dialog.restart.setCurrentIndex(dialog.restart.findData("always"))
    assert "--rm" in message(dialog, "runRestartError") and not run_enabled(dialog)
    dialog.restart.setCurrentIndex(dialog.restart.findData("no"))
    assert run_enabled(dialog)
    child(dialog, QLineEdit, "runCommand").setText("echo 'unclosed")
    assert message(dialog, "runCommandError") and not run_enabled(dialog)
    dialog.reject()


def test_messages_are_the_validators(dialog, qtbot):
    """What the dialog shows is exactly what validation says, for a spec with many problems."""
    paste(qtbot, dialog, "docker run -d -v /a:/same -v /b:/same -e A=1 --workdir rel busybox")
    expected = {render(i.message) for i in validate(dialog.spec(), path_exists=os.path.exists)}
    shown = set()
    for name in ("runVolumesError", "runWorkdirError"):
        shown |= {line.split(": ", 1)[-1] if line.startswith("Row ") else line
                  for line in message(dialog, name).splitlines()}
    assert expected == shown and expected

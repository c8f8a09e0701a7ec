"""Bad input in the run dialog: more than thirty kinds, each with its own sentence beside the field
concerned, the Run button disabled, and no container created (``docker ps -a`` unchanged)."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tests.helpers import wait_loaded
from tests.lab import TEST_IMAGE, free_port
from tests.views.test_run_dialog import child, message, paste, wait_modal

# Pasted commands the docker CLI refuses: the sentence goes under the paste box.
REFUSED = [
    ("mapping with too many parts", "docker run -p 80:80:80:80 busybox"),
    ("host port not a number", "docker run -p abc:80 busybox"),
    ("container port out of range", "docker run -p 8080:99999 busybox"),
    ("host port out of range", "docker run -p 70000:80 busybox"),
    ("unknown protocol", "docker run -p 8080:80/xyz busybox"),
    ("IPv6 address not closed", "docker run -p '[::1:80' busybox"),
    ("bare relative path", "docker run -v relative/path:/x busybox"),
    ("relative container path", "docker run -v /a:relative busybox"),
    ("bad volume option", "docker run -v /a:/b:bogus busybox"),
    ("no image", "docker run --name x"),
    ("unsupported flag", "docker run --gpus all busybox"),
    ("unknown flag", "docker run --frobnicate busybox"),
    ("--rm with a restart policy", "docker run --rm --restart always busybox"),
    ("malformed image", "docker run UPPER/Case"),
    ("not a run command", "docker ps -a"),
    ("environment entry without a name", "docker run -e =x busybox"),
    ("CPUs not a number", "docker run --cpus lots busybox"),
    ("memory not a size", "docker run -m lots busybox"),
    ("stop timeout not a number", "docker run --stop-timeout soon busybox"),
    ("two networks", "docker run --network a --network b busybox"),
    ("ulimit not a number", "docker run --ulimit nofile=abc busybox"),
    ("host entry without an address", "docker run --add-host nocolon busybox"),
    ("empty device", "docker run --device '' busybox"),
    ("unclosed quote", "docker run 'unterminated"),
    ("retry count not a number", "docker run --restart on-failure:x busybox"),
    ("mount without a target", "docker run --mount type=bind busybox"),
    ("seccomp profile file", "docker run --security-opt seccomp=/x.json busybox"),
    ("log options with no log driver", "docker run --log-driver none --log-opt a=b busybox"),
    ("alias on the default network", "docker run --network-alias x busybox"),
    ("DNS server not an address", "docker run --dns notanip busybox"),
]

# Pasted commands that parse, but that validation stops: (what, command, error label).
INVALID = [
    ("not a restart policy", "docker run --restart sometimes busybox", "runRestartError"),
    ("relative tmpfs path", "docker run --tmpfs relative busybox", "runTmpfsError"),
    ("relative working folder", "docker run -w rel busybox", "runWorkdirError"),
    ("too few CPUs", "docker run --cpus 0.001 busybox", "runCpusError"),
    ("too little memory", "docker run -m 1k busybox", "runMemoryError"),
    ("two mounts on one path", "docker run -v /tmp:/x -v /srv:/x busybox", "runVolumesError"),
    ("name too short", "docker run --name a busybox", "runNameError"),
    ("invalid name", "docker run --name -x busybox", "runNameError"),
]


@pytest.fixture
def window(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    return window


def ps(engine) -> list[str]:
    return sorted(engine.cli("ps", "-a", "-q", "--no-trunc").stdout.split())


def test_bad_inputs_each_have_their_own_message_and_create_nothing(window, qtbot, engine):
    api = engine.api()
    published = free_port()
    holder = api.create_container(TEST_IMAGE, "sleep 600", name="holder", ports=[80],
                                  host_config=api.create_host_config(port_bindings={80: published}))["Id"]
    api.start(holder)
    qtbot.waitUntil(lambda: any(c.name == "holder" and c.ports for c in window.containers_model.items()),
                    timeout=10_000)
    before = ps(engine)
    messages: dict[str, str] = {}

    def attempt_run(dialog) -> None:
        run = child(dialog, QPushButton, "runRunButton")
        assert not run.isEnabled()
        qtbot.mouseClick(run, Qt.MouseButton.LeftButton)  # does nothing while disabled

    # 1. commands the CLI refuses
    for what, command in REFUSED:
        dialog = window.open_run_dialog()
        paste(qtbot, dialog, command)
        text = message(dialog, "runPasteError")
        assert text, what
        messages[what] = text
        attempt_run(dialog)
        dialog.reject()

    # 2. commands validation stops, shown on the field
    for what, command, label in INVALID:
        dialog = window.open_run_dialog()
        paste(qtbot, dialog, command)
        assert message(dialog, "runPasteError") == "", what
        text = message(dialog, label)
        assert text, what
        messages[what] = text
        attempt_run(dialog)
        dialog.reject()

    # 3. fields typed into, against what the engine and this computer already use
    dialog = window.open_run_dialog(TEST_IMAGE)
    dialog.name.setText("holder")
    messages["name taken"] = message(dialog, "runNameError")
    attempt_run(dialog)
    dialog.name.setText("")
    row = dialog.add_port_row(str(published), "80")
    messages["host port published by another container"] = message(dialog, "runPortsError")
    attempt_run(dialog)
    with socket.socket() as listener:
        busy = free_port()
        listener.bind(("0.0.0.0", busy))
        listener.listen()
        dialog.ports.item(row, 0).setText(str(busy))
        messages["host port in use on this computer"] = message(dialog, "runPortsError")
        attempt_run(dialog)
    dialog.ports.item(row, 0).setText("8080")
    dialog.ports.item(row, 1).setText("")
    messages["no container port"] = message(dialog, "runPortsError")
    attempt_run(dialog)
    dialog.ports.item(row, 1).setText("80")
    dialog.ports.item(row, 0).setText("")
    vrow = dialog.add_volume_row("/tmp", "")
    messages["folder without a container path"] = message(dialog, "runVolumesError")
    attempt_run(dialog)
    dialog.volumes.item(vrow, 1).setText("/x")
    dialog.base.setText("home/me")
    messages["relative paths from a relative folder"] = message(dialog, "runRelativeBaseError")
    attempt_run(dialog)
    dialog.base.setText("/tmp")
    dialog.advanced_toggle.setChecked(True)
    dialog.stop_timeout.setText("1.5")
    messages["stop timeout with a fraction"] = message(dialog, "runStopTimeoutError")
    attempt_run(dialog)
    dialog.stop_timeout.setText("")
    dialog.image.setText("")
    messages["empty image"] = message(dialog, "runImageError")
    attempt_run(dialog)
    dialog.reject()

    # 4. an image that is nowhere: offered a pull, which fails with a sentence
    ref = f"{engine.registry.host}/berth/missing-image:1"
    dialog = window.open_run_dialog(ref)
    qtbot.mouseClick(child(dialog, QPushButton, "runRunButton"), Qt.MouseButton.LeftButton)
    box = wait_modal(qtbot, "runPullConfirm")
    qtbot.mouseClick(box.findChild(QPushButton, "runPullConfirmPull"), Qt.MouseButton.LeftButton)
    error = wait_modal(qtbot, "errorDialog", timeout=30_000)
    messages["missing image"] = error.findChild(QLabel, "errorSummary").text()
    error.accept()
    dialog.reject()

    assert all(messages.values()), [k for k, v in messages.items() if not v]
    assert len(messages) >= 30
    repeated = {m for m in messages.values() if list(messages.values()).count(m) > 1}
    assert not repeated, f"messages shared by several inputs: {repeated}"
    assert ps(engine) == before, "no container was created"

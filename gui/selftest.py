"""`berth --self-test`: open the main window offscreen, load both lists, print one line, exit.

It proves that an installed Berth starts, finds its Qt plugins and reaches the engine named by
DOCKER_HOST (or --host). On success it prints, for example::

    Berth 0.1.0: Docker 20.10.24 (API 1.41), 3 containers, 5 images

and exits 0. The counts are the rows of the two lists: every container in any state, as
`docker ps -a` lists them, and the image rows as `docker images` shows them. On failure it prints
``Berth self-test failed: <reason>`` and exits 1, within TIMEOUT_S seconds.

Nothing is written to the user's settings: the window is shut down without being closed.
"""

from __future__ import annotations

import os
import sys

from . import APP_NAME, __version__

TIMEOUT_S = 20.0
CONTEXT = "SelfTest"


def _tr(source: str, n: int = -1) -> str:
    from PySide6.QtCore import QCoreApplication

    result = QCoreApplication.translate(CONTEXT, source, None, n)
    if n >= 0 and "(s)" in result:  # no translation loaded: English plurals
        result = result.replace("(s)", "" if n == 1 else "s")
    return result


def _emit(line: str, stream) -> None:
    if stream is None:  # a windowed build on Windows has no console; the exit code still tells
        return
    stream.write(line + "\n")
    stream.flush()


def _fail(reason: str) -> int:
    _emit(_tr("Berth self-test failed: %1").replace("%1", reason), sys.stderr)
    return 1


def summary_line(info, containers: int, images: int) -> str:
    """The success line (also used by tests to know its shape)."""
    return (_tr("%1 %2: Docker %3 (API %4), %5, %6")
            .replace("%1", APP_NAME).replace("%2", __version__)
            .replace("%3", info.server_version).replace("%4", info.api_version)
            .replace("%5", _tr("%n container(s)", containers))
            .replace("%6", _tr("%n image(s)", images)))


def run(docker_host: str | None = None, argv: list[str] | None = None, timeout: float = TIMEOUT_S) -> int:
    """Run the self-test; returns the process exit code."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from .app import create_window, ensure_application
    from .engine import Status
    from .i18n import error_text

    ensure_application(argv or [sys.argv[0]])
    try:
        window = create_window(docker_host)
    except Exception as exc:  # noqa: BLE001 - any failure to build the window is the answer
        return _fail(error_text(exc))

    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def finish(code: int, message: str) -> None:
        if "code" not in outcome:
            outcome.update(code=code, message=message)
            loop.quit()

    def check(*_args) -> None:
        state = window.controller.state
        if state.status is Status.UNREACHABLE:
            reason = error_text(state.error) if state.error else _tr("no reason was given")
            finish(1, _tr("Berth can't reach Docker at %1: %2").replace("%1", state.host).replace("%2", reason))
        elif state.connected and window.containers_page._loaded and window.images_page._loaded:
            finish(0, summary_line(state.info, window.containers_model.rowCount(),
                                   window.images_model.rowCount()))

    def unhandled(exc, _name) -> None:
        finish(1, error_text(exc))

    window.controller.stateChanged.connect(check)
    window.controller.refreshed.connect(check)
    window.runner.unhandledError.connect(unhandled)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: finish(1, _tr("the lists of containers and images did not load within %1 seconds.")
                                          .replace("%1", f"{timeout:g}")))
    window.show()
    check()
    if "code" not in outcome:
        timer.start(int(timeout * 1000))
        loop.exec()
    timer.stop()

    window.shutdown()
    window.runner.shutdown(5000)
    window.hide()
    QCoreApplication.processEvents()
    window.deleteLater()
    QCoreApplication.processEvents()

    if outcome["code"] == 0:
        _emit(str(outcome["message"]), sys.stdout)
        return 0
    return _fail(str(outcome["message"]))

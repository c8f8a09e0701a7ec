"""Composition root: builds the service, task runner, models, controller and main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from . import APP_ID, APP_NAME, __version__

ORGANIZATION = "Berth"
APPLICATION = "berth"


def resources_dir() -> Path:
    """resources/ beside the package when run from source, or inside a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def app_icon() -> QIcon:
    icon = QIcon()
    base = resources_dir() / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = base / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created and configured once (names, icon, desktop file name)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    if not app.property("berthConfigured"):
        if not app.property("berthTest"):  # tests keep their own settings scope
            QCoreApplication.setOrganizationName(ORGANIZATION)
            QCoreApplication.setApplicationName(APPLICATION)
        QCoreApplication.setApplicationVersion(__version__)
        QGuiApplication.setApplicationDisplayName(APP_NAME)
        QGuiApplication.setDesktopFileName(APP_ID)
        QApplication.setWindowIcon(app_icon())
        from .diagnostics import setup_logging

        setup_logging()
        app.setProperty("berthConfigured", True)
    return app


def create_window(docker_host: str | None = None):
    """The real main window, connected to *docker_host* (or to the environment's engine when None)."""
    ensure_application()
    from .backend.service import EngineService
    from .engine import EngineController
    from .models import ContainersModel, ImagesModel
    from .tasks import TaskRunner
    from .views import container_actions, guidance, image_actions, log_actions
    from .views.error_dialog import show_error
    from .views.main_window import MainWindow

    service = EngineService(docker_host)
    runner = TaskRunner()
    containers = ContainersModel()
    images = ImagesModel()
    controller = EngineController(service, runner, containers, images)
    controller.start()  # the first lists are fetched while the window is built
    window = MainWindow(controller, runner)
    runner.setParent(window)
    controller.setParent(window)
    containers.setParent(window)
    images.setParent(window)
    runner.unhandledError.connect(lambda exc, name: show_error(window, exc))
    for feature in (image_actions, container_actions, log_actions, guidance):
        feature.install(window)
    return window

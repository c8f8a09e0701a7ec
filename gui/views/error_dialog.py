"""The error dialog for failures of actions and unexpected exceptions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..i18n import error_text


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox:
    """A modal error dialog (objectName ``errorDialog``) with the sentence and expandable details."""
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("ErrorDialog", "Berth"))
    box.setText(error_text(exc))
    details = getattr(exc, "berth_traceback", "") or getattr(exc, "detail", "")
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box

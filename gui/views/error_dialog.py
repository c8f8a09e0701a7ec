"""The error dialog for failures of actions and unexpected exceptions.

One line that says what happened (and what to do), details behind a toggle, a "Copy details" button and
the path of Berth's log file. Errors that arrive while the dialog is open are added to it rather than
stacking a pile of dialogs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .. import diagnostics
from ..i18n import error_text

log = logging.getLogger("berth.errors")


def _details_of(exc: BaseException) -> str:
    parts = []
    detail = getattr(exc, "detail", "")
    if detail:
        parts.append(str(detail))
    tb = getattr(exc, "berth_traceback", "")
    if tb:
        parts.append(tb)
    if not parts:
        parts.append(f"{type(exc).__name__}: {exc}")
    return diagnostics.redact("\n".join(parts))


class ErrorDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(title or self.tr("Berth — something went wrong"))
        self.setMinimumWidth(460)
        self._errors: list[BaseException] = []

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(self)
        self.summary.setObjectName("errorSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QLabel(self)
        self.more.setObjectName("errorMore")
        self.more.hide()

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.hide()

        path = diagnostics.log_path()
        self.log_label = QLabel(self)
        self.log_label.setObjectName("errorLogPath")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        if path:
            self.log_label.setText(self.tr("Berth's log file: <a href=\"%1\">%2</a>")
                                   .replace("%1", QUrl.fromLocalFile(str(path.parent)).toString())
                                   .replace("%2", str(path)))
            self.log_label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        else:
            self.log_label.setText(self.tr("Berth could not open its log file."))

        buttons = QDialogButtonBox(self)
        self.toggle = QPushButton(self.tr("Show details"), self)
        self.toggle.setObjectName("errorShowDetails")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggle_details)
        self.copy = QPushButton(self.tr("Copy details"), self)
        self.copy.setObjectName("errorCopy")
        self.copy.setToolTip(self.tr("Copy the message and technical details, for a bug report"))
        self.copy.clicked.connect(self.copy_details)
        buttons.addButton(self.toggle, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        ok = buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(icon, 0)
        text = QVBoxLayout()
        text.addWidget(self.summary)
        text.addWidget(self.more)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)

    def add_error(self, exc: BaseException) -> None:
        self._errors.append(exc)
        first = self._errors[0]
        self.summary.setText(error_text(first))
        if len(self._errors) > 1:
            self.more.setText(self.tr("And %1 more errors since (see the details).")
                              .replace("%1", str(len(self._errors) - 1)))
            self.more.show()
        self.details.setPlainText(self.details_text())

    def details_text(self) -> str:
        blocks = []
        for exc in self._errors:
            blocks.append(f"{error_text(exc)}\n\n{_details_of(exc)}")
        path = diagnostics.log_path()
        if path:
            blocks.append(f"Log: {path}")
        return "\n\n---\n\n".join(blocks)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy.setText(self.tr("Copied"))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> ErrorDialog:
    """A modal error dialog (objectName ``errorDialog``); later errors join one already open."""
    log.warning("error shown to the user: %s\n%s", error_text(exc), _details_of(exc))
    existing = getattr(parent, "_berth_error_dialog", None) if parent is not None else None
    if existing is not None and existing.isVisible():
        existing.add_error(exc)
        return existing
    dialog = ErrorDialog(parent, title)
    dialog.add_error(exc)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:
        parent._berth_error_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog

"""The pull dialog (``pullDialog``): one reference, checked against Docker's grammar before anything is sent."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ..backend import images as backend
from ..backend.reference import DEFAULT_TAG, ImageReference, InvalidReference, parse_reference
from ..i18n import render

ERROR_STYLE = "color: #d0473c;"


class PullDialog(QDialog):
    """Asks for ``NAME[:TAG|@DIGEST]``; emits ``pullRequested(ImageReference)`` and closes at once."""

    pullRequested = Signal(object)  # ImageReference, with the default tag applied

    def __init__(self, parent=None, initial: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pullDialog")
        self.setWindowTitle(self.tr("Pull an Image"))
        self.setModal(True)

        intro = QLabel(self.tr("Download an image from Docker Hub or another registry."), self)
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Image:"), self)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("pullReference")
        self.reference.setPlaceholderText(self.tr("for example nginx:1.25, or registry.example.com:5000/team/app"))
        self.reference.setAccessibleName(self.tr("Image to pull"))
        self.reference.setClearButtonEnabled(True)
        self.reference.setMinimumWidth(420)
        label.setBuddy(self.reference)
        self.error = QLabel(self)
        self.error.setObjectName("pullReferenceError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.hint = QLabel(self)
        self.hint.setObjectName("pullReferenceHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(self)
        self.pull_button = self.buttons.addButton(self.tr("&Pull"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pull_button.setObjectName("pullConfirm")
        self.pull_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("pullDialogCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(label)
        layout.addWidget(self.reference)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._parsed: ImageReference | None = None
        self._tried = False
        self.reference.textChanged.connect(self._validate)
        self.reference.setText(initial)
        self._validate(self.reference.text())

    # -- validation ---------------------------------------------------------------------------------
    def parsed(self) -> ImageReference | None:
        return self._parsed

    def _validate(self, value: str) -> None:
        try:
            ref = parse_reference(value)
        except InvalidReference as exc:
            self._parsed = None
            # An empty field is not an error until the user tries to pull it.
            show = bool(value) or self._tried
            self.error.setText(render(exc.text))
            self.error.setVisible(show)
            self.hint.setText(self.tr("With no tag, Docker pulls the tag %1.").replace("%1", DEFAULT_TAG))
            # Pull stays pressable on an empty field, so that pressing it says what is missing.
            self.pull_button.setEnabled(not value)
            return
        self._parsed = ref.with_default_tag
        self.error.hide()
        self.pull_button.setEnabled(True)
        registry = backend.registry_label(ref)
        if ref.tag is None and ref.digest is None:
            hint = self.tr("No tag given: Docker pulls %1, the tag %2, from %3.")
            hint = hint.replace("%1", self._parsed.familiar).replace("%2", DEFAULT_TAG).replace("%3", registry)
        else:
            hint = self.tr("Docker pulls %1 from %2.").replace("%1", ref.familiar).replace("%2", registry)
        self.hint.setText(hint)

    def accept(self) -> None:
        self._tried = True
        self._validate(self.reference.text())
        if self._parsed is None:
            self.error.show()
            self.reference.setFocus()
            return
        self.pullRequested.emit(self._parsed)
        super().accept()

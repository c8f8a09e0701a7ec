"""Remove unused images (``pruneImagesDialog``), as ``docker image prune [-a]``, with the bytes freed shown first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from .. import presentation as pres
from ..backend import images as backend
from ..i18n import error_text


class PruneImagesDialog(QDialog):
    """Shows what would go and how much it frees (a fresh preview each time the option changes or the images
    change); ``pruneRequested(all_unused, preview)`` when confirmed."""

    pruneRequested = Signal(bool, object)

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent or window)
        self.setObjectName("pruneImagesDialog")
        self.setWindowTitle(self.tr("Remove Unused Images"))
        self.setModal(True)
        self.window_ = window
        self.preview: backend.PrunePreview | None = None
        self._generation = 0
        self._handle = None

        intro = QLabel(self.tr(
            "Removes untagged images (shown as <none>) that no container uses, as docker image prune does."), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.all_unused = QCheckBox(self.tr("Also remove tagged images that no container uses (docker image "
                                            "prune -a)"), self)
        self.all_unused.setObjectName("pruneAll")
        self.all_unused.toggled.connect(self.refresh_preview)
        self.summary = QLabel(self)
        self.summary.setObjectName("prunePreview")
        self.summary.setWordWrap(True)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.list = QTreeWidget(self)
        self.list.setObjectName("pruneList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Image"), self.tr("ID"), self.tr("Size"), self.tr("Created")])
        header = self.list.header()
        header.setStretchLastSection(True)
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setMinimumSize(560, 160)
        note = QLabel(self.tr("Images share layers, so the space freed can be less than the sum of their sizes."),
                      self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #8a8f98;")

        self.buttons = QDialogButtonBox(self)
        self.confirm = self.buttons.addButton(self.tr("&Remove"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setObjectName("pruneConfirm")
        self.confirm.setEnabled(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("pruneCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.all_unused)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

        window.controller.refreshed.connect(self._on_refreshed)
        self.refresh_preview()

    def _on_refreshed(self, kind: str) -> None:
        if self.isVisible():
            self.refresh_preview()

    def refresh_preview(self, *args) -> None:
        self._generation += 1
        generation = self._generation
        self.preview = None
        self.confirm.setEnabled(False)
        self.summary.setText(self.tr("Working out what would be removed…"))
        all_unused = self.all_unused.isChecked()
        self._handle = self.window_.runner.submit(
            backend.prune_preview, self.window_.service, all_unused, name="images.prune-preview",
            on_result=lambda p: self._show(p, generation), on_error=lambda e: self._failed(e, generation))

    def _show(self, preview: backend.PrunePreview, generation: int) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        self.list.clear()
        for c in preview.images:
            created = datetime.fromtimestamp(c.created).strftime("%Y-%m-%d %H:%M") if c.created else ""
            name = c.names[0] if c.names else "<none>"
            if len(c.names) > 1:
                name = self.tr("%1 (and %2 more)").replace("%1", name).replace("%2", str(len(c.names) - 1))
            row = QTreeWidgetItem([name, c.id.split(":", 1)[-1][:12], pres.human_size(c.size), created])
            row.setToolTip(0, "\n".join((*c.names, c.id)))
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(row)
        n = len(preview.images)
        if n == 0:
            self.summary.setText(self.tr("Nothing to remove: every image is tagged or in use.")
                                 if not preview.all_unused else self.tr("Nothing to remove: every image is in use."))
        else:
            text = self.tr("1 image would be removed, freeing %2.") if n == 1 else \
                self.tr("%1 images would be removed, freeing %2.")
            self.summary.setText(text.replace("%1", str(n)).replace("%2", pres.human_size(preview.bytes)))
        self.summary.setToolTip(self.tr("%1 bytes").replace("%1", f"{preview.bytes:,}"))
        wanted = sum(self.list.sizeHintForColumn(c) + 24 for c in range(4))
        self.list.setMinimumWidth(min(1000, max(560, wanted)))
        self.confirm.setEnabled(n > 0)

    def _failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self.summary.setText(error_text(exc))

    def accept(self) -> None:
        if self.preview is None or not self.preview.images:
            return
        self.pruneRequested.emit(self.preview.all_unused, self.preview)
        super().accept()

    def done(self, result: int) -> None:
        try:
            self.window_.controller.refreshed.disconnect(self._on_refreshed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)

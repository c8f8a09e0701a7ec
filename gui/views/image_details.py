"""The details pane of the images view (``imageDetails``): everything about the selected image."""

from __future__ import annotations

import shlex
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import presentation as pres
from ..backend import images as backend
from ..backend.types import ImageInfo
from ..i18n import error_text
from .details_common import PLACEHOLDER_STYLE, details_frame

CACHE_LIMIT = 64


class WrapField(QTextEdit):
    """A read-only, frameless text that wraps long ids and digests anywhere and is as tall as its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setStyleSheet("QTextEdit { background: transparent; }")
        self.viewport().setAutoFillBackground(False)
        self.document().setDocumentMargin(0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *args) -> None:
        height = int(self.document().size().height()) + 2
        self.setFixedHeight(max(height, self.fontMetrics().height() + 2))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, value: str) -> None:  # noqa: N802 - the QLabel spelling, so fields are interchangeable
        if value != self.toPlainText():
            self.setPlainText(value)


def _command(words: tuple[str, ...] | None) -> str:
    if not words:
        return ""
    return shlex.join(words)


class ImageDetailsPane(QWidget):
    """Shows the image selected in ``imagesView``; the engine is asked once per image id (ids never change)."""

    FIELDS = ("id", "tags", "digests", "created", "size", "platform", "ports", "env", "entrypoint", "cmd",
              "workdir", "user", "layers", "containers")
    WRAPPED = ("id", "digests", "env", "entrypoint", "cmd")  # long words, in a fixed-width font

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageDetails")
        self.window_ = window
        self._cache: dict[str, backend.ImageDetails] = {}
        self._errors: dict[str, str] = {}
        self._pending: set[str] = set()
        self._items: list[ImageInfo] = []
        self._current: ImageInfo | None = None

        frame = details_frame(self, "imageDetails", self.tr("Select an image to see its details."))
        self.stack, self.placeholder, self.title, self.status, self.form = (
            frame.stack, frame.placeholder, frame.title, frame.status, frame.form)
        page = frame.page
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(4)
        self.buttons.addStretch(1)
        titles = {
            "id": self.tr("ID"),
            "tags": self.tr("Tags"),
            "digests": self.tr("Digests"),
            "created": self.tr("Created"),
            "size": self.tr("Size"),
            "platform": self.tr("Platform"),
            "ports": self.tr("Exposed ports"),
            "env": self.tr("Environment"),
            "entrypoint": self.tr("Entrypoint"),
            "cmd": self.tr("Command"),
            "workdir": self.tr("Working folder"),
            "user": self.tr("User"),
            "layers": self.tr("Layers"),
            "containers": self.tr("Used by"),
        }
        self.values: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for key in self.FIELDS:
            label = QLabel(titles[key] + ":", page)
            label.setStyleSheet(PLACEHOLDER_STYLE)
            if key in self.WRAPPED:
                value = WrapField(page)
                value.setFont(mono)
            else:
                value = QLabel(page)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            value.setObjectName("imageDetail" + key[:1].upper() + key[1:])
            value.setAccessibleName(titles[key])
            self.form.addRow(label, value)
            self.values[key] = value
            self.labels[key] = label

        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(10, 8, 10, 8)
        page_layout.addWidget(self.title)
        page_layout.addLayout(self.buttons)
        page_layout.addWidget(self.status)
        page_layout.addLayout(self.form)
        page_layout.addStretch(1)
        self.scroll = frame.scroll_area(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumWidth(260)

        self._containers_timer = QTimer(self)
        self._containers_timer.setSingleShot(True)
        self._containers_timer.setInterval(30)
        self._containers_timer.timeout.connect(self._render_containers)
        model = window.containers_model
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.modelReset):
            signal.connect(lambda *a: self._containers_timer.start())

    def add_action(self, action) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    # -- what is shown ------------------------------------------------------------------------------
    def show_items(self, items: list[ImageInfo]) -> None:
        self._items = list(items)
        if not items:
            self._current = None
            self.stack.setCurrentWidget(self.placeholder)
            self.placeholder.setText(self.tr("Select an image to see its details."))
            return
        if len({i.id for i in items}) > 1:
            self._current = None
            unique = {i.id: i.size for i in items}
            self.placeholder.setText(self.tr("%1 images selected · %2").replace("%1", str(len(unique))).replace(
                "%2", pres.human_size(sum(unique.values()))))
            self.stack.setCurrentWidget(self.placeholder)
            return
        item = items[0]
        if self._current is None or self._current.id != item.id:
            self._errors.pop(item.id, None)  # a failed look-up is tried again when the image is selected again
        self._current = item
        self.stack.setCurrentWidget(self.scroll)
        self._render()
        if item.id not in self._cache and item.id not in self._pending and item.id not in self._errors:
            self._pending.add(item.id)
            self.window_.runner.submit(
                backend.inspect_image, self.window_.service, item.id, name="images.inspect",
                on_result=lambda details, image_id=item.id: self._loaded(image_id, details),
                on_error=lambda exc, image_id=item.id: self._failed(image_id, exc),
                on_finished=lambda image_id=item.id: self._pending.discard(image_id))

    def _loaded(self, image_id: str, details: backend.ImageDetails) -> None:
        self._cache[image_id] = details
        while len(self._cache) > CACHE_LIMIT:
            self._cache.pop(next(iter(self._cache)))
        if self._current is not None and self._current.id == image_id:
            self._render()

    def _failed(self, image_id: str, exc: BaseException) -> None:
        self._errors[image_id] = error_text(exc)
        if self._current is not None and self._current.id == image_id:
            self._render()

    def details(self) -> backend.ImageDetails | None:
        return self._cache.get(self._current.id) if self._current else None

    def _set(self, key: str, value: str) -> None:
        label = self.values[key]
        label.setText(value)
        visible = bool(value)
        label.setVisible(visible)
        self.labels[key].setVisible(visible)

    def _render(self) -> None:
        item = self._current
        if item is None:
            return
        d = self._cache.get(item.id)
        self.title.setText(item.reference or self.tr("Untagged image"))
        if d is None:
            error = self._errors.get(item.id)
            self.status.setText(error or self.tr("Reading the image's details…"))
            self.status.show()
        else:
            self.status.hide()
        # The row is live (tags and digests follow the engine's events); the rest comes from inspect.
        self._set("id", item.id)
        self._set("tags", "\n".join(item.tags) or self.tr("none (untagged)"))
        self._set("digests", "\n".join(item.digests) or self.tr("none (never pushed or pulled)"))
        created = d.created if d else item.created
        self._set("created", (datetime.fromtimestamp(created).strftime("%Y-%m-%d %H:%M:%S") + " · " +
                              pres.human_age(created)) if created else "")
        self._set("size", pres.human_size(item.size))
        if d is not None:
            self._set("platform", d.platform)
            self._set("ports", ", ".join(d.exposed_ports) or self.tr("none"))
            self._set("env", "\n".join(d.env) or self.tr("none"))
            self._set("entrypoint", _command(d.entrypoint) or self.tr("none"))
            self._set("cmd", _command(d.cmd) or self.tr("none"))
            self._set("workdir", d.working_dir)
            self._set("user", d.user)
            self._set("layers", str(d.layers))
        else:
            for key in ("platform", "ports", "env", "entrypoint", "cmd", "workdir", "user", "layers"):
                self._set(key, "")
        self._render_containers()

    def _render_containers(self) -> None:
        item = self._current
        if item is None:
            return
        users = [c for c in self.window_.containers_model.items() if c.image_id == item.id]
        if not users:
            self._set("containers", self.tr("no container"))
            return
        users.sort(key=lambda c: c.name.lower())
        lines = [f"{c.name} ({pres.state_text(c.state)})" for c in users]
        self._set("containers", "\n".join(lines))

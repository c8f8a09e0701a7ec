"""The pull panel: every pull of this window, with one bar per layer, speed and ETA; it outlives the dialog.

``PullEntry`` is one pull (a QObject with ``finished(bool)``), ``PullPanel`` the bottom dock
(``pullProgress``) that lists them. Other features start pulls through ``PullPanel.start_pull``
(``window.pull_image``): the run dialog pulls a missing image first and runs once ``finished(True)`` arrives.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import presentation as pres
from ..backend import images as backend
from ..backend.errors import BerthError, Kind
from ..backend.reference import ImageReference, parse_reference
from ..i18n import error_text

BAR_STEPS = 1000


class PullState(enum.Enum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


class PullEntry(QObject):
    """One pull: its task, its latest snapshot, every layer change in order, and how it ended."""

    changed = Signal()  # anything shown changed
    progressed = Signal(object)  # a backend.PullUpdate
    finished = Signal(bool)  # True when the image is on this computer; emitted again after a retry

    def __init__(self, reference: ImageReference, window, credentials: backend.SessionCredentials,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reference = reference.with_default_tag
        self.window = window
        self.credentials = credentials
        self.state = PullState.RUNNING
        self.snapshot: backend.PullSnapshot | None = None
        self.events: list[backend.LayerEvent] = []  # every layer change of the current attempt, in order
        self.result: backend.PullResult | None = None
        self.error: BaseException | None = None
        self.handle = None
        self.attempts = 0
        self.started_at = 0.0
        self.ended_at = 0.0

    # -- what it is --------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """The reference as pulled: ``busybox:latest``, ``127.0.0.1:5000/a/b@sha256:…``."""
        return self.reference.familiar

    @property
    def registry(self) -> str:
        return backend.registry_label(self.reference)

    @property
    def running(self) -> bool:
        return self.state is PullState.RUNNING

    @property
    def task_running(self) -> bool:
        return self.handle is not None and not self.handle.done

    @property
    def offers_login(self) -> bool:
        return self.state is PullState.FAILED and bool(getattr(self.error, "offers_login", False))

    # -- life cycle --------------------------------------------------------------------------------
    def start(self) -> None:
        self.attempts += 1
        self.state = PullState.RUNNING
        self.snapshot = None
        self.events = []
        self.result = None
        self.error = None
        self.started_at = time.monotonic()
        self.ended_at = 0.0
        self.handle = self.window.runner.submit(
            backend.pull, self.window.service, self.reference, self.credentials,
            name=f"images.pull {self.text}", with_context=True,
            on_progress=self._on_update, on_result=self._on_result, on_error=self._on_error,
            on_finished=self._on_task_finished)
        self.changed.emit()

    def cancel(self) -> None:
        """Stop the pull (its stream is closed at once); the entry shows that it was cancelled."""
        if not self.running:
            return
        if self.handle is not None:
            self.handle.cancel()
        self._end(PullState.CANCELLED)

    def retry(self) -> None:
        if self.running:
            return
        self.start()

    def _on_update(self, update: backend.PullUpdate) -> None:
        if not self.running:
            return
        self.events.extend(update.events)
        self.snapshot = update.snapshot
        self.progressed.emit(update)
        self.changed.emit()

    def _on_result(self, result: backend.PullResult) -> None:
        if not self.running:
            return
        self.result = result
        if result.snapshot is not None:
            self.snapshot = result.snapshot
        self._end(PullState.SUCCEEDED)
        if result.image_id:
            # The list updates from the engine's events; asking once more costs one request and makes the
            # new image show up even when an event was coalesced away.
            self.window.controller.refresh("images")

    def _on_error(self, exc: BaseException) -> None:
        if not self.running:
            return
        self.error = exc
        cancelled = isinstance(exc, BerthError) and exc.kind is Kind.CANCELLED
        self._end(PullState.CANCELLED if cancelled else PullState.FAILED)

    def _on_task_finished(self) -> None:
        self.changed.emit()

    def _end(self, state: PullState) -> None:
        self.state = state
        self.ended_at = time.monotonic()
        self.changed.emit()
        self.finished.emit(state is PullState.SUCCEEDED)

    @property
    def duration(self) -> float:
        end = self.ended_at or time.monotonic()
        return max(0.0, end - self.started_at)


def _set_style(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only when it changes: every setStyleSheet re-polishes the widget."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def short_duration(seconds: float) -> str:
    """A duration for progress texts: "4.2 s", "3 min 10 s", "1 h 5 min"."""
    tr = QCoreApplication.translate
    if seconds < 10:
        return tr("PullPanel", "%1 s").replace("%1", f"{seconds:.1f}")
    s = int(round(seconds))
    if s < 60:
        return tr("PullPanel", "%1 s").replace("%1", str(s))
    if s < 3600:
        return tr("PullPanel", "%1 min %2 s").replace("%1", str(s // 60)).replace("%2", str(s % 60))
    return tr("PullPanel", "%1 h %2 min").replace("%1", str(s // 3600)).replace("%2", str(s % 3600 // 60))


def _mono_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


@dataclass(frozen=True)
class LayerLine:
    """One layer as the panel shows it."""

    id: str
    phase: str  # translated
    value: int  # 0..BAR_STEPS
    bytes: str
    bar: bool  # layers already on this computer have no bar


class LayerList(QWidget):
    """Every layer of a pull, one line each (id, phase, bar, bytes), painted by one widget.

    One widget instead of four per layer: a pull of many layers stays cheap to lay out and to update, which
    keeps the GUI thread free during big pulls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pullLayers")
        self.lines: list[LayerLine] = []
        self._mono = _mono_font()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._metrics()

    def _metrics(self) -> None:
        fm = self.fontMetrics()
        mono = QFontMetrics(self._mono)
        self.row_height = max(fm.height(), mono.height()) + 4
        self.id_width = mono.horizontalAdvance("0" * 12) + 12
        tr = QCoreApplication.translate
        phases = [tr("PullEntryWidget", t) for t in ("Waiting", "Downloading", "Verifying", "Downloaded",
                                                     "Extracting", "Pull complete", "Already exists")]
        self.phase_width = max(fm.horizontalAdvance(t) for t in phases) + 12
        self.bytes_width = fm.horizontalAdvance("999.9MB / 999.9MB") + 12

    def set_lines(self, lines: list[LayerLine]) -> None:
        if lines == self.lines:
            return
        old = self.lines
        self.lines = lines
        self.setAccessibleDescription("; ".join(f"{l.id} {l.phase} {l.bytes}".strip() for l in lines))
        if len(lines) != len(old):
            self.setFixedHeight(self.row_height * len(lines))
            self.update()
            return
        for i, (a, b) in enumerate(zip(old, lines)):
            if a != b:  # repaint only the lines that changed
                self.update(QRect(0, i * self.row_height, self.width(), self.row_height))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.id_width + self.phase_width + self.bytes_width + 200, self.row_height * len(self.lines))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._metrics()
        super().changeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        trough = palette.color(QPalette.ColorRole.Base)
        edge = palette.color(QPalette.ColorRole.Mid)
        fill = palette.color(QPalette.ColorRole.Highlight)
        text_pen = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(text_pen)
        width = self.width()
        bar_x = 12 + self.id_width + self.phase_width
        bar_w = max(40, width - bar_x - self.bytes_width)
        h = self.row_height
        first = max(0, event.rect().top() // h)
        last = min(len(self.lines), event.rect().bottom() // h + 1)
        text_flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        for i in range(first, last):
            line = self.lines[i]
            y = i * h
            painter.setFont(self._mono)
            painter.drawText(QRect(12, y, self.id_width, h), text_flags, line.id)
            painter.setFont(self.font())
            painter.drawText(QRect(12 + self.id_width, y, self.phase_width, h), text_flags, line.phase)
            if line.bar:
                # A flat bar: a style's progress bar costs more than half a millisecond to paint.
                track = QRect(bar_x, y + (h - 8) // 2, bar_w, 8)
                painter.fillRect(track, trough)
                painter.setPen(edge)
                painter.drawRect(track.adjusted(0, 0, -1, -1))
                done = int((track.width() - 2) * line.value / BAR_STEPS)
                if done > 0:
                    painter.fillRect(QRect(track.x() + 1, track.y() + 1, done, track.height() - 2), fill)
                painter.setPen(text_pen)
            painter.drawText(QRect(bar_x + bar_w, y, self.bytes_width, h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, line.bytes)
        painter.end()


class OverallBar(QWidget):
    """The overall bar of a pull. Painted on the next paint cycle (QProgressBar.setValue repaints at once,
    which would cost the GUI thread a synchronous paint for every progress update)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(max(18, self.fontMetrics().height() + 6))
        self.setAccessibleName("")

    def value(self) -> int:
        return self._value

    def maximum(self) -> int:
        return BAR_STEPS

    def setValue(self, value: int) -> None:  # noqa: N802 - QProgressBar's spelling
        value = max(0, min(BAR_STEPS, int(value)))
        if value != self._value:
            self._value = value
            self.setAccessibleDescription(f"{value * 100 // BAR_STEPS}%")
            self.update()

    def text(self) -> str:
        return f"{self._value * 100 // BAR_STEPS}%"

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.height())

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        opt = QStyleOptionProgressBar()
        opt.initFrom(self)
        opt.rect = self.rect()
        opt.minimum = 0
        opt.maximum = BAR_STEPS
        opt.progress = self._value
        opt.text = self.text()
        opt.textVisible = True
        opt.textAlignment = Qt.AlignmentFlag.AlignCenter
        opt.state |= QStyle.StateFlag.State_Horizontal
        self.style().drawControl(QStyle.ControlElement.CE_ProgressBar, opt, painter, self)
        painter.end()


def layer_bytes(layer: backend.LayerProgress) -> str:
    if layer.phase == backend.LayerPhase.EXISTS:
        return ""
    if layer.phase == backend.LayerPhase.DOWNLOADING and layer.total:
        return f"{pres.human_size(layer.current)} / {pres.human_size(layer.total)}"
    return pres.human_size(layer.total) if layer.total else ""


class PullEntryWidget(QFrame):
    """One pull in the panel."""

    loginRequested = Signal(object)  # the PullEntry
    dismissRequested = Signal(object)

    def __init__(self, entry: PullEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("pullEntry")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("pullReference", entry.text)

        self.title = QLabel(entry.text, self)
        self.title.setObjectName("pullTitle")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.registry = QLabel(self.tr("from %1").replace("%1", entry.registry), self)
        self.registry.setObjectName("pullRegistry")
        self.registry.setToolTip(self.tr("The registry Docker is pulling from"))
        self.state_label = QLabel(self)
        self.state_label.setObjectName("pullState")

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("pullCancel")
        self.cancel_button.setToolTip(self.tr("Stop this pull"))
        self.cancel_button.clicked.connect(entry.cancel)
        self.login_button = QPushButton(self.tr("Log In…"), self)
        self.login_button.setObjectName("pullLogin")
        self.login_button.setToolTip(self.tr("Log in to %1, then pull again").replace("%1", entry.registry))
        self.login_button.clicked.connect(lambda: self.loginRequested.emit(self.entry))
        self.retry_button = QPushButton(self.tr("Try Again"), self)
        self.retry_button.setObjectName("pullRetry")
        self.retry_button.setToolTip(self.tr("Pull this image again"))
        self.retry_button.clicked.connect(entry.retry)
        self.layers_button = QToolButton(self)
        self.layers_button.setObjectName("pullLayersToggle")
        self.layers_button.setCheckable(True)
        self.layers_button.setChecked(True)
        self.layers_button.setText(self.tr("Layers"))
        self.layers_button.setToolTip(self.tr("Show or hide the layers of this pull"))
        self.layers_button.toggled.connect(self._layers_toggled)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setObjectName("pullDismiss")
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(self.tr("Remove this pull from the list"))
        self.dismiss_button.setAccessibleName(self.tr("Remove from the list"))
        self.dismiss_button.clicked.connect(lambda: self.dismissRequested.emit(self.entry))

        self.overall = OverallBar(self)
        self.overall.setObjectName("pullOverall")
        self.overall.setAccessibleName(self.tr("Progress of %1").replace("%1", entry.text))
        self.figures = QLabel(self)
        self.figures.setObjectName("pullFigures")
        self.figures.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        sample = "999.9MB of at least 999.9MB · 999.9MB/s · 59 min 59 s left"
        self.figures.setFixedSize(self.figures.fontMetrics().horizontalAdvance(sample) + 8,
                                  self.figures.fontMetrics().height() + 4)
        self.message = QLabel(self)
        self.message.setObjectName("pullMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layers_box = LayerList(self)

        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addWidget(self.registry)
        head.addWidget(self.state_label)
        head.addStretch(1)
        for button in (self.layers_button, self.login_button, self.retry_button, self.cancel_button,
                       self.dismiss_button):
            head.addWidget(button)
        line = QHBoxLayout()
        line.addWidget(self.overall, 1)
        line.addWidget(self.figures)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addLayout(line)
        layout.addWidget(self.message)
        layout.addWidget(self.layers_box)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self._user_toggled = False
        entry.changed.connect(self.refresh)
        self.refresh()

    @property
    def rows(self) -> dict[str, LayerLine]:
        """The layer lines shown, by layer id."""
        return {line.id: line for line in self.layers_box.lines}

    def _layers_toggled(self, shown: bool) -> None:
        self._user_toggled = True
        self.layers_box.setVisible(shown and bool(self.layers_box.lines))

    # -- texts --------------------------------------------------------------------------------------
    def phase_text(self, phase: backend.LayerPhase) -> str:
        P = backend.LayerPhase
        return {
            P.WAITING: self.tr("Waiting"),
            P.DOWNLOADING: self.tr("Downloading"),
            P.VERIFYING: self.tr("Verifying"),
            P.DOWNLOADED: self.tr("Downloaded"),
            P.EXTRACTING: self.tr("Extracting"),
            P.COMPLETE: self.tr("Pull complete"),
            P.EXISTS: self.tr("Already exists"),
        }[phase]

    def figures_text(self, snap: backend.PullSnapshot) -> str:
        if not snap.fetching:
            return ""
        if snap.sizes_known:
            amount = self.tr("%1 of %2").replace("%1", pres.human_size(snap.downloaded)).replace(
                "%2", pres.human_size(snap.total))
        else:
            amount = self.tr("%1 of at least %2").replace("%1", pres.human_size(snap.downloaded)).replace(
                "%2", pres.human_size(snap.total))
        parts = [amount]
        if self.entry.running:
            if snap.downloaded < snap.total or not snap.sizes_known:
                if snap.speed > 0:
                    parts.append(self.tr("%1/s").replace("%1", pres.human_size(int(snap.speed))))
                if snap.eta is not None and snap.eta > 0:
                    parts.append(self.tr("%1 left").replace("%1", short_duration(snap.eta)))
                elif snap.speed <= 0 or not snap.sizes_known:
                    parts.append(self.tr("estimating time left…"))
            else:
                parts.append(self.tr("extracting…"))
        return " · ".join(parts)

    # -- refresh ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        entry = self.entry
        snap = entry.snapshot
        state = entry.state
        running = state is PullState.RUNNING
        self.cancel_button.setVisible(running)
        self.dismiss_button.setVisible(not running)
        self.retry_button.setVisible(state in (PullState.FAILED, PullState.CANCELLED))
        self.login_button.setVisible(entry.offers_login)
        self.setProperty("pullState", state.value)

        if snap is not None:
            P = backend.LayerPhase
            self.layers_box.set_lines([
                LayerLine(layer.id, self.phase_text(layer.phase), int(layer.fraction * BAR_STEPS),
                          layer_bytes(layer), layer.phase != P.EXISTS)
                for layer in snap.layers])
        fetching = bool(snap and snap.fetching)
        has_layers = bool(self.layers_box.lines)
        self.layers_button.setVisible(has_layers)
        if not self._user_toggled:
            # Layers are open while a pull runs; a finished pull folds them away.
            self.layers_button.blockSignals(True)
            self.layers_button.setChecked(running)
            self.layers_button.blockSignals(False)
        self.layers_box.setVisible(self.layers_button.isChecked() and has_layers)

        fraction = snap.fraction if snap else 0.0
        if state is PullState.SUCCEEDED:
            fraction = 1.0
        self.overall.setValue(int(fraction * BAR_STEPS))
        self.overall.setVisible(running or state is PullState.SUCCEEDED)
        figures = self.figures_text(snap) if snap else ""
        if figures != self.figures.text():
            self.figures.setText(figures)
        self.figures.setVisible(bool(figures))

        colour = ""
        if running:
            self.state_label.setText(self.tr("Pulling…"))
            if snap is None or not snap.layers:
                message = self.tr("Asking %1 for the image…").replace("%1", entry.registry)
            elif not fetching:
                message = self.tr("All layers are already on this computer.")
            else:
                message = ""
        elif state is PullState.SUCCEEDED:
            self.state_label.setText(self.tr("Pulled"))
            colour = "#2e9d50"
            message = self._success_text()
        elif state is PullState.CANCELLED:
            self.state_label.setText(self.tr("Cancelled"))
            colour = "#8a8f98"
            message = self.tr("The pull was cancelled; nothing was added.")
        else:
            self.state_label.setText(self.tr("Failed"))
            colour = "#d0473c"
            message = error_text(entry.error) if entry.error else self.tr("The pull failed.")
        _set_style(self.state_label, f"color: {colour};" if colour else "")
        _set_style(self.message, f"color: {colour};" if state is PullState.FAILED else "")
        if message != self.message.text():
            self.message.setText(message)
        self.message.setVisible(bool(message))

    def _success_text(self) -> str:
        entry = self.entry
        result = entry.result
        snap = entry.snapshot
        seconds = short_duration(entry.duration)
        if result is not None and result.up_to_date:
            text = self.tr("Already up to date.")
        elif snap is not None and snap.fetching:
            text = self.tr("Downloaded %1 in %2.").replace("%1", pres.human_size(snap.total)).replace(
                "%2", seconds)
        else:
            text = self.tr("All layers were already on this computer.")
        if result is not None and result.image_id:
            text += " " + self.tr("Image ID %1.").replace("%1", result.image_id.split(":", 1)[-1][:12])
        return text


class PullPanel(QDockWidget):
    """The bottom dock ``pullProgress``: all pulls of the window, newest first, kept until cleared."""

    loginRequested = Signal(object)  # a PullEntry whose registry wants a log-in
    entryAdded = Signal(object)

    def __init__(self, window, credentials: backend.SessionCredentials) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Pulls"))
        self.setObjectName("pullProgress")
        self.window_ = window
        self.credentials = credentials
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea)
        self.entries: list[PullEntry] = []
        self.widgets: dict[PullEntry, PullEntryWidget] = {}
        self._sized = False

        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setObjectName("pullSummary")
        self.clear_button = QPushButton(self.tr("Clear Finished"), body)
        self.clear_button.setObjectName("pullClear")
        self.clear_button.setToolTip(self.tr("Remove finished pulls from this list"))
        self.clear_button.clicked.connect(self.clear_finished)
        top = QHBoxLayout()
        top.setContentsMargins(8, 4, 8, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.clear_button)

        self.list_widget = QWidget()
        self.list_widget.setObjectName("pullList")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(8, 4, 8, 8)
        self.list_layout.setSpacing(6)
        self.empty = QLabel(self.tr("No pulls yet. Pull an image (Ctrl+P) and its progress shows here."),
                            self.list_widget)
        self.empty.setObjectName("pullEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.list_layout.addWidget(self.empty)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.list_widget)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.setWidget(body)
        self._update_summary()

    # -- starting -----------------------------------------------------------------------------------
    def start_pull(self, reference: str | ImageReference) -> PullEntry:
        """Pull *reference* (``NAME[:TAG|@DIGEST]``) and show it here. A pull of the same reference that is
        still running is returned instead of a second one. Raises ``InvalidReference`` for a bad name."""
        ref = parse_reference(reference) if isinstance(reference, str) else reference
        ref = ref.with_default_tag
        for entry in self.entries:
            if entry.running and entry.reference == ref:
                self.show_entry(entry)
                return entry
        entry = PullEntry(ref, self.window_, self.credentials, self)
        widget = PullEntryWidget(entry, self.list_widget)
        widget.loginRequested.connect(self.loginRequested)
        widget.dismissRequested.connect(self.dismiss)
        entry.changed.connect(self._update_summary)
        self.entries.insert(0, entry)
        self.widgets[entry] = widget
        self.list_layout.insertWidget(0, widget)
        entry.start()
        self.entryAdded.emit(entry)
        self.show_entry(entry)
        self._update_summary()
        return entry

    def show_entry(self, entry: PullEntry) -> None:
        if not self.isVisible():
            self.show()
            if not self._sized:
                # A first opening tall enough for a pull with its layers.
                self._sized = True
                self.window_.resizeDocks([self], [max(240, self.window_.height() * 2 // 5)], Qt.Orientation.Vertical)
        self.raise_()
        widget = self.widgets.get(entry)
        if widget is not None:
            self.scroll.ensureWidgetVisible(widget)

    # -- finished entries ---------------------------------------------------------------------------
    def dismiss(self, entry: PullEntry) -> None:
        if entry.running or entry not in self.widgets:
            return
        widget = self.widgets.pop(entry)
        self.entries.remove(entry)
        self.list_layout.removeWidget(widget)
        widget.deleteLater()
        entry.deleteLater() if not entry.task_running else None
        self._update_summary()

    def clear_finished(self) -> None:
        for entry in [e for e in self.entries if not e.running]:
            self.dismiss(entry)

    def running_entries(self) -> list[PullEntry]:
        return [e for e in self.entries if e.running]

    def cancel_all(self) -> None:
        for entry in self.running_entries():
            entry.cancel()

    def _update_summary(self) -> None:
        running = len(self.running_entries())
        finished = len(self.entries) - running
        self.empty.setVisible(not self.entries)
        self.clear_button.setEnabled(finished > 0)
        if not self.entries:
            self.summary.setText("")
        elif running and finished:
            self.summary.setText(self.tr("%1 running, %2 finished").replace("%1", str(running))
                                 .replace("%2", str(finished)))
        elif running:
            self.summary.setText(self.tr("%1 running").replace("%1", str(running)))
        else:
            self.summary.setText(self.tr("%1 finished").replace("%1", str(finished)))


"""The log viewer: one container's log, followed live, with search, filter, timestamps and Save.

A viewer owns one stream task (``gui.backend.logs.follow_logs``). The worker sends ``LogChunk``s; they
wait in a buffer that a timer flushes into the model at most every ``FLUSH_MS`` (one beginInsertRows a
flush), so that a log arriving at engine speed costs the GUI thread a few milliseconds ten times a
second. The view is a one-column QTableView with fixed row heights (its layout does not grow with the
number of rows), it follows the tail while the user is at the bottom, and lines over ``DISPLAY_CUT``
characters are cut (double-click shows the whole line).

Markers (the container stopped, started) come from the engine's events through the controller; they
are placed where the stream has reached when the engine ends the stream, so they sit between the lines
of two runs. Search, filter and Save work on snapshots of the store in workers.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from array import array
from bisect import bisect_left, bisect_right

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..backend.errors import BerthError, Kind
from ..backend.logs import (
    Connected,
    ContainerLogInfo,
    Ended,
    LogChunk,
    Reconnecting,
    StreamEnded,
    follow_logs,
    since_seconds_ago,
)
from ..backend.logstream import STDERR, ResumePoint, timestamp_ns
from ..i18n import error_text
from ..models.logs import (
    DEFAULT_MEMORY_BUDGET,
    DISPLAY_CUT,
    MARKER,
    LogFilterModel,
    LogModel,
    LogStore,
    StoreIndexRole,
    compile_search,
    find_lines,
    merge_rows,
    save_snapshot,
)
from .error_dialog import show_error

log = logging.getLogger("berth.logs")

FLUSH_MS = 100
CAUGHT_UP_FLUSH_MS = 30  # a batch that reaches the engine's tail is shown this soon after the last flush
STATUS_MS = 250  # the line counts under the log are brought up to date at most this often
SEARCH_DEBOUNCE_MS = 250
INLINE_SEARCH_LINES = 20_000  # new lines searched on the GUI thread at once; more go to a worker
MARKER_WAIT_MS = 1500  # a stop marker waits this long for the stream to reach the end of the run

SINCE_ALL, SINCE_5_MIN, SINCE_1_HOUR, SINCE_START = "all", "5m", "1h", "start"


SWITCH_INTERVAL = 0.001


def _favour_gui_thread() -> None:
    """Let the GUI thread have the interpreter sooner while a worker decodes a fast log.

    Python hands its lock between threads every switch interval (5 ms by default); each call from Qt into
    Python on the GUI thread can wait that long while a worker is busy, and a frame makes several: a
    following view stalled for 80-150 ms at a time. Workers here are short bursts between socket reads,
    so a shorter interval costs them little."""
    if sys.getswitchinterval() > SWITCH_INTERVAL:
        sys.setswitchinterval(SWITCH_INTERVAL)


def _monospace():
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(font.StyleHint.Monospace)
    return font


TEXT_MARGIN = 6  # pixels left of the text


class LogTableView(QTableView):
    """The log's rows, painted all at once by one Python call per frame.

    Painting through an item delegate calls into Python a dozen times a row (the delegate, then the model
    for every role). Each of those calls takes the GIL, and while a worker decodes a fast log each may
    wait for the worker's switch interval: frames of 100 ms and more. Here ``paintEvent`` reads the store
    directly and draws every visible row itself; Qt still handles scrolling, selection and keys."""

    def __init__(self, viewer: "LogViewer") -> None:
        super().__init__(viewer)
        self.viewer = viewer
        self.highlight = QTextCharFormat()
        self.highlight.setBackground(QColor(255, 214, 0, 170))
        self.highlight.setForeground(QColor(0, 0, 0))

    def store_index(self, row: int) -> int:
        model = self.model()
        if isinstance(model, LogFilterModel):
            return model.rows[row]
        return row + model.base

    def paintEvent(self, event) -> None:  # noqa: N802
        model = self.model()
        count = model.rowCount()
        if count == 0:
            return
        area = event.rect()
        first = self.rowAt(area.top())
        if first < 0:
            return
        last = self.rowAt(area.bottom())
        if last < 0:
            last = count - 1
        viewer = self.viewer
        log_model = viewer.model
        store = log_model.store
        streams = store.streams
        wrap = viewer.wrap
        pattern = viewer.highlight_pattern
        palette = self.palette()
        selected_ranges = [(rng.top(), rng.bottom()) for rng in self.selectionModel().selection()]
        filtered = isinstance(model, LogFilterModel)
        rows = model.rows if filtered else None
        base = log_model.base
        plain_text = palette.color(QPalette.ColorRole.Text)
        selected_text = palette.color(QPalette.ColorRole.HighlightedText)
        width = self.viewport().width()
        x = TEXT_MARGIN - self.horizontalOffset()

        # What each visible row needs: (row, store index, stream, shown, selected, drawn on its own).
        items = []
        for row in range(first, last + 1):
            index = rows[row] if filtered else row + base
            stream = streams[index]
            shown = log_model.shown(index)
            selected = False
            for top, bottom in selected_ranges:
                if top <= row <= bottom:
                    selected = True
                    break
            alone = wrap or bool(shown.spans) or shown.cut or (
                pattern is not None and stream != MARKER and pattern.search(shown.text) is not None)
            items.append((row, index, stream, shown, selected, alone))

        painter = QPainter(self.viewport())
        try:
            font = self.font()
            bold = QFont(font)
            bold.setBold(True)
            if wrap:
                self._paint_rows_one_by_one(painter, items, x, width, font, bold, plain_text, selected_text)
            else:
                self._paint_rows_in_runs(painter, items, x, width, font, bold, plain_text, selected_text)
            current = self.currentIndex().row() if self.hasFocus() else -1
            if first <= current <= last:
                pen = painter.pen()
                pen.setStyle(Qt.PenStyle.DotLine)
                pen.setColor(plain_text)
                painter.setPen(pen)
                painter.drawRect(QRect(0, self.rowViewportPosition(current), width - 1,
                                       self.rowHeight(current) - 1))
        finally:
            painter.end()

    def _background(self, stream: int, selected: bool):
        colours = self.viewer.model.colours
        if selected:
            return self.palette().color(QPalette.ColorRole.Highlight)
        if stream == STDERR:
            return colours.stderr_background
        if stream == MARKER:
            return colours.marker_background
        return None

    def _paint_rows_in_runs(self, painter, items, x, width, font, bold, plain_text, selected_text) -> None:
        """Rows of one height: the backgrounds and the texts of neighbouring rows alike are drawn with one
        call each (every call into Qt may hand the interpreter to a busy worker and wait to get it back)."""
        colours = self.viewer.model.colours
        height = self.viewer.row_height
        y0 = self.rowViewportPosition(items[0][0])
        # Backgrounds, a run at a time.
        run_start, run_colour = 0, None
        for k, (row, index, stream, shown, selected, alone) in enumerate(items + [(0, 0, -1, None, False, False)]):
            colour = self._background(stream, selected) if shown is not None else None
            if colour != run_colour or shown is None:
                if run_colour is not None:
                    painter.fillRect(QRect(0, y0 + run_start * height, width, (k - run_start) * height), run_colour)
                run_start, run_colour = k, colour
        # Texts, a run of rows in one pen and font at a time; a timestamp column in its own colour.
        stamp_width = 0
        run: list[str] = []
        stamps: list[str] = []
        run_start, run_style = 0, None

        def draw(k: int) -> None:
            if not run:
                return
            top = y0 + run_start * height
            pen, is_bold = run_style
            painter.setFont(bold if is_bold else font)
            if stamps and any(stamps):
                painter.setPen(colours.timestamp if pen is not selected_text else selected_text)
                painter.drawText(QRectF(x, top, 1e7, len(stamps) * height), _RUN_FLAGS, "\n".join(stamps))
            painter.setPen(pen)
            painter.drawText(QRectF(x + stamp_width, top, 1e7, len(run) * height), _RUN_FLAGS, "\n".join(run))

        for k, (row, index, stream, shown, selected, alone) in enumerate(items):
            if alone:
                draw(k)
                run, stamps, run_style = [], [], None
                self._paint_one(painter, index, stream, shown, selected, x, y0 + k * height, width, height, font,
                                bold, plain_text, selected_text)
                continue
            if selected:
                pen = selected_text
            elif stream == STDERR:
                pen = colours.stderr_text
            elif stream == MARKER:
                pen = colours.marker_text
            else:
                pen = plain_text
            style = (pen, stream == MARKER)
            if style != run_style or not run:
                draw(k)
                run, stamps, run_start, run_style = [], [], k, style
            offset = shown.offset
            if offset and not stamp_width:
                stamp_width = QFontMetrics(font).horizontalAdvance(shown.text[:offset])
            stamps.append(shown.text[:offset - 1] if offset else "")
            run.append(shown.text[offset:])
        draw(len(items))

    def _paint_rows_one_by_one(self, painter, items, x, width, font, bold, plain_text, selected_text) -> None:
        for row, index, stream, shown, selected, alone in items:
            y = self.rowViewportPosition(row)
            height = self.rowHeight(row)
            colour = self._background(stream, selected)
            if colour is not None:
                painter.fillRect(QRect(0, y, width, height), colour)
            self._paint_one(painter, index, stream, shown, selected, x, y, width, height, font, bold, plain_text,
                            selected_text)

    def _paint_one(self, painter, index, stream, shown, selected, x, y, width, height, font, bold, plain_text,
                   selected_text) -> None:
        viewer = self.viewer
        log_model = viewer.model
        colours = log_model.colours
        if selected:
            pen = selected_text
        elif stream == STDERR:
            pen = colours.stderr_text
        elif stream == MARKER:
            pen = colours.marker_text
        else:
            pen = plain_text
        painter.setFont(bold if stream == MARKER else font)
        painter.setPen(pen)
        text = shown.text
        formats = log_model.formats(index) if (shown.spans or shown.offset or shown.cut) else []
        marks = []
        pattern = viewer.highlight_pattern
        if pattern is not None and stream != MARKER:
            for match in pattern.finditer(text):
                if match.end() > match.start():
                    marks.append((match.start(), match.end() - match.start()))
                    if len(marks) > 200:
                        break
        wrap = viewer.wrap
        layout = _layout(text, painter.font(), formats, marks, self.highlight, selected,
                         width - 2 * TEXT_MARGIN if wrap else None)
        if wrap:
            painter.save()
            painter.setClipRect(QRect(0, y, width, height))
            layout.draw(painter, QPointF(x, y))
            painter.restore()
        else:
            layout.draw(painter, QPointF(x, y))


_RUN_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextExpandTabs
                 | Qt.TextFlag.TextDontClip)


def _layout(text: str, font, formats, marks, highlight, selected: bool, wrap_width) -> QTextLayout:
    ranges = []
    for start, length, fmt in formats:
        if selected and fmt.hasProperty(QTextFormat.Property.ForegroundBrush):
            fmt = QTextCharFormat(fmt)
            fmt.clearForeground()
        r = QTextLayout.FormatRange()
        r.start, r.length, r.format = start, length, fmt
        ranges.append(r)
    for start, length in marks:
        r = QTextLayout.FormatRange()
        r.start, r.length, r.format = start, length, highlight
        ranges.append(r)
    layout = QTextLayout(text, font)
    layout.setFormats(ranges)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap_width
                       else QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(10, wrap_width) if wrap_width else 1e9)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout


def wrapped_height(text: str, font, width: int) -> int:
    """The height of *text* wrapped at *width* pixels, as the view paints it."""
    layout = _layout(text, font, [], [], None, False, width)
    return int(layout.boundingRect().height() + 0.999)


class FullLineDialog(QDialog):
    """The whole of one line (a cut one, or any other), with a button to copy it exactly."""

    SEGMENT = 200  # a very long line is shown in pieces: laying out a megabyte as one line takes minutes

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("logFullLine")
        self.setWindowTitle(self.tr("Whole line"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.full_text = text
        note = QLabel(self)
        note.setObjectName("logFullLineNote")
        note.setWordWrap(True)
        count = QLocale().toString(len(text))
        if len(text) > 4000:
            note.setText(self.tr("%1 characters, shown in pieces of %2. Copy takes the line exactly as it is.")
                         .replace("%1", count).replace("%2", str(self.SEGMENT)))
        else:
            note.setText(self.tr("%1 characters.").replace("%1", count))
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("logFullLineText")
        self.edit.setReadOnly(True)
        self.edit.setFont(_monospace())
        if len(text) > 4000:
            seg = self.SEGMENT
            self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.edit.setPlainText("\n".join(text[i:i + seg] for i in range(0, len(text), seg)))
        else:
            self.edit.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy line"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("logFullLineCopy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.full_text))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)


class LogViewer(QWidget):
    """One container's log. ``close_stream()`` ends its stream (the tab's close does it)."""

    titleChanged = Signal(str)
    flushed = Signal(int)  # rows added
    searchFinished = Signal(int)  # matching lines
    saved = Signal(str, int)  # path, lines
    saveFailed = Signal(object)
    streamStateChanged = Signal(str)  # "connecting", "following", "reconnecting", "ended", "gone", "failed"

    def __init__(self, runner, service, controller, container_id: str, name: str = "", *,
                 from_start: bool = True, memory_budget: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("logViewer")
        self.runner = runner
        self.service = service
        self.controller = controller
        self.container_id = container_id
        self.container_name = name or container_id[:12]
        self.info: ContainerLogInfo | None = None
        self.memory_budget = memory_budget or DEFAULT_MEMORY_BUDGET
        self.model = LogModel(LogStore(self.memory_budget), self)
        self.filter_model = LogFilterModel(self.model, self)
        self.state = "connecting"
        self.closed = False
        self.wrap = False
        self.highlight_pattern: re.Pattern | None = None

        self._task = None
        self._point = ResumePoint()
        self._since = SINCE_ALL if from_start else SINCE_START
        self._since_value: str | None = None
        self._pending: list[LogChunk] = []
        self._last_flush = 0.0
        self._start_events = 0
        self._start_events_at_submit = 0
        self._started_at: str | None = None
        self._pending_die: tuple[int, int] | None = None  # (exit code, ns)
        self._seen_events: set[tuple[str, int]] = set()
        self._new_while_paused = 0
        self._scrolling = False
        self._last_error: BerthError | None = None
        self._retry_text = ""
        self._tall_rows: set[int] = set()  # rows given more than one line's height (wrap)
        self._error_text = ""
        self._saved_text = ""
        self._searched_text: tuple | None = None
        self._then_next = False

        self._search_generation = 0
        self._search_task = None
        self._search_pattern: re.Pattern | None = None
        self._searched_to = 0  # store index up to which the current pattern has been searched
        self._matches = array("q")
        self._match_pos = -1
        self._save_task = None

        font = _monospace()
        metrics = QFontMetrics(font)
        self.char_width = max(1, metrics.horizontalAdvance("M"))
        # A run of rows is drawn as one multi-line text, whose lines are lineSpacing apart.
        self.row_height = metrics.lineSpacing()
        self._build(font)

        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._start_search)
        self._marker_timer = QTimer(self)
        self._marker_timer.setSingleShot(True)
        self._marker_timer.setInterval(MARKER_WAIT_MS)
        self._marker_timer.timeout.connect(self._place_pending_die)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_MS)
        self._status_timer.timeout.connect(self._update_status)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_visible_rows)

        controller.eventReceived.connect(self._on_event)
        controller.connected.connect(self._on_engine_connected)
        self._update_status()

    # -- building ---------------------------------------------------------------------------------
    def _tool(self, name: str, text: str, tip: str, checkable: bool = False, checked: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if checkable:
            button.setCheckable(True)
            button.setChecked(checked)
        return button

    def _build(self, font) -> None:
        self.follow_button = self._tool("logFollow", self.tr("Follow"),
                                        self.tr("Keep showing the newest lines as they arrive (End)"), True, True)
        self.timestamps_button = self._tool("logTimestamps", self.tr("Timestamps"),
                                            self.tr("Show the time Docker recorded for each line"), True)
        self.wrap_button = self._tool("logWrap", self.tr("Wrap"), self.tr("Wrap long lines"), True)
        self.since_combo = QComboBox(self)
        self.since_combo.setObjectName("logSince")
        self.since_combo.setToolTip(self.tr("Which part of the log to show"))
        self.since_combo.setAccessibleName(self.tr("Show lines since"))
        for label, key in ((self.tr("Whole log"), SINCE_ALL), (self.tr("Last 5 minutes"), SINCE_5_MIN),
                           (self.tr("Last hour"), SINCE_1_HOUR), (self.tr("Since last start"), SINCE_START)):
            self.since_combo.addItem(label, key)
        self.since_combo.setCurrentIndex(self.since_combo.findData(self._since))

        self.search = QLineEdit(self)
        self.search.setObjectName("logSearch")
        self.search.setPlaceholderText(self.tr("Find in log (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find in log"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.case_button = self._tool("logSearchCase", self.tr("Aa"), self.tr("Match case"), True)
        self.regex_button = self._tool("logSearchRegex", self.tr(".*"), self.tr("Regular expression"), True)
        self.previous_button = self._tool("logSearchPrevious", self.tr("↑"), self.tr("Previous match (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button = self._tool("logSearchNext", self.tr("↓"), self.tr("Next match (F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.search_count = QLabel(self)
        self.search_count.setObjectName("logSearchCount")
        self.search_count.setMinimumWidth(90)
        self.filter_button = self._tool("logFilter", self.tr("Only matching"),
                                        self.tr("Show only the lines that match the search"), True)
        self.copy_button = self._tool("logCopy", self.tr("Copy"), self.tr("Copy the selected lines (Ctrl+C)"))
        self.clear_button = self._tool("logClear", self.tr("Clear"),
                                       self.tr("Clear the view; new lines keep coming, and Save still writes "
                                               "the whole log"))
        self.save_button = self._tool("logSave", self.tr("Save…"),
                                      self.tr("Save the whole log to a file, as 'docker logs' prints it"))

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.setSpacing(2)
        for w in (self.follow_button, self.timestamps_button, self.wrap_button):
            bar.addWidget(w)
        bar.addSpacing(8)
        bar.addWidget(self.since_combo)
        bar.addSpacing(8)
        bar.addWidget(self.search, 1)
        for w in (self.case_button, self.regex_button, self.previous_button, self.next_button, self.search_count,
                  self.filter_button):
            bar.addWidget(w)
        bar.addSpacing(8)
        for w in (self.copy_button, self.clear_button, self.save_button):
            bar.addWidget(w)

        self.view = LogTableView(self)
        self.view.setObjectName("logView")
        self.view.setAccessibleName(self.tr("Log of %1").replace("%1", self.container_name))
        self.view.setModel(self.model)
        self.view.setFont(font)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh = self.view.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setMinimumSectionSize(1)
        vh.setDefaultSectionSize(self.row_height)
        self.view.doubleClicked.connect(self._show_full_line)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.view.verticalScrollBar().rangeChanged.connect(lambda *_: self._schedule_fit())
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)  # Ctrl+C copies every selected line, not only the current one

        self.jump_button = QPushButton(self.view)
        self.jump_button.setObjectName("logJumpToLatest")
        self.jump_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.jump_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # taking focus would scroll the view
        self.jump_button.setToolTip(self.tr("Follow the newest lines again (End)"))
        self.jump_button.clicked.connect(self.jump_to_latest)
        self.jump_button.hide()

        self.status = QLabel(self)
        self.status.setObjectName("logStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # New text must not relayout the window (that costs milliseconds ten times a second).
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.status.setFixedHeight(self.status.sizeHint().height())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        status_row = QHBoxLayout()
        status_row.setContentsMargins(6, 0, 6, 2)
        status_row.addWidget(self.status, 1)
        layout.addLayout(status_row)

        self.follow_button.toggled.connect(self._on_follow_toggled)
        self.timestamps_button.toggled.connect(self._on_timestamps_toggled)
        self.wrap_button.toggled.connect(self.set_wrap)
        self.since_combo.activated.connect(lambda _: self.set_since(self.since_combo.currentData()))
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._search_return)
        self.case_button.toggled.connect(lambda _: self._start_search())
        self.regex_button.toggled.connect(lambda _: self._start_search())
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.filter_button.toggled.connect(self._apply_filter_mode)
        self.copy_button.clicked.connect(self.copy_selection)
        self.clear_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self.ask_save)

        def shortcut(name, keys, slot, text):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.action_find = shortcut("logActionFind", [QKeySequence.StandardKey.Find], self._focus_search,
                                    self.tr("Find"))
        self.action_next = shortcut("logActionNext", [QKeySequence(Qt.Key.Key_F3)], self.find_next,
                                    self.tr("Next match"))
        self.action_previous = shortcut("logActionPrevious", [QKeySequence("Shift+F3")], self.find_previous,
                                        self.tr("Previous match"))
        self.action_latest = QAction(self.tr("Jump to latest"), self.view)
        self.action_latest.setShortcut(QKeySequence(Qt.Key.Key_End))
        self.action_latest.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action_latest.triggered.connect(self.jump_to_latest)
        self.view.addAction(self.action_latest)

    # -- life cycle -------------------------------------------------------------------------------
    @property
    def following(self) -> bool:
        return self.follow_button.isChecked()

    @property
    def streaming(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """Open the stream (the caller shows the viewer first)."""
        _favour_gui_thread()
        if self._since in (SINCE_5_MIN, SINCE_1_HOUR) and self._since_value is None:
            self._since_value = since_seconds_ago(300 if self._since == SINCE_5_MIN else 3600)
        self._start_stream()

    def _start_stream(self) -> None:
        if self.closed or self._task is not None:
            return
        self._start_events_at_submit = self._start_events
        self._set_state("connecting")
        handle = self.runner.submit(
            follow_logs, self.service, self.container_id, name=f"logs.follow.{self.container_id[:12]}",
            with_context=True, since=self._since_value, since_start=self._since == SINCE_START,
            point=self._point, on_progress=self._on_progress, on_result=self._on_ended,
            on_error=self._on_stream_error, on_finished=lambda: self._on_stream_finished(handle))
        self._task = handle

    def close_stream(self) -> None:
        """End the stream and every task of this viewer; the viewer shows what it has."""
        if self.closed:
            return
        self.closed = True
        for timer in (self._flush_timer, self._search_timer, self._marker_timer, self._fit_timer,
                      self._status_timer):
            timer.stop()
        for signal, slot in ((self.controller.eventReceived, self._on_event),
                             (self.controller.connected, self._on_engine_connected)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        if self._task is not None:
            self._task.cancel()
        if self._search_task is not None:
            self._search_task.cancel()
        self._pending.clear()
        if self._save_task is None:
            self.model.close()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.close_stream()
        super().closeEvent(event)

    # -- the stream -------------------------------------------------------------------------------
    def _on_progress(self, value) -> None:
        if self.closed:
            return
        if isinstance(value, LogChunk):
            self._pending.append(value)
            since = (time.monotonic() - self._last_flush) * 1000
            if since >= FLUSH_MS or (value.caught_up and since >= CAUGHT_UP_FLUSH_MS):
                # (The stream has caught up with the engine: show the tail now rather than at the tick.)
                self.flush()
            elif not self._flush_timer.isActive():
                self._flush_timer.start(max(1, int(FLUSH_MS - since)))
        elif isinstance(value, Connected):
            self.flush()
            self._on_connected(value)
        elif isinstance(value, StreamEnded):
            self.flush()
            self._place_pending_die()
        elif isinstance(value, Reconnecting):
            self._last_error = value.error
            seconds = max(0.1, value.delay)
            self._retry_text = self.tr("Reconnecting in %1 s: %2").replace(
                "%1", QLocale().toString(seconds, "f", 1)).replace("%2", error_text(value.error))
            self._set_state("reconnecting")

    def _on_connected(self, value: Connected) -> None:
        info = value.info
        self.info = info
        if info.name and info.name != self.container_name:
            self.container_name = info.name
            self.titleChanged.emit(info.name)
        if self._started_at is not None and info.started_at and info.started_at != self._started_at:
            self._place_pending_die()
            self._add_marker("start", info.started_at)
        if info.started_at:
            self._started_at = info.started_at
        self._last_error = None
        self._set_state("following" if info.running else "reading")

    def _on_ended(self, result: Ended | None) -> None:
        if result is not None and result.info is not None:
            self.info = result.info

    def _on_stream_error(self, exc: BaseException) -> None:
        if self.closed:
            return
        self._last_error = exc if isinstance(exc, BerthError) else None
        self._error_text = error_text(exc)
        gone = isinstance(exc, BerthError) and exc.kind is Kind.NOT_FOUND
        self._set_state("gone" if gone else "failed")
        log.info("log stream of %s ended with an error: %s", self.container_id[:12], exc)

    def _on_stream_finished(self, handle) -> None:
        if self._task is handle:
            self._task = None
        if self.closed:
            if self._save_task is None:
                self.model.close()
            return
        self.flush()
        if self.state in ("gone", "failed"):
            return
        if handle.cancelled:
            return
        self._place_pending_die()
        self._set_state("ended")
        if self._start_events > self._start_events_at_submit:
            # The container was started again while the stream was winding down.
            self._start_stream()

    def _on_engine_connected(self) -> None:
        if not self.closed and self._task is None and self.state in ("ended", "failed"):
            self._start_stream()

    def _set_state(self, state: str) -> None:
        self.state = state
        self._update_status()
        self.streamStateChanged.emit(state)

    # -- markers ----------------------------------------------------------------------------------
    def _on_event(self, event) -> None:
        if self.closed or event.type != "container":
            return
        if event.id != self.container_id and not (self.info and event.id == self.info.id):
            return
        if event.action not in ("die", "start"):
            return
        key = (event.action, event.time_nano)
        if key in self._seen_events:
            return  # replayed after a reconnection
        self._seen_events.add(key)
        if event.action == "die":
            try:
                code = int(event.attributes.get("exitCode", ""))
            except ValueError:
                code = -1
            self._pending_die = (code, event.time_nano or time.time_ns())
            if self._task is None:
                self._place_pending_die()
            else:
                self._marker_timer.start()
        else:
            self._start_events += 1
            if self._task is None and self.state not in ("gone",):
                self._start_stream()

    def _place_pending_die(self) -> None:
        self._marker_timer.stop()
        if self._pending_die is None:
            return
        self.flush()
        code, ns = self._pending_die
        self._pending_die = None
        self._add_marker("die", ns, code)

    def _add_marker(self, kind: str, when, code: int | None = None) -> None:
        if isinstance(when, str):
            try:
                ns = timestamp_ns(when)
            except ValueError:
                ns = time.time_ns()
        else:
            ns = int(when)
        moment = QLocale().toString(QDateTime.fromMSecsSinceEpoch(ns // 1_000_000), "yyyy-MM-dd HH:mm:ss")
        if kind == "die":
            text = self.tr("■ The container stopped at %1 (exit code %2)").replace("%1", moment).replace(
                "%2", str(code))
        else:
            text = self.tr("▶ The container started at %1").replace("%1", moment)
        self.model.append_marker(text, ns)
        self._after_rows_added(1)

    # -- rows -------------------------------------------------------------------------------------
    def flush(self) -> None:
        """Move the buffered lines into the model now."""
        self._flush_timer.stop()
        self._last_flush = time.monotonic()
        chunks, self._pending = self._pending, []
        if not chunks or self.closed:
            return
        added = self.model.append_chunks(chunks)
        if added:
            self._after_rows_added(added)
            self.flushed.emit(added)

    def _after_rows_added(self, added: int) -> None:
        self._search_new_rows()
        self._update_width()
        if self.following:
            self._scroll_to_bottom()
        else:
            self._new_while_paused += added
            self._update_jump()
        if self.wrap:
            self._schedule_fit()
        if not self._status_timer.isActive():
            self._status_timer.start()

    def column_width(self) -> int:
        chars = min(self.model.store.longest, DISPLAY_CUT + 90)
        if self.model.show_timestamps:
            chars += 31
        return chars * self.char_width + 24

    def _update_width(self) -> None:
        if self.wrap:
            return
        width = max(self.column_width(), self.view.viewport().width())
        if self.view.columnWidth(0) != width:
            self.view.setColumnWidth(0, width)

    def _scroll_to_bottom(self) -> None:
        self._scrolling = True
        try:
            self.view.scrollToBottom()
            self._new_while_paused = 0
            self.jump_button.hide()
        finally:
            self._scrolling = False

    def _on_scrolled(self, value: int) -> None:
        if self._scrolling or self.closed:
            return
        bar = self.view.verticalScrollBar()
        at_bottom = value >= bar.maximum()
        if self.following and not at_bottom:
            self.follow_button.setChecked(False)  # the user scrolled up: follow pauses
        elif not self.following and at_bottom and bar.maximum() > 0:
            self.follow_button.setChecked(True)
        if self.wrap:
            self._schedule_fit()

    def _on_follow_toggled(self, on: bool) -> None:
        if on:
            self._scroll_to_bottom()
        else:
            self._new_while_paused = 0
        self._update_jump()
        self._update_status()

    def jump_to_latest(self) -> None:
        self.follow_button.setChecked(True)
        self._scroll_to_bottom()

    def _update_jump(self) -> None:
        if self.following or self._new_while_paused <= 0:
            self.jump_button.hide()
            return
        self.jump_button.setText(self.tr("Jump to latest (%1 new)").replace(
            "%1", QLocale().toString(self._new_while_paused)))
        self.jump_button.adjustSize()
        self._place_jump()
        self.jump_button.show()
        self.jump_button.raise_()

    def _place_jump(self) -> None:
        view = self.view
        size = self.jump_button.sizeHint()
        x = view.width() - size.width() - 24
        y = view.height() - size.height() - 20
        self.jump_button.setGeometry(max(4, x), max(4, y), size.width(), size.height())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if obj is self.view and kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            if event.matches(QKeySequence.StandardKey.Copy):
                if kind == QEvent.Type.KeyPress:
                    self.copy_selection()
                event.accept()
                return True
            return False
        if kind == QEvent.Type.Resize and obj is self.view.viewport():
            self._place_jump()
            if not self.wrap:
                self._update_width()
            else:
                self.view.setColumnWidth(0, self.view.viewport().width())
                self._schedule_fit()
        return False

    def clear(self) -> None:
        """Empty the view; the stream goes on, and Save still writes the whole log."""
        self.flush()
        self.model.clear()
        self._tall_rows.clear()
        self._matches = array("q")
        self._match_pos = -1
        self.filter_model.set_rows(array("q"))
        self._searched_to = max(self._searched_to, self.model.base)
        self._new_while_paused = 0
        self.jump_button.hide()
        self._update_search_count()
        self._update_status()

    # -- options ----------------------------------------------------------------------------------
    def _on_timestamps_toggled(self, on: bool) -> None:
        self.model.set_show_timestamps(on)
        if not self.wrap:
            self.view.setColumnWidth(0, max(self.column_width(), self.view.viewport().width()))
        self.view.viewport().update()
        if self.following:
            self._scroll_to_bottom()

    def set_wrap(self, on: bool) -> None:
        if self.wrap_button.isChecked() != on:
            self.wrap_button.setChecked(on)
            return
        self.wrap = on
        self.view.setWordWrap(on)
        header = self.view.verticalHeader()
        if on:
            self.view.setColumnWidth(0, self.view.viewport().width())
            self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._schedule_fit()
        else:
            self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            for row in self._tall_rows:  # every row back to one line
                if row < header.count():
                    header.resizeSection(row, self.row_height)
            self._tall_rows.clear()
            self.view.setColumnWidth(0, max(self.column_width(), self.view.viewport().width()))
        if self.following:
            self._scroll_to_bottom()

    def _schedule_fit(self) -> None:
        if self.wrap and not self.closed:
            self._fit_timer.start()

    def _fit_visible_rows(self) -> None:
        """In wrap mode, give the rows on screen the height of their wrapped text (rows elsewhere keep one
        line: measuring every row of a big log would take seconds)."""
        if not self.wrap or self.closed:
            return
        view = self.view
        header = view.verticalHeader()
        model = view.model()
        font = view.font()
        width = view.viewport().width() - 2 * TEXT_MARGIN
        for _ in range(4):
            top = view.rowAt(0)
            if top < 0:
                return
            bottom = view.rowAt(view.viewport().height() - 1)
            if bottom < 0:
                bottom = model.rowCount() - 1
            changed = False
            for row in range(top, min(bottom + 2, model.rowCount())):
                text = self.model.shown(view.store_index(row)).text
                height = max(self.row_height, wrapped_height(text, font, width))
                if header.sectionSize(row) != height:
                    header.resizeSection(row, height)
                    changed = True
                    if height != self.row_height:
                        self._tall_rows.add(row)
            if not changed:
                break
        if self.following:
            self._scroll_to_bottom()

    def set_since(self, key: str) -> None:
        """Show the log from another point ("all", "5m", "1h", "start"): the stream starts over."""
        if key == self._since and self._since_value is None and key in (SINCE_ALL, SINCE_START):
            return
        self._since = key
        index = self.since_combo.findData(key)
        if index >= 0 and self.since_combo.currentIndex() != index:
            self.since_combo.setCurrentIndex(index)
        self._since_value = None
        if key == SINCE_5_MIN:
            self._since_value = since_seconds_ago(300)
        elif key == SINCE_1_HOUR:
            self._since_value = since_seconds_ago(3600)
        self._restart_from_scratch()

    def _restart_from_scratch(self) -> None:
        if self._task is not None:
            old = self._task
            self._task = None
            old.cancel()
        self._pending.clear()
        self._pending_die = None
        self._point = ResumePoint()
        self._started_at = None
        self.model.replace_store(LogStore(self.memory_budget))
        self._tall_rows.clear()
        self._matches = array("q")
        self.filter_model.set_rows(array("q"))
        self._searched_to = 0
        self._new_while_paused = 0
        self.view.setColumnWidth(0, self.view.viewport().width())
        if self._search_pattern is not None:
            self._start_search()
        self._start_stream()

    # -- search -----------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_return(self) -> None:
        if self._search_timer.isActive() or self._pattern_text() != self._searched_text:
            self._start_search(then_next=True)
        else:
            self.find_next()

    def _pattern_text(self) -> tuple:
        return (self.search.text(), self.case_button.isChecked(), self.regex_button.isChecked())

    def _start_search(self, then_next: bool = False) -> None:
        self._search_timer.stop()
        if self._search_task is not None:
            self._search_task.cancel()
            self._search_task = None
        self._search_generation += 1
        self._matches = array("q")
        self._match_pos = -1
        text, case, regex = self._pattern_text()
        self._searched_text = (text, case, regex)
        self._then_next = then_next
        if not text:
            self._search_pattern = None
            self.highlight_pattern = None
            self.search.setStyleSheet("")
            self.search.setToolTip("")
            self._apply_filter_mode()
            self._update_search_count()
            self.view.viewport().update()
            return
        try:
            pattern = compile_search(text, regex=regex, case_sensitive=case)
        except re.error as exc:
            self._search_pattern = None
            self.highlight_pattern = None
            self.search.setStyleSheet("QLineEdit { border: 1px solid #c62828; }")
            self.search.setToolTip(self.tr("This regular expression is not valid: %1").replace("%1", str(exc)))
            self.search_count.setText(self.tr("Invalid pattern"))
            self.view.viewport().update()
            return
        self.search.setStyleSheet("")
        self.search.setToolTip("")
        self._search_pattern = pattern
        self.highlight_pattern = pattern
        self._searched_to = self.model.base
        self.filter_model.set_rows(array("q"))
        self._apply_filter_mode()
        self.search_count.setText(self.tr("Searching…"))
        self.view.viewport().update()
        self._search_more()

    def _search_more(self) -> None:
        """Search the lines not searched yet: a few on the GUI thread, many in a worker."""
        pattern = self._search_pattern
        if pattern is None or self._search_task is not None or self.closed:
            return
        store = self.model.store
        start, end = self._searched_to, len(store)
        if end <= start:
            self._search_done()
            return
        if end - start <= INLINE_SEARCH_LINES:
            snapshot = _InlineSnapshot(store, start, end)
            found = find_lines(snapshot, pattern, start, end)
            self._add_matches(found, start, end)
            self._search_done()
            return
        snapshot = store.snapshot()
        generation = self._search_generation

        def work(ctx, snapshot, pattern, start, end):
            try:
                return find_lines(snapshot, pattern, start, end, cancelled=lambda: ctx.cancelled)
            finally:
                snapshot.release()

        def result(found, start=start, end=end):
            if generation == self._search_generation and not self.closed:
                self._add_matches(found, start, end)

        def finished():
            self._search_task = None
            if generation == self._search_generation and not self.closed:
                self._search_more()

        self._search_task = self.runner.submit(work, snapshot, pattern, start, end, name="logs.search",
                                               with_context=True, on_result=result, on_finished=finished)

    def _add_matches(self, found: array, start: int, end: int) -> None:
        base = self.model.base
        if found and found[0] < base:
            found = found[bisect_left(found, base):]
        self._matches.extend(found)
        self._searched_to = max(self._searched_to, end)
        if self.filter_button.isChecked() and self._search_pattern is not None:
            markers = self.model.store.markers
            rows = merge_rows(found, markers[bisect_left(markers, start):bisect_left(markers, end)], base)
            self.filter_model.add_rows(rows)
            if self.following:
                self._scroll_to_bottom()
        self._update_search_count()

    def _search_done(self) -> None:
        self._update_search_count()
        self.searchFinished.emit(len(self._matches))
        if self._then_next:
            self._then_next = False
            self.find_next()

    def _search_new_rows(self) -> None:
        if self._search_pattern is not None and self._search_task is None:
            self._search_more()

    def _update_search_count(self) -> None:
        if self._search_pattern is None:
            if not self.search.text():
                self.search_count.setText("")
            return
        total = len(self._matches)
        searching = self._search_task is not None
        if total == 0:
            text = self.tr("Searching…") if searching else self.tr("No match")
        elif self._match_pos >= 0:
            text = self.tr("%1 of %2").replace("%1", QLocale().toString(self._match_pos + 1)).replace(
                "%2", QLocale().toString(total))
        else:
            text = self.tr("%1 lines").replace("%1", QLocale().toString(total))
        self.search_count.setText(text)
        self.search_count.setToolTip(self.tr("Lines that match the search"))

    @property
    def matches(self) -> array:
        """Store indexes of the lines the search found."""
        return self._matches

    def _current_store_index(self) -> int:
        index = self.view.currentIndex()
        if not index.isValid():
            return -1
        return index.data(StoreIndexRole)

    def find_next(self) -> None:
        self._step_match(+1)

    def find_previous(self) -> None:
        self._step_match(-1)

    def _step_match(self, direction: int) -> None:
        if self._search_pattern is None:
            if self.search.text():
                self._start_search(then_next=direction > 0)
            return
        matches = self._matches
        if not matches:
            return
        current = self._current_store_index()
        if direction > 0:
            pos = bisect_right(matches, current) if current >= 0 else 0
            if pos >= len(matches):
                pos = 0
        else:
            pos = (bisect_left(matches, current) if current >= 0 else len(matches)) - 1
            if pos < 0:
                pos = len(matches) - 1
        self._match_pos = pos
        self.select_store_index(matches[pos])
        self._update_search_count()

    def select_store_index(self, store_index: int) -> None:
        """Make store line *store_index* current and visible (follow pauses)."""
        if self.view.model() is self.filter_model:
            row = self.filter_model.row_for_store_index(store_index)
            if row is None:
                return
            index = self.filter_model.index(row, 0)
        else:
            index = self.model.index(self.model.row_of(store_index), 0)
        if not index.isValid():
            return
        self.follow_button.setChecked(False)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self._scrolling = True
        try:
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self._scrolling = False

    def _apply_filter_mode(self, *_args) -> None:
        on = self.filter_button.isChecked() and self._search_pattern is not None
        target = self.filter_model if on else self.model
        if on and self.view.model() is not self.filter_model:
            markers = self.model.store.markers
            searched = markers[:bisect_left(markers, self._searched_to)]
            self.filter_model.set_rows(merge_rows(self._matches, searched, self.model.base))
        if self.view.model() is not target:
            current = self._current_store_index()
            self.view.setModel(target)
            self._tall_rows.clear()
            self._schedule_fit()
            if not self.wrap:
                self.view.setColumnWidth(0, max(self.column_width(), self.view.viewport().width()))
            if current >= 0 and not self.following:
                self.select_store_index(current)
            elif self.following:
                self._scroll_to_bottom()

    # -- copy, full line, context menu ------------------------------------------------------------
    def selected_text(self) -> str:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        model = self.view.model()
        lines = []
        for row in rows:
            index = model.index(row, 0)
            store_index = index.data(StoreIndexRole)
            shown = self.model.shown(store_index)
            prefix = shown.text[:shown.offset]
            lines.append(prefix + shown.full)
        return "\n".join(lines)

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def _show_full_line(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        shown = self.model.shown(index.data(StoreIndexRole))
        dialog = FullLineDialog(shown.full, self)
        dialog.show()

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.setObjectName("logContextMenu")
        index = self.view.indexAt(pos)
        copy = menu.addAction(self.tr("Copy"))
        copy.setEnabled(self.view.selectionModel().hasSelection())
        copy.triggered.connect(self.copy_selection)
        whole = menu.addAction(self.tr("Show Whole Line…"))
        whole.setEnabled(index.isValid())
        whole.triggered.connect(lambda: self._show_full_line(index))
        menu.addSeparator()
        select_all = menu.addAction(self.tr("Select All"))
        select_all.triggered.connect(self.view.selectAll)
        menu.addAction(self.tr("Clear View")).triggered.connect(self.clear)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- save -------------------------------------------------------------------------------------
    def ask_save(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or os.getcwd()
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", self.container_name) or "container"
        dialog = QFileDialog(self, self.tr("Save Log"), os.path.join(folder, f"{safe}.log"),
                             self.tr("Log files (*.log *.txt);;All files (*)"))
        dialog.setObjectName("logSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_to)
        dialog.open()

    def save_to(self, path: str) -> None:
        """Write the whole log (every line received, cleared ones too) to *path*, as `docker logs`
        prints it, in a worker."""
        if not path or self._save_task is not None:
            return
        self.flush()
        snapshot = self.model.store.snapshot()
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving to %1…").replace("%1", path))

        def result(lines):
            self.saved.emit(path, lines)
            self._saved_text = self.tr("Saved %1 lines to %2").replace("%1", QLocale().toString(lines)).replace(
                "%2", path)
            self._update_status()

        def error(exc):
            self.saveFailed.emit(exc)
            if not self.closed:
                show_error(self, exc, self.tr("Couldn't save the log"))

        def finished():
            self._save_task = None
            if self.closed:
                self.model.close()
                return
            self.save_button.setEnabled(True)
            self._update_status()

        def work(ctx, snapshot, path):
            return save_snapshot(snapshot, path, cancelled=lambda: ctx.cancelled)

        self._save_task = self.runner.submit(work, snapshot, path, name="logs.save", with_context=True,
                                             on_result=result, on_error=error, on_finished=finished)

    # -- status -----------------------------------------------------------------------------------
    def _update_status(self) -> None:
        store = self.model.store
        locale = QLocale()
        counts = self.tr("%1 lines · %2 stdout · %3 stderr").replace("%1", locale.toString(store.stdout_lines
                                                                                           + store.stderr_lines))
        counts = counts.replace("%2", locale.toString(store.stdout_lines)).replace(
            "%3", locale.toString(store.stderr_lines))
        state = self.state
        if state == "connecting":
            what = self.tr("Connecting…")
        elif state == "following":
            what = self.tr("Following") if self.following else self.tr("Live (follow paused)")
        elif state == "reading":
            what = self.tr("Reading the log…")
        elif state == "reconnecting":
            what = self._retry_text
        elif state == "ended":
            if self.info is not None and self.info.exit_code is not None and not self.info.running:
                what = self.tr("The container is not running (exit code %1); the log is complete").replace(
                    "%1", str(self.info.exit_code))
            else:
                what = self.tr("The container is not running; the log is complete")
        elif state == "gone":
            what = self.tr("The container was removed")
        else:
            what = self._error_text or self.tr("The log stream failed")
        if self.model.base:
            counts += " · " + self.tr("%1 cleared from view").replace("%1", locale.toString(self.model.base))
        saved = self._saved_text
        parts = [what, counts] + ([saved] if saved else [])
        self.status.setText("  ·  ".join(p for p in parts if p))

    def row_count(self) -> int:
        return self.view.model().rowCount()


class _InlineSnapshot:
    """A store read in place on the GUI thread (for the few lines a flush adds)."""

    def __init__(self, store: LogStore, start: int, end: int) -> None:
        self.store = store
        self.streams = store.streams
        self.count = end

    def blocks(self, start: int = 0, end: int | None = None, size: int = 8192):
        end = self.count if end is None else end
        index = start
        store = self.store
        while index < end:
            stop = min(end, index + size)
            if index >= store.spilled:
                yield index, store._hot[index - store.spilled:stop - store.spilled]
            else:
                yield index, [store.text(i) for i in range(index, stop)]
            index = stop


class LogsDock(QDockWidget):
    """The bottom dock holding the open viewers, one tab each."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("logsDock")
        self.setWindowTitle(self.tr("Logs"))
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("logTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setWidget(self.tabs)

    def viewers(self) -> list[LogViewer]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def add_viewer(self, viewer: LogViewer) -> None:
        index = self.tabs.addTab(viewer, viewer.container_name)
        self.tabs.setTabToolTip(index, viewer.container_id)
        self.tabs.setCurrentIndex(index)
        viewer.titleChanged.connect(lambda title, v=viewer: self._retitle(v, title))
        first = not self.isVisible()
        self.show()
        self.raise_()
        window = self.parent()
        if first and window is not None and hasattr(window, "resizeDocks"):
            window.resizeDocks([self], [max(240, int(window.height() * 0.5))], Qt.Orientation.Vertical)

    def _retitle(self, viewer: LogViewer, title: str) -> None:
        index = self.tabs.indexOf(viewer)
        if index >= 0:
            self.tabs.setTabText(index, title)

    def close_tab(self, index: int) -> None:
        viewer = self.tabs.widget(index)
        if viewer is None:
            return
        viewer.close_stream()
        self.tabs.removeTab(index)
        viewer.setParent(None)
        viewer.deleteLater()
        if self.tabs.count() == 0:
            self.hide()

    def close_viewer(self, viewer: LogViewer) -> None:
        index = self.tabs.indexOf(viewer)
        if index >= 0:
            self.close_tab(index)

    def close_all(self) -> None:
        while self.tabs.count():
            self.close_tab(self.tabs.count() - 1)

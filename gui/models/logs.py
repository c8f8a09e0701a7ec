"""The log model: every line of a container's log, append-only, with no line cap.

``LogStore`` (no Qt) keeps the lines by column: the texts as the engine sent them (ANSI codes and all),
one stream byte and one line-ending code a line, and the timestamps as integer nanoseconds. The most
recent texts stay in memory up to a budget (``memory_budget`` bytes, configurable); older ones are
written to a temporary spill file, newline-separated, with an offset index, and read back a page at a
time when the view scrolls to them. Berth's own marker rows (the container stopped or started) are
rows of the store with the stream ``MARKER``; they are never saved.

Workers (search, save) read a ``StoreSnapshot``: copies of the columns and the spill file, which is
append-only, so the GUI thread keeps appending meanwhile.

``LogModel`` is the Qt list model over a store: one row a line, rows appended with beginInsertRows, a
"clear" that hides what came before (the store keeps it, for Save), display text with the ANSI codes
rendered as text formats and lines over ``DISPLAY_CUT`` characters cut. ``LogFilterModel`` shows the
rows a search matched (and the markers).
"""

from __future__ import annotations

import re
import tempfile
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from itertools import accumulate, islice, repeat
from operator import add
from typing import Iterable, Iterator

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat

from ..ansi import Span, parse_ansi, strip_ansi
from ..backend.logs import LogChunk, format_ns
from ..backend.logstream import EOL_NONE, STDERR

__all__ = [
    "DEFAULT_MEMORY_BUDGET",
    "DISPLAY_CUT",
    "MARKER",
    "FormatsRole",
    "FullTextRole",
    "LogFilterModel",
    "LogModel",
    "LogStore",
    "MarkerRole",
    "RawTextRole",
    "StoreIndexRole",
    "StoreSnapshot",
    "StreamRole",
    "TimestampRole",
    "find_lines",
    "save_snapshot",
]

#: Stream code of Berth's own rows (markers); the engine's are STDOUT (1) and STDERR (2).
MARKER = 9
#: Bytes of line text kept in memory before older lines go to the spill file.
DEFAULT_MEMORY_BUDGET = 48 * 1024 * 1024
#: Lines longer than this many characters are cut for display.
DISPLAY_CUT = 10_000
_PAGE = 256  # spilled lines read back at a time
_PAGE_CACHE = 48
_LINE_OVERHEAD = 56  # a str object and its list slot, roughly

StreamRole = Qt.ItemDataRole.UserRole + 1  # STDOUT, STDERR or MARKER
RawTextRole = Qt.ItemDataRole.UserRole + 2  # the line as the engine sent it (ANSI codes, no cut)
FullTextRole = Qt.ItemDataRole.UserRole + 3  # the whole line as shown (no ANSI codes, no cut)
TimestampRole = Qt.ItemDataRole.UserRole + 4  # nanoseconds since the epoch (0: none)
FormatsRole = Qt.ItemDataRole.UserRole + 5  # [(start, length, QTextCharFormat)] of the display text
MarkerRole = Qt.ItemDataRole.UserRole + 6  # True for Berth's marker rows
StoreIndexRole = Qt.ItemDataRole.UserRole + 7  # the row's index in the store
CutRole = Qt.ItemDataRole.UserRole + 8  # True when the display text is cut

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# --- storage -------------------------------------------------------------------------------------

class SpillFile:
    """An append-only temporary file, read and written under a lock (from the GUI thread and from
    workers). Removed when closed by its last user."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="berth-log-", buffering=0)
        self._lock = threading.Lock()
        self._size = 0
        self._users = 1

    @property
    def size(self) -> int:
        return self._size

    def append(self, data: bytes) -> int:
        """Write *data* at the end; returns the offset it starts at."""
        with self._lock:
            start = self._size
            self._file.seek(start)
            view = memoryview(data)
            while view:
                written = self._file.write(view)
                view = view[written:]
            self._size = start + len(data)
            return start

    def read(self, offset: int, size: int) -> bytes:
        with self._lock:
            if self._file.closed:
                raise ValueError("the spill file is closed")
            self._file.seek(offset)
            parts = []
            while size > 0:
                data = self._file.read(size)
                if not data:
                    break
                parts.append(data)
                size -= len(data)
            return b"".join(parts)

    def acquire(self) -> "SpillFile":
        with self._lock:
            self._users += 1
        return self

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users > 0 or self._file.closed:
                return
            self._file.close()


class LogStore:
    """Every line of one log, by column, with the older texts spilled to disk beyond the budget."""

    def __init__(self, memory_budget: int = DEFAULT_MEMORY_BUDGET) -> None:
        self.memory_budget = max(64 * 1024, int(memory_budget))
        self._hot: list[str] = []  # texts of lines spilled .. count-1
        self._spilled = 0  # lines 0 .. spilled-1 are in the spill file
        self._offsets = array("q", [0])  # start of each spilled line, then the end
        self._spill: SpillFile | None = None
        self._hot_bytes = 0
        self._pages: OrderedDict[int, list[str]] = OrderedDict()
        self.streams = bytearray()
        self.eols = bytearray()
        self.stamps = array("q")
        self.stdout_lines = 0
        self.stderr_lines = 0
        self.markers = array("q")  # store indexes of marker rows
        self.longest = 0  # characters of the longest line (raw)
        self._closed = False

    def __len__(self) -> int:
        return len(self.streams)

    @property
    def spilled(self) -> int:
        return self._spilled

    @property
    def spill_bytes(self) -> int:
        return self._spill.size if self._spill is not None else 0

    @property
    def hot_bytes(self) -> int:
        return self._hot_bytes

    # -- appending --------------------------------------------------------------------------------
    def append(self, chunk: LogChunk) -> int:
        """Add *chunk*'s lines; returns how many."""
        texts = chunk.texts
        count = len(texts)
        if not count:
            return 0
        self._hot.extend(texts)
        self.streams += chunk.streams
        self.eols += chunk.eols
        self.stamps.extend(chunk.stamps)
        chars = sum(map(len, texts))
        self._hot_bytes += chars + _LINE_OVERHEAD * count
        longest = max(map(len, texts))
        if longest > self.longest:
            self.longest = longest
        errors = chunk.streams.count(STDERR)
        self.stderr_lines += errors
        self.stdout_lines += count - errors
        if self._hot_bytes > self.memory_budget:
            self._spill_excess()
        return count

    def append_marker(self, message: str, ns: int = 0) -> int:
        """Add one of Berth's marker rows; returns its index."""
        index = len(self.streams)
        message = message.replace("\n", " ")
        self._hot.append(message)
        self.streams.append(MARKER)
        self.eols.append(EOL_NONE)
        self.stamps.append(ns)
        self.markers.append(index)
        self._hot_bytes += len(message) + _LINE_OVERHEAD
        return index

    def _spill_excess(self) -> None:
        hot = self._hot
        if not hot:
            return
        # Down to a little under the budget: a spill a flush, each about as big as the flush, keeps the
        # GUI thread's share of the writing small.
        target = self.memory_budget - min(self.memory_budget // 8, 2 * 1024 * 1024)
        need = self._hot_bytes - target
        average = self._hot_bytes / len(hot)
        move = min(len(hot), max(1, int(need / average) + 1))
        lines = hot[:move]
        joined = "\n".join(lines)
        data = joined.encode("utf-8", "surrogatepass") + b"\n"
        if len(data) == len(joined) + 1:  # all ASCII: a character a byte
            lengths = map(len, lines)
        else:
            lengths = map(len, (line.encode("utf-8", "surrogatepass") for line in lines))
        if self._spill is None:
            self._spill = SpillFile()
        start = self._spill.append(data)
        offsets = self._offsets
        assert offsets[-1] == start
        offsets.extend(islice(accumulate(map(add, lengths, repeat(1)), initial=start), 1, None))
        # A cached page that ended at the old spill boundary is incomplete now.
        first_stale = self._spilled // _PAGE
        for page in [p for p in self._pages if p >= first_stale]:
            del self._pages[page]
        del hot[:move]
        self._spilled += move
        self._hot_bytes -= sum(map(len, lines)) + _LINE_OVERHEAD * move
        if self._hot_bytes < 0:
            self._hot_bytes = 0

    # -- reading ----------------------------------------------------------------------------------
    def text(self, index: int) -> str:
        """The raw text of line *index* (as the engine sent it, without its line ending)."""
        spilled = self._spilled
        if index >= spilled:
            return self._hot[index - spilled]
        if index < 0:
            raise IndexError(index)
        page = index // _PAGE
        lines = self._pages.get(page)
        if lines is None:
            lines = self._read_page(page)
        else:
            self._pages.move_to_end(page)
        return lines[index - page * _PAGE]

    def _read_page(self, page: int) -> list[str]:
        first = page * _PAGE
        last = min(first + _PAGE, self._spilled)
        lines = _read_spilled(self._spill, self._offsets, first, last)
        self._pages[page] = lines
        if len(self._pages) > _PAGE_CACHE:
            self._pages.popitem(last=False)
        return lines

    def snapshot(self) -> "StoreSnapshot":
        """What the store holds now, for a worker to read while the GUI keeps appending."""
        spill = self._spill.acquire() if self._spill is not None else None
        return StoreSnapshot(len(self.streams), self._spilled, self._hot[:], bytes(self.streams),
                             bytes(self.eols), self._offsets[:self._spilled + 1], spill)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._pages.clear()
        if self._spill is not None:
            self._spill.release()


def _read_spilled(spill: SpillFile | None, offsets: array, first: int, last: int) -> list[str]:
    if spill is None or last <= first:
        return []
    start = offsets[first]
    data = spill.read(start, offsets[last] - start)
    lines = data.decode("utf-8", "replace").split("\n")
    lines.pop()
    return lines


@dataclass
class StoreSnapshot:
    """A store's lines ``0 .. count-1`` as they were: the first ``spilled`` in the spill file."""

    count: int
    spilled: int
    hot: list[str]
    streams: bytes
    eols: bytes
    offsets: array
    spill: SpillFile | None

    def blocks(self, start: int = 0, end: int | None = None, size: int = 8192) -> Iterator[tuple[int, list[str]]]:
        """``(index of the first line, texts)`` for lines *start* .. *end*-1, a block at a time."""
        end = self.count if end is None else min(end, self.count)
        index = max(0, start)
        while index < end:
            stop = min(end, index + size)
            if index < self.spilled:
                stop = min(stop, self.spilled)
                yield index, _read_spilled(self.spill, self.offsets, index, stop)
            else:
                yield index, self.hot[index - self.spilled:stop - self.spilled]
            index = stop

    def release(self) -> None:
        if self.spill is not None:
            self.spill.release()
            self.spill = None


# --- search and save (in workers) ----------------------------------------------------------------

def compile_search(pattern: str, *, regex: bool, case_sensitive: bool) -> re.Pattern:
    """The compiled search; raises ``re.error`` for a bad regular expression."""
    flags = re.MULTILINE
    if not case_sensitive:
        flags |= re.IGNORECASE
    return re.compile(pattern if regex else re.escape(pattern), flags)


def plain_lines(lines: list[str]) -> list[str]:
    """*lines* as shown: without escape sequences and control characters."""
    joined = "\n".join(lines)
    if _CONTROLS.search(joined) is None:
        return lines
    return list(map(strip_ansi, lines))


def find_lines(snapshot: StoreSnapshot, pattern: re.Pattern, start: int = 0, end: int | None = None,
               cancelled=lambda: False) -> array:
    """Store indexes of the lines in *start* .. *end*-1 whose shown text matches *pattern* (markers
    are not searched)."""
    found = array("q")
    streams = snapshot.streams
    search = pattern.search
    for first, lines in snapshot.blocks(start, end):
        if cancelled():
            break
        lines = plain_lines(lines)
        joined = "\n".join(lines)
        match = search(joined)
        if match is None:
            continue
        starts = list(accumulate(map(add, map(len, lines), repeat(1)), initial=0))
        while match is not None:
            k = bisect_right(starts, match.start()) - 1
            if k >= len(lines):
                break
            if streams[first + k] != MARKER and (
                    match.end() <= starts[k] + len(lines[k]) or search(lines[k]) is not None):
                found.append(first + k)
            match = search(joined, starts[k + 1]) if k + 1 < len(starts) else None
    return found


_EOL_BYTES = (b"", b"\n", b"\r\n")


def save_chunks(snapshot: StoreSnapshot, cancelled=lambda: False) -> Iterator[bytes]:
    """The log as ``docker logs`` prints it: every line of both streams in engine order, with its own
    line ending and ANSI codes, without Berth's markers or the timestamps."""
    streams = snapshot.streams
    eols = snapshot.eols
    for first, lines in snapshot.blocks(size=32768):
        if cancelled():
            raise InterruptedError("save cancelled")
        stop = first + len(lines)
        block_eols = eols[first:stop]
        block_streams = streams[first:stop]
        if (MARKER not in block_streams and block_eols.count(1) == len(lines)):
            text = "\n".join(lines) + "\n"
            yield text.encode("utf-8", "surrogatepass")
            continue
        out: list[str] = []
        eol_text = ("", "\n", "\r\n")
        for line, stream, eol in zip(lines, block_streams, block_eols):
            if stream == MARKER:
                continue
            out.append(line + eol_text[eol])
        yield "".join(out).encode("utf-8", "surrogatepass")


def save_snapshot(snapshot: StoreSnapshot, path: str, cancelled=lambda: False) -> int:
    """Write *snapshot* to *path* atomically (a temporary file, then a rename); returns the lines
    written."""
    from ..backend.files import atomic_write

    try:
        atomic_write(path, save_chunks(snapshot, cancelled))
    finally:
        snapshot.release()
    return snapshot.count - snapshot.streams.count(MARKER)


# --- the Qt model --------------------------------------------------------------------------------

@dataclass
class _Shown:
    text: str  # what the row shows (timestamp, cut text)
    full: str  # the whole line without ANSI codes
    spans: list[Span]  # in display coordinates
    offset: int  # where the line's text starts in ``text`` (after the timestamp)
    cut: bool


class LogColours:
    """The colours rows are drawn in (set from the view's palette)."""

    def __init__(self) -> None:
        self.stderr_text = QColor("#b3261e")
        self.stderr_background = QColor(179, 38, 30, 22)
        self.marker_text = QColor("#3a4a8c")
        self.marker_background = QColor(58, 74, 140, 30)
        self.timestamp = QColor("#7a7a7a")
        self.cut_note = QColor("#7a7a7a")


class LogModel(QAbstractListModel):
    """The rows of one log. Rows are store lines from ``base`` on (``clear()`` moves ``base``)."""

    def __init__(self, store: LogStore | None = None, parent=None) -> None:
        super().__init__(parent)
        self.store = store if store is not None else LogStore()
        self.base = 0
        self.show_timestamps = False
        self.colours = LogColours()
        self._shown: OrderedDict[int, _Shown] = OrderedDict()
        self._formats: dict[tuple, QTextCharFormat] = {}
        self._fg_brushes: dict[tuple, QBrush] = {}
        self._stderr_brush = QBrush(self.colours.stderr_text)
        self._stderr_bg = QBrush(self.colours.stderr_background)
        self._marker_brush = QBrush(self.colours.marker_text)
        self._marker_bg = QBrush(self.colours.marker_background)
        self._bold = QFont()
        self._bold.setBold(True)
        self._cut_note = QCoreApplication.translate(
            "LogModel", "… (%1 more characters: double-click the line to see all of it)")

    # -- Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.store.streams) - self.base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row() + self.base
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(row).text
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            stream = self.store.streams[row]
            if stream == STDERR:
                return self._stderr_bg
            if stream == MARKER:
                return self._marker_bg
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if self.store.streams[row] == MARKER else None
        if role == StreamRole:
            return self.store.streams[row]
        if role == RawTextRole:
            return self.store.text(row)
        if role == FullTextRole:
            return self.shown(row).full
        if role == TimestampRole:
            return self.store.stamps[row]
        if role == FormatsRole:
            return self.formats(row)
        if role == MarkerRole:
            return self.store.streams[row] == MARKER
        if role == StoreIndexRole:
            return row
        if role == CutRole:
            return self.shown(row).cut
        if role == Qt.ItemDataRole.ToolTipRole:
            stream = self.store.streams[row]
            if stream == STDERR:
                return QCoreApplication.translate("LogModel", "Written to standard error (stderr)")
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = self.shown(row)
            if self.store.streams[row] == STDERR:
                return QCoreApplication.translate("LogModel", "stderr: %1").replace("%1", shown.text)
            return shown.text
        return None

    # -- changes ----------------------------------------------------------------------------------
    def append_chunks(self, chunks: Iterable[LogChunk]) -> int:
        """Add lines at the end (one beginInsertRows for all); returns how many."""
        chunks = [c for c in chunks if len(c)]
        count = sum(map(len, chunks))
        if not count:
            return 0
        first = self.rowCount()
        self.beginInsertRows(QModelIndex(), first, first + count - 1)
        for chunk in chunks:
            self.store.append(chunk)
        self.endInsertRows()
        return count

    def append_marker(self, message: str, ns: int = 0) -> int:
        first = self.rowCount()
        self.beginInsertRows(QModelIndex(), first, first)
        index = self.store.append_marker(message, ns)
        self.endInsertRows()
        return index

    def clear(self) -> None:
        """Hide every row there is now (the store keeps them: Save still writes them)."""
        self.beginResetModel()
        self.base = len(self.store.streams)
        self._shown.clear()
        self.endResetModel()

    def replace_store(self, store: LogStore) -> None:
        """Start over with *store* (another "since" choice)."""
        self.beginResetModel()
        old, self.store = self.store, store
        self.base = 0
        self._shown.clear()
        self.endResetModel()
        old.close()

    def set_show_timestamps(self, show: bool) -> None:
        if show == self.show_timestamps:
            return
        self.show_timestamps = show
        self._shown.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1),
                                  [Qt.ItemDataRole.DisplayRole, FormatsRole])

    def close(self) -> None:
        self.store.close()
        self._shown.clear()

    # -- what a row shows -------------------------------------------------------------------------
    def row_of(self, store_index: int) -> int:
        return store_index - self.base

    def shown(self, row: int) -> _Shown:
        """The display of store line *row*, cached for the rows on screen."""
        cache = self._shown
        shown = cache.get(row)
        if shown is not None:
            cache.move_to_end(row)
            return shown
        store = self.store
        raw = store.text(row)
        stream = store.streams[row]
        if stream == MARKER:
            plain, spans = raw, []
        else:
            plain, spans = parse_ansi(raw)
        full = plain
        cut = len(plain) > DISPLAY_CUT
        if cut:
            spans = [s._replace(end=min(s.end, DISPLAY_CUT)) for s in spans if s.start < DISPLAY_CUT]
            plain = plain[:DISPLAY_CUT] + " " + self._cut_note.replace("%1", f"{len(full) - DISPLAY_CUT:,}")
        offset = 0
        if self.show_timestamps:
            ns = store.stamps[row]
            prefix = (format_ns(ns) if ns else " " * 30) + " "
            offset = len(prefix)
            plain = prefix + plain
            spans = [s._replace(start=s.start + offset, end=s.end + offset) for s in spans]
        shown = _Shown(plain, full, spans, offset, cut)
        cache[row] = shown
        if len(cache) > 2048:
            cache.popitem(last=False)
        return shown

    def foreground(self, row: int):
        stream = self.store.streams[row]
        if stream == MARKER:
            return self._marker_brush
        shown = self.shown(row)
        for span in shown.spans:
            if span.fg is not None and not span.inverse:
                brush = self._fg_brushes.get(span.fg)
                if brush is None:
                    brush = self._fg_brushes[span.fg] = QBrush(QColor(*span.fg))
                return brush
        if stream == STDERR:
            return self._stderr_brush
        return None

    def formats(self, row: int) -> list:
        """``(start, length, QTextCharFormat)`` for the styled parts of the row's display text: the
        ANSI styles, the timestamp and the note on a cut line."""
        shown = self.shown(row)
        out = []
        if shown.offset:
            out.append((0, shown.offset - 1, self._format(("timestamp",))))
        for span in shown.spans:
            out.append((span.start, span.end - span.start, self._format(span.style)))
        if shown.cut:
            start = shown.offset + DISPLAY_CUT
            out.append((start, len(shown.text) - start, self._format(("cut",))))
        return out

    def _format(self, style: tuple) -> QTextCharFormat:
        fmt = self._formats.get(style)
        if fmt is not None:
            return fmt
        fmt = QTextCharFormat()
        if style == ("timestamp",):
            fmt.setForeground(self.colours.timestamp)
        elif style == ("cut",):
            fmt.setForeground(self.colours.cut_note)
            fmt.setFontItalic(True)
        else:
            fg, bg, bold, dim, italic, underline, inverse, strike = style
            if inverse:
                fg, bg = bg or (255, 255, 255), fg or (0, 0, 0)
            if fg is not None:
                colour = QColor(*fg)
                if dim:
                    colour.setAlpha(160)
                fmt.setForeground(colour)
            elif dim:
                fmt.setForeground(QColor(128, 128, 128))
            if bg is not None:
                fmt.setBackground(QColor(*bg))
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if italic:
                fmt.setFontItalic(True)
            if underline:
                fmt.setFontUnderline(True)
            if strike:
                fmt.setFontStrikeOut(True)
        self._formats[style] = fmt
        return fmt


class LogFilterModel(QAbstractListModel):
    """The rows of a ``LogModel`` that a search matched, and its markers, in log order."""

    def __init__(self, source: LogModel, parent=None) -> None:
        super().__init__(parent)
        self.source = source
        self.rows = array("q")  # store indexes

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        source = self.source
        return source.data(source.index(self.rows[index.row()] - source.base), role)

    def store_index(self, row: int) -> int:
        return self.rows[row]

    def row_for_store_index(self, store_index: int) -> int | None:
        pos = bisect_left(self.rows, store_index)
        if pos < len(self.rows) and self.rows[pos] == store_index:
            return pos
        return None

    def set_rows(self, rows: array) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def add_rows(self, rows: Iterable[int]) -> None:
        """Add store indexes that come after every row there is."""
        rows = array("q", rows)
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()


def merge_rows(matches: array, markers: array, start: int) -> array:
    """Sorted store indexes of *matches* and the *markers* from *start* on."""
    rows = matches[bisect_left(matches, start):]
    for marker in markers:
        if marker < start:
            continue
        pos = bisect_left(rows, marker)
        if pos == len(rows) or rows[pos] != marker:
            rows.insert(pos, marker)
    return rows

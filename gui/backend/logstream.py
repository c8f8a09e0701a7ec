"""Reading Docker's log and attach streams fast: frame demultiplexing, line splitting, resuming.

A container without a TTY sends its output multiplexed: frames of an 8-byte header (stream byte:
1 stdout, 2 stderr, 3 an error from the engine; three zero bytes; big-endian uint32 length) and the
payload. A container with a TTY sends raw bytes. With ``timestamps=True`` every log message starts
with its RFC 3339 timestamp (nanoseconds) and a space.

docker-py reads such a stream one small frame at a time, and under it http.client decodes the
response's chunked transfer coding one small HTTP chunk at a time (the engine flushes every message,
so every frame travels in a chunk of its own): several microseconds a line. Here the body is read
straight off the connection in large reads (``raw_body``), the transfer coding is undone over whole
reads (``ChunkedDecoder``), and a read made of whole-line frames, the usual case, is cut into lines
with C-level operations over the whole buffer; anything else goes frame by frame.

Lines come out in ``LogBatch`` objects (one per read), column-wise: a list of texts, one byte per line
for its stream and one for its line ending, and the timestamps. A batch behaves as a sequence of
``LogLine`` tuples, so ``for line in batch`` works, but a model can also keep the columns as they are.

A dropped connection is resumed with ``since=`` the last timestamp shown; ``ResumePoint`` tracks it
and ``ResumeFilter`` drops what the restarted stream sends again.
"""

from __future__ import annotations

import calendar
import re
import struct
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple, overload

from gui.backend.i18n import QT_TRANSLATE_NOOP, Text, text

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "EOL_CRLF",
    "EOL_LF",
    "EOL_NONE",
    "STDERR",
    "STDOUT",
    "SYSTEMERR",
    "ChunkedDecoder",
    "FrameDemuxer",
    "LineSplitter",
    "LogBatch",
    "LogDecoder",
    "LogLine",
    "LogStreamError",
    "ResumeFilter",
    "ResumePoint",
    "iter_chunks",
    "raw_body",
    "read_log_lines",
    "since_param",
    "timestamp_ns",
]

_CONTEXT = "LogStream"

STDIN = 0
STDOUT = 1
STDERR = 2
SYSTEMERR = 3

#: Line-ending codes in ``LogBatch.eols``: none (a last line without newline), ``\n``, ``\r\n``.
EOL_NONE = 0
EOL_LF = 1
EOL_CRLF = 2
_EOL_TEXT = ("", "\n", "\r\n")

_HEADER = struct.Struct(">LL")
_HEADER_SIZE = 8
# A header's first word is the stream byte followed by three zero bytes.
_WORD_STREAM = {STDIN << 24: STDOUT, STDOUT << 24: STDOUT, STDERR << 24: STDERR, SYSTEMERR << 24: SYSTEMERR}

#: How much a reader asks for at once.
DEFAULT_CHUNK_SIZE = 256 * 1024

# An RFC 3339 timestamp as Docker writes it (2024-05-01T10:00:00.123456789Z); the fraction and the
# offset are read in any form RFC 3339 allows.
_TIMESTAMP = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)"
_TIMESTAMP_RE = re.compile(_TIMESTAMP, re.ASCII)
_TIMESTAMP_PARTS = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d\d):(\d\d))", re.ASCII)
_HEX = re.compile(rb"[0-9A-Fa-f]{1,16}")
_TIMESTAMP_PREFIX_BYTES = re.compile(_TIMESTAMP.encode() + rb" ", re.ASCII)


class LogStreamError(Exception):
    """The stream is not what it should be, or the engine reported an error inside it. ``text`` is
    the sentence for the user; ``batch`` holds lines decoded from the same read before the error."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.text = message
        self.batch: LogBatch | None = None


class LogLine(NamedTuple):
    """One log line: its stream (``STDOUT``/``STDERR``), its text (decoded, without timestamp and
    line ending), its timestamp exactly as the engine wrote it (or ``None``), and its line ending
    (``"\\n"``, ``"\\r\\n"``, or ``""`` for a last line that had none)."""

    stream: int
    text: str
    timestamp: str | None
    eol: str

    def raw(self, with_timestamp: bool = False) -> str:
        """The line as ``docker logs`` (``-t`` with *with_timestamp*) prints it."""
        if with_timestamp and self.timestamp is not None:
            return f"{self.timestamp} {self.text}{self.eol}"
        return self.text + self.eol


class LogBatch(Sequence):
    """Lines read together, stored by column.

    ``texts``: list of str; ``streams``: bytearray, one ``STDOUT``/``STDERR`` byte a line; ``eols``:
    bytearray, one ``EOL_*`` code a line; ``timestamps``: list of str (or ``None`` items), or ``None`` when the
    stream has no timestamps. Indexing and iterating give ``LogLine`` tuples.
    """

    __slots__ = ("texts", "streams", "eols", "timestamps")

    def __init__(self, texts: list[str], streams: bytes | bytearray, eols: bytes | bytearray,
                 timestamps: list[str | None] | None) -> None:
        if not (len(texts) == len(streams) == len(eols)) or (
                timestamps is not None and len(timestamps) != len(texts)):
            raise ValueError("the columns of a LogBatch must have the same length")
        self.texts = texts
        self.streams = streams if type(streams) is bytearray else bytearray(streams)
        self.eols = eols if type(eols) is bytearray else bytearray(eols)
        self.timestamps = timestamps

    @classmethod
    def empty(cls, timestamps: bool = False) -> LogBatch:
        return cls([], b"", b"", [] if timestamps else None)

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, index: int) -> LogLine: ...
    @overload
    def __getitem__(self, index: slice) -> LogBatch: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LogBatch(self.texts[index], self.streams[index], self.eols[index],
                            None if self.timestamps is None else self.timestamps[index])
        ts = None if self.timestamps is None else self.timestamps[index]
        return LogLine(self.streams[index], self.texts[index], ts, _EOL_TEXT[self.eols[index]])

    def __iter__(self) -> Iterator[LogLine]:
        timestamps = repeat(None) if self.timestamps is None else self.timestamps
        eol_text = _EOL_TEXT
        for stream, line, ts, eol in zip(self.streams, self.texts, timestamps, self.eols):
            yield LogLine(stream, line, ts, eol_text[eol])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LogBatch):
            return list(self) == list(other)
        if isinstance(other, (list, tuple)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LogBatch({list(self)!r})"

    def count_stream(self, stream: int) -> int:
        """How many lines of this batch came on *stream*."""
        return self.streams.count(stream)

    def extend(self, other: LogBatch) -> None:
        """Append *other*'s lines to this batch."""
        if not other.texts:
            return
        if self.timestamps is None and other.timestamps is not None:
            self.timestamps = [None] * len(self.texts)
        if self.timestamps is not None:
            self.timestamps.extend(other.timestamps if other.timestamps is not None
                                   else repeat(None, len(other.texts)))
        self.texts.extend(other.texts)
        self.streams += other.streams
        self.eols += other.eols

    def raw(self, with_timestamps: bool = False) -> str:
        """All lines as ``docker logs`` prints them (``-t`` with *with_timestamps*)."""
        return "".join(line.raw(with_timestamps) for line in self)


# --- HTTP chunked transfer coding ----------------------------------------------------------------

class ChunkedDecoder:
    """Decodes an HTTP/1.1 chunked body (``size CRLF data CRLF`` ... ``0 CRLF trailers CRLF``) from
    bytes read in any sizes.

    The engine flushes every log message, so each frame usually travels in an HTTP chunk of its own;
    http.client decodes those one small chunk per call, several microseconds a frame. This does it over
    large raw reads.
    """

    __slots__ = ("_buf", "_left", "_crlf", "done")

    _MAX_SIZE_LINE = 4096

    def __init__(self) -> None:
        self._buf = b""
        self._left = 0    # data bytes of the current chunk still to come
        self._crlf = 0    # bytes of the CRLF after the current chunk's data still to come
        self.done = False  # the last (zero-size) chunk has been seen

    @property
    def at_chunk_start(self) -> bool:
        """Whether the next byte starts a chunk's size line (possibly after held-back bytes of it)."""
        return not (self._left or self._crlf or self.done)

    def take(self, data: bytes) -> bytes:
        """*data* behind the held-back bytes; only ``at_chunk_start``, when those start a chunk. The
        caller then ``feed``s or ``hold``s what it does not decode itself."""
        buf = self._buf + data if self._buf else data
        self._buf = b""
        return buf

    def hold(self, data: bytes) -> None:
        """Keep *data*, undecoded bytes that start a chunk, for the next ``take`` or ``feed``."""
        self._buf = data

    @property
    def holding(self) -> bool:
        return bool(self._buf)

    def feed(self, data: bytes) -> bytes:
        if self.done:
            return b""
        buf = self._buf + data if self._buf else data
        self._buf = b""
        out: list[bytes] = []
        pos = 0
        n = len(buf)
        find = buf.find
        while pos < n:
            left = self._left
            if left:
                end = pos + left
                if end > n:
                    out.append(buf[pos:])
                    self._left = end - n
                    break
                out.append(buf[pos:end])
                pos = end
                self._left = 0
                self._crlf = 2
            if self._crlf:
                if n - pos < self._crlf:
                    tail = buf[pos:]
                    if tail != b"\r\n"[2 - self._crlf:][:len(tail)]:
                        raise _bad_chunking()
                    self._crlf -= len(tail)
                    break
                if buf[pos:pos + self._crlf] != b"\r\n"[2 - self._crlf:]:
                    raise _bad_chunking()
                pos += self._crlf
                self._crlf = 0
                if pos >= n:
                    break
            eol = find(b"\r\n", pos)
            if eol < 0:
                if n - pos > self._MAX_SIZE_LINE:
                    raise _bad_chunking()
                self._buf = buf[pos:]
                break
            size_text = buf[pos:eol].split(b";", 1)[0].strip(b" \t")
            if _HEX.fullmatch(size_text) is None:
                raise _bad_chunking()
            size = int(size_text, 16)
            pos = eol + 2
            if size == 0:
                self.done = True  # trailers, if any, are of no interest
                break
            self._left = size
        if not out:
            return b""
        return out[0] if len(out) == 1 else b"".join(out)


def _bad_chunking() -> LogStreamError:
    return LogStreamError(text(_CONTEXT, QT_TRANSLATE_NOOP(
        "LogStream", "The engine's response is garbled: its chunked transfer coding is broken.")))


# --- frames --------------------------------------------------------------------------------------

class FrameDemuxer:
    """Cuts Docker's multiplexed stream into ``(stream, payload)`` frames, whatever the read sizes.

    ``feed`` takes any number of bytes and returns the frames completed by them; a frame split across
    reads is kept until its last byte arrives. Stream 0 (stdin) is reported as stdout, as the docker CLI
    does; stream 3 (``SYSTEMERR``) carries an error from the engine. A header that is not a frame
    header raises ``LogStreamError``.
    """

    __slots__ = ("_pending", "_need", "_offset")

    def __init__(self) -> None:
        self._pending = bytearray()
        self._need = 0
        self._offset = 0  # stream offset of the first byte not yet consumed, for error messages

    @property
    def pending(self) -> int:
        """Bytes of an incomplete frame held back."""
        return len(self._pending)

    def feed(self, data: bytes) -> list[tuple[int, bytes]]:
        streams, payloads, _ = self.feed_columns(data)
        return list(zip(streams, payloads))

    def feed_columns(self, data: bytes) -> tuple[bytearray, list[bytes], bool]:
        """The completed frames as columns: a stream byte a frame, the payloads, and whether every
        payload ends with a newline."""
        buf = self.take(data)
        if buf is None:
            return bytearray(), [], True
        return self.parse(buf, 0)

    def take(self, data: bytes) -> bytes | None:
        """The bytes to parse now, from a frame boundary: the held-back bytes and *data*; ``None``
        while the held-back frame is still incomplete. The caller then ``parse``s them (or ``hold``s
        what it leaves)."""
        if self._pending:
            self._pending += data
            if len(self._pending) < self._need:
                return None
            buf = bytes(self._pending)
            self._pending.clear()
            return buf
        return data if type(data) is bytes else bytes(data)

    def parse(self, buf: bytes, pos: int) -> tuple[bytearray, list[bytes], bool]:
        """The frames of *buf* from *pos* (a frame boundary), holding back an incomplete last one."""
        streams = bytearray()
        payloads: list[bytes] = []
        append = payloads.append
        append_stream = streams.append
        unpack = _HEADER.unpack_from
        words = _WORD_STREAM
        lines_only = True
        n = len(buf)
        while n - pos >= _HEADER_SIZE:
            word, length = unpack(buf, pos)
            stream = words.get(word)
            if stream is None:
                raise _bad_header(buf, pos, self._offset + pos)
            end = pos + _HEADER_SIZE + length
            if end > n:
                self._hold(buf, pos, end - pos)
                return streams, payloads, lines_only
            if length and buf[end - 1] != 10:
                lines_only = False
            append(buf[pos + _HEADER_SIZE:end])
            append_stream(stream)
            pos = end
        if pos < n:
            self._hold(buf, pos, _HEADER_SIZE)
        else:
            self._offset += n
        return streams, payloads, lines_only

    def _hold(self, buf: bytes, pos: int, need: int) -> None:
        self._pending += memoryview(buf)[pos:]
        self._need = need
        self._offset += pos


# The usual multiplexed log is one frame a line: header, payload, newline. Such a buffer can be cut at
# its newlines at C speed; the frame headers are then checked all at once against the pieces' lengths,
# and the payloads and (fixed-width) timestamps are taken off by slicing with C-level maps.
_U32 = next(code for code in "ILH" if array(code).itemsize == 4)
_SWAP = sys.byteorder == "little"
_HEADER_OF = itemgetter(slice(0, _HEADER_SIZE))
_PAYLOAD_OF = itemgetter(slice(_HEADER_SIZE, None))
_STAMP_WIDTH = 31  # "2024-05-01T10:00:00.123456789Z "
_STAMP_OF = itemgetter(slice(_HEADER_SIZE, _HEADER_SIZE + _STAMP_WIDTH))
_TEXT_OF = itemgetter(slice(_HEADER_SIZE + _STAMP_WIDTH, None))
_FIXED_STAMP_SHAPE = b"0000-00-00T00:00:00.000000000Z "
_LINE_FRAME_WORDS = frozenset((STDIN << 24, STDOUT << 24, STDERR << 24))
_minus = int.__sub__


def _line_frames(buf: bytes, timestamps: bool):
    """``(streams, block, stamps, end)`` for the whole-line frames of *buf* up to its last newline, when
    every frame there is exactly one line (and, with *timestamps*, every line starts with Docker's
    fixed-width timestamp); ``None`` otherwise. *block* holds the lines without their newlines, joined
    by newlines; *stamps* is the list of timestamps (``None`` without *timestamps*)."""
    last = buf.rfind(b"\n")
    if last < _HEADER_SIZE:
        return None
    lines = _check_line_frames(buf[:last].split(b"\n"), timestamps)
    return None if lines is None else (*lines, last + 1)


def _wire_line_frames(wire: bytes, timestamps: bool):
    """As ``_line_frames``, for the chunked HTTP body as the engine sends it, from a chunk boundary: one
    chunk a frame, one frame a line. Cut at newlines, such a body is a size line (``%x\r``), a frame
    line, and the ``\r`` of the chunk's CRLF, over and over; all three are checked at once."""
    last = wire.rfind(b"\n")
    if last < 0:
        return None
    pieces = wire[:last].split(b"\n")
    whole = len(pieces) // 3 * 3
    if not whole:
        return None
    del pieces[whole:]
    frames = pieces[1::3]
    count = len(frames)
    if pieces[2::3].count(b"\r") != count:
        return None
    if pieces[0::3] != list(map(b"%x\r".__mod__, map(_plus, map(len, frames), repeat(1)))):
        return None
    lines = _check_line_frames(frames, timestamps)
    if lines is None:
        return None
    return (*lines, sum(map(len, pieces)) + whole)


_plus = int.__add__
# The most undecoded bytes kept back after a read decoded at once (more goes through ChunkedDecoder).
_HOLD_MAX = 64 * 1024


def _check_line_frames(pieces: list[bytes], timestamps: bool):
    """``(streams, block, stamps)`` when each of *pieces* is a frame header and a payload whose newline
    (the frame's last byte) has been cut off; ``None`` otherwise."""
    count = len(pieces)
    headers = b"".join(map(_HEADER_OF, pieces))
    if len(headers) != _HEADER_SIZE * count:
        return None
    words = array(_U32, headers)
    if _SWAP:
        words.byteswap()
    try:
        # A frame's length counts its header-less payload with the newline: the piece's length - 7.
        expected = array(_U32, map(_minus, map(len, pieces), repeat(_HEADER_SIZE - 1)))
    except OverflowError:
        return None
    if words[1::2] != expected or not _LINE_FRAME_WORDS.issuperset(words[0::2]):
        return None
    streams = bytearray(headers[0::_HEADER_SIZE])
    if 0 in streams:
        streams = streams.replace(b"\0", b"\1")
    stamps = None
    if timestamps:
        stamp_bytes = b"".join(map(_STAMP_OF, pieces))
        if (len(stamp_bytes) != _STAMP_WIDTH * count
                or stamp_bytes.translate(_DIGITS_TO_ZERO) != _FIXED_STAMP_SHAPE * count):
            return None
        stamps = stamp_bytes.decode("ascii").split(" ")
        stamps.pop()
        block = b"\n".join(map(_TEXT_OF, pieces))
    else:
        block = b"\n".join(map(_PAYLOAD_OF, pieces))
    return streams, block, stamps


def _bad_header(buf: bytes, pos: int, offset: int) -> LogStreamError:
    return LogStreamError(text(_CONTEXT, QT_TRANSLATE_NOOP(
        "LogStream", "The log stream is garbled: expected a stdout or stderr frame at byte {offset}, "
        "found {found}."), offset=offset, found=bytes(buf[pos:pos + _HEADER_SIZE]).hex(" ")))


def _engine_error(payload: bytes) -> LogStreamError:
    return LogStreamError(text(_CONTEXT, QT_TRANSLATE_NOOP(
        "LogStream", "The engine reported an error while sending the log: {message}"),
        message=payload.decode("utf-8", "replace").strip()))


# --- lines ---------------------------------------------------------------------------------------

class LineSplitter:
    """Splits each stream's bytes into lines; a line may arrive in any number of pieces.

    With *timestamps*, each line's leading ``<RFC3339 timestamp> `` is taken off into the line's
    timestamp. Text is decoded as UTF-8 (invalid bytes become U+FFFD); a ``\r`` before the ``\n`` is
    taken off into the line ending.
    """

    __slots__ = ("_timestamps", "_pending")

    def __init__(self, timestamps: bool = False) -> None:
        self._timestamps = timestamps
        self._pending: dict[int, list[bytes]] = {}

    @property
    def timestamps(self) -> bool:
        return self._timestamps

    def has_partial(self, stream: int | None = None) -> bool:
        """Whether *stream* (or any stream) has an unfinished line waiting for its newline."""
        return bool(self._pending) if stream is None else stream in self._pending

    def feed(self, stream: int, data: bytes) -> LogBatch:
        """The lines of *stream* that *data* completes."""
        nl = data.rfind(b"\n")
        pending = self._pending
        if nl < 0:
            if data:
                held = pending.get(stream)
                if held is None:
                    pending[stream] = [bytes(data)]
                else:
                    held.append(bytes(data))
            return LogBatch.empty(self._timestamps)
        held = pending.pop(stream, None)
        if held is None:
            block = data[:nl]
        else:
            held.append(data[:nl])
            block = b"".join(held)
        if nl + 1 < len(data):
            pending[stream] = [bytes(data[nl + 1:])]
        return _make_lines(stream, block, EOL_LF, self._timestamps)

    def flush(self) -> LogBatch:
        """The unfinished last line of each stream, as lines without a line ending."""
        batch = LogBatch.empty(self._timestamps)
        pending, self._pending = self._pending, {}
        for stream, held in pending.items():
            batch.extend(_make_lines(stream, b"".join(held), EOL_NONE, self._timestamps))
        return batch


def _make_lines(stream: int | bytearray, block: bytes, last_eol: int, timestamps: bool,
                stamps: list[str] | None = None) -> LogBatch:
    """The lines of *block* (newline-separated, without its final line ending): every line but the last
    ended with a newline, the last one with *last_eol*. *stream* is one stream for all lines, or a
    column of one stream a line. With *timestamps*, each line's timestamp is split off, unless
    *stamps* already has them."""
    decoded = block.decode("utf-8", "replace")
    texts = decoded.split("\n")
    count = len(texts)
    if "\r" in decoded:
        eols = bytearray(count)
        for i, line in enumerate(texts):
            if line.endswith("\r") and (i < count - 1 or last_eol != EOL_NONE):
                texts[i] = line[:-1]
                eols[i] = EOL_CRLF
            else:
                eols[i] = EOL_LF
        if last_eol == EOL_NONE:
            eols[-1] = EOL_NONE
    else:
        eols = bytearray(b"\x01") * count
        eols[-1] = last_eol
    ts_column: list[str | None] | None = stamps
    if timestamps and stamps is None:
        ts_column, texts = _split_timestamps(texts)
    streams = bytearray((stream,)) * count if isinstance(stream, int) else stream
    return LogBatch(texts, streams, eols, ts_column)


# Timestamps with every digit turned into 0, in every form RFC 3339 allows: fraction of 0 to 9 digits,
# Z or an offset. A column of timestamps is checked against these with C-speed operations.
_DIGITS_TO_ZERO = bytes.maketrans(b"0123456789", b"0000000000")
_TIMESTAMP_SHAPES = frozenset(
    (b"0000-00-00T00:00:00" + (b"." + b"0" * digits if digits else b"") + zone)
    for digits in range(10) for zone in (b"Z", b"+00:00", b"-00:00"))


_STR_STAMP_OF = itemgetter(slice(0, 31))
_STR_TEXT_OF = itemgetter(slice(31, None))


def _split_timestamps(lines: list[str]) -> tuple[list[str | None], list[str]]:
    # Docker's own fixed-width form, checked and cut for all lines at once.
    heads = "".join(map(_STR_STAMP_OF, lines))
    if len(heads) == 31 * len(lines) and heads.isascii():
        if heads.encode("ascii").translate(_DIGITS_TO_ZERO) == _FIXED_STAMP_SHAPE * len(lines):
            stamps = heads.split(" ")
            stamps.pop()
            return stamps, list(map(_STR_TEXT_OF, lines))
    parts = [line.partition(" ") for line in lines]
    if not parts:
        return [], []
    stamps, spaces, texts = zip(*parts)
    if all(spaces):
        try:
            shapes = "\n".join(stamps).encode("ascii").translate(_DIGITS_TO_ZERO).split(b"\n")
        except UnicodeEncodeError:
            pass
        else:
            if _TIMESTAMP_SHAPES.issuperset(shapes):
                return list(stamps), list(texts)
    # Some line does not start with a timestamp: look at each.
    ts_column: list[str | None] = []
    out: list[str] = []
    for line, (stamp, space, rest) in zip(lines, parts):
        if space and _TIMESTAMP_RE.fullmatch(stamp):
            ts_column.append(stamp)
            out.append(rest)
        else:
            ts_column.append(None)
            out.append(line)
    return ts_column, out


# --- the whole stream ----------------------------------------------------------------------------

class LogDecoder:
    """Bytes of a log or attach response in, ``LogBatch`` out.

    *tty*: ``False`` for a multiplexed stream (a container without a TTY), ``True`` for raw bytes, or
    ``None`` to tell from the first bytes. *timestamps*: the stream was requested with timestamps.
    *chunked*: the bytes are an HTTP body still in chunked transfer coding.

    In a multiplexed stream each frame is one engine message. A long line reaches the engine's log in
    parts, each of which is a message with a timestamp of its own: those inner timestamps are dropped,
    so that the line reads as the program wrote it, with the timestamp of its first part.
    """

    __slots__ = ("_tty", "_timestamps", "_chunked", "_demux", "_splitter", "_continued", "_probe")

    def __init__(self, *, tty: bool | None = None, timestamps: bool = False, chunked: bool = False) -> None:
        self._tty = tty
        self._timestamps = timestamps
        self._chunked = ChunkedDecoder() if chunked else None
        self._demux = FrameDemuxer()
        self._splitter = LineSplitter(timestamps)
        self._continued: set[int] = set()
        self._probe = b""

    @property
    def tty(self) -> bool | None:
        """Whether the stream is raw (``None`` until the first bytes have told)."""
        return self._tty

    @property
    def ended(self) -> bool:
        """Whether a chunked body has reached its last chunk."""
        return self._chunked is not None and self._chunked.done

    def feed(self, chunk: bytes) -> LogBatch:
        chunked = self._chunked
        if chunked is not None:
            if (self._tty is False and chunked.at_chunk_start and not self._demux.pending
                    and not self._splitter.has_partial()):
                # The engine's usual body: one HTTP chunk a frame, one frame a line. All at once.
                wire = chunked.take(chunk if type(chunk) is bytes else bytes(chunk))
                fast = _wire_line_frames(wire, self._timestamps)
                if fast is not None:
                    streams, block, stamps, used = fast
                    batch = _make_lines(streams, block, EOL_LF, self._timestamps, stamps)
                    self._continued.clear()
                    rest = wire[used:]
                    if rest:
                        # What is left starts a chunk; a small rest is kept as it is, so that the next
                        # read can take this path again. The last chunk is decoded now.
                        if len(rest) <= _HOLD_MAX and not rest.startswith((b"0\r\n", b"0;")):
                            chunked.hold(rest)
                        else:
                            batch.extend(self._feed_body(chunked.feed(rest)))
                    return batch
                chunk = wire
            chunk = chunked.feed(chunk)
        return self._feed_body(chunk)

    def _feed_body(self, chunk: bytes) -> LogBatch:
        if self._tty is None:
            chunk = self._detect(chunk)
            if self._tty is None:
                return LogBatch.empty(self._timestamps)
        if self._tty:
            return self._splitter.feed(STDOUT, chunk)
        return self._feed_frames(chunk)

    def finish(self) -> LogBatch:
        """The unfinished last lines, at the end of the stream. An incomplete last frame (a dropped
        connection) is discarded: a stream resumed from the last timestamp sends its message again."""
        batch = LogBatch.empty(self._timestamps)
        if self._chunked is not None and self._chunked.holding:
            batch.extend(self._feed_body(self._chunked.feed(b"")))
        if self._tty is None and self._probe:
            self._tty = True
            batch.extend(self._splitter.feed(STDOUT, self._probe))
        batch.extend(self._splitter.flush())
        return batch

    def _detect(self, chunk: bytes) -> bytes:
        data = self._probe + bytes(chunk)
        if not data:
            return data
        if data[0] > SYSTEMERR or data[1:4].strip(b"\0"):
            self._tty = True  # not a frame header
        elif len(data) >= 4:
            self._tty = False
        else:
            self._probe = data
            return b""
        self._probe = b""
        return data

    def _feed_frames(self, chunk: bytes) -> LogBatch:
        demux = self._demux
        buf = demux.take(chunk)
        if buf is None:
            return LogBatch.empty(self._timestamps)
        batch = None
        pos = 0
        if not self._splitter.has_partial():
            # The usual case: one frame a whole line, all decoded at once.
            fast = _line_frames(buf, self._timestamps)
            if fast is not None:
                streams, block, stamps, pos = fast
                batch = _make_lines(streams, block, EOL_LF, self._timestamps, stamps)
                self._continued.clear()
        streams, payloads, lines_only = demux.parse(buf, pos)
        if batch is None:
            if not payloads:
                return LogBatch.empty(self._timestamps)
            return self._feed_frames_one_by_one(streams, payloads)
        if payloads:
            batch.extend(self._feed_frames_one_by_one(streams, payloads))
        return batch

    def _feed_frames_one_by_one(self, streams: bytearray, payloads: list[bytes]) -> LogBatch:
        batch = LogBatch.empty(self._timestamps)
        splitter = self._splitter
        timestamps = self._timestamps
        continued = self._continued
        run_stream = -1
        run: list[bytes] = []
        for stream, payload in zip(streams, payloads):
            if timestamps:
                # A message that continues an unfinished line loses its own timestamp.
                if stream in continued:
                    match = _TIMESTAMP_PREFIX_BYTES.match(payload)
                    if match:
                        payload = payload[match.end():]
                if payload.endswith(b"\n"):
                    continued.discard(stream)
                elif payload:
                    continued.add(stream)
            if stream != run_stream:
                if run:
                    batch.extend(splitter.feed(run_stream, run[0] if len(run) == 1 else b"".join(run)))
                if stream == SYSTEMERR:
                    batch.extend(splitter.flush())
                    error = _engine_error(payload)
                    error.batch = batch
                    raise error
                run = [payload]
                run_stream = stream
            else:
                run.append(payload)
        if run:
            batch.extend(splitter.feed(run_stream, run[0] if len(run) == 1 else b"".join(run)))
        return batch


class _Limited:
    """A reader that stops after *length* bytes (a body with a Content-Length)."""

    __slots__ = ("_fp", "_left")

    def __init__(self, fp, length: int) -> None:
        self._fp = fp
        self._left = length

    def read1(self, size: int = -1) -> bytes:
        if self._left <= 0:
            return b""
        size = self._left if size is None or size < 0 else min(size, self._left)
        data = self._fp.read1(size)
        self._left -= len(data)
        return data


def raw_body(response):
    """``(reader, chunked)`` for reading the body of *response* (a ``requests.Response``, a urllib3 or
    an http.client response, not yet read from) straight off its connection, or ``None`` when that is
    not possible (then read it through its own ``read1``). *reader* has ``read1``; *chunked* says
    whether the bytes are still in chunked transfer coding (``read_log_lines(..., chunked=True)``).

    Closing *response* (from any thread) still stops a read that is waiting.
    """
    import http.client

    urllib3_response = getattr(response, "raw", response)
    http_response = getattr(urllib3_response, "_fp", urllib3_response)
    if not isinstance(http_response, http.client.HTTPResponse):
        return None
    fp = http_response.fp
    if fp is None or not hasattr(fp, "read1"):
        return None
    headers = getattr(urllib3_response, "headers", None) or http_response.headers
    if (headers.get("content-encoding") or "identity").lower() != "identity":
        return None
    if getattr(urllib3_response, "_fp_bytes_read", 0) or len(getattr(urllib3_response, "_decoded_buffer", ())):
        return None
    if http_response.chunked:
        if http_response.chunk_left is not None:
            return None
        return fp, True
    if http_response.length is not None:
        return _Limited(fp, http_response.length), False
    return fp, False


def iter_chunks(source, chunk_size: int = DEFAULT_CHUNK_SIZE) -> Iterator[bytes]:
    """The bytes of *source* as they arrive: a file-like object with ``read1`` (returns what has
    arrived, up to *chunk_size*), one with only ``read``, bytes, or an iterable of bytes (a generator,
    ``response.iter_content(...)``)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        if source:
            yield bytes(source)
        return
    read = getattr(source, "read1", None) or getattr(source, "read", None)
    if read is not None:
        while True:
            chunk = read(chunk_size)
            if not chunk:
                return
            yield chunk
    else:
        for chunk in source:
            if chunk:
                yield chunk


def read_log_lines(source, *, tty: bool | None = None, timestamps: bool = False, chunked: bool = False,
                   chunk_size: int = DEFAULT_CHUNK_SIZE) -> Iterator[LogBatch]:
    """Yield one non-empty ``LogBatch`` per read of *source*, then the unfinished last lines.

    *source*: an HTTP response from the engine (``requests.Response`` from a ``stream=True`` call, or a
    urllib3/http.client response), read straight off the connection when ``raw_body`` allows;
    otherwise anything ``iter_chunks`` takes, whose bytes are in chunked transfer coding if *chunked*.

    Raises ``LogStreamError`` for a garbled stream or an error the engine sends in it (the lines
    before it are yielded first). Closing the response from another thread ends the read with the
    error the closed connection gives (``OSError`` or ``ValueError``), or with the end of the stream.
    """
    if not isinstance(source, (bytes, bytearray, memoryview)) and (
            hasattr(source, "raw") or hasattr(source, "_fp") or hasattr(source, "chunked")):
        body = raw_body(source)
        if body is not None:
            source, chunked = body
        elif hasattr(source, "raw"):
            source = source.raw
    decoder = LogDecoder(tty=tty, timestamps=timestamps, chunked=chunked)
    for chunk in iter_chunks(source, chunk_size):
        try:
            batch = decoder.feed(chunk)
        except LogStreamError as error:
            before = error.batch
            if before:
                yield before
            raise
        if batch:
            yield batch
        if decoder.ended:
            break
    tail = decoder.finish()
    if tail:
        yield tail


# --- resuming ------------------------------------------------------------------------------------

def timestamp_ns(timestamp: str) -> int:
    """Nanoseconds since the Unix epoch of an RFC 3339 timestamp (any fraction length, any offset)."""
    match = _TIMESTAMP_PARTS.fullmatch(timestamp)
    if match is None:
        raise ValueError(f"not an RFC 3339 timestamp: {timestamp!r}")
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    seconds = calendar.timegm((int(year), int(month), int(day), int(hour), int(minute), int(second)))
    if not zulu:
        offset = int(off_h) * 3600 + int(off_m) * 60
        seconds -= offset if sign == "+" else -offset
    nanos = int(fraction.ljust(9, "0")) if fraction else 0
    return seconds * 1_000_000_000 + nanos


def since_param(timestamp: str) -> str:
    """The engine's ``since`` query value (``seconds.nanoseconds``) for *timestamp*, to the nanosecond.
    (docker-py's ``since`` takes a float, which cannot hold nanoseconds.)"""
    seconds, nanos = divmod(timestamp_ns(timestamp), 1_000_000_000)
    return f"{seconds}.{nanos:09d}"


class ResumePoint:
    """Where a stream got to: the last timestamp shown and how many lines shown carry exactly it.

    Feed it every batch that is shown (``update``); after a reconnection ask the engine for
    ``since=since_param(point.timestamp)`` and pass the new stream through ``point.filter()``.
    """

    __slots__ = ("timestamp", "count")

    def __init__(self, timestamp: str | None = None, count: int = 0) -> None:
        self.timestamp = timestamp
        self.count = count

    def __repr__(self) -> str:
        return f"ResumePoint({self.timestamp!r}, {self.count})"

    @property
    def since(self) -> str | None:
        return None if self.timestamp is None else since_param(self.timestamp)

    def update(self, lines: LogBatch | Sequence[LogLine]) -> None:
        stamps = _timestamps_of(lines)
        i = len(stamps) - 1
        while i >= 0 and stamps[i] is None:
            i -= 1
        if i < 0:
            return
        last = stamps[i]
        same = 0
        while i >= 0:
            stamp = stamps[i]
            if stamp == last:
                same += 1
            elif stamp is not None:
                break
            i -= 1
        if i < 0 and last == self.timestamp:
            self.count += same
        else:
            self.timestamp, self.count = last, same

    def filter(self) -> ResumeFilter:
        return ResumeFilter(self.timestamp, self.count)


class ResumeFilter:
    """Drops, from a stream restarted with ``since=`` *last_timestamp*, what was already shown: lines
    older than it (an engine whose ``since`` counts whole seconds sends those), and the first
    *already_seen* lines carrying exactly it. Lines without a timestamp pass. Once a new line has
    passed, everything passes."""

    __slots__ = ("_last", "_skip", "active")

    def __init__(self, last_timestamp: str | None, already_seen: int = 0) -> None:
        self._last = None if last_timestamp is None else timestamp_ns(last_timestamp)
        self._skip = already_seen
        self.active = last_timestamp is not None

    @overload
    def filter(self, lines: LogBatch) -> LogBatch: ...
    @overload
    def filter(self, lines: Sequence[LogLine]) -> list[LogLine]: ...

    def filter(self, lines):
        if not self.active or not lines:
            return lines
        stamps = _timestamps_of(lines)
        keep: list[int] = []
        last = self._last
        for i, stamp in enumerate(stamps):
            if stamp is None:
                keep.append(i)
                continue
            try:
                key = timestamp_ns(stamp)
            except ValueError:
                keep.append(i)
                continue
            if key < last:
                continue
            if key == last and self._skip > 0:
                self._skip -= 1
                continue
            self.active = False
            if isinstance(lines, LogBatch):
                if not keep:
                    return lines[i:]
                result = _pick(lines, keep)
                result.extend(lines[i:])
                return result
            return [lines[j] for j in keep] + list(lines[i:])
        if isinstance(lines, LogBatch):
            return _pick(lines, keep)
        return [lines[j] for j in keep]


def _timestamps_of(lines) -> Sequence[str | None]:
    if isinstance(lines, LogBatch):
        return lines.timestamps if lines.timestamps is not None else [None] * len(lines)
    return [line.timestamp for line in lines]


def _pick(batch: LogBatch, indexes: Iterable[int]) -> LogBatch:
    indexes = list(indexes)
    return LogBatch([batch.texts[i] for i in indexes], bytearray(batch.streams[i] for i in indexes),
                    bytearray(batch.eols[i] for i in indexes),
                    None if batch.timestamps is None else [batch.timestamps[i] for i in indexes])

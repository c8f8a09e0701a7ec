"""The log stream reader: frames, lines, timestamps, HTTP chunking, real HTTP responses, resuming."""

from __future__ import annotations

import re
import socket
import struct
import threading

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.backend.i18n import Text
from gui.backend.logstream import (
    EOL_CRLF,
    EOL_LF,
    EOL_NONE,
    STDERR,
    STDOUT,
    SYSTEMERR,
    ChunkedDecoder,
    FrameDemuxer,
    LineSplitter,
    LogBatch,
    LogDecoder,
    LogLine,
    LogStreamError,
    ResumeFilter,
    ResumePoint,
    iter_chunks,
    raw_body,
    read_log_lines,
    since_param,
    timestamp_ns,
)

TS1 = "2024-05-01T10:00:00.000000001Z"
TS2 = "2024-05-01T10:00:00.000000002Z"
TS3 = "2024-05-01T10:00:01.500000000Z"


def frame(stream: int, payload: bytes) -> bytes:
    return struct.pack(">BxxxL", stream, len(payload)) + payload


def http_chunked(pieces: list[bytes]) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces if p) + b"0\r\n\r\n"


def decode_all(data: bytes, cuts=(), **options) -> list[LogLine]:
    """Feed *data* to a LogDecoder cut at *cuts*, and return every line."""
    decoder = LogDecoder(**options)
    lines: list[LogLine] = []
    start = 0
    for cut in sorted(set(cuts)) + [len(data)]:
        lines.extend(decoder.feed(data[start:cut]))
        start = cut
    lines.extend(decoder.finish())
    return lines


# --- a plain reference implementation, line by line --------------------------------------------

_TS_PREFIX = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d) ")


def reference_lines(messages: list[tuple[int, bytes]], timestamps: bool) -> list[LogLine]:
    """What the reader must produce for these messages (one frame each, or the bytes of a TTY stream
    when there is a single message with stream None)."""
    pending: dict[int, list] = {}
    out: list[LogLine] = []

    def emit(stream, ts, raw: bytes, ended: bool):
        line = raw.decode("utf-8", "replace")
        eol = ""
        if ended:
            eol = "\n"
            if line.endswith("\r"):
                line, eol = line[:-1], "\r\n"
        out.append(LogLine(stream, line, ts, eol))

    for stream, payload in messages:
        tty = stream is None
        stream = STDOUT if stream in (None, 0) else stream
        data = payload
        if timestamps and not tty and stream in pending:
            match = _TS_PREFIX.match(data)  # a continued message's own timestamp goes
            if match:
                data = data[match.end():]
        while data:
            if stream not in pending:
                ts = None
                if timestamps:
                    nl = data.find(b"\n")
                    first = data if nl < 0 else data[:nl]
                    match = _TS_PREFIX.match(first)
                    if match:
                        ts = match.group(0)[:-1].decode()
                        data = data[match.end():]
                pending[stream] = [ts, b""]
            nl = data.find(b"\n")
            if nl < 0:
                pending[stream][1] += data
                break
            ts, raw = pending.pop(stream)
            emit(stream, ts, raw + data[:nl], True)
            data = data[nl + 1:]
    for stream, (ts, raw) in pending.items():
        emit(stream, ts, raw, False)
    return out


# --- frames --------------------------------------------------------------------------------------

SAMPLE_FRAMES = [
    (STDOUT, b"hello\n"),
    (STDERR, b"oops\n"),
    (STDOUT, b""),
    (STDOUT, b"123456789\n"),  # length 10: a newline byte inside the header
    (0, b"from stdin\n"),
    (STDERR, b"no newline"),
    (STDOUT, "caf\u00e9 \u2603\n".encode()),
    (STDOUT, b"x" * 300 + b"\n"),
]
SAMPLE = b"".join(frame(s, p) for s, p in SAMPLE_FRAMES)
SAMPLE_EXPECTED = [(STDOUT if s == 0 else s, p) for s, p in SAMPLE_FRAMES]


def test_demuxer_many_frames_in_one_read():
    assert FrameDemuxer().feed(SAMPLE) == SAMPLE_EXPECTED


@pytest.mark.parametrize("cut", range(len(SAMPLE) + 1))
def test_demuxer_split_at_every_byte_offset(cut):
    demux = FrameDemuxer()
    frames = demux.feed(SAMPLE[:cut]) + demux.feed(SAMPLE[cut:])
    assert frames == SAMPLE_EXPECTED
    assert demux.pending == 0


def test_demuxer_one_byte_at_a_time():
    demux = FrameDemuxer()
    frames = []
    for i in range(len(SAMPLE)):
        frames += demux.feed(SAMPLE[i:i + 1])
    assert frames == SAMPLE_EXPECTED


def test_demuxer_holds_an_incomplete_frame():
    demux = FrameDemuxer()
    assert demux.feed(frame(STDOUT, b"abcdef")[:-2]) == []
    assert demux.pending == 12
    assert demux.feed(b"ef") == [(STDOUT, b"abcdef")]


def test_demuxer_large_frame_in_many_reads():
    payload = bytes(range(256)) * 4096  # 1 MiB
    data = frame(STDERR, payload)
    demux = FrameDemuxer()
    frames = []
    for i in range(0, len(data), 1000):
        frames += demux.feed(data[i:i + 1000])
    assert frames == [(STDERR, payload)]


def test_demuxer_rejects_a_bad_header():
    demux = FrameDemuxer()
    with pytest.raises(LogStreamError) as caught:
        demux.feed(frame(STDOUT, b"ok\n") + b"\x01\x00\x05\x00\x00\x00\x00\x01x")
    assert isinstance(caught.value.text, Text)
    assert "byte 11" in str(caught.value)
    with pytest.raises(LogStreamError):
        FrameDemuxer().feed(b"\x07\x00\x00\x00\x00\x00\x00\x00")


def test_demuxer_reports_engine_error_frames():
    assert FrameDemuxer().feed(frame(SYSTEMERR, b"boom")) == [(SYSTEMERR, b"boom")]


# --- lines ---------------------------------------------------------------------------------------

def test_splitter_joins_pieces_and_keeps_streams_apart():
    splitter = LineSplitter()
    assert list(splitter.feed(STDOUT, b"hel")) == []
    assert list(splitter.feed(STDERR, b"err")) == []
    assert list(splitter.feed(STDOUT, b"lo\nwor")) == [LogLine(STDOUT, "hello", None, "\n")]
    assert list(splitter.feed(STDERR, b"or\n\n")) == [LogLine(STDERR, "error", None, "\n"),
                                                      LogLine(STDERR, "", None, "\n")]
    assert splitter.has_partial(STDOUT) and not splitter.has_partial(STDERR)
    assert list(splitter.flush()) == [LogLine(STDOUT, "wor", None, "")]
    assert list(splitter.flush()) == []


def test_splitter_crlf_and_stray_carriage_returns():
    splitter = LineSplitter()
    lines = list(splitter.feed(STDOUT, b"a\r\nb\rc\r\nd\n\r\n"))
    assert lines == [LogLine(STDOUT, "a", None, "\r\n"), LogLine(STDOUT, "b\rc", None, "\r\n"),
                     LogLine(STDOUT, "d", None, "\n"), LogLine(STDOUT, "", None, "\r\n")]
    # A \r at the very end of the stream is not a line ending.
    splitter.feed(STDOUT, b"end\r")
    assert list(splitter.flush()) == [LogLine(STDOUT, "end\r", None, "")]


def test_splitter_crlf_split_between_reads():
    splitter = LineSplitter()
    assert list(splitter.feed(STDOUT, b"a\r")) == []
    assert list(splitter.feed(STDOUT, b"\n")) == [LogLine(STDOUT, "a", None, "\r\n")]


def test_splitter_unicode_split_across_reads():
    data = "\u00e9t\u00e9 \u2603 \U0001f433\n".encode()
    for cut in range(len(data) + 1):
        splitter = LineSplitter()
        lines = list(splitter.feed(STDOUT, data[:cut])) + list(splitter.feed(STDOUT, data[cut:]))
        assert lines == [LogLine(STDOUT, "\u00e9t\u00e9 \u2603 \U0001f433", None, "\n")], cut


def test_splitter_replaces_invalid_utf8():
    lines = list(LineSplitter().feed(STDOUT, b"ok \xff\xfe end\ntrunc\xe2\x82\n"))
    assert lines == [LogLine(STDOUT, "ok \ufffd\ufffd end", None, "\n"),
                     LogLine(STDOUT, "trunc\ufffd", None, "\n")]


def test_splitter_parses_timestamps():
    splitter = LineSplitter(timestamps=True)
    data = (f"{TS1} first\n{TS2} second line\r\n"
            "2024-05-01T12:00:00+02:00 offset form\n"
            "2024-05-01T10:00:00.5Z short fraction\n"
            "no timestamp here\n"
            f"{TS3}\n"
            f"{TS3}  two spaces\n").encode()
    assert list(splitter.feed(STDOUT, data)) == [
        LogLine(STDOUT, "first", TS1, "\n"),
        LogLine(STDOUT, "second line", TS2, "\r\n"),
        LogLine(STDOUT, "offset form", "2024-05-01T12:00:00+02:00", "\n"),
        LogLine(STDOUT, "short fraction", "2024-05-01T10:00:00.5Z", "\n"),
        LogLine(STDOUT, "no timestamp here", None, "\n"),
        LogLine(STDOUT, TS3, None, "\n"),  # a timestamp with no space after it is text
        LogLine(STDOUT, " two spaces", TS3, "\n"),
    ]


def test_fixed_width_timestamps_fast_path_matches_general_path():
    lines = [f"2024-05-01T10:00:{i % 60:02d}.{i:09d}Z line {i}" for i in range(500)]
    data = ("\n".join(lines) + "\n").encode()
    fast = list(LineSplitter(timestamps=True).feed(STDOUT, data))
    general = list(LineSplitter(timestamps=True).feed(STDOUT, data + b"x\n"))[:-1]
    assert fast == general
    assert fast[7] == LogLine(STDOUT, "line 7", "2024-05-01T10:00:07.000000007Z", "\n")


def test_log_line_raw_forms():
    line = LogLine(STDERR, "text", TS1, "\r\n")
    assert line.raw() == "text\r\n"
    assert line.raw(with_timestamp=True) == f"{TS1} text\r\n"
    assert LogLine(STDOUT, "x", None, "").raw(True) == "x"


# --- batches -------------------------------------------------------------------------------------

def test_batch_columns_and_views():
    batch = LineSplitter(timestamps=True).feed(STDERR, f"{TS1} a\n{TS2} b\r\n".encode())
    assert isinstance(batch, LogBatch)
    assert batch.texts == ["a", "b"]
    assert batch.streams == bytes([STDERR, STDERR])
    assert batch.eols == bytes([EOL_LF, EOL_CRLF])
    assert batch.timestamps == [TS1, TS2]
    assert len(batch) == 2
    assert batch[1] == LogLine(STDERR, "b", TS2, "\r\n")
    assert batch[-1] == batch[1]
    assert list(batch[1:]) == [batch[1]]
    assert batch.count_stream(STDERR) == 2
    assert batch.raw() == "a\nb\r\n"
    assert batch.raw(with_timestamps=True) == f"{TS1} a\n{TS2} b\r\n"


def test_batch_extend_with_and_without_timestamps():
    batch = LogBatch.empty()
    batch.extend(LineSplitter().feed(STDOUT, b"a\n"))
    batch.extend(LineSplitter(timestamps=True).feed(STDERR, f"{TS1} b\n".encode()))
    assert list(batch) == [LogLine(STDOUT, "a", None, "\n"), LogLine(STDERR, "b", TS1, "\n")]
    assert batch.eols == bytes([EOL_LF, EOL_LF])
    with pytest.raises(ValueError):
        LogBatch(["a"], b"", b"\x01", None)


# --- the whole stream ----------------------------------------------------------------------------

MIXED = [(STDOUT, b"out 1\n"), (STDERR, b"err 1\n"), (STDOUT, b"out 2\n"), (STDOUT, b"out 3\n"),
         (STDERR, b"err 2\n")]


@pytest.mark.parametrize("cut", range(len(b"".join(frame(s, p) for s, p in MIXED)) + 1))
def test_mixed_streams_split_at_every_offset(cut):
    data = b"".join(frame(s, p) for s, p in MIXED)
    lines = decode_all(data, [cut], tty=False)
    assert [(line.stream, line.text) for line in lines] == [
        (STDOUT, "out 1"), (STDERR, "err 1"), (STDOUT, "out 2"), (STDOUT, "out 3"), (STDERR, "err 2")]


@pytest.mark.parametrize("cut", range(len(SAMPLE) + 1))
def test_sample_stream_split_at_every_offset_matches_reference(cut):
    assert decode_all(SAMPLE, [cut], tty=False) == reference_lines(SAMPLE_FRAMES, False)


def test_tty_stream_has_no_headers():
    data = b"\x1b[32mgreen\x1b[0m\r\nplain\r\nlast"
    for cut in range(len(data) + 1):
        assert decode_all(data, [cut], tty=True) == [
            LogLine(STDOUT, "\x1b[32mgreen\x1b[0m", None, "\r\n"),
            LogLine(STDOUT, "plain", None, "\r\n"),
            LogLine(STDOUT, "last", None, ""),
        ]


def test_tty_is_detected_from_the_first_bytes():
    framed = b"".join(frame(s, p) for s, p in MIXED)
    decoder = LogDecoder()
    assert decoder.tty is None
    assert len(decoder.feed(framed[:2])) == 0 and decoder.tty is None
    assert len(decoder.feed(framed[2:])) == 5 and decoder.tty is False
    raw = LogDecoder()
    assert list(raw.feed(b"hi\n")) == [LogLine(STDOUT, "hi", None, "\n")]
    assert raw.tty is True
    assert decode_all(b"\x01", tty=None) == [LogLine(STDOUT, "\x01", None, "")]
    assert decode_all(b"\x01\x00\x00\x00\x00\x00\x00\x03ok\n", tty=None) == [LogLine(STDOUT, "ok", None, "\n")]


def test_timestamps_in_a_multiplexed_stream():
    data = b"".join(frame(s, p) for s, p in [
        (STDOUT, f"{TS1} hello\n".encode()), (STDERR, f"{TS2} warning\n".encode())])
    assert decode_all(data, tty=False, timestamps=True) == [
        LogLine(STDOUT, "hello", TS1, "\n"), LogLine(STDERR, "warning", TS2, "\n")]


def test_long_line_parts_lose_their_inner_timestamps():
    # The engine splits a long line into messages of 16 KiB, each with its own timestamp.
    part = b"y" * 16384
    data = b"".join(frame(s, p) for s, p in [
        (STDOUT, f"{TS1} ".encode() + part),
        (STDERR, f"{TS2} interleaved\n".encode()),
        (STDOUT, f"{TS2} ".encode() + part),
        (STDOUT, f"{TS3} ".encode() + b"end\n"),
    ])
    for cut in (0, 5, 16390, 16400, len(data) - 3):
        lines = decode_all(data, [cut], tty=False, timestamps=True)
        assert lines == [LogLine(STDERR, "interleaved", TS2, "\n"),
                         LogLine(STDOUT, "y" * 32768 + "end", TS1, "\n")]


def test_engine_error_in_the_stream():
    data = frame(STDOUT, b"before\n") + frame(STDOUT, b"partial") + frame(SYSTEMERR, b"disk on fire\n")
    batches = []
    with pytest.raises(LogStreamError) as caught:
        for batch in read_log_lines([data], tty=False):
            batches.append(batch)
    assert "disk on fire" in str(caught.value)
    assert isinstance(caught.value.text, Text)
    assert [line for batch in batches for line in batch] == [
        LogLine(STDOUT, "before", None, "\n"), LogLine(STDOUT, "partial", None, "")]


def test_an_incomplete_last_frame_is_dropped():
    data = frame(STDOUT, b"whole\n") + frame(STDOUT, b"cut off\n")[:-3]
    assert decode_all(data, tty=False) == [LogLine(STDOUT, "whole", None, "\n")]


_pieces = st.sampled_from([b"a", b"bc", b"\n", b"\r", b"\r\n", b" ", "\u00e9".encode(), b"\xe2\x82",
                           b"\xff", b"\x1b[31m", b"123456789", b"x" * 300, TS1.encode() + b" ",
                           TS2.encode() + b" ", b"2024-05-01T10:00:00Z "])
_payload = st.lists(_pieces, max_size=8).map(b"".join)
_messages = st.lists(st.tuples(st.sampled_from([0, STDOUT, STDERR]), _payload), max_size=25)
_line_messages = st.lists(st.tuples(st.sampled_from([STDOUT, STDERR]),
                                    st.lists(st.sampled_from([b"a", b"bc", b"x" * 255, "\u00e9".encode()]),
                                             max_size=4).map(lambda p: TS1.encode() + b" " + b"".join(p) + b"\n")),
                          max_size=25)


@settings(max_examples=600, deadline=None)
@given(messages=st.one_of(_messages, _line_messages), timestamps=st.booleans(),
       cuts=st.lists(st.integers(0, 4000), max_size=6),
       chunking=st.sampled_from(["none", "random", "per frame"]),
       http_cuts=st.lists(st.integers(0, 4000), max_size=6))
def test_decoder_matches_reference(messages, timestamps, cuts, chunking, http_cuts):
    body = b"".join(frame(s, p) for s, p in messages)
    chunked = chunking != "none"
    if chunking == "random":
        points = sorted({c for c in http_cuts if c < len(body)} | {0, len(body)})
        body = http_chunked([body[a:b] for a, b in zip(points, points[1:])])
    elif chunking == "per frame":  # as the engine sends it
        body = http_chunked([frame(s, p) for s, p in messages])
    lines = decode_all(body, [c for c in cuts if c <= len(body)], tty=False, timestamps=timestamps,
                       chunked=chunked)
    assert lines == reference_lines(messages, timestamps)


@settings(max_examples=200, deadline=None)
@given(data=_payload.map(lambda p: b"z" + p), timestamps=st.booleans(), cuts=st.lists(st.integers(0, 300), max_size=5))
def test_tty_decoder_matches_reference(data, timestamps, cuts):
    assert decode_all(data, cuts, tty=True, timestamps=timestamps) == reference_lines([(None, data)], timestamps)


def test_two_hundred_thousand_lines():
    count = 200_000
    messages = [(STDERR if i % 7 == 0 else STDOUT,
                 f"2024-05-01T10:{i // 60000 % 60:02d}:{i // 1000 % 60:02d}.{i:09d}Z line {i}\n".encode())
                for i in range(count)]
    body = b"".join(frame(s, p) for s, p in messages)
    wire = http_chunked([frame(s, p) for s, p in messages])  # one HTTP chunk a frame, as the engine sends
    chunks = [wire[i:i + 256 * 1024] for i in range(0, len(wire), 256 * 1024)]
    seen = 0
    stderr = 0
    batches = 0
    for batch in read_log_lines(iter(chunks), tty=False, timestamps=True, chunked=True):
        batches += 1
        assert batch.texts[0] == f"line {seen}"
        assert batch.timestamps[-1].endswith(f".{seen + len(batch) - 1:09d}Z")
        seen += len(batch)
        stderr += batch.count_stream(STDERR)
    assert seen == count
    assert stderr == len(range(0, count, 7))
    assert batches >= len(chunks) - 1  # one batch a read, so a worker can hand each over
    assert len(body) < len(wire)


# --- HTTP chunked transfer coding ----------------------------------------------------------------

def test_chunked_decoder_at_every_offset():
    body = http_chunked([b"hello ", b"world\r\n", b"x" * 20]) + b"ignored after the end"
    for cut in range(len(body) + 1):
        decoder = ChunkedDecoder()
        assert decoder.feed(body[:cut]) + decoder.feed(body[cut:]) == b"hello world\r\n" + b"x" * 20
        assert decoder.done


def test_chunked_decoder_extensions_and_trailers():
    decoder = ChunkedDecoder()
    assert decoder.feed(b"5;name=value\r\nhello\r\n0\r\nTrailer: x\r\n\r\n") == b"hello"
    assert decoder.done


@pytest.mark.parametrize("bad", [b"zz\r\nhello\r\n", b"5\r\nhelloXX", b"-5\r\nhello\r\n", b"0x5\r\nhello\r\n",
                                 b"1" * 5000])
def test_chunked_decoder_rejects_garbage(bad):
    with pytest.raises(LogStreamError):
        ChunkedDecoder().feed(bad)


def test_iter_chunks_sources():
    class Reader:
        def __init__(self, data):
            self.data = data

        def read(self, size):
            out, self.data = self.data[:size], self.data[size:]
            return out

    assert list(iter_chunks(Reader(b"abcdefg"), 3)) == [b"abc", b"def", b"g"]
    assert list(iter_chunks(b"abc")) == [b"abc"]
    assert list(iter_chunks(b"")) == []
    assert list(iter_chunks([b"a", b"", b"b"])) == [b"a", b"b"]


# --- real HTTP responses -------------------------------------------------------------------------

class OneShotServer:
    """A loopback HTTP server answering one request with the given head and body pieces, then waiting
    for *hold* (if any) before closing."""

    def __init__(self, head: bytes, pieces: list[bytes], hold: threading.Event | None = None):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.head, self.pieces, self.hold = head, pieces, hold
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        conn, _ = self.sock.accept()
        with conn:
            request = b""
            while b"\r\n\r\n" not in request:
                request += conn.recv(65536)
            conn.sendall(self.head)
            for piece in self.pieces:
                conn.sendall(piece)
            if self.hold is not None:
                self.hold.wait(60)  # longer than any client timeout: a client waiting here fails

    def close(self):
        if self.hold is not None:
            self.hold.set()
        self.thread.join(10)
        self.sock.close()
        assert not self.thread.is_alive()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/containers/x/logs"


@pytest.fixture
def serve():
    servers = []

    def start(head, pieces, hold=None):
        server = OneShotServer(head, pieces, hold)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


CHUNKED_HEAD = (b"HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n")


def test_reads_a_chunked_response_off_the_connection(serve):
    messages = [(STDOUT if i % 3 else STDERR, f"{TS1} line {i}\n".encode()) for i in range(5000)]
    wire = http_chunked([frame(s, p) for s, p in messages])
    server = serve(CHUNKED_HEAD, [wire[i:i + 7000] for i in range(0, len(wire), 7000)])
    with requests.get(server.url, stream=True, timeout=10) as response:
        body = raw_body(response)
        assert body is not None and body[1] is True
        lines = [line for batch in read_log_lines(response, tty=False, timestamps=True) for line in batch]
    assert lines == reference_lines(messages, True)


def test_a_chunked_response_ends_at_its_last_chunk_on_a_kept_alive_connection(serve):
    for count in range(1, 8):  # the last chunk falls in each position of the fast path's pieces
        messages = [(STDOUT, f"{TS1} line {i}\n".encode()) for i in range(count)]
        wire = http_chunked([frame(s, p) for s, p in messages])
        server = serve(CHUNKED_HEAD, [wire], hold=threading.Event())  # the connection stays open
        # A reader that missed the last chunk would wait for more and time out.
        with requests.get(server.url, stream=True, timeout=5) as response:
            lines = [line for batch in read_log_lines(response, tty=False, timestamps=True) for line in batch]
        assert lines == reference_lines(messages, True)
        server.close()


def test_reads_a_response_with_content_length(serve):
    payload = b"".join(frame(STDOUT, f"line {i}\n".encode()) for i in range(100))
    head = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(payload)
    server = serve(head, [payload], hold=threading.Event())  # the connection stays open after the body
    with requests.get(server.url, stream=True, timeout=10) as response:
        assert raw_body(response)[1] is False
        lines = [line for batch in read_log_lines(response, tty=False) for line in batch]
    assert [line.text for line in lines] == [f"line {i}" for i in range(100)]


def test_raw_body_declines_what_it_cannot_read_raw(serve):
    assert raw_body(object()) is None
    assert raw_body(b"bytes") is None
    head = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 0\r\n\r\n"
    server = serve(head, [])
    with requests.get(server.url, stream=True, timeout=10) as response:
        assert raw_body(response) is None


def test_a_response_already_read_from_is_not_taken_raw(serve):
    wire = http_chunked([frame(STDOUT, b"one\n"), frame(STDOUT, b"two\n")])
    server = serve(CHUNKED_HEAD, [wire])
    with requests.get(server.url, stream=True, timeout=10) as response:
        first = response.raw.read(12)
        assert raw_body(response) is None
        # Read on through urllib3's own decoding, from where it stands.
        lines = [line for batch in read_log_lines(response, tty=False) for line in batch]
    assert first == frame(STDOUT, b"one\n")
    assert lines == [LogLine(STDOUT, "two", None, "\n")]


def test_shutting_the_socket_from_another_thread_ends_a_waiting_read(serve):
    hold = threading.Event()
    wire = http_chunked([frame(STDOUT, b"first\n")])[:-5]  # no last chunk: the stream stays open
    server = serve(CHUNKED_HEAD, [wire], hold)
    response = requests.get(server.url, stream=True, timeout=10)
    got: list[LogLine] = []
    first_seen = threading.Event()
    ended = threading.Event()
    outcome: list[object] = []

    def worker():
        try:
            for batch in read_log_lines(response, tty=False):
                got.extend(batch)
                first_seen.set()
            outcome.append("end")
        except (OSError, ValueError) as error:
            outcome.append(error)
        finally:
            ended.set()

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        assert first_seen.wait(10)
        assert not ended.is_set()
        # What docker-py's CancellableStream.close() does.
        sock = response.raw._fp.fp.raw._sock
        sock.shutdown(socket.SHUT_RDWR)
        sock.close()
        assert ended.wait(10)
    finally:
        hold.set()
        thread.join(10)
        response.close()
    assert got == [LogLine(STDOUT, "first", None, "\n")]
    assert outcome


# --- timestamps and resuming ---------------------------------------------------------------------

@pytest.mark.parametrize("stamp, expected", [
    ("1970-01-01T00:00:00Z", 0),
    ("1970-01-01T00:00:01.000000001Z", 1_000_000_001),
    ("1970-01-01T00:00:01.5Z", 1_500_000_000),
    ("1970-01-01T01:00:00+01:00", 0),
    ("1969-12-31T23:00:00-01:00", 0),
    ("2024-05-01T10:00:00.123456789Z", 1714557600_123456789),
])
def test_timestamp_ns(stamp, expected):
    assert timestamp_ns(stamp) == expected


def test_timestamp_ns_rejects_other_text():
    with pytest.raises(ValueError):
        timestamp_ns("yesterday")


def test_since_param_keeps_nanoseconds():
    assert since_param("2024-05-01T10:00:00.123456789Z") == "1714557600.123456789"
    assert since_param("2024-05-01T10:00:00Z") == "1714557600.000000000"


def line(ts, text, stream=STDOUT):
    return LogLine(stream, text, ts, "\n")


def test_resume_point_tracks_last_timestamp_and_its_count():
    point = ResumePoint()
    assert point.since is None
    point.update([line(TS1, "a"), line(TS2, "b"), line(TS2, "c")])
    assert (point.timestamp, point.count) == (TS2, 2)
    point.update([line(TS2, "d", STDERR)])
    assert (point.timestamp, point.count) == (TS2, 3)
    point.update([line(None, "no stamp")])
    assert (point.timestamp, point.count) == (TS2, 3)
    point.update([line(TS3, "e")])
    assert (point.timestamp, point.count) == (TS3, 1)
    assert point.since == since_param(TS3)
    batch = LineSplitter(timestamps=True).feed(STDOUT, f"{TS3} f\n{TS3} g\n".encode())
    point.update(batch)
    assert (point.timestamp, point.count) == (TS3, 3)


def test_resume_filter_drops_older_and_already_seen_lines():
    restarted = [line("2024-05-01T10:00:00.000000000Z", "older, same second"), line(TS1, "a"),
                 line(TS2, "b"), line(TS2, "c"), line(TS2, "new at the same instant"), line(TS3, "new")]
    keep = ResumeFilter(TS2, 2).filter(restarted)
    assert [ln.text for ln in keep] == ["new at the same instant", "new"]


def test_resume_filter_across_batches_and_then_passes_everything():
    flt = ResumeFilter(TS2, 1)
    assert flt.filter([line(TS1, "a")]) == []
    assert flt.active
    assert flt.filter([line(TS2, "b")]) == []
    assert flt.filter([line(TS2, "c"), line(TS1, "out of order, but new")]) == [
        line(TS2, "c"), line(TS1, "out of order, but new")]
    assert not flt.active
    assert flt.filter([line(TS1, "x")]) == [line(TS1, "x")]


def test_resume_filter_on_batches():
    data = f"{TS1} a\n{TS2} b\n{TS3} c\n".encode()
    batch = LineSplitter(timestamps=True).feed(STDOUT, data)
    kept = ResumeFilter(TS2, 1).filter(batch)
    assert isinstance(kept, LogBatch)
    assert list(kept) == [LogLine(STDOUT, "c", TS3, "\n")]
    assert ResumeFilter(None).filter(batch) is batch


def test_resume_after_a_dropped_connection_has_no_gap_and_no_duplicate():
    # Lines of one log, several sharing a timestamp (fast writers do that).
    stamps = [TS1, TS1, TS2, TS2, TS2, TS3, TS3, "2024-05-01T10:00:02Z"]
    log = [(STDERR if i % 3 == 0 else STDOUT, f"{stamp} line {i}\n".encode()) for i, stamp in enumerate(stamps)]

    def engine(since: str | None, second_granularity: bool) -> bytes:
        def wanted(stamp):
            if since is None:
                return True
            value = timestamp_ns(stamp)
            limit = int(since.replace(".", ""))
            if second_granularity:
                return value // 10**9 >= limit // 10**9
            return value >= limit

        return b"".join(frame(s, p) for s, p in log if wanted(p.split(b" ")[0].decode()))

    expected = [f"line {i}" for i in range(len(stamps))]
    for drop_after in range(1, len(stamps)):
        for second_granularity in (False, True):
            first = engine(None, second_granularity)
            cut = sum(len(frame(s, p)) for s, p in log[:drop_after]) + 3  # mid-frame
            point = ResumePoint()
            shown: list[str] = []
            for batch in read_log_lines([first[:cut]], tty=False, timestamps=True):
                point.update(batch)
                shown += batch.texts
            flt = point.filter()
            for batch in read_log_lines([engine(point.since, second_granularity)], tty=False, timestamps=True):
                kept = flt.filter(batch)
                point.update(kept)
                shown += kept.texts
            assert shown == expected, (drop_after, second_granularity)


def test_eol_constants():
    assert (EOL_NONE, EOL_LF, EOL_CRLF) == (0, 1, 2)

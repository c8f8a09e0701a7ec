"""Container logs: the raw stream (``docker logs -f -t``), and a follower that never loses a line.

``open_log_stream`` asks the engine for ``GET /containers/{id}/logs`` with ``follow``, both streams and
timestamps, and reads the answer straight off the socket with ``gui.backend.logstream``. ``cancel()`` may
be called from any thread (the GUI's): it shuts the socket down, which wakes a read blocked in another
thread, as docker-py's ``CancellableStream.close()`` does; ``close()`` then releases the connection.

``follow_logs`` is the worker of a log viewer. It inspects the container (TTY or not, running or not),
streams its log, and when the stream ends it looks again: a container that is still running (the engine
restarted, or the container restarted) is streamed again from the last timestamp shown, through a
``ResumeFilter``, so that no line is shown twice and none is missed; an engine that cannot be reached is
retried with capped, jittered backoff. Lines go to the GUI as ``LogChunk``s (column storage, timestamps
as integer nanoseconds) through ``ctx.progress``.

Qt-free; every function here blocks and runs off the GUI thread.
"""

from __future__ import annotations

import calendar
import random
import socket
import threading
import time
from array import array
from dataclasses import dataclass
from operator import add, itemgetter
from typing import Any, Iterator
from urllib.parse import quote

from .errors import BerthError, Kind, translate
from .i18n import QT_TRANSLATE_NOOP, text
from .logstream import (
    DEFAULT_CHUNK_SIZE,
    LogBatch,
    LogDecoder,
    LogStreamError,
    ResumePoint,
    iter_chunks,
    raw_body,
    timestamp_ns,
)
from .service import EngineService, enable_keepalive, response_socket

__all__ = [
    "Connected",
    "ContainerLogInfo",
    "Ended",
    "LogChunk",
    "LogStream",
    "Reconnecting",
    "StreamEnded",
    "backoff_seconds",
    "follow_logs",
    "format_ns",
    "inspect_for_logs",
    "open_log_stream",
    "since_seconds_ago",
    "stamps_to_ns",
]

_CONTEXT = "Logs"


# --- what a viewer needs to know about the container -----------------------------------------------

@dataclass(frozen=True)
class ContainerLogInfo:
    id: str
    name: str
    tty: bool
    running: bool
    started_at: str  # RFC 3339, as the engine has it ("" when never started)
    exit_code: int | None
    status: str  # running, exited, created, restarting ...
    finished_at: str = ""  # the end of the last run that ended (a running container: the one before)

    @property
    def since_start(self) -> str | None:
        """The ``since`` value that starts at the container's last start.

        A program's first lines can reach the log a few milliseconds before the engine records StartedAt,
        so the value is a little earlier: the end of the run before, when the container restarted within
        ``START_MARGIN_NS`` (a running container), else StartedAt less that margin."""
        start = _ns_or_none(self.started_at)
        if start is None:
            return None
        since = start - START_MARGIN_NS
        finished = _ns_or_none(self.finished_at)
        if self.running and finished is not None and since < finished < start:
            since = finished
        seconds, nanos = divmod(since, 1_000_000_000)
        return f"{seconds}.{nanos:09d}"


#: How long before its StartedAt a run's first lines may be logged.
START_MARGIN_NS = 50_000_000


def _ns_or_none(stamp: str) -> int | None:
    if not stamp or stamp.startswith("0001-"):
        return None
    try:
        return timestamp_ns(stamp)
    except ValueError:
        return None


def inspect_for_logs(service: EngineService, container_id: str) -> ContainerLogInfo:
    """``docker inspect`` of *container_id*, reduced to what the log viewer needs."""
    try:
        raw = service.get_json(f"/containers/{quote(container_id, safe='')}/json")
    except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
        err = translate(exc, service.host, service.timeout)
        if err.kind is Kind.NOT_FOUND:
            raise _gone(container_id, err) from exc
        if err.connection_lost:
            service.reset()
        raise err from exc
    state = raw.get("State") or {}
    config = raw.get("Config") or {}
    exit_code = state.get("ExitCode")
    return ContainerLogInfo(
        id=raw.get("Id") or container_id,
        name=(raw.get("Name") or "").lstrip("/") or container_id[:12],
        tty=bool(config.get("Tty")),
        running=bool(state.get("Running")),
        started_at=state.get("StartedAt") or "",
        exit_code=int(exit_code) if isinstance(exit_code, int) else None,
        status=state.get("Status") or "",
        finished_at=state.get("FinishedAt") or "",
    )


def _gone(container_id: str, cause: BerthError | None = None) -> BerthError:
    return BerthError(
        text(_CONTEXT, QT_TRANSLATE_NOOP("Logs", "The container {name} no longer exists."),
             name=container_id[:12]),
        text(_CONTEXT, QT_TRANSLATE_NOOP("Logs", "It was removed; there is no more log to show.")),
        kind=Kind.NOT_FOUND, status_code=404, detail=cause.detail if cause else "")


# --- the stream ----------------------------------------------------------------------------------

class LogStream:
    """One ``/logs`` response being read. ``batches()`` in the worker; ``cancel()`` from any thread."""

    def __init__(self, client, response, tty: bool | None) -> None:
        self._client = client
        self._response = response
        self.tty = tty
        self._sock = response_socket(response)
        self._lock = threading.Lock()
        self._cancelled = False
        self._closed = False
        self.complete = False  # the engine ended the body properly (its last chunk came)
        self.drained = False  # nothing more was waiting after the last batch

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def batches(self) -> Iterator[LogBatch]:
        """The lines as they come, one ``LogBatch`` per read, then the unfinished last line.

        ``complete`` says afterwards whether the engine ended the stream (a container that stopped)
        rather than the connection breaking off (an engine that went away)."""
        source: Any = self._response
        chunked = False
        body = raw_body(self._response)
        if body is not None:
            source, chunked = body
        else:
            source = self._response.raw
        decoder = LogDecoder(tty=self.tty, timestamps=True, chunked=chunked)
        for chunk in _gathered_reads(source, self._sock, self):
            try:
                batch = decoder.feed(chunk)
            except LogStreamError as error:
                if error.batch:
                    yield error.batch
                raise
            if batch:
                yield batch
            if decoder.ended:
                self.complete = True
                break
        else:
            # A body without chunking ends when the engine closes it; a chunked one that ends before its
            # last chunk was cut off.
            self.complete = not chunked and not self._cancelled
        if self.complete:
            tail = decoder.finish()
            if tail:
                yield tail
        # A cut-off stream's unfinished last line is left out: the resumed stream sends it again.

    def cancel(self) -> None:
        """Wake a read blocked in another thread (shut the socket down). Safe from any thread."""
        with self._lock:
            if self._cancelled or self._closed:
                return
            self._cancelled = True
            sock = self._sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        """Release the response and its connection (in the worker, once reading is over)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        for closer in (self._response.close, self._client.close):
            try:
                closer()
            except Exception:  # noqa: BLE001 - a dead connection may fail to close; it is gone either way
                pass


#: While a log flows, reads are gathered up to this many bytes (or ``GATHER_SECONDS``) before they are
#: decoded: the engine sends every message in a write of its own, so a read right after the last one
#: holds a few dozen lines, and decoding those one read at a time costs twice the CPU per line, plus a
#: signal to the GUI thread per read. (Sleeping between reads would not do: a unix socket holds only a
#: couple of hundred such small writes, and the engine would wait.)
GATHER_BYTES = 128 * 1024
GATHER_SECONDS = 0.02
_READ_SIZE = DEFAULT_CHUNK_SIZE


def _gathered_reads(source, sock, state) -> Iterator[bytes]:
    """The bytes of *source* as they arrive, joined while more is waiting on *sock*. ``state.drained``
    says whether nothing more was waiting when a piece was yielded (the reader has caught up)."""
    read = getattr(source, "read1", None)
    if read is None or sock is None:
        state.drained = True
        yield from iter_chunks(source)
        return
    import select

    clock = time.monotonic
    while True:
        data = read(_READ_SIZE)
        if not data:
            return
        pieces = [data]
        size = len(data)
        began = clock()
        state.drained = False
        while size < GATHER_BYTES and clock() - began < GATHER_SECONDS:
            try:
                ready, _, _ = select.select([sock], [], [], 0)
            except (OSError, ValueError):
                break
            if not ready:
                state.drained = True
                break
            more = read(_READ_SIZE)
            if not more:
                break
            pieces.append(more)
            size += len(more)
        yield pieces[0] if len(pieces) == 1 else b"".join(pieces)


def open_log_stream(service: EngineService, container_id: str, *, since: str | None = None,
                    follow: bool = True, tty: bool | None = None) -> LogStream:
    """Start ``docker logs --timestamps [--follow] [--since]`` of *container_id* on a connection of its
    own. *since* is the engine's form (``seconds.nanoseconds``, see ``since_param``)."""
    client = service.new_client(timeout=None)
    params: dict[str, Any] = {"stdout": 1, "stderr": 1, "timestamps": 1, "follow": 1 if follow else 0}
    if since:
        params["since"] = since
    try:
        response = client._get(client._url("/containers/{0}/logs", container_id), params=params, stream=True)
        client._raise_for_status(response)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
        try:
            client.close()
        except Exception:  # noqa: BLE001
            pass
        err = translate(exc, service.host, service.timeout)
        if err.kind is Kind.NOT_FOUND:
            raise _gone(container_id, err) from exc
        if err.connection_lost:
            service.reset()
        raise err from exc
    sock = response_socket(response)
    if sock is not None:
        # The head came within the request timeout; the body of a followed log may be idle for hours.
        try:
            sock.settimeout(None)
        except OSError:
            pass
        enable_keepalive(sock)
    return LogStream(client, response, tty)


# --- lines for the GUI ---------------------------------------------------------------------------

_SECOND_OF = itemgetter(slice(0, 19))
_FRACTION_OF = itemgetter(slice(20, 29))
_seconds_cache: dict[str, int] = {}


def _second_ns(prefix: str) -> int:
    value = _seconds_cache.get(prefix)
    if value is None:
        if len(_seconds_cache) > 4096:
            _seconds_cache.clear()
        value = calendar.timegm((int(prefix[0:4]), int(prefix[5:7]), int(prefix[8:10]), int(prefix[11:13]),
                                 int(prefix[14:16]), int(prefix[17:19]))) * 1_000_000_000
        _seconds_cache[prefix] = value
    return value


def stamps_to_ns(stamps: list[str | None] | None, count: int) -> array:
    """The timestamps of a batch as integer nanoseconds since the epoch (0 for a line without one).
    Docker's fixed form (``2024-05-01T10:00:00.123456789Z``) is converted with C-level maps."""
    if stamps is None:
        return array("q", bytes(8 * count))
    try:
        joined = "".join(stamps)  # type: ignore[arg-type]
    except TypeError:
        joined = ""
    n = len(stamps)
    if (n and len(joined) == 30 * n and joined[29::30] == "Z" * n and joined[19::30] == "." * n
            and joined[4::30] == "-" * n and joined[10::30] == "T" * n):
        seconds = list(map(_SECOND_OF, stamps))
        try:
            # A batch spans a few seconds: convert each second once.
            table = {second: _second_ns(second) for second in set(seconds)}
            return array("q", map(add, map(table.__getitem__, seconds), map(int, map(_FRACTION_OF, stamps))))
        except ValueError:
            pass
    out = array("q")
    for stamp in stamps:
        try:
            out.append(timestamp_ns(stamp) if stamp else 0)
        except ValueError:
            out.append(0)
    return out


_format_cache: dict[int, str] = {}


def format_ns(ns: int) -> str:
    """A timestamp in the engine's own form (``docker logs -t``): UTC, nanoseconds."""
    seconds, nanos = divmod(ns, 1_000_000_000)
    head = _format_cache.get(seconds)
    if head is None:
        if len(_format_cache) > 4096:
            _format_cache.clear()
        head = _format_cache[seconds] = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
    return f"{head}.{nanos:09d}Z"


@dataclass
class LogChunk:
    """Lines for the model, by column: texts (raw, with any ANSI codes), one stream byte and one
    line-ending code a line (as in ``LogBatch``), and the timestamps in nanoseconds (0: none)."""

    texts: list[str]
    streams: bytearray
    eols: bytearray
    stamps: array
    caught_up: bool = False  # the reader had read everything the engine had sent so far

    @classmethod
    def from_batch(cls, batch: LogBatch) -> "LogChunk":
        return cls(batch.texts, batch.streams, batch.eols, stamps_to_ns(batch.timestamps, len(batch.texts)))

    def __len__(self) -> int:
        return len(self.texts)

    def count(self, stream: int) -> int:
        return self.streams.count(stream)


# --- what the follower reports -------------------------------------------------------------------

@dataclass(frozen=True)
class Connected:
    """A stream is open (again) on the container described by *info*; *resumed* when it continues
    after an interruption."""

    info: ContainerLogInfo
    resumed: bool


@dataclass(frozen=True)
class StreamEnded:
    """A stream ended; *complete* when the engine ended it (the container stopped), not the connection."""

    complete: bool


@dataclass(frozen=True)
class Reconnecting:
    """The engine can't be reached: the next try is in *delay* seconds."""

    error: BerthError
    delay: float
    attempt: int


@dataclass(frozen=True)
class Ended:
    """The follower's result: the container is not running and its whole log has been read."""

    info: ContainerLogInfo | None


def backoff_seconds(attempt: int, cap: float) -> float:
    """The wait before retry *attempt* (0, 1, ...): doubling from 0.25 s up to *cap*, with jitter."""
    base = min(cap, 0.25 * (2 ** min(attempt, 10)))
    return base * random.uniform(0.5, 1.0)


def since_seconds_ago(seconds: float, now: float | None = None) -> str:
    """The ``since`` value for "the last *seconds*"."""
    moment = (time.time() if now is None else now) - seconds
    whole = int(moment)
    return f"{whole}.{int((moment - whole) * 1e9):09d}"


def _retryable(err: BerthError) -> bool:
    return err.connection_lost or err.kind in (Kind.UNREACHABLE, Kind.PROTOCOL, Kind.TIMEOUT)


def follow_logs(ctx, service: EngineService, container_id: str, *, since: str | None = None,
                since_start: bool = False, point: ResumePoint | None = None,
                follow: bool = True) -> Ended | None:
    """Stream *container_id*'s log to ``ctx.progress`` until it is cancelled or the container has
    stopped and its log is read to the end.

    *ctx* is the task's context (``progress``, ``cancelled``, ``wait``, ``on_cancel``). *since* (the
    engine's form) limits the log to lines from then on, and *since_start* to the lines of the
    container's current (or last) run; *point* is where an earlier follower got to:
    it is updated with every line sent, so that a caller may resume from it later. Progress values:
    ``Connected``, ``LogChunk``, ``StreamEnded``, ``Reconnecting``. Returns ``Ended``, or ``None``
    when cancelled. Raises ``BerthError`` when the container is gone or the engine answers with an
    error that retrying won't mend.
    """
    point = point if point is not None else ResumePoint()
    cap = 2.0 if service.local else 10.0
    current: list[LogStream | None] = [None]

    def cancel() -> None:
        stream = current[0]
        if stream is not None:
            stream.cancel()

    ctx.on_cancel(cancel)
    attempt = 0
    last_complete = False
    empty_runs = 0
    streamed = False
    info: ContainerLogInfo | None = None
    while not ctx.cancelled:
        try:
            info = inspect_for_logs(service, container_id)
            if streamed and not info.running and (last_complete or empty_runs):
                return Ended(info)
            if since_start and not streamed and since is None:
                since = info.since_start
            stream = open_log_stream(service, container_id, since=point.since or since, follow=follow,
                                     tty=info.tty)
        except BerthError as err:
            if ctx.cancelled:
                return None
            if not _retryable(err):
                raise
            delay = backoff_seconds(attempt, cap)
            ctx.progress(Reconnecting(err, delay, attempt))
            attempt += 1
            if ctx.wait(delay):
                return None
            continue
        current[0] = stream
        if ctx.cancelled:
            stream.close()
            return None
        ctx.progress(Connected(info, resumed=streamed))
        resume = point.filter() if point.timestamp is not None else None
        sent = 0
        try:
            for batch in stream.batches():
                if resume is not None:
                    batch = resume.filter(batch)
                    if not resume.active:
                        resume = None
                    if not batch:
                        continue
                point.update(batch)
                sent += len(batch)
                attempt = 0
                chunk = LogChunk.from_batch(batch)
                chunk.caught_up = stream.drained
                ctx.progress(chunk)
        except LogStreamError as error:
            if ctx.cancelled:
                return None
            raise BerthError(error.text, kind=Kind.PROTOCOL, detail=str(error)) from error
        except Exception:  # noqa: BLE001 - a broken connection: find out below what happened
            if ctx.cancelled:
                return None
        finally:
            current[0] = None
            stream.close()
        if ctx.cancelled:
            return None
        streamed = True
        last_complete = stream.complete
        ctx.progress(StreamEnded(stream.complete))
        if not follow:
            return Ended(info)
        empty_runs = empty_runs + 1 if sent == 0 else 0
        if empty_runs >= 2:
            # Streams that end at once with nothing new while the container runs: don't spin.
            if ctx.wait(backoff_seconds(min(empty_runs, 4), cap)):
                return None
    return None


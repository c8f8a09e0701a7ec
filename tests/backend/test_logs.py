"""The log follower: the raw stream from the real engine, cancelling, resuming after a cut connection,
and the pure helpers (timestamps, backoff, since values)."""

from __future__ import annotations

import os
import socket
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.backend.errors import BerthError, Kind
from gui.backend.logs import (
    START_MARGIN_NS,
    Connected,
    ContainerLogInfo,
    Ended,
    LogChunk,
    Reconnecting,
    StreamEnded,
    backoff_seconds,
    follow_logs,
    format_ns,
    inspect_for_logs,
    open_log_stream,
    since_seconds_ago,
    stamps_to_ns,
)
from gui.backend.logstream import STDERR, STDOUT, ResumePoint, timestamp_ns
from gui.backend.service import EngineService
from tests.lab import TEST_IMAGE


# --- pure helpers --------------------------------------------------------------------------------

_ns = st.integers(min_value=0, max_value=4_102_444_800 * 10**9)  # up to 2100


@settings(max_examples=300, deadline=None)
@given(values=st.lists(_ns, max_size=40))
def test_fixed_form_timestamps_convert_at_once_as_one_by_one(values):
    stamps = [format_ns(v) for v in values]
    assert all(len(s) == 30 for s in stamps)
    assert list(stamps_to_ns(stamps, len(stamps))) == values
    assert [timestamp_ns(s) for s in stamps] == values


def test_other_timestamp_forms_and_missing_ones():
    stamps = ["2024-05-01T10:00:00.5Z", None, "2024-05-01T12:00:00+02:00", "2024-05-01T10:00:00.000000001Z"]
    assert list(stamps_to_ns(stamps, 4)) == [
        timestamp_ns("2024-05-01T10:00:00.5Z"), 0, timestamp_ns("2024-05-01T10:00:00Z"),
        timestamp_ns("2024-05-01T10:00:00.000000001Z")]
    assert list(stamps_to_ns(None, 3)) == [0, 0, 0]
    assert list(stamps_to_ns([], 0)) == []


def test_format_ns_is_the_engines_form():
    assert format_ns(1714557600_123456789) == "2024-05-01T10:00:00.123456789Z"
    assert format_ns(0) == "1970-01-01T00:00:00.000000000Z"


def test_backoff_doubles_with_jitter_up_to_the_cap():
    for attempt in range(12):
        for _ in range(50):
            delay = backoff_seconds(attempt, 2.0)
            base = min(2.0, 0.25 * 2 ** attempt)
            assert base * 0.5 <= delay <= base
    assert max(backoff_seconds(20, 10.0) for _ in range(200)) <= 10.0
    assert len({round(backoff_seconds(3, 2.0), 6) for _ in range(20)}) > 1, "jittered"


def test_since_seconds_ago():
    assert since_seconds_ago(300, now=1_000_000.25) == "999700.250000000"


def info(**changes) -> ContainerLogInfo:
    base = dict(id="c", name="c", tty=False, running=True, started_at="2024-05-01T10:00:10Z", exit_code=0,
                status="running", finished_at="0001-01-01T00:00:00Z")
    base.update(changes)
    return ContainerLogInfo(**base)


def test_since_start_reaches_a_little_before_the_recorded_start():
    start = timestamp_ns("2024-05-01T10:00:10Z")
    # First run: StartedAt less the margin (a program's first line may be logged before StartedAt).
    assert info().since_start == f"{(start - START_MARGIN_NS) // 10**9}.{(start - START_MARGIN_NS) % 10**9:09d}"
    # A quick restart: from the end of the run before, so none of its lines shows.
    finished = start - 3_000_000
    quick = info(finished_at=format_ns(finished))
    assert quick.since_start == f"{finished // 10**9}.{finished % 10**9:09d}"
    # A stopped container: its FinishedAt is after its start, and is no help.
    stopped = info(running=False, finished_at="2024-05-01T10:00:20Z")
    assert stopped.since_start == info().since_start
    assert info(started_at="0001-01-01T00:00:00Z").since_start is None
    assert info(started_at="").since_start is None


# --- a task context without Qt -----------------------------------------------------------------

class Ctx:
    """What gui.tasks hands a worker: progress, cancelled, wait, on_cancel."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._callbacks = []
        self.values = []
        self.lines = []
        self.changed = threading.Condition()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def progress(self, value) -> None:
        with self.changed:
            self.values.append(value)
            if isinstance(value, LogChunk):
                self.lines.extend(zip(value.streams, value.texts))
            self.changed.notify_all()

    def on_cancel(self, callback) -> None:
        self._callbacks.append(callback)
        if self.cancelled:
            callback()

    def wait(self, seconds: float) -> bool:
        return self._cancelled.wait(seconds)

    def cancel(self) -> None:
        self._cancelled.set()
        for callback in self._callbacks:
            callback()

    def wait_for(self, predicate, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        with self.changed:
            while not predicate():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError("timed out")
                self.changed.wait(left)


class Follower:
    def __init__(self, service, container_id, **kwargs) -> None:
        self.ctx = Ctx()
        self.result = None
        self.error = None
        self.thread = threading.Thread(target=self._run, args=(service, container_id), kwargs=kwargs,
                                       name="berth-test-follower")
        self.thread.start()

    def _run(self, service, container_id, **kwargs):
        try:
            self.result = follow_logs(self.ctx, service, container_id, **kwargs)
        except BaseException as exc:  # noqa: BLE001
            self.error = exc

    def join(self, timeout: float = 20.0) -> None:
        self.thread.join(timeout)
        assert not self.thread.is_alive()


@pytest.fixture
def service(engine):
    svc = EngineService(engine.docker_host)
    svc.connect()
    yield svc
    svc.close()


def start(api, command: str, **kwargs) -> str:
    cid = api.create_container(TEST_IMAGE, ["sh", "-c", command], stop_signal="SIGKILL", **kwargs)["Id"]
    api.start(cid)
    return cid


def wait_exited(api, cid) -> None:
    api.wait(cid, timeout=30)


# --- against the engine --------------------------------------------------------------------------

def test_a_finished_container_is_read_to_the_end(engine, service):
    api = engine.api()
    cid = start(api, "seq 1 3000; echo oops >&2")
    wait_exited(api, cid)
    follower = Follower(service, cid)
    follower.join()
    assert follower.error is None
    assert isinstance(follower.result, Ended)
    assert follower.result.info.exit_code == 0 and not follower.result.info.running
    values = follower.ctx.values
    assert isinstance(values[0], Connected) and not values[0].resumed
    assert isinstance(values[-1], StreamEnded) and values[-1].complete
    # Each stream in order (the two pipes race each other, so "oops" may come anywhere).
    assert [t for s, t in follower.ctx.lines if s == STDOUT] == [str(i) for i in range(1, 3001)]
    assert [t for s, t in follower.ctx.lines if s == STDERR] == ["oops"]
    chunk = next(v for v in values if isinstance(v, LogChunk))
    assert all(ns > 1_600_000_000 * 10**9 for ns in chunk.stamps), "timestamps in nanoseconds"


def test_following_then_cancelling_from_another_thread(engine, service):
    api = engine.api()
    cid = start(api, "echo first; sleep 300")
    follower = Follower(service, cid)
    follower.ctx.wait_for(lambda: follower.ctx.lines == [(STDOUT, "first")])
    time.sleep(0.2)
    assert follower.thread.is_alive(), "a followed log waits for more"
    began = time.monotonic()
    follower.ctx.cancel()  # what the viewer's close does, on the GUI thread: shuts the socket down
    follower.join(5)
    assert time.monotonic() - began < 2
    assert follower.result is None and follower.error is None


def test_a_missing_container_is_a_sentence(engine, service):
    with pytest.raises(BerthError) as caught:
        inspect_for_logs(service, "no-such-container")
    assert caught.value.kind is Kind.NOT_FOUND
    assert "no longer exists" in str(caught.value)
    follower = Follower(service, "no-such-container")
    follower.join()
    assert isinstance(follower.error, BerthError) and follower.error.kind is Kind.NOT_FOUND
    with pytest.raises(BerthError) as caught:
        open_log_stream(service, "no-such-container")
    assert caught.value.kind is Kind.NOT_FOUND


def test_resuming_from_a_point_sends_only_what_came_after(engine, service):
    api = engine.api()
    cid = start(api, "seq 1 1000")
    wait_exited(api, cid)
    point = ResumePoint()
    first = Follower(service, cid, point=point)
    first.join()
    assert len(first.ctx.lines) == 1000
    api.start(cid)  # the container writes 1..1000 again
    wait_exited(api, cid)
    again = Follower(service, cid, point=point)
    again.join()
    assert again.ctx.lines == [(STDOUT, str(i)) for i in range(1, 1001)], "only the second run's lines"
    assert again.ctx.values[0].resumed is False


def test_since_start_shows_the_last_run_only(engine, service):
    api = engine.api()
    cid = start(api, "echo run $(date +%s%N)")
    wait_exited(api, cid)
    api.start(cid)
    wait_exited(api, cid)
    everything = Follower(service, cid)
    everything.join()
    last_run = Follower(service, cid, since_start=True)
    last_run.join()
    assert len(everything.ctx.lines) == 2
    assert last_run.ctx.lines == everything.ctx.lines[1:]


def test_follow_false_reads_what_there_is_and_ends(engine, service):
    api = engine.api()
    cid = start(api, "echo a; echo b; sleep 300")
    deadline = time.monotonic() + 10
    while len(api.logs(cid).splitlines()) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    follower = Follower(service, cid, follow=False)
    follower.join()
    assert [text for _, text in follower.ctx.lines] == ["a", "b"]
    assert isinstance(follower.result, Ended)


class CuttableProxy:
    """A unix socket in front of the engine's, whose connections can be cut at will (a connection that
    drops, as when the engine goes away)."""

    def __init__(self, target: str, path: str) -> None:
        self.target = target
        self.path = path
        self.server = socket.socket(socket.AF_UNIX)
        self.server.bind(path)
        self.server.listen(16)
        self.lock = threading.Lock()
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.refuse = False
        self.stopped = False
        self.pipes: list[threading.Thread] = []
        self.thread = threading.Thread(target=self._accept, name="berth-test-proxy", daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stopped:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            if self.refuse:
                client.close()
                continue
            upstream = socket.socket(socket.AF_UNIX)
            upstream.connect(self.target)
            with self.lock:
                self.pairs.append((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                pipe = threading.Thread(target=self._pipe, args=(a, b), daemon=True, name="berth-test-pipe")
                pipe.start()
                self.pipes.append(pipe)

    @staticmethod
    def _pipe(source, sink) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        with self.lock:
            pairs, self.pairs = self.pairs, []
        for pair in pairs:
            for s in pair:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self.stopped = True
        try:
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the accept
        except OSError:
            pass
        self.server.close()
        self.thread.join(5)
        self.cut()
        for pipe in self.pipes:
            pipe.join(5)
        os.unlink(self.path)


def test_a_cut_connection_resumes_with_no_line_lost_or_twice(engine, tmp_path):
    api = engine.api()
    cid = start(api, "i=0; while true; do i=$((i+1)); echo $i; usleep 2000; done")
    proxy = CuttableProxy(str(engine.socket_path), str(tmp_path / "proxy.sock"))
    service = EngineService("unix://" + proxy.path)
    try:
        service.connect()
        follower = Follower(service, cid)
        for cut in range(3):
            seen = len(follower.ctx.lines)
            follower.ctx.wait_for(lambda: len(follower.ctx.lines) >= seen + 200)
            proxy.refuse = cut == 1  # the second time, the engine stays away for a moment
            proxy.cut()
            if proxy.refuse:
                follower.ctx.wait_for(lambda: any(isinstance(v, Reconnecting) for v in follower.ctx.values))
                proxy.refuse = False
        seen = len(follower.ctx.lines)
        follower.ctx.wait_for(lambda: len(follower.ctx.lines) >= seen + 200)
        follower.ctx.cancel()
        follower.join()
    finally:
        proxy.close()
        service.close()
    numbers = [int(text) for _, text in follower.ctx.lines]
    assert numbers == list(range(1, len(numbers) + 1))
    resumed = [v for v in follower.ctx.values if isinstance(v, Connected) and v.resumed]
    assert len(resumed) >= 3
    ended = [v for v in follower.ctx.values if isinstance(v, StreamEnded)]
    assert ended and not any(v.complete for v in ended), "a cut stream is not a finished one"

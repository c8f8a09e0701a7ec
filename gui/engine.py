"""The one owner of the engine connection: its state, the event stream, and list refreshes.

Data flows one way: engine -> backend service -> tasks -> this controller -> models. Engine events mark a
resource kind dirty; a ~50 ms single-shot timer coalesces bursts into one list request per kind. When the
event stream ends, the controller reconnects with capped, jittered backoff and resyncs. There is no polling:
while connected and idle, nothing runs.
"""

from __future__ import annotations

import enum
import logging
import random
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from .backend.errors import BerthError, Kind, translate
from .backend import prefetch
from .backend.service import EngineService, container_from_api, images_from_api
from .backend.types import EngineEvent, EngineInfo
from .models import ContainersModel, ImagesModel
from .tasks import TaskContext, TaskHandle, TaskRunner

log = logging.getLogger("berth.engine")

COALESCE_MS = 50
IGNORED_ACTIONS = ("exec_", "attach", "resize", "top", "archive-path", "extract-to-dir", "export", "copy")


class Status(enum.Enum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class ConnectionState:
    status: Status
    host: str
    info: EngineInfo | None = None
    error: BerthError | None = None
    retry_in_ms: int = 0

    @property
    def connected(self) -> bool:
        return self.status is Status.CONNECTED


def _read_early(service: EngineService, kind: str, early: "prefetch.Prefetch | None"):
    if early is not None:
        try:
            raw = early.read()
        except prefetch.PrefetchFailed as exc:
            log.debug("early %s request failed (%s); asking again", kind, exc)
        else:
            return [container_from_api(r) for r in raw] if kind == "containers" else images_from_api(raw)
    if kind == "containers":
        return service.list_containers(unversioned=True)
    return service.list_images(unversioned=True)


def _watch_events(ctx: TaskContext, service: EngineService, since: float | None) -> None:
    stream = service.events(since)
    ctx.on_cancel(stream.close)
    ctx.progress("subscribed")
    for event in stream:
        ctx.progress(event)


class EngineController(QObject):
    stateChanged = Signal(object)  # ConnectionState
    eventReceived = Signal(object)  # EngineEvent, for features that care (log markers, notifications)
    refreshed = Signal(str)  # "containers" or "images", after the model was updated
    listFailed = Signal(str, object)  # kind, BerthError: the engine answered, but not with a usable list
    connected = Signal()

    def __init__(self, service: EngineService, runner: TaskRunner, containers: ContainersModel,
                 images: ImagesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.containers = containers
        self.images = images
        self.state = ConnectionState(Status.CONNECTING, service.host)
        self._events_task: TaskHandle | None = None
        self._connect_task: TaskHandle | None = None
        self._in_flight: dict[str, TaskHandle] = {}
        self._pending: set[str] = set()
        self._dirty: set[str] = set()
        self._shown_early: set[str] = set()
        self._attempt = 0
        self._generation = 0  # bumps on every (re)connect; stale task results are ignored
        self._shut_down = False
        self.list_requests = 0  # counted for benchmarks and tests

        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._flush_dirty)

        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.connect_engine)

    # -- state ----------------------------------------------------------------------------------------
    def _set_state(self, state: ConnectionState) -> None:
        self.state = state
        self.stateChanged.emit(state)

    @property
    def retry_cap_ms(self) -> int:
        return 2000 if self.service.local else 10000

    def _backoff_ms(self) -> int:
        base = min(self.retry_cap_ms, 250 * (2 ** min(self._attempt, 8)))
        return int(base * random.uniform(0.8, 1.0))

    # -- connecting -----------------------------------------------------------------------------------
    def start(self) -> None:
        if self._prefetch():
            # The lists were asked for before Qt was imported: read them first, then import docker-py
            # and check the version; both need the interpreter, and the lists are what the user waits for.
            return
        self.connect_engine()

    def _prefetch(self) -> bool:
        """At start-up, ask for both lists at once, beside the version check: the engine builds them
        while the window is being built. Requests that `berth` sent before importing Qt
        (gui.backend.prefetch) are read here; otherwise they are sent now."""
        earlies = {kind: prefetch.take(self.service.host, kind) for kind in ("containers", "images")}
        waiting = {kind for kind, early in earlies.items() if early is not None}

        def done(kind: str) -> None:
            self._list_done(kind)
            if kind in waiting:
                waiting.discard(kind)
                if not waiting:
                    self.connect_engine()

        for kind, early in earlies.items():
            self.list_requests += 1
            self._in_flight[kind] = self.runner.submit(
                _read_early, self.service, kind, early, name=f"engine.prefetch.{kind}",
                on_result=lambda items, kind=kind: self._prefetched(kind, items),
                on_error=lambda exc, kind=kind: self._prefetch_failed(kind, exc),
                on_finished=lambda kind=kind: done(kind),
            )
        return bool(waiting)

    def _prefetched(self, kind: str, items) -> None:
        # The engine answered, so show the list now; the version check may still be under way.
        self._apply(kind, items, self._generation)
        self._shown_early.add(kind)

    def _prefetch_failed(self, kind: str, exc: BaseException) -> None:
        log.debug("prefetching %s failed: %s", kind, exc)
        # List again the ordinary way: at once if connected, else when the connection is made.
        self._pending.add(kind)

    def retry_now(self) -> None:
        """The user pressed Retry: connect at once (or, when connected, read the lists again)."""
        if self.state.connected:
            self.resync()
            return
        self._attempt = 0
        self._retry.stop()
        self.connect_engine()

    def connect_engine(self) -> None:
        if self._shut_down or self._connect_task is not None:
            return
        self._retry.stop()
        if self.state.status is not Status.UNREACHABLE:
            self._set_state(ConnectionState(Status.CONNECTING, self.service.host, self.state.info))
        self._connect_task = self.runner.submit(
            self.service.connect, name="engine.connect",
            on_result=self._on_connected, on_error=self._on_connect_failed, on_finished=self._connect_done)

    def _connect_done(self) -> None:
        self._connect_task = None

    def _on_connected(self, info: EngineInfo) -> None:
        self._attempt = 0
        self._generation += 1
        self._set_state(ConnectionState(Status.CONNECTED, self.service.host, info))
        # Events are replayed from just before the engine's answer, so the lists fetched now, in
        # parallel with subscribing, miss nothing that happens in between.
        since = info.server_time - 2 if info.server_time else None
        self._start_events(since)
        for kind in ("containers", "images"):
            if kind in self._shown_early:
                self._shown_early.discard(kind)  # fetched at start-up; events (replayed) catch up
            elif kind not in self._in_flight:
                self.refresh(kind)
        generation = self._generation
        self.runner.submit(self.service.info, name="engine.info",
                           on_result=lambda full: self._on_info(full, generation),
                           on_error=lambda exc: log.info("engine info failed: %s", exc))
        self.connected.emit()

    def _on_info(self, info: EngineInfo, generation: int) -> None:
        if generation == self._generation and self.state.connected:
            self._set_state(ConnectionState(Status.CONNECTED, self.service.host, info))

    def _on_connect_failed(self, exc: BaseException) -> None:
        err = translate(exc, self.service.host, self.service.timeout)
        self._schedule_reconnect(err)

    def _schedule_reconnect(self, err: BerthError) -> None:
        if self._shut_down:
            return
        delay = self._backoff_ms()
        self._attempt += 1
        self._set_state(ConnectionState(Status.UNREACHABLE, self.service.host, None, err, delay))
        self._retry.start(delay)

    # -- events ---------------------------------------------------------------------------------------
    def _start_events(self, since: float | None) -> None:
        if self._events_task is not None:
            self._events_task.cancel()
        generation = self._generation
        self._events_task = self.runner.submit(
            _watch_events, self.service, since, name="engine.events", with_context=True,
            on_progress=lambda value: self._on_event(value, generation),
            on_error=lambda exc: self._on_events_ended(generation, exc),
            on_finished=lambda: self._on_events_finished(generation),
        )

    def _on_event(self, value, generation: int) -> None:
        if generation != self._generation:
            return
        if value == "subscribed":
            return
        event: EngineEvent = value
        self.eventReceived.emit(event)
        if event.action.startswith(IGNORED_ACTIONS):
            return
        if event.type == "container":
            self._dirty.add("containers")
        elif event.type == "image":
            self._dirty.add("images")
        else:
            return
        if not self._coalesce.isActive():
            self._coalesce.start()

    def _on_events_ended(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._lost(translate(exc, self.service.host))

    def _on_events_finished(self, generation: int) -> None:
        handle = self._events_task
        if handle is not None and handle.done:
            self._events_task = None
        if self._shut_down or generation != self._generation or (handle is not None and handle.cancelled):
            return
        if self.state.connected:
            # The stream ended without an error: the engine went away (or restarted).
            self._lost(None)

    def _lost(self, err: BerthError | None) -> None:
        if self._shut_down or not self.state.connected:
            return
        log.info("engine connection lost: %s", err)
        self._generation += 1
        self._shown_early.clear()
        self.service.reset()
        self._set_state(ConnectionState(Status.CONNECTING, self.service.host, self.state.info, err))
        self._attempt = 0
        self.connect_engine()

    # -- lists ----------------------------------------------------------------------------------------
    def resync(self) -> None:
        """Refresh every list now (after connecting, and on F5)."""
        self.refresh("containers")
        self.refresh("images")

    def _flush_dirty(self) -> None:
        kinds, self._dirty = self._dirty, set()
        for kind in sorted(kinds):
            self.refresh(kind)

    def refresh(self, kind: str) -> None:
        if self._shut_down or not self.state.connected:
            return
        if kind in self._in_flight:
            self._pending.add(kind)  # run once more when the current one lands
            return
        fn = self.service.list_containers if kind == "containers" else self.service.list_images
        generation = self._generation
        self.list_requests += 1
        self._in_flight[kind] = self.runner.submit(
            fn, name=f"engine.list.{kind}",
            on_result=lambda items: self._apply(kind, items, generation),
            on_error=lambda exc: self._on_list_failed(kind, exc),
            on_finished=lambda: self._list_done(kind),
        )

    def _apply(self, kind: str, items, generation: int) -> None:
        if generation != self._generation:
            return
        if kind == "containers":
            self.containers.update(items)
            self.images.set_usage(self.containers.image_usage())
        else:
            self.images.update(items)
        self.refreshed.emit(kind)

    def _on_list_failed(self, kind: str, exc: BaseException) -> None:
        err = translate(exc, self.service.host, self.service.timeout)
        if err.connection_lost and err.kind is not Kind.TIMEOUT:
            self._lost(err)
        else:
            # The engine is there (it answered the version check) but this list failed or was too slow.
            log.warning("listing %s failed: %s (%s)", kind, err, err.detail)
            self.listFailed.emit(kind, err)

    def _list_done(self, kind: str) -> None:
        self._in_flight.pop(kind, None)
        if kind in self._pending:
            self._pending.discard(kind)
            self.refresh(kind)

    # -- shutting down --------------------------------------------------------------------------------
    def shutdown(self) -> None:
        self._shut_down = True
        self._retry.stop()
        self._coalesce.stop()
        if self._events_task is not None:
            self._events_task.cancel()
        for handle in list(self._in_flight.values()):
            handle.cancel()

"""One task abstraction over QThreadPool.

A ``Task`` is a QRunnable that runs a plain function off the GUI thread. Its signals live on a separate
QObject (``TaskSignals``) created on the GUI thread, so results, errors and progress arrive there through
queued connections and no widget is ever touched from a worker. The ``TaskRunner`` keeps every task
referenced until its ``finished`` signal has been delivered, and any error that has no handler of its own
reaches ``TaskRunner.unhandledError`` (the window shows it).

Long streams are cancellable: the function receives a ``TaskContext``; it registers the stream's
``close`` with ``ctx.on_cancel(stream.close)``, and ``handle.cancel()`` on the GUI thread calls it, which
unblocks the worker's read.
"""

from __future__ import annotations

import logging
import threading
import traceback
import weakref
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Qt, Signal

log = logging.getLogger("berth.tasks")

_runners: "weakref.WeakSet[TaskRunner]" = weakref.WeakSet()


class TaskSignals(QObject):
    result = Signal(object)
    error = Signal(object)  # a BerthError (or any exception) with its traceback text in .berth_traceback
    progress = Signal(object)
    finished = Signal()


class TaskContext:
    """What a task's function sees: progress reporting and cancellation."""

    def __init__(self, signals: TaskSignals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._cancel_callbacks: list[Callable[[], Any]] = []

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def progress(self, value: Any) -> None:
        if not self._cancelled.is_set():
            self._signals.progress.emit(value)

    def on_cancel(self, callback: Callable[[], Any]) -> None:
        """Call *callback* when the task is cancelled (at once, if it already was)."""
        with self._lock:
            if not self._cancelled.is_set():
                self._cancel_callbacks.append(callback)
                return
        _safe_call(callback)

    def cancel(self) -> None:
        with self._lock:
            if self._cancelled.is_set():
                return
            self._cancelled.set()
            callbacks, self._cancel_callbacks = self._cancel_callbacks, []
        for callback in callbacks:
            _safe_call(callback)

    def wait(self, seconds: float) -> bool:
        """Sleep up to *seconds* in a worker, waking early on cancel; True if cancelled."""
        return self._cancelled.wait(seconds)


def _safe_call(callback: Callable[[], Any]) -> None:
    try:
        callback()
    except Exception:  # noqa: BLE001 - a cancel callback closing a dead stream may fail harmlessly
        log.debug("cancel callback failed", exc_info=True)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, signals: TaskSignals,
                 ctx: TaskContext, pass_context: bool) -> None:
        super().__init__()
        # The pool deletes the runnable after run(); the GUI side keeps the TaskHandle, not this object.
        # (With autoDelete off, PySide keeps every runnable's Python object alive for ever.)
        self.setAutoDelete(True)
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._signals = signals
        self._ctx = ctx
        self._pass_context = pass_context

    def run(self) -> None:  # worker thread
        signals = self._signals
        try:
            if self._pass_context:
                value = self._fn(self._ctx, *self._args, **self._kwargs)
            else:
                value = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - every error reaches a GUI handler
            exc.berth_traceback = traceback.format_exc()  # type: ignore[attr-defined]
            signals.error.emit(exc)
        else:
            signals.result.emit(value)
        finally:
            signals.finished.emit()


class TaskHandle(QObject):
    """The GUI thread's view of a running task."""

    def __init__(self, runner: "TaskRunner", name: str) -> None:
        super().__init__(runner)
        self.name = name
        self.signals = TaskSignals(self)
        self.context = TaskContext(self.signals)
        self.done = False

    @property
    def cancelled(self) -> bool:
        return self.context.cancelled

    def cancel(self) -> None:
        self.context.cancel()


class TaskRunner(QObject):
    """Runs tasks on its own QThreadPool and keeps them referenced until they finish."""

    unhandledError = Signal(object, str)  # exception, task name
    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 32) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.pool.setExpiryTimeout(5000)
        self._live: set[TaskHandle] = set()
        _runners.add(self)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        name: str = "",
        on_result: Callable[[Any], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
        on_progress: Callable[[Any], Any] | None = None,
        on_finished: Callable[[], Any] | None = None,
        with_context: bool = False,
        **kwargs: Any,
    ) -> TaskHandle:
        """Run ``fn(*args, **kwargs)`` (``fn(ctx, *args, **kwargs)`` with ``with_context``) off the GUI thread."""
        handle = TaskHandle(self, name or getattr(fn, "__qualname__", "task"))
        signals = handle.signals
        queued = Qt.ConnectionType.QueuedConnection
        cancelled = handle.context

        if on_result is not None:
            signals.result.connect(lambda value: None if cancelled.cancelled else on_result(value), queued)
        if on_progress is not None:
            signals.progress.connect(lambda value: None if cancelled.cancelled else on_progress(value), queued)

        def error(exc: BaseException) -> None:
            if cancelled.cancelled:
                log.debug("task %s ended after cancel: %r", handle.name, exc)
                return
            if on_error is not None:
                try:
                    on_error(exc)
                except Exception as inner:  # noqa: BLE001 - a failing handler still reaches the user
                    inner.berth_traceback = traceback.format_exc()  # type: ignore[attr-defined]
                    self.unhandledError.emit(inner, handle.name)
            else:
                self.unhandledError.emit(exc, handle.name)

        signals.error.connect(error, queued)

        def finished() -> None:
            handle.done = True
            self._live.discard(handle)
            try:
                if on_finished is not None:
                    on_finished()
            finally:
                handle.deleteLater()
                if not self._live:
                    self.idle.emit()

        signals.finished.connect(finished, queued)
        task = Task(fn, args, kwargs, signals, handle.context, with_context)
        self._live.add(handle)
        self.pool.start(task)
        return handle

    @property
    def active(self) -> int:
        return len(self._live)

    def live_names(self) -> list[str]:
        return sorted(h.name for h in self._live)

    def cancel_all(self) -> None:
        for handle in list(self._live):
            handle.cancel()

    def shutdown(self, wait_ms: int = 5000) -> bool:
        """Cancel everything and wait for the workers; True if all ended."""
        self.cancel_all()
        return self.pool.waitForDone(wait_ms)


def live_runners() -> list[TaskRunner]:
    """Runners whose Qt object still exists."""
    from shiboken6 import isValid

    return [r for r in list(_runners) if isValid(r) and isValid(r.pool)]

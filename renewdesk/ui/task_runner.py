"""Run long work (import, bulk actions, PDF, sending) on a QThreadPool.

A task is a plain function ``fn(progress) -> result`` from the service layer;
``progress(done, total, text)`` may be called from the worker thread. Only
plain values cross the thread boundary: the worker emits signals on a private
QObject and a handle living in the GUI thread re-emits them there (queued).
Tests pass ``synchronous=True`` so a task runs to the end inside ``submit``.

Closing the window while work runs: the work itself always runs to its end (its
commit is never cut short, so nothing is lost), but once the runner's window is
gone its results are only logged. Every callback and the runner's own signals are
skipped from the moment Qt destroys the runner, so a late result can never touch a
deleted widget ("Signal source has been deleted").
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
TaskFn = Callable[[ProgressFn], Any]


class _WorkerSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class TaskHandle(QObject):
    """What ``TaskRunner.submit`` returns; its signals arrive in the GUI thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    done = Signal()  # after finished or failed

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.running = True
        self.result: Any = None
        self.error: BaseException | None = None

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.emit(done, total, text)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.result = result
        self.running = False
        self.finished.emit(result)
        self.done.emit()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self.running = False
        self.failed.emit(self.error)
        self.done.emit()


class _Runnable(QRunnable):
    def __init__(self, fn: TaskFn, signals: _WorkerSignals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        _execute(self._fn, self._signals)


def _execute(fn: TaskFn, signals: _WorkerSignals) -> None:
    try:
        result = fn(signals.progress.emit)
    except Exception as exc:
        # Expected refusals (rules, bad files) are shown by the caller; keep the trace for logs.
        log.info("task failed: %s\n%s", exc, traceback.format_exc())
        signals.failed.emit(exc)
    else:
        signals.finished.emit(result)


class _Alive:
    """Whether the runner's C++ object still exists (set by its ``destroyed`` signal).

    A separate object, so the flag can be read after the runner itself is gone.
    """

    def __init__(self) -> None:
        self.value = True

    def end(self, *_args: object) -> None:
        self.value = False


def _while_alive(alive: _Alive, name: str, fn: Callable[..., None]) -> Callable[..., None]:
    def call(*args: object) -> None:
        if alive.value:
            fn(*args)
        else:
            log.info("task %s ended after its window closed: %r", name, args[:1])

    return call


class TaskRunner(QObject):
    """Submit functions to a thread pool and get their results back as signals."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
        synchronous: bool = False,
    ) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self.synchronous = synchronous
        self._active: set[TaskHandle] = set()
        # Signal objects must outlive the runnable until their queued emits land.
        self._signals: dict[TaskHandle, _WorkerSignals] = {}
        self._alive = _Alive()
        self.destroyed.connect(self._alive.end)

    def submit(
        self,
        fn: TaskFn,
        *,
        name: str = "",
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: ProgressFn | None = None,
    ) -> TaskHandle:
        """Run ``fn(progress)``; the callbacks run in the GUI thread."""
        handle = TaskHandle(name or getattr(fn, "__name__", "task"))
        signals = _WorkerSignals()
        signals.progress.connect(handle._on_progress)
        signals.finished.connect(handle._on_finished)
        signals.failed.connect(handle._on_failed)
        alive, label = self._alive, handle.name
        if on_progress is not None:
            handle.progress.connect(_while_alive(alive, label, on_progress))
        if on_finished is not None:
            handle.finished.connect(_while_alive(alive, label, on_finished))
        if on_failed is not None:
            handle.failed.connect(_while_alive(alive, label, on_failed))
        forget = self._forget
        handle.done.connect(_while_alive(alive, label, lambda h=handle: forget(h)))
        self._active.add(handle)
        self._signals[handle] = signals
        if len(self._active) == 1:
            self.busy_changed.emit(True)
        if self.synchronous:
            _execute(fn, signals)
        else:
            self._pool.start(_Runnable(fn, signals))
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        self._active.discard(handle)
        self._signals.pop(handle, None)
        if not self._active:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (used on close and in tests)."""
        return bool(self._pool.waitForDone(msecs))

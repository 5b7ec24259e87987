"""One supervisor for every long-lived worker: nothing ends unlogged, everything comes back.

A worker's thread (``ServiceThread``) hands every unexpected error to the ``Supervisor``, which
logs it with its traceback, emits ``fault`` (the engine writes it to the audit log, the window
shows it) and says how long to wait before the worker is started again. The wait doubles with
each crash inside ``window_s`` (1 s, 2 s, 4 s … up to ``max_delay_s``) and starts from 1 s again
once the worker has stayed up that long: a worker that fails on every frame costs a log line per
minute, not a busy loop, and a worker is never given up on (the archive is evidence).

Errors outside any worker (an uncaught exception in a plain thread or in a Qt slot) reach the same
place through ``install_excepthooks``.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from cgrconsole.core.signals import Signal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerFault:
    """One unexpected error of a worker, as the audit log and the window show it."""

    worker: str  # the thread's name: record-Camera1, ingest-Camera1, janitor, anpr, outbox
    error: str  # "ValueError: the message", one line
    at: float  # epoch seconds
    crashes: int  # crashes of this worker within the window, this one included
    restart_in_s: float | None  # None: not restarted (an error outside any worker)
    traceback: str = ""


class Supervisor:
    """Thread-safe. ``fault`` is emitted on the failing thread."""

    def __init__(
        self,
        *,
        window_s: float = 600.0,
        initial_delay_s: float = 1.0,
        max_delay_s: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.window_s = window_s
        self.initial_delay_s = initial_delay_s
        self.max_delay_s = max_delay_s
        self._clock = clock
        self._crashes: dict[str, deque[float]] = {}
        self._recent: deque[WorkerFault] = deque(maxlen=50)
        self._lock = threading.Lock()
        self.fault: Signal[[WorkerFault]] = Signal("worker fault")

    def crashed(self, worker: str, error: BaseException) -> float:
        """Record a worker's crash; returns the seconds to wait before starting it again."""
        now = self._clock()
        with self._lock:
            times = self._crashes.setdefault(worker, deque())
            times.append(now)
            while times and now - times[0] > self.window_s:
                times.popleft()
            count = len(times)
        delay = min(self.max_delay_s, self.initial_delay_s * 2 ** (count - 1))
        self._report(worker, error, count, delay)
        return delay

    def report(self, worker: str, error: BaseException) -> None:
        """An error that ended something not restarted by us (an uncaught exception elsewhere)."""
        self._report(worker, error, 1, None)

    def recent(self, within_s: float | None = None) -> list[WorkerFault]:
        """The latest faults, newest last (within ``within_s`` seconds when given)."""
        with self._lock:
            faults = list(self._recent)
        if within_s is None:
            return faults
        cutoff = self._clock() - within_s
        return [f for f in faults if f.at >= cutoff]

    def _report(self, worker: str, error: BaseException, count: int, delay: float | None) -> None:
        text = f"{type(error).__name__}: {error}".splitlines()[0][:300]
        trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        fault = WorkerFault(worker, text, self._clock(), count, delay, trace)
        with self._lock:
            self._recent.append(fault)
        if delay is None:
            log.error("unexpected error in %s: %s\n%s", worker, text, trace.rstrip())
        else:
            log.error(
                "%s crashed (%d time(s) in %.0f min): %s; restarting in %.0f s\n%s",
                worker,
                count,
                self.window_s / 60,
                text,
                delay,
                trace.rstrip(),
            )
        self.fault.emit(fault)


def install_excepthooks(supervisor: Supervisor) -> None:
    """Uncaught exceptions of any thread (and of Qt slots, which go to ``sys.excepthook``) are reported."""

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "a thread"
        supervisor.report(name, args.exc_value)

    def main_hook(exc_type: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, trace)
            return
        supervisor.report(threading.current_thread().name, exc.with_traceback(trace))

    threading.excepthook = thread_hook
    sys.excepthook = main_hook

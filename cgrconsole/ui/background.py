"""Work the window must not wait for (a disk that may hang, a slow query), done on a thread of its own.

``BackgroundPoll`` calls ``work()`` on its own worker thread every ``interval_ms`` and delivers the
result with ``result`` on the GUI thread. A call that hangs (a network share that stopped answering)
only delays the next one; the window keeps painting. Calls never pile up: while one runs, the
next tick is skipped.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


class BackgroundPoll(QObject):
    result = Signal(object)  # what work() returned, on the GUI thread

    def __init__(self, name: str, work: Callable[[], object], interval_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self.name = name
        self._work = work
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix=f"poll-{name}")
        self._running: concurrent.futures.Future[object] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        self._timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def poll(self) -> None:
        """Run ``work`` now unless the previous call is still running."""
        if self._running is not None and not self._running.done():
            return
        self._running = self._pool.submit(self._call)

    def _call(self) -> object:
        try:
            value = self._work()
        except Exception:
            log.exception("%s: reading it in the background failed", self.name)
            return None
        self.result.emit(value)  # from the worker thread: Qt queues it to the GUI thread
        return value

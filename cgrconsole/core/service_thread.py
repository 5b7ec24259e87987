"""The house pattern for a long-running service: a named, supervised daemon thread with a stop event.

``start()`` runs ``target()``; ``request_stop()`` only asks (so a manager can ask many services at
once); ``stop(timeout)`` asks and waits, and says whether the thread ended in time. ``target``
returns when the stop event is set. If it raises instead, the ``Supervisor`` logs and reports the
error, ``on_crash(error)`` lets the service put its state right (and show it), and ``target``
runs again after the supervisor's delay: no worker dies silently, none is left dead.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from cgrconsole.core.supervision import Supervisor

log = logging.getLogger(__name__)


class ServiceThread:
    def __init__(
        self,
        name: str,
        target: Callable[[], None],
        supervisor: Supervisor | None = None,
        on_crash: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.name = name
        self.stop_event = threading.Event()
        self.restarts = 0
        self._target = target
        self._supervisor = supervisor or Supervisor()
        self._on_crash = on_crash
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self.stop_event.clear()
        self._thread = threading.Thread(target=self._main, name=self.name, daemon=True)
        self._thread.start()

    def request_stop(self) -> None:
        self.stop_event.set()

    def stop(self, timeout: float) -> bool:
        """True when the thread has ended (or never ran) within ``timeout`` seconds."""
        self.stop_event.set()
        if self._thread is None:
            return True
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("%s did not stop within %.1f s", self.name, timeout)
            return False
        self._thread = None
        return True

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _main(self) -> None:
        while not self.stop_event.is_set():
            try:
                self._target()
                return
            except Exception as error:
                delay = self._supervisor.crashed(self.name, error)
                if self._on_crash is not None:
                    try:
                        self._on_crash(error)
                    except Exception as cleanup_error:
                        self._supervisor.report(f"{self.name} (after a crash)", cleanup_error)
                if self.stop_event.wait(delay):
                    return
                self.restarts += 1
                log.info("%s: restarting after an unexpected error", self.name)

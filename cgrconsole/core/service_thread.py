"""The house pattern for a long-running service: a named daemon thread with a stop event.

``start()`` runs ``target(stop_event)``; ``request_stop()`` only asks (so a manager can ask many
services at once); ``stop(timeout)`` asks and waits, and says whether the thread ended in time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class ServiceThread:
    def __init__(self, name: str, target: Callable[[], None]) -> None:
        self.name = name
        self.stop_event = threading.Event()
        self._target = target
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self.stop_event.clear()
        self._thread = threading.Thread(target=self._target, name=self.name, daemon=True)
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

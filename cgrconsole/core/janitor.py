"""The console's housekeeping on one supervised thread: retention sweeps and the free-space guard.

At start and every hour the sweeps run (the archive's retention, then the plate events' and the
audit log's); every minute the free-space guard reads the disks. One thread does both, so a file
or an event is never deleted by two threads at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from cgrconsole.core.service_thread import ServiceThread
from cgrconsole.core.supervision import Supervisor

SWEEP_EVERY = 3600.0
GUARD_EVERY = 60.0


class Janitor:
    """``start``/``stop``; an error in a sweep or the guard goes to the supervisor, which restarts it."""

    def __init__(
        self,
        sweeps: Sequence[Callable[[], object]],
        guard: Callable[[], object],
        supervisor: Supervisor | None = None,
        *,
        sweep_every: float = SWEEP_EVERY,
        guard_every: float = GUARD_EVERY,
    ) -> None:
        self._sweeps = tuple(sweeps)
        self._guard = guard
        self._sweep_every = sweep_every
        self._guard_every = guard_every
        self._service = ServiceThread("janitor", self._run, supervisor)
        self._stop = self._service.stop_event

    def start(self) -> None:
        self._service.start()

    def stop(self, timeout: float = 5.0) -> bool:
        return self._service.stop(timeout)

    def _run(self) -> None:
        next_sweep = 0.0
        while not self._stop.is_set():
            if time.monotonic() >= next_sweep:
                for sweep in self._sweeps:
                    sweep()
                next_sweep = time.monotonic() + self._sweep_every
            self._guard()
            self._stop.wait(self._guard_every)

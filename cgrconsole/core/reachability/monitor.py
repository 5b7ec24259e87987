"""Checks every uplink endpoint periodically on a supervised worker and remembers since when each is
in its state (reachable, or failing at which step).

``changed`` is emitted on the ``reach`` thread with every endpoint's ``Reachability`` after each round
in which one of them changed state (the window shows them; ``ui/bridge.py``). A change is logged once,
with the step and the error (no secret is involved: nothing but a handshake is sent).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from cgrconsole.core.reachability.probe import Endpoint, Failure, ProbeResult, Step, probe
from cgrconsole.core.service_thread import ServiceThread
from cgrconsole.core.signals import Signal
from cgrconsole.core.supervision import Supervisor

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reachability:
    """One endpoint's state as the console shows it."""

    endpoint: Endpoint
    checked: bool = False  # False until the first check ended
    failed_step: Step | None = None
    failure: Failure | None = None
    detail: str = ""  # English (log, tooltip of an admin)
    since: float | None = None  # epoch seconds: when it entered this state
    checked_at: float | None = None
    seconds: float = 0.0  # how long the last check took

    @property
    def ok(self) -> bool:
        return self.checked and self.failed_step is None

    def state_key(self) -> tuple[bool, Step | None, Failure | None]:
        return self.checked, self.failed_step, self.failure


class ReachabilityMonitor:
    """Construct (no I/O), ``start()``, ``check_now()`` from any thread, ``stop(timeout)``."""

    def __init__(
        self,
        endpoints: Sequence[Endpoint],
        *,
        interval_s: float = 30.0,
        timeout_s: float = 5.0,
        clock: Callable[[], float] = time.time,
        supervisor: Supervisor | None = None,
        check: Callable[[Endpoint, float], ProbeResult] = probe,
    ) -> None:
        self.endpoints = tuple(endpoints)
        self.interval_s = interval_s
        self.timeout_s = timeout_s
        self._clock = clock
        self._check = check
        self._lock = threading.Lock()
        self._states = {e.name: Reachability(e) for e in self.endpoints}
        self._wake = threading.Event()
        self.changed: Signal[[tuple[Reachability, ...]]] = Signal("reachability")
        self.worker = ServiceThread("reach", self._run, supervisor)

    def start(self) -> None:
        if self.endpoints:
            self.worker.start()

    def stop(self, timeout: float) -> bool:
        self._wake.set()
        return self.worker.stop(timeout)

    def check_now(self) -> None:
        self._wake.set()

    def states(self) -> tuple[Reachability, ...]:
        with self._lock:
            return tuple(self._states[e.name] for e in self.endpoints)

    def _run(self) -> None:
        stop = self.worker.stop_event
        while not stop.is_set():
            self.check_all()
            self._wake.wait(self.interval_s)
            self._wake.clear()

    def check_all(self) -> tuple[Reachability, ...]:
        """One round over every endpoint, now, on the calling thread (the worker's loop; tests)."""
        changed = False
        for endpoint in self.endpoints:
            if self.worker.stop_event.is_set():
                break
            changed |= self._record(self._check(endpoint, self.timeout_s))
        states = self.states()
        if changed:
            self.changed.emit(states)
        return states

    def _record(self, result: ProbeResult) -> bool:
        now = self._clock()
        name = result.endpoint.name
        with self._lock:
            before = self._states[name]
            after = Reachability(
                result.endpoint,
                True,
                result.failed_step,
                result.failure,
                result.detail,
                before.since,
                now,
                result.seconds,
            )
            changed = after.state_key() != before.state_key()
            if changed:
                after = replace(after, since=now)
            self._states[name] = after
        if changed:
            _log_change(after)
        return changed


def _log_change(state: Reachability) -> None:
    endpoint = state.endpoint
    if state.ok:
        log.info(
            "%s %s is reachable (%s, %.0f ms)",
            endpoint.name,
            endpoint.address,
            ", ".join(s.value for s in endpoint.steps()),
            state.seconds * 1000,
        )
        return
    log.warning(
        "%s %s is NOT reachable: the %s step failed (%s): %s",
        endpoint.name,
        endpoint.address,
        state.failed_step.value if state.failed_step else "?",
        state.failure.value if state.failure else "?",
        state.detail,
    )

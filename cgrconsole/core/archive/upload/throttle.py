"""A token bucket shared by every transfer: the ``bandwidth_kbps`` limit is for the whole site link.

paramiko has no bandwidth limit (paramiko#1206), so the write loop asks the bucket before each
chunk. A caller may run into debt: it takes its chunk at once and then waits the debt off, so
several threads sharing one bucket queue up fairly and the long-run rate is exact.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class TokenBucket:
    """``rate`` bytes per second (0: unlimited), bursts of at most ``burst`` bytes. Thread-safe."""

    def __init__(
        self, rate: float, burst: float | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        # a fifth of a second: smooth enough for a VPN link, big enough to keep the pipeline full
        self.burst = burst if burst is not None else max(64 * 1024.0, rate * 0.2)
        self._clock = clock
        self._tokens = self.burst
        self._last = clock()
        self._lock = threading.Lock()

    @property
    def unlimited(self) -> bool:
        return self.rate <= 0

    def reserve(self, amount: int) -> float:
        """Take ``amount`` bytes now; returns the seconds to wait before sending them."""
        if self.unlimited:
            return 0.0
        with self._lock:
            now = self._clock()
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
            self._last = now
            self._tokens -= amount
            return -self._tokens / self.rate if self._tokens < 0 else 0.0

    def take(self, amount: int, stop: threading.Event) -> bool:
        """Wait until ``amount`` bytes may go; False when ``stop`` was set meanwhile."""
        delay = self.reserve(amount)
        return not stop.wait(delay) if delay > 0 else not stop.is_set()

    def chunk_size(self, largest: int) -> int:
        """A write size that keeps the waits short at low limits (a tenth of a second's worth)."""
        if self.unlimited:
            return largest
        return int(min(largest, max(32 * 1024, self.rate / 10)))

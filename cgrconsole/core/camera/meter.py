"""Frame-rate and bit-rate over a sliding window."""

from __future__ import annotations

import threading
from collections import deque


class RateMeter:
    """Counts events (frames) and bytes over the last ``window`` seconds."""

    def __init__(self, window: float = 3.0) -> None:
        self.window = window
        self._samples: deque[tuple[float, int]] = deque()
        self._bytes = 0
        self._lock = threading.Lock()

    def add(self, now: float, size: int) -> None:
        with self._lock:
            self._samples.append((now, size))
            self._bytes += size
            self._trim(now)

    def _trim(self, now: float) -> None:
        while self._samples and self._samples[0][0] < now - self.window:
            self._bytes -= self._samples.popleft()[1]

    def rates(self, now: float) -> tuple[float, float]:
        """(events per second, bits per second) over the window ending at ``now``."""
        with self._lock:
            self._trim(now)
            if len(self._samples) < 2:
                return 0.0, 0.0
            span = max(now - self._samples[0][0], 1e-6)
            return (len(self._samples) - 1) / span, self._bytes * 8 / span

    def reset(self) -> None:
        with self._lock:
            self._samples.clear()
            self._bytes = 0

"""The injected clock of the tests: epoch seconds that move only when told."""

from __future__ import annotations

import time


class FakeClock:
    """``now`` defaults to the real time at creation; share one between a client and its stand-in."""

    def __init__(self, now: float | None = None) -> None:
        self.now = time.time() if now is None else now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

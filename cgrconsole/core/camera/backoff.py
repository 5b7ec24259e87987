"""Exponential reconnect backoff with jitter and a cap."""

from __future__ import annotations

import random


class Backoff:
    """Delays initial, 2x, 4x ... up to ``cap`` seconds, each with +-``jitter`` spread.

    Jitter keeps cameras that dropped together (a VPN hiccup) from reconnecting in lock-step.
    """

    def __init__(
        self, initial: float = 1.0, cap: float = 30.0, jitter: float = 0.1, rng: random.Random | None = None
    ) -> None:
        self.initial = initial
        self.cap = cap
        self.jitter = jitter
        self._rng = rng or random.Random()
        self._attempt = 0

    def next_delay(self) -> float:
        base = min(self.cap, self.initial * (2**self._attempt))
        self._attempt += 1
        spread = base * self.jitter
        return max(0.0, min(self.cap, base + self._rng.uniform(-spread, spread)))

    def reset(self) -> None:
        self._attempt = 0

    @property
    def attempts(self) -> int:
        return self._attempt

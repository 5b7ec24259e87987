"""Exponential backoff with jitter and a cap: camera reconnects and outbox retries."""

from __future__ import annotations

import random


def backoff_delay(
    attempt: int, initial: float, cap: float, jitter: float = 0.1, rng: random.Random | None = None
) -> float:
    """The wait before retry number ``attempt`` (0-based): initial, 2x, 4x ... up to ``cap``, +-jitter.

    Jitter keeps clients that failed together (a VPN hiccup) from retrying in lock-step.
    """
    base = min(cap, initial * (2 ** min(attempt, 62)))
    spread = base * jitter
    return max(0.0, min(cap, base + (rng or random).uniform(-spread, spread)))


class Backoff:
    """A running sequence of ``backoff_delay`` values; ``reset()`` after a success."""

    def __init__(
        self, initial: float = 1.0, cap: float = 30.0, jitter: float = 0.1, rng: random.Random | None = None
    ) -> None:
        self.initial = initial
        self.cap = cap
        self.jitter = jitter
        self._rng = rng or random.Random()
        self._attempt = 0

    def next_delay(self) -> float:
        delay = backoff_delay(self._attempt, self.initial, self.cap, self.jitter, self._rng)
        self._attempt += 1
        return delay

    def reset(self) -> None:
        self._attempt = 0

    @property
    def attempts(self) -> int:
        return self._attempt

"""Polling helpers: tests wait for a condition, never for a fixed time."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(
    predicate: Callable[[], object], timeout: float, interval: float = 0.05, message: str = ""
) -> float:
    """Seconds it took for ``predicate`` to become true; AssertionError after ``timeout``."""
    started = time.monotonic()
    while True:
        if predicate():
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            raise AssertionError(f"not true after {timeout:.1f} s: {message or predicate}")
        time.sleep(interval)

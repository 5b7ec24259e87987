"""Decoded frames: the latest-frame slot that live tiles read, and the recognition sampler.

Frames are RGB ``numpy.ndarray`` (H x W x 3, uint8). They never travel through signals:
the ingest thread writes the newest one into the slot, readers pull it when they need it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class Frame:
    """A decoded picture. ``seq`` grows by one per decoded frame of the camera."""

    camera: str
    seq: int
    image: np.ndarray  # RGB, H x W x 3, uint8; treat as read-only
    wallclock: float

    @property
    def width(self) -> int:
        return int(self.image.shape[1])

    @property
    def height(self) -> int:
        return int(self.image.shape[0])


class LatestFrameSlot:
    """Holds only the newest frame of one camera; writing replaces, reading never blocks."""

    def __init__(self) -> None:
        self._frame: Frame | None = None
        self._lock = threading.Lock()

    def put(self, frame: Frame) -> None:
        with self._lock:
            self._frame = frame

    def get(self) -> Frame | None:
        with self._lock:
            return self._frame

    def clear(self) -> None:
        with self._lock:
            self._frame = None


class FrameSampler:
    """Passes on at most ``fps`` frames per second into a small queue for the recognizer.

    When the consumer is busy the queue is full; the oldest frame waiting is dropped (and
    counted), so recognition always works on the freshest frames, never on a backlog.
    """

    def __init__(self, fps: float, maxsize: int = 2) -> None:
        self.interval = 1.0 / fps if fps > 0 else float("inf")
        self.maxsize = maxsize
        self.dropped = 0
        self.offered = 0
        self._next_at = 0.0
        self._frames: list[Frame] = []
        self._cond = threading.Condition()

    def offer(self, frame: Frame) -> None:
        if frame.wallclock < self._next_at:
            return
        self._next_at = max(self._next_at + self.interval, frame.wallclock)
        with self._cond:
            self.offered += 1
            if len(self._frames) >= self.maxsize:
                self.dropped += 1
                self._frames.pop(0)
            self._frames.append(frame)
            self._cond.notify()

    def get(self, timeout: float | None = None) -> Frame | None:
        with self._cond:
            if not self._frames and not self._cond.wait_for(lambda: bool(self._frames), timeout):
                return None
            return self._frames.pop(0)

"""Telling a frozen picture from a live one: frames keep arriving, but they always show the same image.

Twice a second the ingest thread shrinks the newest decoded frame to a small grey thumbnail and compares it
with the thumbnail taken when the picture last changed. A change is a few thumbnail cells that moved by
clearly more than a video encoder's own flicker. The camera's on-screen clock is such a change every second,
so a live camera with its time stamp on is never taken for a frozen one, even when the lane is empty.

The thumbnail is 320x180 (8x8 block means of 1080p, 4x4 of 720p), not smaller: at 64x36 a clock digit that
turns into another of the same ink (``6`` into ``9``) moves a block's mean by one grey level, less than the
encoder's flicker on a still image (measured on the synthetic camera: docs/live_view.md).
"""

from __future__ import annotations

import cv2
import numpy as np

THUMBNAIL_SIZE = (320, 180)  # width, height
SAMPLE_INTERVAL_S = 0.5
CHANGE_LEVEL = 24  # grey levels (0-255) a cell must move; H.264 flicker on a still image stays below 10
CHANGED_CELLS = 4  # cells that must move: one noisy cell is no change, a clock digit moves six or more


def thumbnail(image: np.ndarray) -> np.ndarray:
    """The RGB ``image`` as a small grey picture (block means)."""
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    return cv2.resize(grey, THUMBNAIL_SIZE, interpolation=cv2.INTER_AREA)


def pictures_differ(a: np.ndarray, b: np.ndarray) -> bool:
    """True when two thumbnails show a real change, not encoder flicker."""
    moved = np.abs(a.astype(np.int16) - b.astype(np.int16)) >= CHANGE_LEVEL
    return int(np.count_nonzero(moved)) >= CHANGED_CELLS


class FreezeDetector:
    """Follows one camera's frames; owned by its ingest thread (not thread-safe).

    ``frozen_since`` is the time (of the frames' clock) since which the picture has not changed, once that
    has lasted ``frozen_after`` seconds; None while the picture moves.
    """

    def __init__(self, frozen_after: float = 5.0, interval: float = SAMPLE_INTERVAL_S) -> None:
        self.frozen_after = frozen_after
        self.interval = interval
        self._reference: np.ndarray | None = None
        self._unchanged_since = 0.0
        self._next_at = 0.0
        self.frozen_since: float | None = None

    def reset(self) -> None:
        """A new session: nothing is known about its picture yet."""
        self._reference, self._next_at, self.frozen_since = None, 0.0, None

    def observe(self, image: np.ndarray, now: float) -> bool:
        """Look at a decoded frame (cheap unless a sample is due); True when ``frozen_since`` changed."""
        if now < self._next_at:
            return False
        self._next_at = now + self.interval
        thumb = thumbnail(image)
        if self._reference is None or pictures_differ(thumb, self._reference):
            self._reference, self._unchanged_since = thumb, now
        was = self.frozen_since
        frozen = now - self._unchanged_since >= self.frozen_after
        self.frozen_since = self._unchanged_since if frozen else None
        return self.frozen_since != was

"""Motion gating: skip recognition on frames where nothing in the region of interest changed.

Compares a small grayscale copy (160 px wide) of the region with the previous one. A camera's
clock overlay or compression flicker changes a few pixels; a vehicle changes hundreds.
"""

from __future__ import annotations

import cv2
import numpy as np

Roi = tuple[float, float, float, float]


def roi_pixels(roi: Roi | None, width: int, height: int) -> tuple[int, int, int, int]:
    """The region as pixel bounds x1, y1, x2, y2 (the whole frame when ``roi`` is None)."""
    if roi is None:
        return 0, 0, width, height
    return int(roi[0] * width), int(roi[1] * height), int(roi[2] * width), int(roi[3] * height)


class MotionGate:
    """``moved(image)`` is True for the first frame and whenever enough of the region changed."""

    def __init__(
        self,
        roi: Roi | None = None,
        width: int = 160,
        pixel_threshold: int = 20,
        area_fraction: float = 0.003,
    ) -> None:
        self.roi = roi
        self.width = width
        self.pixel_threshold = pixel_threshold
        self.area_fraction = area_fraction
        self._previous: np.ndarray | None = None

    def moved(self, image_rgb: np.ndarray) -> bool:
        height, width = image_rgb.shape[:2]
        x1, y1, x2, y2 = roi_pixels(self.roi, width, height)
        region = image_rgb[y1:y2, x1:x2]
        scale = self.width / max(1, region.shape[1])
        small = cv2.resize(region, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        gray = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), (3, 3), 0)
        previous, self._previous = self._previous, gray
        if previous is None or previous.shape != gray.shape:
            return True
        changed = np.count_nonzero(cv2.absdiff(gray, previous) > self.pixel_threshold)
        return bool(changed >= self.area_fraction * gray.size)

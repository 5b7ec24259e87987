"""Finding plate-like regions with OpenCV, so the OCR reads small crops, never whole frames.

On a copy of the frame scaled to 640 px wide, two cues are combined:
- dark strokes on a light field: a black-hat transform, horizontal gradient, closed into blobs;
- bright rectangles of plate proportions (white plates).
Regions with plate-like aspect and size are scored by aspect, contrast and stroke density and
returned best first, in full-frame pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

WORK_WIDTH = 640
ASPECT_RANGE = (1.8, 7.5)  # width / height: plates seen straight are 4.6 (KZ, RU), 2 (two-line)
MIN_WIDTH, MAX_WIDTH = 24, 320  # at WORK_WIDTH
_DIVIDER = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 1))  # closes the thin line before a region code


@dataclass(frozen=True)
class Region:
    box: tuple[int, int, int, int]  # x1, y1, x2, y2 in the input image
    score: float


class PlateFinder:
    def __init__(self, max_regions: int = 4) -> None:
        self.max_regions = max_regions
        self._hat = cv2.getStructuringElement(cv2.MORPH_RECT, (15, 5))
        self._close = cv2.getStructuringElement(cv2.MORPH_RECT, (11, 3))
        self._square = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))

    def find(self, image: np.ndarray, roi: tuple[float, float, float, float] | None = None) -> list[Region]:
        """Plate-like regions of an RGB or BGR image (H x W x 3), best first."""
        height, width = image.shape[:2]
        x0, y0, x1, y1 = (0, 0, width, height)
        if roi is not None:
            x0, y0 = int(roi[0] * width), int(roi[1] * height)
            x1, y1 = int(roi[2] * width), int(roi[3] * height)
        area = image[y0:y1, x0:x1]
        scale = min(1.0, WORK_WIDTH / max(1, area.shape[1]))
        small = (
            cv2.resize(area, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else area
        )
        gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY) if small.ndim == 3 else small
        boxes = self._stroke_blobs(gray) + self._bright_boxes(gray)
        regions: list[Region] = []
        for bx, by, bw, bh in boxes:
            score = self._score(gray, bx, by, bw, bh)
            if score <= 0:
                continue
            bx, by, bw, bh = _grow_to_plate(gray, bx, by, bw, bh)
            box = (
                x0 + int(bx / scale),
                y0 + int(by / scale),
                x0 + int((bx + bw) / scale),
                y0 + int((by + bh) / scale),
            )
            regions.append(Region(box, score))
        return _suppress(sorted(regions, key=lambda r: r.score, reverse=True))[: self.max_regions]

    def _stroke_blobs(self, gray: np.ndarray) -> list[tuple[int, int, int, int]]:
        blackhat = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, self._hat)
        grad = cv2.convertScaleAbs(cv2.Sobel(blackhat, cv2.CV_16S, 1, 0, ksize=3))
        grad = cv2.GaussianBlur(grad, (5, 5), 0)
        grad = cv2.morphologyEx(grad, cv2.MORPH_CLOSE, self._close)
        _, mask = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        mask = cv2.erode(mask, self._square, iterations=1)
        mask = cv2.dilate(mask, self._square, iterations=2)
        return _plate_shaped(mask)

    def _bright_boxes(self, gray: np.ndarray) -> list[tuple[int, int, int, int]]:
        _, mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        _, bright = cv2.threshold(gray, max(150, int(np.percentile(gray, 95))), 255, cv2.THRESH_BINARY)
        mask = cv2.morphologyEx(cv2.bitwise_and(mask, bright), cv2.MORPH_CLOSE, self._close)
        return _plate_shaped(mask)

    @staticmethod
    def _score(gray: np.ndarray, x: int, y: int, w: int, h: int) -> float:
        patch = gray[y : y + h, x : x + w]
        if patch.size == 0:
            return 0.0
        lo, hi = np.percentile(patch, (10, 90))
        contrast = (hi - lo) / 255.0
        edges = cv2.Canny(patch, 60, 160)
        density = float(np.count_nonzero(edges)) / patch.size
        aspect = w / max(1, h)
        aspect_fit = 1.0 - min(1.0, abs(aspect - 4.2) / 4.0)
        if contrast < 0.2 or not 0.04 <= density <= 0.5:
            return 0.0
        return contrast * 0.5 + aspect_fit * 0.3 + min(density, 0.25) * 0.8


def _grow_to_plate(gray: np.ndarray, x: int, y: int, w: int, h: int) -> tuple[int, int, int, int]:
    """Widen a text blob to the light plate field around it (region codes sit behind a thin divider)."""
    height, width = gray.shape[:2]
    wx1, wx2 = max(0, x - w), min(width, x + 2 * w)
    wy1, wy2 = max(0, y - h // 2), min(height, y + h + h // 2)
    window = gray[wy1:wy2, wx1:wx2]
    if window.size == 0:
        return x, y, w, h
    _, light = cv2.threshold(window, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    light = cv2.morphologyEx(light, cv2.MORPH_CLOSE, _DIVIDER)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(light)
    cx, cy = x + w // 2 - wx1, min(y + 1, wy2 - 1) - wy1  # a field pixel just inside the blob's top edge
    label = labels[cy, cx] if 0 <= cy < labels.shape[0] and 0 <= cx < labels.shape[1] else 0
    if label == 0:
        return x, y, w, h
    lx, ly, lw, lh = (int(v) for v in stats[label][:4])
    gx, gy = wx1 + lx, wy1 + ly
    contains = gx <= x and gx + lw >= x + w
    if contains and lw <= 2.2 * w and ASPECT_RANGE[0] <= lw / max(1, lh) <= ASPECT_RANGE[1]:
        return gx, gy, lw, lh
    return x, y, w, h


def _plate_shaped(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    boxes = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        if MIN_WIDTH <= w <= MAX_WIDTH and ASPECT_RANGE[0] <= w / max(1, h) <= ASPECT_RANGE[1]:
            boxes.append((x, y, w, h))
    return boxes


def _suppress(regions: list[Region], overlap: float = 0.3) -> list[Region]:
    kept: list[Region] = []
    for region in regions:
        if all(_iou(region.box, other.box) < overlap for other in kept):
            kept.append(region)
    return kept


def _iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union else 0.0

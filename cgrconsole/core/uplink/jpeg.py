"""Fit a photo into a JPEG size window, changing it as little as possible.

The ĐBVN protocol wants 30–512 KB (seed Bảng 1, the defaults here); CarGoRuqsat only caps the size
(``photo_max_kb``, a window from 0).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from cgrconsole.core.uplink.reasons import Reason, because

JPEG_MAGIC = b"\xff\xd8\xff"
# Aim inside the window under both readings of "KB" (1000 or 1024 bytes), so the server never
# sees a size on the edge: ≥ 30 KiB and ≤ 512 000 bytes.
TARGET_MIN = 30 * 1024
TARGET_MAX = 512_000
_QUALITIES_DOWN = (90, 80, 70, 60, 50, 40)
_QUALITIES_UP = (95, 100)
_MAX_UPSCALE = 4.0
_MAX_SIDE = 4096


class ImageNotUsable(Exception):
    """The photo cannot be decoded or brought into the window; the event needs another photo."""

    def __init__(self, why: Reason) -> None:
        super().__init__(why.english())
        self.why = why


@dataclass(frozen=True)
class FittedJpeg:
    data: bytes
    changed: bool  # False: the camera's JPEG went out untouched
    width: int
    height: int
    quality: int | None  # the quality used when re-encoding


def fit_jpeg(photo: bytes, low: int = TARGET_MIN, high: int = TARGET_MAX) -> FittedJpeg:
    """Return a JPEG of ``low``–``high`` bytes showing ``photo``.

    A JPEG already in the window is sent as the camera made it (the seed forbids altering data more
    than needed). A large one is re-compressed (quality 90 → 40) and only then downscaled; a small
    one is re-encoded at a higher quality and, if still small, upscaled (up to 4x) — never padded
    with junk bytes, which would pass the size check but defeat its purpose (recognisable images).
    """
    image = cv2.imdecode(np.frombuffer(photo, dtype=np.uint8), cv2.IMREAD_COLOR) if photo else None
    if image is None:
        raise ImageNotUsable(because("photo.unreadable"))
    height, width = image.shape[:2]
    if photo.startswith(JPEG_MAGIC) and low <= len(photo) <= high:
        return FittedJpeg(photo, False, width, height, None)
    if len(photo) > high or not photo.startswith(JPEG_MAGIC):
        fitted = _shrink(image, low, high)
    else:
        fitted = _grow(image, low, high)
    if fitted is None:
        raise ImageNotUsable(because("photo.cannot_fit", width=width, height=height, low=low, high=high))
    return fitted


def _encode(image: np.ndarray, quality: int) -> bytes:
    ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ImageNotUsable(because("photo.encode_failed"))
    return buf.tobytes()


def _result(data: bytes, image: np.ndarray, quality: int) -> FittedJpeg:
    return FittedJpeg(data, True, image.shape[1], image.shape[0], quality)


def _shrink(image: np.ndarray, low: int, high: int) -> FittedJpeg | None:
    current = image
    for _ in range(12):
        for quality in _QUALITIES_DOWN:
            data = _encode(current, quality)
            if len(data) <= high:
                return _result(data, current, quality) if len(data) >= low else _grow(current, low, high)
        scale = max(0.5, min(0.9, (high / len(data)) ** 0.5))  # JPEG size ~ pixel count
        size = (max(16, int(current.shape[1] * scale)), max(16, int(current.shape[0] * scale)))
        current = cv2.resize(current, size, interpolation=cv2.INTER_AREA)
    return None


def _grow(image: np.ndarray, low: int, high: int) -> FittedJpeg | None:
    base_w, base_h = image.shape[1], image.shape[0]
    scale = 1.0
    while scale <= _MAX_UPSCALE and max(base_w, base_h) * scale <= _MAX_SIDE:
        current = image
        if scale > 1.0:
            size = (int(base_w * scale), int(base_h * scale))
            current = cv2.resize(image, size, interpolation=cv2.INTER_CUBIC)
        for quality in _QUALITIES_UP:
            data = _encode(current, quality)
            if low <= len(data) <= high:
                return _result(data, current, quality)
            if len(data) > high:  # overshot at this scale: the next quality down fits or none does
                data = _encode(current, 90)
                return _result(data, current, 90) if low <= len(data) <= high else None
        scale *= 1.25
    return None

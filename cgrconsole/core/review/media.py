"""Event pictures: JPEG encoding (they are written with ``cgrconsole.core.files.write_atomically``)."""

from __future__ import annotations

import cv2
import numpy as np


def encode_jpeg(image_rgb: np.ndarray, quality: int = 85) -> bytes:
    return encode_bgr_jpeg(cv2.cvtColor(image_rgb, cv2.COLOR_RGB2BGR), quality)


def encode_bgr_jpeg(image_bgr: np.ndarray, quality: int = 85) -> bytes:
    """For pictures already in OpenCV's channel order (the plate crop)."""
    ok, data = cv2.imencode(".jpg", image_bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError(f"cannot encode a {image_bgr.shape} picture as JPEG")
    return data.tobytes()

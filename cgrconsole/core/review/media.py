"""Event pictures on disk: JPEG encoding and crash-safe writes (temporary name, fsync, rename)."""

from __future__ import annotations

import os
from pathlib import Path

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


def write_atomically(path: Path, data: bytes) -> None:
    """The file appears under ``path`` only complete: a crash leaves at most a ``.part`` file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    with open(part, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(part, path)

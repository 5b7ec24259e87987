"""Event pictures on disk: JPEG encoding and crash-safe writes (temporary name, fsync, rename)."""

from __future__ import annotations

import os
from pathlib import Path

import cv2
import numpy as np


def encode_jpeg(image_rgb: np.ndarray, quality: int = 85) -> bytes:
    ok, data = cv2.imencode(
        ".jpg", cv2.cvtColor(image_rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality]
    )
    if not ok:
        raise ValueError(f"cannot encode a {image_rgb.shape} picture as JPEG")
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

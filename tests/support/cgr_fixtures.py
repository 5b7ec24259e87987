"""Helpers for the CarGoRuqsat client's tests: a fake clock, events, photos, a self-signed certificate."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Coroutine
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

import cv2
import numpy as np

from cgrconsole.core.uplink.destination import OutboundEvent

REGISTRATION = "reg-5f0e9c1d2b7a4e68"
SITE = timezone(timedelta(hours=5))
T0 = datetime(2025, 8, 18, 11, 5, 12, tzinfo=SITE)
T = TypeVar("T")


def jpeg(width: int = 320, height: int = 180, noise: bool = False, seed: int = 1) -> bytes:
    """A real JPEG; ``noise`` makes it large (noise does not compress)."""
    rng = np.random.default_rng(seed)
    if noise:
        image = rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
    else:
        image = np.full((height, width, 3), 90, np.uint8)
        cv2.rectangle(image, (width // 4, height // 3), (width // 2, height // 2), (240, 240, 240), -1)
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 95])
    assert ok
    return data.tobytes()


def event(n: int = 1, **changes: Any) -> OutboundEvent:
    base = OutboundEvent(
        event_id=f"{n:032x}",
        camera="Camera1",
        time=T0 + timedelta(seconds=n),
        direction="entry",
        plate=f"{n % 1000:03d}ABC01",
        country="KZ",
        confidence=0.91,
        photo_jpeg=jpeg(),
        crop_jpeg=None,
        archive_path="Camera1/2025/08/18/11/Camera1_2025_08_18_11_05.mp4",
    )
    return dataclasses.replace(base, **changes)


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)

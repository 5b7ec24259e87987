"""The CamEvent body: our event's logical fields, named as ``field_mapping`` says.

Also the two encodings the brief fixes: the archive link with Windows backslashes
(``Camera1\\2025\\08\\18\\11\\Camera1_2025_08_18_11_05.mp4``) and the photo as base64 JPEG within
``photo_max_kb`` (re-compressed, then scaled down, with OpenCV).
"""

from __future__ import annotations

import base64
from typing import Any

import cv2
import numpy as np

from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.destination import OutboundEvent

_QUALITIES = (85, 75, 65, 55, 45, 35)
_MIN_WIDTH = 160


class PhotoError(ValueError):
    """The event's picture is not a JPEG OpenCV can read (a permanent problem of this event)."""


def build_body(event: OutboundEvent, settings: CgrSettings) -> dict[str, Any]:
    """The JSON body; a logical field mapped to ``""`` is left out."""
    if event.time.utcoffset() is None:
        raise ValueError(
            f"event {event.event_id}: the time has no offset (the outbox must store aware times)"
        )
    values: dict[str, Any] = {
        "event_id": event.event_id,
        "time": event.time.isoformat(timespec="seconds"),
        "direction": settings.direction_values.value(event.direction),
        "plate": event.plate,
        "archive_link": archive_link(settings.archive_link_prefix, event.archive_path),
        "camera": event.camera,
        "confidence": round(event.confidence, 3),
        "country": event.country,
    }
    mapping = settings.mapping
    max_bytes = settings.photo_max_kb * 1024
    if mapping.get("photo"):
        source = event.crop_jpeg if settings.photo_source == "crop" and event.crop_jpeg else event.photo_jpeg
        values["photo"] = _b64(fit_jpeg(source, max_bytes))
    if mapping.get("plate_photo"):
        values["plate_photo"] = _b64(fit_jpeg(event.crop_jpeg, max_bytes)) if event.crop_jpeg else None
    return {name: values[key] for key, name in mapping.items() if name}


def archive_link(prefix: str, archive_path: str | None) -> str | None:
    """``prefix`` + the archive path with backslashes, as the service shows it to its users."""
    if not archive_path:
        return None  # the camera was not recording: say so rather than point at nothing
    return prefix + archive_path.strip("/").replace("/", "\\")


def fit_jpeg(jpeg: bytes, max_bytes: int) -> bytes:
    """``jpeg`` unchanged when it fits, else re-encoded at lower quality, then smaller, until it fits."""
    if len(jpeg) <= max_bytes and jpeg[:2] == b"\xff\xd8":
        return jpeg
    image = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        raise PhotoError("the event's photo is not a readable JPEG")
    smallest = jpeg
    while True:
        for quality in _QUALITIES:
            ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
            if ok:
                data = encoded.tobytes()
                if len(data) <= max_bytes:
                    return data
                smallest = min(smallest, data, key=len)
        height, width = image.shape[:2]
        if width <= _MIN_WIDTH:
            return smallest  # cannot shrink further; the server's 413 will say so
        scale = max(0.5, min(0.85, (max_bytes / len(smallest)) ** 0.5))
        image = cv2.resize(
            image,
            (max(_MIN_WIDTH, int(width * scale)), max(1, int(height * scale))),
            interpolation=cv2.INTER_AREA,
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")

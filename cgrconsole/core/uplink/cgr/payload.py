"""The CamEvent body: our event's logical fields, named as ``field_mapping`` says.

Also the two encodings the brief fixes: the archive link with Windows backslashes
(``Camera1\\2025\\08\\18\\11\\Camera1_2025_08_18_11_05.mp4``) and the photo as base64 JPEG within
``photo_max_kb`` (re-compressed, then scaled down: :func:`~cgrconsole.core.uplink.jpeg.fit_jpeg`).
"""

from __future__ import annotations

import base64
from pathlib import PurePosixPath
from typing import Any

from cgrconsole.core.archive.layout import windows_link
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.destination import OutboundEvent
from cgrconsole.core.uplink.jpeg import fit_jpeg


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
        values["photo"] = _b64(fit_jpeg(source, 0, max_bytes).data)
    if mapping.get("plate_photo"):
        values["plate_photo"] = (
            _b64(fit_jpeg(event.crop_jpeg, 0, max_bytes).data) if event.crop_jpeg else None
        )
    return {name: values[key] for key, name in mapping.items() if name}


def archive_link(prefix: str, archive_path: str | None) -> str | None:
    """``prefix`` + the archive path with backslashes, as the service shows it to its users."""
    if not archive_path:
        return None  # the camera was not recording: say so rather than point at nothing
    return prefix + windows_link(PurePosixPath(archive_path.strip("/")))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")

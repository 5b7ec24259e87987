"""From the recognizer's event to a stored plate event: pictures, archive link, optional auto-send."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from cgrconsole.core.anpr.interpret import PlateCandidate
from cgrconsole.core.anpr.reader import plate_crop
from cgrconsole.core.anpr.tracker import PlateEvent
from cgrconsole.core.archive.layout import local_time, relative_path, slot_start
from cgrconsole.core.archive.segment import FinishedSegment
from cgrconsole.core.review.events import DetectedPlate, EventStore
from cgrconsole.core.review.media import encode_bgr_jpeg, encode_jpeg

log = logging.getLogger(__name__)

AUTO = "auto"  # decided_by for events confirmed without the officer


@dataclass(frozen=True)
class AutoSend:
    """Trusted cameras send without the officer when the reading is at least this confident."""

    cameras: frozenset[str]
    min_confidence: float = 0.95


class EventIntake:
    """``accept`` runs on the recognition thread; ``relink`` on a recorder thread."""

    def __init__(
        self,
        store: EventStore,
        zone: ZoneInfo,
        segment_seconds: int,
        auto_send: AutoSend | None = None,
        on_confirmed: Callable[[], None] = lambda: None,
    ) -> None:
        self.store = store
        self._zone = zone
        self._segment_seconds = segment_seconds
        self._auto_send = auto_send or AutoSend(frozenset())
        self._on_confirmed = on_confirmed

    def accept(self, camera: str, event: PlateEvent) -> str:
        frame = event.frame
        image = getattr(frame, "image", frame)
        if image is None:
            raise ValueError("a plate event without its picture")
        start = local_time(slot_start(event.time_s, self._segment_seconds), self._zone)
        detected = DetectedPlate(
            camera=camera,
            ts=event.time_s,
            direction=event.direction,
            plate=event.plate,
            country=event.country,
            confidence=event.confidence,
            frame_jpeg=encode_jpeg(image, quality=85),
            crop_jpeg=encode_bgr_jpeg(plate_crop(image, event.box), quality=92),
            candidates=[_candidate(c) for c in event.candidates],
            box=event.box,
            # the file recording now; ``relink`` corrects it if the cut fell elsewhere
            archive_path=str(relative_path(camera, start)),
        )
        record = self.store.add(detected)
        log.info("plate %s on %s (%s, %.2f)", record.plate, camera, record.direction, record.confidence)
        auto = self._auto_send
        if camera in auto.cameras and event.confidence >= auto.min_confidence and event.country:
            self.store.confirm(record.id, by=AUTO)
            self._on_confirmed()
        return record.id

    def relink(self, segment: FinishedSegment) -> None:
        """A file was finished: events inside its time span point at its real name."""
        self.store.relink_archive(
            segment.camera, segment.start_epoch, segment.end_epoch, segment.relative_path
        )


def _candidate(candidate: PlateCandidate) -> dict[str, Any]:
    return {
        "plate": candidate.plate,
        "score": round(candidate.score, 4),
        "country": candidate.country or None,
    }

"""From the recognizer's event to a stored plate event: pictures, archive link, optional auto-send."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cgrconsole.core.anpr.interpret import PlateCandidate
from cgrconsole.core.anpr.reader import plate_crop
from cgrconsole.core.anpr.tracker import PlateEvent
from cgrconsole.core.archive.links import ARCHIVE_OFF, ArchiveLink
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
    """``accept`` runs on the recognition thread; ``relink`` on a recorder thread.

    ``archive_link(camera, epoch)`` says which archive file holds the event's moment
    (``ArchiveLinks.at``); without it no camera is recorded.
    """

    def __init__(
        self,
        store: EventStore,
        archive_link: Callable[[str, float], ArchiveLink] | None = None,
        auto_send: AutoSend | None = None,
        on_confirmed: Callable[[], None] = lambda: None,
    ) -> None:
        self.store = store
        self._archive_link = archive_link or (lambda _camera, _epoch: ArchiveLink(None, ARCHIVE_OFF))
        self._auto_send = auto_send or AutoSend(frozenset())
        self._on_confirmed = on_confirmed

    def set_auto_send(self, auto_send: AutoSend) -> None:
        """The trusted cameras changed (the admin's settings); read by the recognition thread."""
        self._auto_send = auto_send

    def accept(self, camera: str, event: PlateEvent) -> str:
        frame = event.frame
        image = getattr(frame, "image", frame)
        if image is None:
            raise ValueError("a plate event without its picture")
        link = self._archive_link(camera, event.time_s)
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
            archive_path=link.path,
            archive_note=link.note,
        )
        record = self.store.add(detected)
        log.info("plate %s on %s (%s, %.2f)", record.plate, camera, record.direction, record.confidence)
        auto = self._auto_send
        if camera in auto.cameras and event.confidence >= auto.min_confidence and event.country:
            self.store.confirm(record.id, by=AUTO)
            self._on_confirmed()
        return record.id

    def relink(self, segment: FinishedSegment) -> None:
        """A file was finished: events inside its wall-clock span point at it.

        A safety net: the link given at ``accept`` is already this file, unless the recorder did not
        answer in time or the file had to take another name when it was finished.
        """
        start, end = segment.wall_span
        self.store.relink_archive(segment.camera, start, end, segment.relative_path)


def _candidate(candidate: PlateCandidate) -> dict[str, Any]:
    return {
        "plate": candidate.plate,
        "score": round(candidate.score, 4),
        "country": candidate.country or None,
    }

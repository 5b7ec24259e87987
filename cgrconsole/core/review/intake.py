"""From the recognizer's event to a stored plate event: pictures, archive link, optional auto-send."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cgrconsole.core.anpr.formats import foreign_characters, match_formats, normalize
from cgrconsole.core.anpr.interpret import PlateCandidate
from cgrconsole.core.anpr.reader import plate_crop
from cgrconsole.core.anpr.tracker import PlateEvent
from cgrconsole.core.archive.links import ARCHIVE_OFF, ArchiveLink
from cgrconsole.core.archive.segment import FinishedSegment
from cgrconsole.core.camera.frames import Frame
from cgrconsole.core.review.events import DetectedPlate, EventError, EventStore
from cgrconsole.core.review.media import encode_bgr_jpeg, encode_jpeg
from cgrconsole.core.storage.audit import AuditKind, AuditLog

log = logging.getLogger(__name__)

AUTO = "auto"  # decided_by for events confirmed without the officer
MANUAL = "manual"  # the origin of an event the officer added by hand (a vehicle the recognizer missed)
ADDED = "added"  # the audit's word for it


@dataclass(frozen=True)
class AutoSend:
    """Trusted cameras send without the officer when the reading is at least this confident, of a known
    format, and (with ``is_queued``) in today's queue: ``is_queued(plate)`` must say True (None: unknown)."""

    cameras: frozenset[str]
    min_confidence: float = 0.95
    is_queued: Callable[[str], bool | None] | None = None

    def allows(self, camera: str, event: PlateEvent) -> bool:
        if camera not in self.cameras or event.confidence < self.min_confidence or not event.country:
            return False
        return self.is_queued is None or self.is_queued(event.plate) is True


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
        audit: AuditLog | None = None,
    ) -> None:
        self.store = store
        self._audit = audit
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
        if auto.allows(camera, event):
            self.store.confirm(record.id, by=AUTO)
            self._on_confirmed()
        return record.id

    def add_missed(self, frame: Frame, plate: str, direction: str, by: str) -> str:
        """A vehicle the recognizer missed: the officer froze ``frame`` and typed its plate.

        Stored as a recognized event is (the same pictures, archive link and outbox), marked ``manual``,
        audited as added by ``by`` and confirmed by them at once: typing the plate is their decision.
        May wait for a busy recorder (the archive link): call it off the GUI thread.
        """
        if foreign_characters(plate):
            raise EventError(f"the plate contains characters no plate carries: {foreign_characters(plate)}")
        typed = normalize(plate)
        if not typed:
            raise EventError("the plate is empty")
        if direction not in ("entry", "exit"):
            raise EventError(f"unknown direction {direction!r}")
        formats = match_formats(typed)
        link = self._archive_link(frame.camera, frame.wallclock)
        record = self.store.add(
            DetectedPlate(
                camera=frame.camera,
                ts=frame.wallclock,
                direction=direction,
                plate=typed,
                country=formats[0].country if formats else "",
                confidence=1.0,  # read by a person
                frame_jpeg=encode_jpeg(frame.image, quality=85),
                archive_path=link.path,
                archive_note=link.note,
                origin=MANUAL,
            )
        )
        if self._audit is not None:
            self._audit.record(
                AuditKind.REVIEW, frame.camera, event=ADDED, event_id=record.id, plate=typed, by=by
            )
        log.info("plate %s on %s added by hand by %s", typed, frame.camera, by)
        self.store.confirm(record.id, by=by)
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

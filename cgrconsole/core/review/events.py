"""Plate events in SQLite: detected by the recognizer (or added by hand), decided by the officer.

Life cycle: ``new`` → ``confirmed`` / ``corrected`` (then queued for every enabled destination in
the same transaction) → ``sent`` when every destination has it, ``failed`` when one refused it
for good; or ``rejected`` as a false read. With no destination configured a decision ends as
``kept``: confirmed (or corrected) and kept here, sent nowhere; it never reads as ``sent``.
A correction keeps the original reading, and every decision is written to the audit log with who
and when. A decision can be re-opened (``amend``): before it is sent it is changed in place; after,
the correction is sent again as a new revision of the event, audited with the old and new value.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cgrconsole.core.anpr.formats import foreign_characters, match_formats, normalize
from cgrconsole.core.anpr.interpret import search_key
from cgrconsole.core.files import write_atomically
from cgrconsole.core.signals import Signal
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.database import Database
from cgrconsole.core.uplink.destination import OutboundEvent, wire_id
from cgrconsole.core.uplink.outbox import DELIVERED, DISMISSED, IN_FLIGHT, PENDING, Outbox, enqueue
from cgrconsole.core.uplink.outbox import FAILED as FAILED_ROW

log = logging.getLogger(__name__)

NEW, CONFIRMED, CORRECTED, REJECTED, SENT, FAILED, KEPT = (
    "new",
    "confirmed",
    "corrected",
    "rejected",
    "sent",
    "failed",
    "kept",  # confirmed or corrected while no destination is configured: nothing was sent
)
DECIDABLE = (NEW, FAILED)  # a failed event may be corrected and confirmed again
AMENDABLE = (CONFIRMED, CORRECTED, KEPT, SENT, FAILED, REJECTED)  # a decision the officer may re-open
AMENDED = "amended"  # the audit's word for a re-opened decision


class EventError(Exception):
    """The decision cannot be taken (unknown event, already decided, plate not valid)."""


class EventBusy(EventError):
    """The event is being sent at this moment: a decision on it waits until the answer came."""


@dataclass(frozen=True)
class DetectedPlate:
    """What the recognizer (or the officer, by hand) hands to the store."""

    camera: str
    ts: float  # UTC epoch
    direction: str
    plate: str
    country: str
    confidence: float
    frame_jpeg: bytes
    crop_jpeg: bytes | None = None
    candidates: Sequence[dict[str, Any]] = ()
    box: tuple[int, int, int, int] | None = None
    archive_path: str | None = None
    archive_note: str | None = None  # why there is no archive_path (core.archive.links: not_recording …)
    origin: str = "anpr"


@dataclass(frozen=True)
class PlateEventRecord:
    id: str
    camera: str
    ts: float
    direction: str
    plate: str
    original_plate: str
    country: str
    confidence: float
    state: str
    origin: str
    frame_path: str | None
    crop_path: str | None
    archive_path: str | None
    candidates: list[dict[str, Any]] = field(default_factory=list)
    decided_by: str | None = None
    note: str | None = None
    archive_note: str | None = None  # why archive_path is empty: "not_recording", "archive_off"
    box: tuple[int, int, int, int] | None = None  # the plate in the frame: x1, y1, x2, y2 (pixels)
    revision: int = 0  # how many times a delivered decision was corrected and sent again

    @property
    def corrected(self) -> bool:
        return self.plate != self.original_plate

    @property
    def wire_id(self) -> str:
        """The idempotent id the destinations get: the event's own id, a new one per resent revision."""
        return wire_id(self.id, self.revision)


_FIELDS = tuple(f.name for f in dataclasses.fields(PlateEventRecord))
COLUMNS = ", ".join(_FIELDS)  # the table's columns are named as the record's fields (``record_of``)


class EventStore:
    """Thread-safe. Listeners are called on the thread that made the change, after it committed."""

    def __init__(
        self,
        database: Database,
        media_dir: Path,
        audit: AuditLog,
        destinations: Callable[[], Sequence[str]],
        zone: ZoneInfo,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._database = database
        self.media_dir = media_dir
        self._audit = audit
        self._destinations = destinations
        self._zone = zone
        self._clock = clock
        self.changed: Signal[[str]] = Signal("plate event changed")  # (event_id) after each commit

    def add(self, detected: DetectedPlate) -> PlateEventRecord:
        """Pictures first, then the row: a crash in between leaves an orphan file, never a broken row."""
        event_id = uuid.uuid4().hex
        day = datetime.fromtimestamp(detected.ts, self._zone).strftime("%Y/%m/%d")
        frame_path = f"{day}/{event_id}_frame.jpg"
        write_atomically(self.media_dir / frame_path, detected.frame_jpeg)
        crop_path = None
        if detected.crop_jpeg:
            crop_path = f"{day}/{event_id}_crop.jpg"
            write_atomically(self.media_dir / crop_path, detected.crop_jpeg)
        plate = normalize(detected.plate)
        row = {
            "id": event_id,
            "camera": detected.camera,
            "ts": detected.ts,
            "direction": detected.direction,
            "plate": plate,
            "original_plate": plate,
            "search_key": search_key(plate),
            "country": detected.country,
            "confidence": detected.confidence,
            "candidates": json.dumps(list(detected.candidates), ensure_ascii=False),
            "box": json.dumps(detected.box) if detected.box else None,
            "origin": detected.origin,
            "state": NEW,
            "frame_path": frame_path,
            "crop_path": crop_path,
            "archive_path": detected.archive_path,
            "archive_note": detected.archive_note,
            "created_ts": self._clock(),
        }
        with self._database.transaction() as db:
            db.table("plate_events").insert(row)
        self._changed(event_id)
        return self.get(event_id)

    def confirm(self, event_id: str, by: str, plate: str | None = None) -> PlateEventRecord:
        """Confirm (or correct, when ``plate`` differs) and queue it for every enabled destination."""
        with self._database.transaction() as db:
            event = self._decidable(db, event_id)
            new_plate = _checked_plate(plate, event.plate)
            self._decide(db, event, new_plate, by, event.revision)
        self._changed(event_id)
        return self.get(event_id)

    def amend(self, event_id: str, by: str, plate: str) -> PlateEventRecord:
        """Re-open a decision: the event is (re)confirmed as ``plate`` by ``by``, audited old → new.

        Not sent yet (rows pending): changed in place; the pending rows stay queued and carry the new
        plate (a destination reads the event when it sends). Sent already (rows delivered): the event
        becomes a new revision (a new idempotent id, so the server takes it rather than answering
        "already there") and goes again to every destination. Refused or dismissed rows go back to
        pending; a rejected event is queued as a confirmed one. Refused while a send is in flight (the
        sender has read the old plate): the officer tries again a moment later.
        """
        with self._database.transaction() as db:
            event = self._read(db, event_id)
            if event.state not in AMENDABLE:
                raise EventError(f"event {event_id} is {event.state}: there is no decision to re-open")
            new_plate = _checked_plate(plate, event.plate)
            if new_plate == event.plate and event.state not in (FAILED, REJECTED):
                raise EventError(f"event {event_id} is already {new_plate}")
            rows = dict(db.execute("SELECT destination, state FROM outbox WHERE event_id = ?", [event_id]))
            if IN_FLIGHT in rows.values():
                raise EventBusy(f"event {event_id} is being sent right now; try again in a moment")
            resend = sorted(d for d, state in rows.items() if state == DELIVERED)
            # delivered rows go again (refused and dismissed ones: ``enqueue``); a pending row keeps its
            # place and its wait (a server's Retry-After holds for the correction too)
            db.execute(
                "UPDATE outbox SET state = ?, next_attempt_ts = ?, last_code = ?, last_error = NULL, "
                "last_reason = NULL WHERE event_id = ? AND state = ?",
                [PENDING, self._clock(), AMENDED, event_id, DELIVERED],
            )
            revision = event.revision + 1 if resend else event.revision
            self._decide(
                db,
                event,
                new_plate,
                by,
                revision,
                AMENDED,
                previous_plate=event.plate,
                previous_state=event.state,
                resend=resend,
            )
        log.info(
            "event %s re-opened by %s: %s -> %s%s",
            event_id,
            by,
            event.plate,
            new_plate,
            f" (sent again to {', '.join(resend)})" if resend else "",
        )
        self._changed(event_id)
        return self.get(event_id)

    def _decide(
        self,
        db: Any,
        event: PlateEventRecord,
        plate: str,
        by: str,
        revision: int,
        action: str | None = None,
        **detail: Any,
    ) -> None:
        """Inside the caller's transaction: ``event`` is ``plate`` as ``by`` decided, queued for every
        destination, audited as ``action`` (default: confirmed or corrected) with ``detail``."""
        corrected = plate != event.original_plate
        decision = CORRECTED if corrected else CONFIRMED
        destinations = list(self._destinations())
        now = self._clock()
        db.execute(
            "UPDATE plate_events SET plate = ?, country = ?, state = ?, decided_ts = ?, decided_by = ?, "
            "search_key = ?, revision = ?, note = NULL WHERE id = ?",
            [
                plate,
                _country(event, plate),
                decision if destinations else KEPT,
                now,
                by,
                search_key(plate, event.original_plate),
                revision,
                event.id,
            ],
        )
        enqueue(db, event.id, event.ts, destinations, now)
        if revision:
            detail["revision"] = revision
        self._audit.record_in(
            db,
            AuditKind.REVIEW,
            event.camera,
            event=action or decision,
            event_id=event.id,
            plate=plate,
            original_plate=event.original_plate,
            by=by,
            destinations=destinations,
            **detail,
        )

    def reject(self, event_id: str, by: str, reason: str) -> PlateEventRecord:
        with self._database.transaction() as db:
            event = self._decidable(db, event_id)
            db.execute(
                "UPDATE plate_events SET state = ?, decided_ts = ?, decided_by = ?, note = ? WHERE id = ?",
                [REJECTED, self._clock(), by, reason, event_id],
            )
            self._audit.record_in(
                db, AuditKind.REVIEW, event.camera, event=REJECTED, event_id=event_id, by=by, reason=reason
            )
        self._changed(event_id)
        return self.get(event_id)

    def get(self, event_id: str) -> PlateEventRecord:
        with self._database.read() as db:
            row = db.execute(f"SELECT {COLUMNS} FROM plate_events WHERE id = ?", [event_id]).fetchone()
        if row is None:
            raise EventError(f"no event {event_id}")
        return record_of(row)

    def recent(self, limit: int = 200) -> list[PlateEventRecord]:
        """The newest events, newest first (searching them is ``history.EventHistory``'s)."""
        sql = f"SELECT {COLUMNS} FROM plate_events ORDER BY ts DESC LIMIT ?"
        with self._database.read() as db:
            rows = db.execute(sql, [limit]).fetchall()
        return [record_of(r) for r in rows]

    def outbound(self, event_id: str) -> OutboundEvent:
        """The event as the destinations get it; raises ``EventError`` when its photo is gone."""
        event = self.get(event_id)
        try:
            photo = (self.media_dir / event.frame_path).read_bytes() if event.frame_path else b""
            crop = (self.media_dir / event.crop_path).read_bytes() if event.crop_path else None
        except OSError as exc:
            raise EventError(f"the pictures of event {event_id} cannot be read ({exc})") from exc
        return OutboundEvent(
            event_id=event.wire_id,
            camera=event.camera,
            time=datetime.fromtimestamp(event.ts, UTC).astimezone(self._zone),
            direction="exit" if event.direction == "exit" else "entry",
            plate=event.plate,
            country=event.country or None,
            confidence=1.0 if event.corrected else event.confidence,
            photo_jpeg=photo,
            crop_jpeg=crop,
            archive_path=event.archive_path,
        )

    def follow(self, outbox: Outbox) -> None:
        """Settle an event's state as its outbox rows finish (inside the outbox's transaction)."""

        def settle(db: Any, event_id: str) -> None:
            states = {r[0] for r in db.execute("SELECT state FROM outbox WHERE event_id = ?", [event_id])}
            if states & {PENDING, IN_FLIGHT}:
                return
            state = FAILED if FAILED_ROW in states or states == {DISMISSED} else SENT
            db.execute("UPDATE plate_events SET state = ? WHERE id = ?", [state, event_id])
            self._database.after_commit(lambda: self._changed(event_id))  # readers see it then

        outbox.on_event_done(settle)

    def dismiss_delivery(self, outbox: Outbox, outbox_id: int, by: str, reason: str) -> None:
        """Stop sending an event to one destination that refused it; audited with who and why."""

        def audit(db: Any, row: Any) -> None:
            camera = db.execute("SELECT camera FROM plate_events WHERE id = ?", [row.event_id]).fetchone()
            self._audit.record_in(
                db,
                AuditKind.REVIEW,
                camera[0] if camera else "",
                event="dismissed",
                event_id=row.event_id,
                destination=row.destination,
                by=by,
                reason=reason,
            )

        outbox.dismiss(outbox_id, reason, audit)

    def relink_archive(self, camera: str, start: float, end: float, archive_path: str) -> int:
        """Events of ``camera`` inside [start, end) are in ``archive_path``; returns how many changed."""
        with self._database.transaction() as db:
            cursor = db.execute(
                "UPDATE plate_events SET archive_path = ?, archive_note = NULL "
                "WHERE camera = ? AND ts >= ? AND ts < ? AND archive_path IS NOT ?",
                [archive_path, camera, start, end, archive_path],
            )
            changed = int(cursor.rowcount)
        if changed:
            log.info("%s: %d event(s) now point at %s", camera, changed, archive_path)
        return changed

    def _read(self, db: Any, event_id: str) -> PlateEventRecord:
        row = db.execute(f"SELECT {COLUMNS} FROM plate_events WHERE id = ?", [event_id]).fetchone()
        if row is None:
            raise EventError(f"no event {event_id}")
        return record_of(row)

    def _decidable(self, db: Any, event_id: str) -> PlateEventRecord:
        event = self._read(db, event_id)
        if event.state not in DECIDABLE:
            raise EventError(f"event {event_id} is already {event.state}")
        return event

    def _changed(self, event_id: str) -> None:
        self.changed.emit(event_id)


def _checked_plate(plate: str | None, current: str) -> str:
    """The plate to store (``current`` when None); refuses letters no plate carries and an empty plate."""
    foreign = foreign_characters(plate) if plate is not None else ""
    if foreign:  # never change a plate silently (the window says "switch the keyboard to Latin")
        raise EventError(f"the plate contains characters no plate carries: {foreign}")
    new_plate = normalize(plate) if plate is not None else current
    if not new_plate:
        raise EventError("the plate is empty")
    return new_plate


def _country(event: PlateEventRecord, plate: str) -> str:
    """The country of the first format ``plate`` fits; the recognizer's when it is the reading unchanged."""
    formats = match_formats(plate)
    if formats:
        return formats[0].country
    return event.country if plate == event.original_plate else ""


def record_of(row: Sequence[Any]) -> PlateEventRecord:
    """A row of ``COLUMNS`` (the record's fields, in order) as a record."""
    fields = dict(zip(_FIELDS, row, strict=True))
    fields["country"] = fields["country"] or ""
    fields["revision"] = fields["revision"] or 0
    fields["candidates"] = json.loads(fields["candidates"] or "[]")
    box = json.loads(fields["box"]) if fields["box"] else None
    fields["box"] = tuple(box) if isinstance(box, list) and len(box) == 4 else None
    return PlateEventRecord(**fields)

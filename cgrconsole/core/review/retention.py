"""Keeping the console's own data for its retention period: plate events and the audit log.

At start and every hour (on the janitor's thread, ``cgrconsole.core.janitor``):
- plate events older than ``events_days`` go with their pictures, outbox rows and attempts, but
  only when nothing is left to do for them: an undecided (``new``) event, or one with an outbox
  row pending, in flight or failed, is kept however old, until it is delivered or dismissed;
- audit rows older than ``audit_days`` go;
- pictures that no event names (a crash between the picture and its row) go with their old day;
- the database gives the freed pages back to the disk (incremental vacuum, a few MB at a time so
  the recorder and the dispatcher never wait long for the database).
What went is written to the audit log as counts. The same events (those that may go, oldest
first) are offered to the free-space guard when the data folder's disk runs low.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from cgrconsole.core.review.events import NEW
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.database import Database
from cgrconsole.core.storage.space import Reclaimable
from cgrconsole.core.storage.vacuum import compact, size_of
from cgrconsole.core.uplink.outbox import FAILED, IN_FLIGHT, PENDING

log = logging.getLogger(__name__)

DAY = 86400.0
BATCH = 200  # events per transaction: each holds the database for tens of milliseconds
AUDIT_BATCH = 5000  # audit rows per transaction

# An event may go when it was decided and none of its deliveries is still to be done.
_MAY_GO = (
    "e.state != ? AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = e.id AND o.state IN (?, ?, ?))"
)
_MAY_GO_PARAMS = [NEW, PENDING, IN_FLIGHT, FAILED]


@dataclass(frozen=True)
class DataSweepResult:
    events: int = 0
    pictures: int = 0
    outbox_rows: int = 0
    attempts: int = 0
    audit_rows: int = 0
    kept_undelivered: int = 0  # past retention, kept because they are not delivered or decided
    orphan_pictures: int = 0
    reclaimed_bytes: int = 0  # what the database file gave back to the disk


@dataclass
class _Deleted:
    events: int = 0
    pictures: int = 0
    picture_bytes: int = 0
    outbox_rows: int = 0
    attempts: int = 0


class EventRetention:
    """Retention of plate events and the audit log; a ``SpaceSource`` for the free-space guard."""

    name = "plate events"

    def __init__(
        self,
        database: Database,
        media_dir: Path,
        audit: AuditLog,
        *,
        events_days: int,
        audit_days: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._database = database
        self.media_dir = media_dir
        self._audit = audit
        self.events_days = events_days
        self.audit_days = audit_days
        self._clock = clock

    def sweep(self) -> DataSweepResult:
        now = self._clock()
        cutoff = now - self.events_days * DAY
        deleted = _Deleted()
        while ids := self._may_go(f"e.ts < ? AND {_MAY_GO}", [cutoff, *_MAY_GO_PARAMS], BATCH):
            self._delete_events([row[0] for row in ids], deleted)
        kept = self._count(f"e.ts < ? AND NOT ({_MAY_GO})", [cutoff, *_MAY_GO_PARAMS])
        audit_rows = self._delete_audit(now - self.audit_days * DAY)
        orphans = self._delete_orphans(cutoff)
        reclaimed = compact(self._database)
        result = DataSweepResult(
            deleted.events,
            deleted.pictures,
            deleted.outbox_rows,
            deleted.attempts,
            audit_rows,
            kept,
            orphans,
            reclaimed,
        )
        if kept:
            log.warning(
                "retention: %d plate event(s) past %d days are kept because they are not delivered "
                "(or not decided) yet",
                kept,
                self.events_days,
            )
        if deleted.events or audit_rows or orphans:
            log.info(
                "retention: deleted %d plate event(s) older than %d days (%d pictures, %.1f MB), "
                "%d audit row(s) older than %d days; the database gave back %.1f MB",
                deleted.events,
                self.events_days,
                deleted.pictures + orphans,
                deleted.picture_bytes / 1e6,
                audit_rows,
                self.audit_days,
                reclaimed / 1e6,
            )
            self._audit.record(
                AuditKind.RETENTION,
                "data",
                event="retention",
                events_days=self.events_days,
                audit_days=self.audit_days,
                events=deleted.events,
                pictures=deleted.pictures,
                outbox_rows=deleted.outbox_rows,
                attempts=deleted.attempts,
                audit_rows=audit_rows,
                orphan_pictures=orphans,
                kept_undelivered=kept,
            )
        return result

    # -- the free-space guard's source ---------------------------------------------------
    def reclaimable(self, critical: bool) -> Iterator[Reclaimable]:
        """Events that may go, oldest first, whatever their age (undelivered ones never)."""
        after: list[Any] = [float("-inf"), ""]
        while page := self._may_go(f"(e.ts, e.id) > (?, ?) AND {_MAY_GO}", [*after, *_MAY_GO_PARAMS], BATCH):
            for event_id, ts, *pictures in page:
                yield Reclaimable(ts, self._size(pictures), event_id, event_id)
            after = [page[-1][1], page[-1][0]]

    def reclaim(self, items: Sequence[Reclaimable], reason: str) -> tuple[list[Reclaimable], list[str]]:
        deleted, gone = _Deleted(), set()
        ids = [str(item.key) for item in items]
        for at in range(0, len(ids), BATCH):
            gone.update(self._delete_events(ids[at : at + BATCH], deleted))
        return [item for item in items if item.key in gone], []

    # -- helpers ------------------------------------------------------------------------
    def _may_go(self, where: str, params: list[Any], limit: int) -> list[tuple[str, float, str, str]]:
        """(id, ts, frame path, crop path) of events matching ``where``, oldest first."""
        sql = (
            "SELECT e.id, e.ts, e.frame_path, e.crop_path FROM plate_events e "
            f"WHERE {where} ORDER BY e.ts, e.id LIMIT ?"
        )
        with self._database.read() as db:
            return [tuple(r) for r in db.execute(sql, [*params, limit]).fetchall()]

    def _count(self, where: str, params: list[Any]) -> int:
        with self._database.read() as db:
            row = db.execute(f"SELECT COUNT(*) FROM plate_events e WHERE {where}", params)
            return int(row.fetchone()[0])

    def _size(self, pictures: Sequence[str | None]) -> int:
        return 1024 + sum(size_of(self.media_dir / p) for p in pictures if p)  # the rows: about 1 KB

    def _delete_events(self, ids: Sequence[str], deleted: _Deleted) -> list[str]:
        """Delete those of ``ids`` that may still go (checked in the deleting transaction)."""
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        with self._database.transaction() as db:
            rows = db.execute(
                f"SELECT e.id, e.frame_path, e.crop_path FROM plate_events e WHERE e.id IN ({marks}) "
                f"AND {_MAY_GO}",
                [*ids, *_MAY_GO_PARAMS],
            ).fetchall()
            gone = [str(r[0]) for r in rows]
            marks = ", ".join("?" * len(gone))
            if gone:
                deleted.attempts += db.execute(
                    "DELETE FROM outbox_attempts WHERE outbox_id IN "
                    f"(SELECT id FROM outbox WHERE event_id IN ({marks}))",
                    gone,
                ).rowcount
                deleted.outbox_rows += db.execute(
                    f"DELETE FROM outbox WHERE event_id IN ({marks})", gone
                ).rowcount
                deleted.events += db.execute(f"DELETE FROM plate_events WHERE id IN ({marks})", gone).rowcount
        folders = set()
        for _, *pictures in rows:  # after the commit: a crash in between leaves orphans, swept later
            for relative in pictures:
                if relative:
                    path = self.media_dir / relative
                    size = _unlink(path)
                    if size is not None:
                        deleted.pictures += 1
                        deleted.picture_bytes += size
                    folders.add(path.parent)
        for folder in folders:
            self._prune_empty(folder)
        return gone

    def _delete_audit(self, cutoff: float) -> int:
        total = 0
        while True:
            with self._database.transaction() as db:
                count = db.execute(
                    "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE ts < ? LIMIT ?)",
                    [cutoff, AUDIT_BATCH],
                ).rowcount
            total += count
            if count < AUDIT_BATCH:
                return total

    def _delete_orphans(self, cutoff: float) -> int:
        """Pictures no event names, in day folders a full day older than the cutoff."""
        last_day = datetime.fromtimestamp(cutoff, UTC).date() - timedelta(days=1)
        count = 0
        for folder in _day_folders(self.media_dir, before=last_day):
            for path in folder.iterdir():
                event_id = path.name.split("_", 1)[0]
                with self._database.read() as db:
                    named = db.execute("SELECT 1 FROM plate_events WHERE id = ?", [event_id]).fetchone()
                if named is None and path.is_file() and _unlink(path) is not None:
                    count += 1
            self._prune_empty(folder)
        return count

    def _prune_empty(self, folder: Path) -> None:
        """Remove emptied day/month/year folders, never the media folder itself."""
        for _ in range(3):
            if folder == self.media_dir or not folder.is_relative_to(self.media_dir):
                return
            try:
                folder.rmdir()
            except OSError:
                return  # not empty
            folder = folder.parent


def _unlink(path: Path) -> int | None:
    """Delete a file; its size, or None when it could not be deleted (or was not there)."""
    try:
        size = path.stat().st_size
        path.unlink()
    except OSError:
        return None
    return size


def _day_folders(root: Path, before: date) -> Iterator[Path]:
    """``root/YYYY/MM/DD`` folders of days before ``before`` (other names are left alone)."""
    for year in _numbered(root):
        for month in _numbered(year):
            for day in _numbered(month):
                try:
                    when = date(int(year.name), int(month.name), int(day.name))
                except ValueError:
                    continue
                if when < before:
                    yield day


def _numbered(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir() and p.name.isdigit())
    except OSError:
        return []

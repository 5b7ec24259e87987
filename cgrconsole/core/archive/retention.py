"""Keeping the archive for its retention period; its part in keeping the disk from filling up.

At start and every hour (on the janitor's thread, ``cgrconsole.core.janitor``), files older than
``retention_days`` are deleted with their empty folders, except files not yet uploaded when SFTP
upload is required. A file is marked deleted in the index only when it really is gone:
- a delete that fails (a read-only disk) leaves the file in the index, to be tried again;
- a file missing together with its folder is not marked either: the archive disk is probably not
  mounted, and the file is deleted when the disk is back. A file missing from a folder that is
  there was deleted by hand, and the index says so.
The free-space guard (``cgrconsole.core.storage.space``) deletes the oldest files through
``ArchiveJanitor`` when the archive's disk runs low: uploaded ones first, below the critical
floor the oldest even when not uploaded.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from cgrconsole.core.archive.index import UPLOAD_PENDING, ArchiveFile, ArchiveIndex
from cgrconsole.core.archive.settings import ArchiveConfig
from cgrconsole.core.signals import Signal
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.space import (
    GB,
    DiskUsage,
    FreeSpaceGuard,
    GuardResult,
    Reclaimable,
    SpaceAlarm,
)

log = logging.getLogger(__name__)

DAY = 86400.0
ArchiveAlarm = SpaceAlarm  # the name the window knows


class _Outcome(Enum):
    DELETED = "deleted"
    MISSING = "missing"  # already gone from a folder that is there (deleted by hand): marked deleted
    UNREACHABLE = "unreachable"  # gone with its folder: the disk is not mounted; not marked
    FAILED = "failed"  # the delete failed (read-only disk, permissions): not marked


@dataclass(frozen=True)
class ArchiveStatus:
    files: int
    size_bytes: int
    days_held: float
    free_bytes: int
    total_bytes: int
    alarm: ArchiveAlarm = ArchiveAlarm.NONE
    alarm_files: int = 0  # how many files the alarm concerns


@dataclass(frozen=True)
class SweepResult:
    deleted: int
    kept_not_uploaded: int
    freed_bytes: int
    missing: int = 0  # already gone (deleted by hand): the index now says so
    unreachable: int = 0  # not on the disk, nor their folders (disk not mounted?): kept in the index
    failed: int = 0  # could not be deleted: kept in the index, tried again at the next sweep


class ArchiveJanitor:
    """Archive retention, and the archive's files offered to the free-space guard.

    ``space`` is the console's one guard (shared with the data folder when they are on one disk);
    without it the janitor guards the archive's disk alone. ``sweep``/``guard`` are callable
    directly (tests, admin); the engine's ``Janitor`` thread calls them.
    """

    def __init__(
        self,
        root: Path,
        index: ArchiveIndex,
        settings: ArchiveConfig,
        audit: AuditLog | None = None,
        *,
        upload_required: bool = False,
        clock: Callable[[], float] = time.time,
        disk_usage: DiskUsage | None = None,
        space: FreeSpaceGuard | None = None,
    ) -> None:
        self.root = root
        self._index = index
        self._settings = settings
        self._audit = audit
        self._upload_required = upload_required
        self._clock = clock
        self.space = space or FreeSpaceGuard(settings.min_free_gb, settings.critical_free_gb, audit)
        if disk_usage is not None:
            self.space.disk_usage = disk_usage
        self.space.watch("archive", root, _ArchiveSpace(self))

    # -- the guard's state, as the window reads it --------------------------------------
    @property
    def disk_usage(self) -> DiskUsage:
        return self.space.disk_usage

    @disk_usage.setter
    def disk_usage(self, disk_usage: DiskUsage) -> None:
        self.space.disk_usage = disk_usage

    @property
    def alarm(self) -> ArchiveAlarm:
        return self.space.alarm

    @property
    def alarm_files(self) -> int:
        return self.space.alarm_files

    @property
    def alarm_changed(self) -> Signal[[ArchiveAlarm]]:
        """(ArchiveAlarm) on the janitor's thread when the alarm changes; NONE when it clears."""
        return self.space.alarm_changed

    def guard(self) -> GuardResult:
        """Make room on every watched disk that runs low (the archive's among them)."""
        return self.space.guard()

    # -- retention ----------------------------------------------------------------------
    def sweep(self) -> SweepResult:
        """Delete files past the retention period (never un-uploaded ones when upload is required)."""
        if not self.root.is_dir():
            log.warning(
                "retention: the archive folder %s is missing (is its disk mounted?); nothing is "
                "deleted or marked deleted until it is back",
                self.root,
            )
            return SweepResult(0, 0, 0)
        cutoff = self._clock() - self._settings.retention_days * DAY
        outcomes: Counter[_Outcome] = Counter()
        kept = freed = 0
        errors: list[str] = []
        for file in self._index.live_files(older_than=cutoff):
            if self._upload_required and file.upload_state == UPLOAD_PENDING:
                kept += 1
                continue
            outcome, error = self._delete(file, "retention")
            outcomes[outcome] += 1
            if outcome is _Outcome.DELETED:
                freed += file.size_bytes
            elif error:
                errors.append(error)
        # a deleted file's row goes when the events of its time are past their retention too
        self._index.forget_deleted(self._clock() - self._settings.events_days * DAY)
        result = SweepResult(
            outcomes[_Outcome.DELETED],
            kept,
            freed,
            outcomes[_Outcome.MISSING],
            outcomes[_Outcome.UNREACHABLE],
            outcomes[_Outcome.FAILED],
        )
        self._report(result, errors)
        return result

    def status(self) -> ArchiveStatus:
        files, size, oldest = self._index.totals()
        try:
            total, _, free = self.disk_usage(self.root)
        except OSError:
            total = free = 0
        days = (self._clock() - oldest) / DAY if oldest else 0.0
        return ArchiveStatus(files, size, days, free, total, self.alarm, self.alarm_files)

    # -- helpers ------------------------------------------------------------------------
    def _report(self, result: SweepResult, errors: list[str]) -> None:
        days = self._settings.retention_days
        if result.kept_not_uploaded:
            log.warning(
                "retention: %d file(s) past %d days are kept because they are not uploaded yet",
                result.kept_not_uploaded,
                days,
            )
        if result.failed:
            log.error(
                "retention: %d file(s) past %d days could not be deleted (%s); they stay in the "
                "index and are tried again in an hour: check that the archive disk is writable",
                result.failed,
                days,
                errors[0],
            )
        if result.unreachable:
            log.warning(
                "retention: %d file(s) past %d days are missing with their folders (is the archive "
                "disk mounted?); they stay in the index and are deleted when the disk is back",
                result.unreachable,
                days,
            )
        if result.missing:
            log.warning(
                "retention: %d file(s) past %d days were already gone (deleted outside the console); "
                "the index now says so",
                result.missing,
                days,
            )
        if result.deleted:
            log.info(
                "retention: deleted %d file(s) older than %d days (%.1f GB)",
                result.deleted,
                days,
                result.freed_bytes / GB,
            )
        if (result.deleted or result.missing) and self._audit is not None:
            self._audit.record(
                AuditKind.RETENTION,
                "archive",
                event="retention",
                days=days,
                deleted=result.deleted,
                freed_bytes=result.freed_bytes,
                already_missing=result.missing,
                failed=result.failed,
            )

    def _delete(self, file: ArchiveFile, reason: str) -> tuple[_Outcome, str]:
        """Delete one file; the index marks it deleted only when it is really gone."""
        path = self.root / file.path
        try:
            path.unlink()
        except FileNotFoundError:
            if not path.parent.is_dir():
                return _Outcome.UNREACHABLE, ""
            self._index.mark_deleted(file.id, f"{reason}: already missing")
            self._prune_empty(path.parent)
            return _Outcome.MISSING, ""
        except OSError as exc:
            log.debug("cannot delete %s (%s)", path, exc.strerror)
            return _Outcome.FAILED, f"{file.path}: {exc.strerror}"
        self._index.mark_deleted(file.id, reason)
        self._prune_empty(path.parent)
        return _Outcome.DELETED, ""

    def _prune_empty(self, folder: Path) -> None:
        """Remove emptied hour/day/month/year folders, never the camera folder or the root."""
        for _ in range(4):
            if folder == self.root or folder.parent == self.root:
                return
            try:
                folder.rmdir()
            except OSError:
                return  # not empty
            folder = folder.parent


class _ArchiveSpace:
    """The archive's files as the free-space guard sees them: oldest first."""

    name = "archive files"

    def __init__(self, janitor: ArchiveJanitor) -> None:
        self._janitor = janitor

    def reclaimable(self, critical: bool) -> Iterator[Reclaimable]:
        janitor = self._janitor
        for file in janitor._index.live_files():
            pending = janitor._upload_required and file.upload_state == UPLOAD_PENDING
            if pending and not critical:
                continue
            yield Reclaimable(file.start_ts, file.size_bytes, file, file.path, forced=pending)

    def reclaim(self, items: Sequence[Reclaimable], reason: str) -> tuple[list[Reclaimable], list[str]]:
        done, errors = [], []
        for item in items:
            assert isinstance(item.key, ArchiveFile)
            outcome, error = self._janitor._delete(item.key, reason)
            if outcome is _Outcome.DELETED:
                done.append(item)
            elif error:
                errors.append(error)
        return done, errors

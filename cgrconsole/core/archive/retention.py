"""Keeping the archive for its retention period, and the disk from filling up.

At start and every hour, files older than ``retention_days`` are deleted (with their empty
folders), except files not yet uploaded when SFTP upload is required. Every minute, the
free-space guard checks the disk:
- below ``min_free_gb``, the oldest files that may go (uploaded, or no upload required) are
  deleted until there is room again;
- below ``critical_free_gb``, the oldest files go even when not uploaded, and an alarm is
  raised (UI and audit log): losing old evidence beats losing the recording of tonight.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cgrconsole.core.archive.index import UPLOAD_PENDING, ArchiveFile, ArchiveIndex
from cgrconsole.core.archive.settings import ArchiveConfig
from cgrconsole.core.service_thread import ServiceThread
from cgrconsole.core.signals import Signal
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.supervision import Supervisor

log = logging.getLogger(__name__)

GB = 1024**3
DAY = 86400.0
SWEEP_EVERY = 3600.0
GUARD_EVERY = 60.0

DiskUsage = Callable[[Path], tuple[int, int, int]]  # total, used, free (shutil.disk_usage)


class ArchiveAlarm(StrEnum):
    NONE = ""
    DELETED_BEFORE_UPLOAD = "deleted_before_upload"  # evidence was sacrificed to keep recording
    DISK_FULL = "disk_full"  # nothing left to delete: recording will stop


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


class ArchiveJanitor:
    """Retention and the free-space guard. ``sweep``/``guard`` are callable directly (tests, admin)."""

    def __init__(
        self,
        root: Path,
        index: ArchiveIndex,
        settings: ArchiveConfig,
        audit: AuditLog | None = None,
        *,
        upload_required: bool = False,
        clock: Callable[[], float] = time.time,
        disk_usage: DiskUsage = shutil.disk_usage,
        supervisor: Supervisor | None = None,
    ) -> None:
        self.root = root
        self._index = index
        self._settings = settings
        self._audit = audit
        self._upload_required = upload_required
        self._clock = clock
        self.disk_usage = disk_usage
        self.alarm = ArchiveAlarm.NONE
        self.alarm_files = 0
        # (ArchiveAlarm) on the janitor's thread when the alarm changes; ArchiveAlarm.NONE when it clears
        self.alarm_changed: Signal[[ArchiveAlarm]] = Signal("archive alarm")
        self._service = ServiceThread("archive-janitor", self._run, supervisor)
        self._stop = self._service.stop_event

    # -- the thread ---------------------------------------------------------------------
    def start(self) -> None:
        self._service.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._service.stop(timeout)

    def _run(self) -> None:
        next_sweep = 0.0
        while not self._stop.is_set():  # an error goes to the supervisor, which restarts the loop
            if time.monotonic() >= next_sweep:
                self.sweep()
                next_sweep = time.monotonic() + SWEEP_EVERY
            self.guard()
            self._stop.wait(GUARD_EVERY)

    # -- retention ----------------------------------------------------------------------
    def sweep(self) -> SweepResult:
        """Delete files past the retention period (never un-uploaded ones when upload is required)."""
        cutoff = self._clock() - self._settings.retention_days * DAY
        deleted = kept = freed = 0
        for file in self._index.live_files(older_than=cutoff):
            if self._upload_required and file.upload_state == UPLOAD_PENDING:
                kept += 1
                continue
            freed += self._delete(file, "retention")
            deleted += 1
        if kept:
            log.warning(
                "retention: %d file(s) past %d days are kept because they are not uploaded yet",
                kept,
                self._settings.retention_days,
            )
        if deleted:
            log.info(
                "retention: deleted %d file(s) older than %d days (%.1f GB)",
                deleted,
                self._settings.retention_days,
                freed / GB,
            )
        return SweepResult(deleted, kept, freed)

    # -- free space ---------------------------------------------------------------------
    def guard(self) -> SweepResult:
        """Make room when the disk runs low; raise the alarm when evidence had to go."""
        free = self._free()
        deleted = freed = 0
        alarm, alarm_files = ArchiveAlarm.NONE, 0
        if free is not None and free < self._settings.min_free_gb * GB:
            for file in self._index.live_files():
                if self._upload_required and file.upload_state == UPLOAD_PENDING:
                    continue
                freed += self._delete(file, "low disk space")
                deleted += 1
                if (free := self._free() or 0) >= self._settings.min_free_gb * GB:
                    break
        if free is not None and free < self._settings.critical_free_gb * GB:
            lost = []
            for file in self._index.live_files():
                freed += self._delete(file, "critical disk space")
                deleted += 1
                lost.append(file.path)
                if (free := self._free() or 0) >= self._settings.critical_free_gb * GB:
                    break
            if lost:
                alarm, alarm_files = ArchiveAlarm.DELETED_BEFORE_UPLOAD, len(lost)
                log.error(
                    "archive disk almost full: %d file(s) deleted, oldest first, to keep recording: %s",
                    len(lost),
                    ", ".join(lost),
                )
                if self._audit is not None:
                    self._audit.record(
                        AuditKind.ARCHIVE,
                        "disk",
                        event="critical_space_deletion",
                        files=lost,
                        free_bytes=free,
                    )
            if free < self._settings.critical_free_gb * GB:  # still: nothing left that could go
                alarm = ArchiveAlarm.DISK_FULL
                log.error("archive disk full and nothing left to delete: recording will stop")
        self.alarm_files = alarm_files
        self._set_alarm(alarm)
        return SweepResult(deleted, 0, freed)

    def status(self) -> ArchiveStatus:
        files, size, oldest = self._index.totals()
        try:
            total, _, free = self.disk_usage(self.root)
        except OSError:
            total = free = 0
        days = (self._clock() - oldest) / DAY if oldest else 0.0
        return ArchiveStatus(files, size, days, free, total, self.alarm, self.alarm_files)

    # -- helpers ------------------------------------------------------------------------
    def _free(self) -> int | None:
        try:
            return self.disk_usage(self.root)[2]
        except OSError:
            return None  # the folder is missing: the recorder reports that

    def _delete(self, file: ArchiveFile, reason: str) -> int:
        path = self.root / file.path
        try:
            path.unlink()
        except FileNotFoundError:
            pass  # already gone (deleted by hand): the index catches up
        except OSError as exc:
            log.error("cannot delete %s (%s)", path, exc.strerror)
            return 0
        self._index.mark_deleted(file.id, reason)
        self._prune_empty(path.parent)
        return file.size_bytes

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

    def _set_alarm(self, alarm: ArchiveAlarm) -> None:
        if alarm == self.alarm:
            return
        self.alarm = alarm
        self.alarm_changed.emit(alarm)

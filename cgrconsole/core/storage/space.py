"""The free-space guard: every disk the console writes to, read once, kept above its floor.

The console writes to the archive folder, the data folder (database, event pictures, backups) and
the log folder. They may be on one disk or on several. The guard groups them by device (``st_dev``:
the filesystem on Linux, the volume on Windows), reads each disk once, and when one runs low it
deletes, oldest first whatever its kind, what the sources on *that* disk offer:
- below ``min_free``, what may go: archive files already uploaded (or needing no upload), events
  already delivered or decided;
- below ``critical_free``, also archive files not yet uploaded (never an undelivered event), with
  the alarm raised; if nothing is left to delete, the alarm says the disk is full.
A missing folder (an unplugged archive disk) is skipped: nothing on it can be read or deleted.
"""

from __future__ import annotations

import heapq
import logging
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from cgrconsole.core.signals import Signal
from cgrconsole.core.storage.audit import AuditKind, AuditLog

log = logging.getLogger(__name__)

GB = 1024**3
BATCH = 500  # the most items deleted before the disk is read again

DiskUsage = Callable[[Path], tuple[int, int, int]]  # total, used, free (shutil.disk_usage)


class SpaceAlarm(StrEnum):
    """The worst thing the guard had to do or could not do, for the status bar."""

    NONE = ""
    DELETED_BEFORE_UPLOAD = "deleted_before_upload"  # evidence was sacrificed to keep recording
    DATA_DISK_FULL = "data_disk_full"  # the data folder's disk is full: new events cannot be saved
    DISK_FULL = "disk_full"  # the archive's disk is full and nothing is left to delete: recording stops


_WORST_FIRST = (SpaceAlarm.DISK_FULL, SpaceAlarm.DATA_DISK_FULL, SpaceAlarm.DELETED_BEFORE_UPLOAD)


@dataclass(frozen=True)
class Reclaimable:
    """Something a source may delete to make room."""

    ts: float  # its age (a file's start, an event's time): the oldest goes first
    size: int  # the bytes it frees, as far as the source knows (the disk is read again anyway)
    key: object  # the source's own handle
    label: str  # for the log and the audit (a file's path, an event's id)
    forced: bool = False  # it goes before its time: an archive file not yet uploaded


class SpaceSource(Protocol):
    """What can be deleted in one folder. Called on the guard's thread."""

    name: str

    def reclaimable(self, critical: bool) -> Iterator[Reclaimable]:
        """Oldest first; with ``critical``, also what may only go when the disk is about to fill."""
        ...

    def reclaim(self, items: Sequence[Reclaimable], reason: str) -> tuple[list[Reclaimable], list[str]]:
        """Delete ``items``: those really deleted (a failed delete is not one), and what failed, why."""
        ...


@dataclass(frozen=True)
class DiskReading:
    """One disk, as the guard last read it."""

    folders: tuple[str, ...]  # what the console keeps on it: archive, data, events, backups, logs
    total: int
    free: int


@dataclass(frozen=True)
class GuardResult:
    deleted: int
    freed_bytes: int
    disks: tuple[DiskReading, ...]
    by_source: dict[str, int] = field(default_factory=dict)
    alarm: SpaceAlarm = SpaceAlarm.NONE
    forced: int = 0  # how many of the deleted went before their time (the alarm's count)


@dataclass
class _Disk:
    folders: list[tuple[str, Path]]
    sources: list[SpaceSource]


class FreeSpaceGuard:
    """Thread-safe to read; ``guard()`` runs on the janitor's thread. ``alarm_changed`` fires there."""

    def __init__(
        self,
        min_free_gb: float,
        critical_free_gb: float,
        audit: AuditLog | None = None,
        *,
        disk_usage: DiskUsage = shutil.disk_usage,
    ) -> None:
        self.min_free = int(min_free_gb * GB)
        self.critical_free = int(critical_free_gb * GB)
        self.disk_usage = disk_usage
        self._audit = audit
        self._folders: list[tuple[str, Path, SpaceSource | None]] = []
        self.alarm = SpaceAlarm.NONE
        self.alarm_files = 0
        self.disks: tuple[DiskReading, ...] = ()  # as last read
        # (SpaceAlarm) on the guard's thread when the alarm changes; SpaceAlarm.NONE when it clears
        self.alarm_changed: Signal[[SpaceAlarm]] = Signal("free-space alarm")

    def watch(self, role: str, folder: Path, source: SpaceSource | None = None) -> None:
        """A folder the console writes to, and what may be deleted there (if anything)."""
        self._folders.append((role, folder, source))

    def guard(self) -> GuardResult:
        """Read every disk once; make room on those that run low; raise or clear the alarm."""
        deleted: dict[str, int] = {}
        freed = forced = 0
        alarms: set[SpaceAlarm] = set()
        readings = []
        for disk in self._disks():
            path = disk.folders[0][1]
            try:
                total, _, free = self.disk_usage(path)
            except OSError:
                continue  # vanished since it was grouped
            roles = tuple(role for role, _ in disk.folders)
            if free < self.min_free:
                free, lost, stats = self._make_room(disk, path, free)
                for name, (count, size) in stats.items():
                    deleted[name] = deleted.get(name, 0) + count
                    freed += size
                if lost:
                    forced += len(lost)
                    alarms.add(SpaceAlarm.DELETED_BEFORE_UPLOAD)
                    self._report_lost(lost, free)
                if free < self.critical_free:  # still: nothing left that could go
                    if "archive" in roles:
                        alarms.add(SpaceAlarm.DISK_FULL)
                        log.error("archive disk full and nothing left to delete: recording will stop")
                    elif {"data", "events"} & set(roles):
                        alarms.add(SpaceAlarm.DATA_DISK_FULL)
                        log.error(
                            "the disk of the data folder (%s) is full and nothing left may be deleted: "
                            "new plate events cannot be saved; free space on it",
                            path,
                        )
                    else:
                        log.error("the disk of the log folder (%s) is full; free space on it", path)
            readings.append(DiskReading(roles, total, free))
        self.disks = tuple(readings)
        alarm = next((a for a in _WORST_FIRST if a in alarms), SpaceAlarm.NONE)
        self.alarm_files = forced
        if alarm != self.alarm:
            self.alarm = alarm
            self.alarm_changed.emit(alarm)
        return GuardResult(sum(deleted.values()), freed, self.disks, deleted, alarm, forced)

    # -- helpers ------------------------------------------------------------------------
    def _disks(self) -> list[_Disk]:
        """The watched folders grouped by the disk they are on; missing folders are left out."""
        disks: dict[int, _Disk] = {}
        for role, folder, source in self._folders:
            try:
                device = os.stat(folder).st_dev
            except OSError:
                continue
            disk = disks.setdefault(device, _Disk([], []))
            disk.folders.append((role, folder))
            if source is not None:
                disk.sources.append(source)
        return list(disks.values())

    def _make_room(
        self, disk: _Disk, path: Path, free: int
    ) -> tuple[int, list[Reclaimable], dict[str, tuple[int, int]]]:
        """Delete the oldest of what may go, then (below critical) what must; returns free, lost, stats."""
        stats: dict[str, tuple[int, int]] = {}
        lost: list[Reclaimable] = []
        errors: list[str] = []
        for critical, target, reason in (
            (False, self.min_free, "low disk space"),
            (True, self.critical_free, "critical disk space"),
        ):
            if free >= target:
                continue
            merged = heapq.merge(
                *(_tagged(source, critical) for source in disk.sources), key=lambda pair: pair[0].ts
            )
            while free < target:
                batch = _take(merged, target - free)
                if not batch:
                    break
                for source in {id(s): s for _, s in batch}.values():
                    items = [item for item, s in batch if s is source]
                    done, failed = source.reclaim(items, reason)
                    count, size = stats.get(source.name, (0, 0))
                    stats[source.name] = (count + len(done), size + sum(i.size for i in done))
                    lost += [item for item in done if item.forced]
                    errors += failed
                try:
                    free = self.disk_usage(path)[2]
                except OSError:
                    break
            if errors:
                log.error(
                    "%s on %s: %d item(s) could not be deleted (%s); tried again in a minute",
                    reason,
                    path,
                    len(errors),
                    errors[0],
                )
                errors = []
            if stats:
                log.warning(
                    "%s on %s: deleted %s, oldest first; %.2f GB free",
                    reason,
                    path,
                    ", ".join(f"{count} {name}" for name, (count, _) in stats.items()),
                    free / GB,
                )
        if stats and self._audit is not None:
            self._audit.record(
                AuditKind.RETENTION,
                "disk",
                event="low_disk_space",
                folder=str(path),
                deleted={name: count for name, (count, _) in stats.items()},
                free_bytes=free,
            )
        return free, lost, stats

    def _report_lost(self, lost: list[Reclaimable], free: int) -> None:
        labels = [item.label for item in lost]
        log.error(
            "archive disk almost full: %d file(s) deleted before upload, oldest first, to keep recording: %s",
            len(labels),
            ", ".join(labels),
        )
        if self._audit is not None:
            self._audit.record(
                AuditKind.ARCHIVE, "disk", event="critical_space_deletion", files=labels, free_bytes=free
            )


def _tagged(source: SpaceSource, critical: bool) -> Iterator[tuple[Reclaimable, SpaceSource]]:
    for item in source.reclaimable(critical):
        yield item, source


def _take(
    merged: Iterator[tuple[Reclaimable, SpaceSource]], shortfall: int
) -> list[tuple[Reclaimable, SpaceSource]]:
    """The next oldest items, as many as should cover ``shortfall`` (at most ``BATCH``)."""
    batch: list[tuple[Reclaimable, SpaceSource]] = []
    covered = 0
    for pair in merged:
        batch.append(pair)
        covered += pair[0].size
        if covered >= shortfall or len(batch) >= BATCH:
            break
    return batch

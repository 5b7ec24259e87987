"""The free-space guard on real small filesystems (tmpfs, root only): one disk is one disk.

The archive and the data folder (database, event pictures) share a disk in the first test and
have one each in the second. Sizes are real bytes on the disk, free space is the kernel's.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.archive import add_archive_file
from support.events import EventRig, answer, detected, make_rig, picture
from support.mounts import tmpfs

from cgrconsole.core.archive.index import ArchiveIndex
from cgrconsole.core.archive.retention import ArchiveJanitor
from cgrconsole.core.archive.settings import ArchiveConfig
from cgrconsole.core.review.retention import DAY, EventRetention
from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.core.storage.space import GB, FreeSpaceGuard, SpaceAlarm
from cgrconsole.core.uplink.destination import Delivered

MB = 1024**2
FRAME = picture(3, (300, 533))  # a real JPEG of about 120 KB


@dataclass
class Site:
    rig: EventRig
    index: ArchiveIndex
    archive: Path
    guard: FreeSpaceGuard
    retention: EventRetention

    def file(self, days_ago: float, mb: float = 1.0) -> Path:
        size = int(mb * MB)
        start = self.rig.clock() - days_ago * DAY
        return add_archive_file(
            self.archive, self.index, start, pending=False, size=size, content=b"v" * size
        )

    def event(self, days_ago: float, *, deliver: bool = True) -> str:
        store = self.rig.store
        event = store.add(detected(ts=self.rig.clock() - days_ago * DAY, frame_jpeg=FRAME))
        store.confirm(event.id, by="officer1")
        if deliver:
            answer(self.rig, event.id, "cgr", Delivered("ref"))
        return event.id

    def exists(self, event_id: str) -> bool:
        with self.rig.database.lock:
            row = self.rig.database.db.execute("SELECT frame_path FROM plate_events WHERE id = ?", [event_id])
            found = row.fetchone()
        return found is not None and (self.rig.store.media_dir / found[0]).exists()

    def floors(self, min_free: int, critical_free: int = MB // 2) -> None:
        self.guard.min_free, self.guard.critical_free = min_free, critical_free


def site(archive: Path, data: Path) -> Site:
    rig = make_rig(data, ("cgr",))
    rig.clock.now += 100 * DAY
    index = ArchiveIndex(rig.database, rig.clock)
    guard = FreeSpaceGuard(5, 1, rig.audit)
    archive.mkdir(exist_ok=True)
    ArchiveJanitor(archive, index, ArchiveConfig(), rig.audit, clock=rig.clock, space=guard)
    retention = EventRetention(
        rig.database, rig.store.media_dir, rig.audit, events_days=60, audit_days=60, clock=rig.clock
    )
    guard.watch("data", data)
    guard.watch("events", rig.store.media_dir, retention)
    return Site(rig, index, archive, guard, retention)


def free(path: Path) -> int:
    return shutil.disk_usage(path).free


@pytest.fixture
def disk(tmp_path: Path):
    with tmpfs(tmp_path / "disk", "8m") as mount_point:
        yield mount_point


def test_archive_and_data_on_one_disk_are_one_disk_and_the_oldest_goes_first(disk: Path) -> None:
    s = site(disk / "archive", disk / "data")
    undelivered = s.event(12, deliver=False)
    files = {days: s.file(days) for days in (10, 8, 6, 4)}
    events = {days: s.event(days) for days in (9, 7, 5, 3)}
    s.floors(free(disk) + int(1.6 * MB))  # 1.6 MB short: a file, an event, a file, oldest first

    result = s.guard.guard()
    assert len(result.disks) == 1, "one disk, read once"
    assert set(result.disks[0].folders) == {"archive", "data", "events"}
    assert result.by_source == {"archive files": 2, "plate events": 1}
    assert result.disks[0].free >= s.guard.min_free and result.alarm is SpaceAlarm.NONE
    assert [days for days, f in files.items() if f.exists()] == [6, 4]
    assert [days for days, e in events.items() if s.exists(e)] == [7, 5, 3]
    assert s.exists(undelivered), "an event not yet delivered never goes to make room"
    entry = s.rig.audit.entries(AuditKind.RETENTION)[0]
    assert entry.detail["event"] == "low_disk_space"
    assert entry.detail["deleted"] == {"archive files": 2, "plate events": 1}

    s.floors(10 * GB, 9 * GB)  # far more than the disk has: everything that may go goes
    full = s.guard.guard()
    assert full.alarm is SpaceAlarm.DISK_FULL and s.exists(undelivered)
    assert not any(f.exists() for f in files.values()) and not any(s.exists(e) for e in events.values())


def test_a_full_data_disk_costs_events_not_the_archive_on_another_disk(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "video", "4m") as video, tmpfs(tmp_path / "data", "3m") as data:
        s = site(video / "archive", data)
        files = [s.file(days, mb=0.5) for days in (30, 20)]  # older than every event
        events = {days: s.event(days) for days in (9, 7, 5, 3)}
        s.floors(free(data) + int(0.15 * MB))
        assert free(video) >= s.guard.min_free

        result = s.guard.guard()
        assert len(result.disks) == 2 and result.by_source == {"plate events": 2}
        assert all(f.exists() for f in files), "the video on the other disk is not touched"
        assert [days for days, e in events.items() if s.exists(e)] == [5, 3]

        s.event(1, deliver=False)
        s.floors(int(3.8 * MB), int(3.4 * MB))  # above what the 3 MB data disk can ever have free
        again = s.guard.guard()
        assert again.by_source == {"archive files": 2, "plate events": 2}
        assert again.alarm is SpaceAlarm.DATA_DISK_FULL, "video has room again; the data disk has not"

        s.floors(10 * MB, 5 * MB)  # both disks now: the archive's outranks
        assert s.guard.guard().alarm is SpaceAlarm.DISK_FULL

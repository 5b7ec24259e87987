"""Retention with injected time; the free-space guard with an injected disk reading, and on real mounts.

The mount tests need root (CI runs as root): a read-only remount makes deletes really fail, and a bind
mount taken away makes the archive disk really disappear while its mount point stays.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from support.archive import add_archive_file
from support.mounts import mount, tmpfs, umount

from cgrconsole.config import ArchiveConfig, ConfigError, parse_config
from cgrconsole.core.archive.index import ArchiveIndex
from cgrconsole.core.archive.retention import DAY, GB, ArchiveAlarm, ArchiveJanitor, SweepResult
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.database import Database

NOW = 1_800_000_000.0


@pytest.fixture
def archive(tmp_path: Path):
    database = Database(tmp_path / "c.db")
    database.open()
    yield tmp_path / "archive", ArchiveIndex(database, lambda: NOW), AuditLog(database, lambda: NOW)
    database.close()


def add(root: Path, index: ArchiveIndex, days_ago: float, *, pending: bool, size: int = GB, **kw) -> Path:
    return add_archive_file(root, index, NOW - days_ago * DAY, pending=pending, size=size, **kw)


class FakeDisk:
    """Free space that grows by the size the index says was deleted."""

    def __init__(self, index: ArchiveIndex, free: float) -> None:
        self.index, self.free = index, free
        self.start_bytes = index.totals()[1]

    def __call__(self, path: Path) -> tuple[int, int, int]:
        freed = self.start_bytes - self.index.totals()[1]
        return 100 * GB, 0, int(self.free + freed)


def test_old_files_go_with_their_empty_folders_but_not_before_upload(archive) -> None:
    root, index, audit = archive
    old, kept_for_upload, older, recent = (
        add(root, index, 70, pending=False),
        add(root, index, 65, pending=True),
        add(root, index, 61, pending=False),
        add(root, index, 59, pending=False),
    )
    janitor = ArchiveJanitor(
        root,
        index,
        ArchiveConfig(),
        audit,
        upload_required=True,
        clock=lambda: NOW,
        disk_usage=lambda p: (100 * GB, 0, 50 * GB),
    )
    result = janitor.sweep()
    assert (result.deleted, result.kept_not_uploaded) == (2, 1)
    assert not old.exists() and not older.exists() and kept_for_upload.exists() and recent.exists()
    assert not old.parent.exists() and not old.parent.parent.exists(), "emptied hour and day folders go"
    assert (root / "Gate").is_dir(), "the camera folder stays"
    assert {f.path for f in index.live_files()} == {
        kept_for_upload.relative_to(root).as_posix(),
        recent.relative_to(root).as_posix(),
    }
    no_sftp = ArchiveJanitor(root, index, ArchiveConfig(), audit, upload_required=False, clock=lambda: NOW)
    assert no_sftp.sweep().deleted == 1 and not kept_for_upload.exists()


def test_low_disk_deletes_the_oldest_deletable_files_first(archive) -> None:
    root, index, audit = archive
    pending = add(root, index, 40, pending=True)
    uploaded = [add(root, index, days, pending=False) for days in (30, 20, 10)]
    disk = FakeDisk(index, free=3.5 * GB)  # min_free 5 GB: two files of 1 GB must go
    janitor = ArchiveJanitor(
        root, index, ArchiveConfig(), audit, upload_required=True, clock=lambda: NOW, disk_usage=disk
    )
    result = janitor.guard()
    assert result.deleted == 2
    assert pending.exists() and not uploaded[0].exists() and not uploaded[1].exists() and uploaded[2].exists()
    assert janitor.alarm is ArchiveAlarm.NONE


def test_critical_disk_deletes_even_unuploaded_files_and_raises_the_alarm(archive) -> None:
    root, index, audit = archive
    files = [add(root, index, days, pending=True) for days in (40, 30, 20, 10)]
    alarms: list[str] = []
    disk = FakeDisk(index, free=0.2 * GB)
    janitor = ArchiveJanitor(
        root, index, ArchiveConfig(), audit, upload_required=True, clock=lambda: NOW, disk_usage=disk
    )
    janitor.alarm_changed.connect(alarms.append)
    janitor.guard()
    assert not files[0].exists() and files[1].exists(), "only the oldest, only as much as needed"
    assert janitor.alarm is ArchiveAlarm.DELETED_BEFORE_UPLOAD and alarms == [janitor.alarm]
    assert janitor.status().alarm_files == 1
    assert janitor.status().alarm == janitor.alarm
    entry = audit.entries(AuditKind.ARCHIVE)[0]
    assert entry.detail["event"] == "critical_space_deletion"
    assert entry.detail["files"] == [files[0].relative_to(root).as_posix()]
    disk.free = 20 * GB  # the admin freed space
    janitor.guard()
    assert janitor.alarm is ArchiveAlarm.NONE and alarms[-1] is ArchiveAlarm.NONE


def test_status_shows_days_held_size_and_free_space(archive) -> None:
    root, index, audit = archive
    add(root, index, 12.5, pending=False, size=2 * GB)
    add(root, index, 1, pending=False, size=GB)
    status = ArchiveJanitor(
        root, index, ArchiveConfig(), audit, clock=lambda: NOW, disk_usage=lambda p: (500 * GB, 0, 120 * GB)
    ).status()
    assert (status.files, status.size_bytes, status.free_bytes) == (2, 3 * GB, 120 * GB)
    assert status.days_held == pytest.approx(12.5)


def test_retention_below_60_days_needs_the_explicit_override() -> None:
    with pytest.raises(ConfigError, match="at least 60 days"):
        parse_config("[archive]\nretention_days = 30\n")
    assert (
        parse_config("[archive]\nretention_days = 30\nallow_short_retention = true\n").archive.retention_days
        == 30
    )
    assert ArchiveConfig().retention_days == 60 and ArchiveConfig().segment_seconds == 300
    with pytest.raises(ConfigError, match="segment_seconds"):
        parse_config("[archive]\nsegment_seconds = 100\n")


def test_the_console_data_is_kept_as_long_as_the_archive_unless_told_otherwise() -> None:
    defaults = parse_config("[archive]\nretention_days = 90\n").archive
    assert (defaults.events_days, defaults.audit_days) == (90, 90)
    longer = parse_config("[archive]\nevents_retention_days = 120\naudit_retention_days = 365\n").archive
    assert (longer.events_days, longer.audit_days) == (120, 365)
    with pytest.raises(ConfigError) as refused:
        parse_config("[archive]\nevents_retention_days = 30\naudit_retention_days = 0\n")
    assert refused.value.problems == [
        "archive.events_retention_days: must be at least 60 days (as long as retention_days); set "
        "archive.allow_short_retention = true to go below",
        "archive.audit_retention_days: must be at least 1",
    ]
    with pytest.raises(ConfigError, match="audit_retention_days: must be at least 60 days"):
        parse_config("[archive]\naudit_retention_days = 59\n")
    short = "[archive]\nallow_short_retention = true\nevents_retention_days = 30\naudit_retention_days = 7\n"
    assert parse_config(short).archive.audit_days == 7


def test_a_full_disk_with_nothing_to_delete_says_recording_will_stop(archive) -> None:
    root, index, audit = archive
    root.mkdir()
    janitor = ArchiveJanitor(
        root,
        index,
        ArchiveConfig(),
        audit,
        clock=lambda: NOW,
        disk_usage=lambda p: (100 * GB, 100 * GB, int(0.1 * GB)),
    )
    janitor.guard()
    assert janitor.alarm is ArchiveAlarm.DISK_FULL and janitor.alarm_files == 0
    assert audit.entries(AuditKind.ARCHIVE) == [], "nothing was deleted, so nothing to audit"


def test_a_file_deleted_by_hand_is_marked_but_not_counted_as_deleted(archive) -> None:
    root, index, audit = archive
    gone, there = add(root, index, 70, pending=False), add(root, index, 65, pending=False, camera="Exit")
    gone.unlink()
    result = ArchiveJanitor(root, index, ArchiveConfig(), audit, clock=lambda: NOW).sweep()
    assert (result.deleted, result.missing, result.unreachable) == (1, 1, 0)
    assert not there.exists() and index.live_files() == []
    assert audit.entries(AuditKind.RETENTION)[0].detail["already_missing"] == 1


def test_a_missing_archive_folder_is_not_swept(archive) -> None:
    root, index, audit = archive
    add(root, index, 70, pending=False)
    root.rename(root.with_name("elsewhere"))  # the disk holding the archive folder is gone
    result = ArchiveJanitor(root, index, ArchiveConfig(), audit, clock=lambda: NOW).sweep()
    assert result == SweepResult(0, 0, 0)
    assert len(index.live_files()) == 1 and audit.entries(AuditKind.RETENTION) == []


MB = 1024**2


def small_floors(min_mb: float, critical_mb: float) -> ArchiveConfig:
    return ArchiveConfig(min_free_gb=min_mb * MB / GB, critical_free_gb=critical_mb * MB / GB)


def test_a_file_that_cannot_be_deleted_is_not_counted_nor_marked(archive, tmp_path: Path) -> None:
    _, index, audit = archive
    with tmpfs(tmp_path / "disk", "3m") as root:
        files = [
            add(root, index, days, pending=True, size=512 * 1024, content=b"v" * 512 * 1024)
            for days in (70, 66, 62, 10)
        ]  # 2 MB on a 3 MB disk: below the 1.5 MB critical floor
        settings = small_floors(2, 1.5)
        janitor = ArchiveJanitor(root, index, settings, audit, upload_required=False, clock=lambda: NOW)
        mount("-o", "remount,ro", str(root))
        result = janitor.sweep()
        assert (result.deleted, result.failed, result.freed_bytes) == (0, 3, 0)
        assert len(index.live_files()) == 4, "nothing is marked deleted that is still on the disk"
        assert audit.entries(AuditKind.RETENTION) == []

        uploading = ArchiveJanitor(root, index, settings, audit, upload_required=True, clock=lambda: NOW)
        guarded = uploading.guard()
        assert guarded.deleted == 0 and uploading.alarm is ArchiveAlarm.DISK_FULL
        assert uploading.alarm_files == 0, "no false 'deleted before upload' alarm"
        assert audit.entries(AuditKind.ARCHIVE) == [] and all(f.exists() for f in files)

        mount("-o", "remount,rw", str(root))
        guarded = uploading.guard()  # writable again: the oldest goes, and now it is true
        assert guarded.deleted == 1 and uploading.alarm is ArchiveAlarm.DELETED_BEFORE_UPLOAD
        assert uploading.alarm_files == 1 and not files[0].exists()
        assert janitor.sweep().deleted == 2 and [f.exists() for f in files] == [False, False, False, True]


def test_an_unmounted_archive_disk_is_swept_only_after_it_is_back(archive, tmp_path: Path) -> None:
    _, index, audit = archive
    with tmpfs(tmp_path / "disk", "3m") as disk:
        root = tmp_path / "archive"  # the mount point itself is the archive folder
        root.mkdir()
        mount("--bind", str(disk), str(root))
        old = [add(root, index, days, pending=False, size=10) for days in (70, 65)]
        janitor = ArchiveJanitor(root, index, ArchiveConfig(), audit, clock=lambda: NOW)
        umount(root)
        assert root.is_dir() and not old[0].exists()
        now_hour = time.strftime("%Y/%m/%d/%H", time.gmtime(NOW))
        (root / "Gate" / now_hour).mkdir(parents=True)  # a recorder writing onto the empty mount point
        result = janitor.sweep()
        assert (result.deleted, result.missing, result.unreachable) == (0, 0, 2)
        assert len(index.live_files()) == 2, "an unmounted disk's files are not marked deleted"

        mount("--bind", str(disk), str(root))
        try:
            assert all(f.exists() for f in old)
            result = janitor.sweep()
            assert (result.deleted, result.unreachable) == (2, 0)
            assert not any(f.exists() for f in old) and index.live_files() == []
        finally:
            umount(root)


def test_rows_of_deleted_files_leave_the_index_with_the_events_of_their_time(archive) -> None:
    root, index, audit = archive
    add(root, index, 70, pending=False)
    add(root, index, 65, pending=False, camera="Exit")
    longer_events = ArchiveConfig(events_retention_days=68)
    assert ArchiveJanitor(root, index, longer_events, audit, clock=lambda: NOW).sweep().deleted == 2
    with index._database.lock:
        rows = index._database.db.execute("SELECT camera FROM archive_files").fetchall()
    assert rows == [("Exit",)], "the 65-day-old file's row stays while events of its time are kept"

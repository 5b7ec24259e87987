"""Data retention: the database and the events folder over a simulated 91 days at 2 000 events/day.

Real SQLite, the console's own ``EventStore``, ``Outbox``, ``AuditLog``, ``ArchiveIndex`` and
``EventRetention``, real JPEG files on disk (a noisy 720p frame of ~150 KB and its plate crop); the
clock is injected. Each simulated day:
- 2 000 events spread over the day; 95 % confirmed and delivered to both destinations (claimed and
  answered every ~70 minutes, as the dispatcher does), 4 % rejected as false reads, 1 % refused by one
  destination and dismissed by the officer a week later;
- 16 cameras' archive files in the index (288 a day each), marked deleted after the retention, as
  the archive janitor does (no video is written: the archive's own retention is not measured here);
- 50 camera-session rows in the audit log;
- after midnight the janitor's sweeps run (archive index, then events, audit log, vacuum), while a
  "recorder" thread adds an archive row every 20 ms and notes how long it waited for the database.
Pictures are written without fsync to keep the run short (retention does not depend on it).
Usage: python benchmarks/data_retention.py [--days 91] [--per-day 2000] [--retention-days 60] [--dir PATH]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
from _common import OUT, machine, table
from support.clock import FakeClock
from support.events import detected

import cgrconsole.core.review.events as events_module
from cgrconsole.core.archive.index import ArchiveIndex
from cgrconsole.core.archive.segment import FinishedSegment
from cgrconsole.core.review.events import EventStore
from cgrconsole.core.review.media import encode_bgr_jpeg, encode_jpeg
from cgrconsole.core.review.retention import DAY, EventRetention
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.database import Database
from cgrconsole.core.storage.vacuum import database_bytes
from cgrconsole.core.synthetic.scene import Scene, SceneSpec
from cgrconsole.core.uplink.destination import Delivered, Rejected
from cgrconsole.core.uplink.outbox import Outbox

ZONE = ZoneInfo("Asia/Almaty")
DESTINATIONS = ("cgr", "drvn")
CAMERAS = 16
START = 1_767_214_800.0  # 2026-01-01 00:00 Almaty
MB = 1e6


def pictures(count: int = 8) -> list[tuple[bytes, bytes]]:
    """(frame, crop) JPEGs as a camera gives them: the synthetic scene with sensor noise."""
    scene, rng = Scene(SceneSpec(seed=3)), np.random.default_rng(0)
    made = []
    for i in range(count):
        frame = scene.frame(60 + 40 * i).astype(np.int16)
        frame = np.clip(frame + rng.integers(-9, 10, frame.shape), 0, 255).astype(np.uint8)
        made.append((encode_jpeg(frame, 85), encode_bgr_jpeg(frame[400:470, 500:740, ::-1].copy(), 92)))
    return made


def write_fast(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def folder_size(root: Path) -> tuple[int, int]:
    size = files = 0
    for folder, _, names in os.walk(root):
        for name in names:
            size += os.stat(os.path.join(folder, name)).st_size
            files += 1
    return size, files


class RecorderProbe:
    """Adds an archive row every 20 ms while running; keeps how long each add took."""

    numbers = itertools.count()

    def __init__(self, index: ArchiveIndex, clock: FakeClock) -> None:
        self.index, self.clock, self.waits = index, clock, []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RecorderProbe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            started = time.perf_counter()
            row = add_segment(self.index, f"Probe/{next(self.numbers)}.mp4", self.clock())
            self.waits.append(time.perf_counter() - started)
            self.index.mark_deleted(row, "benchmark probe")


class TimedLock:
    """The database lock, noting how long the thread that made it held it each time (outermost)."""

    def __init__(self, lock: object, thread: int) -> None:
        self.inner, self.thread, self.holds = lock, thread, []
        self._local = threading.local()

    def __enter__(self) -> TimedLock:
        self.inner.__enter__()  # type: ignore[attr-defined]
        depth = getattr(self._local, "depth", 0)
        if depth == 0:
            self._local.started = time.perf_counter()
        self._local.depth = depth + 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._local.depth -= 1
        if self._local.depth == 0 and threading.get_ident() == self.thread:
            self.holds.append(time.perf_counter() - self._local.started)
        self.inner.__exit__(*exc)  # type: ignore[attr-defined]


def add_segment(index: ArchiveIndex, path: str, start: float) -> int:
    segment = FinishedSegment(
        "Camera", path, start, start + 300, 300, 44_000_000, "h264", 1280, 720, "0" * 64, "copy", False
    )
    return index.add(segment, upload_required=False)


def simulate(args: argparse.Namespace, root: Path) -> tuple[list[list[object]], dict[str, float]]:
    clock = FakeClock(START)
    database = Database(root / "cgrconsole.db")
    database.open()
    audit = AuditLog(database, clock)
    store = EventStore(database, root / "events", audit, lambda: DESTINATIONS, ZONE, clock)
    outbox = Outbox(database, clock)
    store.follow(outbox)
    index = ArchiveIndex(database, clock)
    retention = EventRetention(
        database,
        store.media_dir,
        audit,
        events_days=args.retention_days,
        audit_days=args.retention_days,
        clock=clock,
    )
    rng = random.Random(1)
    shots = pictures()
    refused: set[str] = set()
    archive_rows: list[tuple[float, int]] = []
    rows, sweeps, busy_sweeps, waits, holds, first_vacuum = [], [], [], [], [], 0.0
    for day in range(args.days):
        day_start = START + day * DAY
        for n in range(args.per_day):
            clock.now = day_start + n * DAY / args.per_day
            frame, crop = shots[n % len(shots)]
            event = store.add(
                detected(f"{rng.randrange(1000):03d}ABC01", clock.now, frame_jpeg=frame, crop_jpeg=crop)
            )
            roll = rng.random()
            if roll < 0.04:
                store.reject(event.id, by="officer1", reason="not a plate")
            else:
                store.confirm(event.id, by="officer1")
                if roll > 0.99:
                    refused.add(event.id)
            if n % 100 == 99:
                deliver(outbox, refused)
        deliver(outbox, refused)
        clock.now = day_start + DAY / 2
        for camera in range(CAMERAS):
            for slot in range(288):
                start = day_start + slot * 300
                archive_rows.append((start, add_segment(index, f"Camera{camera}/{start:.0f}.mp4", start)))
        for n in range(50):
            audit.record(AuditKind.CAMERA_SESSION, f"Camera{n % CAMERAS}", state="online", reason=None)
        for failed in outbox_failed(database, clock.now - 7 * DAY):
            store.dismiss_delivery(outbox, failed, by="officer1", reason="refused, not resent")

        clock.now = day_start + DAY + 1800  # 00:30 next day: the janitor's hourly sweeps
        cutoff = clock.now - args.retention_days * DAY
        while archive_rows and archive_rows[0][0] + 300 < cutoff:
            index.mark_deleted(archive_rows.pop(0)[1], "retention")
        started = time.perf_counter()
        lock = database.lock
        database.lock = timed = TimedLock(lock, threading.get_ident())  # type: ignore[assignment]
        with RecorderProbe(index, clock) as probe:
            index.forget_deleted(cutoff)  # as the archive janitor's sweep does
            result = retention.sweep()
        database.lock = lock
        took = time.perf_counter() - started
        holds += timed.holds
        if result.events:
            busy_sweeps.append(took)
        if day == 0:
            first_vacuum = took
        sweeps.append(took)
        waits += probe.waits
        if (day + 1) % 7 == 0 or day + 1 == args.days:
            size, files = folder_size(store.media_dir)
            counts = table_counts(database)
            rows.append(
                [
                    (day + 1 + 6) // 7,
                    day + 1,
                    counts["plate_events"],
                    counts["outbox"],
                    counts["outbox_attempts"],
                    counts["audit_log"],
                    counts["archive_files"],
                    f"{database_bytes(database.path) / MB:.0f}",
                    f"{size / MB:,.0f}",
                    f"{files:,}",
                    result.events,
                    result.kept_undelivered,
                    f"{took:.2f}",
                ]
            )
            print(table(HEADERS, rows[-1:]).splitlines()[-1], flush=True)
    figures = {
        "sweep_median_s (days that deleted)": statistics.median(busy_sweeps or [0]),
        "sweep_max_s": max(sweeps),
        "first_sweep_s": first_vacuum,
        "sweep_db_hold_p99_ms": 1000 * statistics.quantiles(holds, n=100)[98] if len(holds) > 100 else 0,
        "sweep_db_hold_max_ms": 1000 * max(holds) if holds else 0,
        "recorder_wait_p99_ms": 1000 * statistics.quantiles(waits, n=100)[98] if len(waits) > 100 else 0,
        "recorder_wait_max_ms": 1000 * max(waits) if waits else 0,
        "vacuum_full_s": full_vacuum_time(database),
    }
    database.close()
    return rows, figures


def deliver(outbox: Outbox, refused: set[str]) -> None:
    for destination in DESTINATIONS:
        for row in outbox.claim(destination, 1000):
            if row.event_id in refused and destination == "drvn":
                outbox.complete(row, Rejected("5", "the plate does not match the picture", 400))
            else:
                outbox.complete(row, Delivered(f"{destination}-{row.id}"))


def outbox_failed(database: Database, before: float) -> list[int]:
    with database.lock:
        found = database.db.execute(
            "SELECT id FROM outbox WHERE state = 'failed' AND event_ts < ?", [before]
        ).fetchall()
    return [r[0] for r in found]


def table_counts(database: Database) -> dict[str, int]:
    names = ("plate_events", "outbox", "outbox_attempts", "audit_log", "archive_files")
    with database.lock:
        return {n: database.db.execute(f"SELECT COUNT(*) FROM {n}").fetchone()[0] for n in names}


def full_vacuum_time(database: Database) -> float:
    """What the one-time switch to incremental vacuum costs a console upgraded at this size."""
    copy = database.path.with_name("upgrade.db")
    with database.lock:
        database.db.conn.execute("VACUUM INTO ?", [str(copy)])
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("PRAGMA auto_vacuum = NONE")
    conn.execute("VACUUM")
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    started = time.perf_counter()
    conn.execute("VACUUM")
    took = time.perf_counter() - started
    conn.close()
    copy.unlink()
    return took


HEADERS = [
    "week",
    "day",
    "events",
    "outbox rows",
    "attempts",
    "audit rows",
    "archive rows",
    "DB MB",
    "events folder MB",
    "files",
    "deleted last sweep",
    "kept undelivered",
    "sweep s",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=91)
    parser.add_argument("--per-day", type=int, default=2000)
    parser.add_argument("--retention-days", type=int, default=60)
    parser.add_argument("--dir", type=Path, default=None, help="where to simulate (default: a temp folder)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="cgr-retention-", dir=args.dir))
    events_module.write_atomically = write_fast  # type: ignore[assignment]
    print(machine(), time.strftime("%Y-%m-%d"), f"in {root}", flush=True)
    print(table(HEADERS, []), flush=True)
    try:
        rows, figures = simulate(args, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print()
    for key, value in figures.items():
        print(f"{key}: {value:.3f}")
    OUT.mkdir(exist_ok=True)
    (OUT / "data_retention.md").write_text(table(HEADERS, rows) + "\n" + repr(figures) + "\n")


if __name__ == "__main__":
    sys.exit(main())

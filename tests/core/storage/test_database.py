import sqlite3
import threading
from pathlib import Path

import pytest

from cgrconsole.core.archive.index import PENDING_FILES, PENDING_UPLOAD, ArchiveIndex
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.database import Database, Migration
from cgrconsole.core.storage.migrations import MIGRATIONS


def test_wal_mode_and_schema_version(tmp_path: Path) -> None:
    database = Database(tmp_path / "c.db")
    database.open()
    assert database.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # FULL: each commit is fsynced before it returns, so a power cut keeps it (NORMAL may lose the last)
    assert database.db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert database.version == len(MIGRATIONS)
    database.close()
    reopened = Database(tmp_path / "c.db")
    reopened.open()  # nothing pending: no backup taken
    assert not (tmp_path / "backups").exists()
    reopened.close()


def test_the_database_is_copied_before_a_migration(tmp_path: Path) -> None:
    def table(name: str) -> Migration:
        return Migration(0, name, lambda db: db[name].create({"id": int}, pk="id"))

    first = [Migration(1, "one", table("one").apply)]
    database = Database(tmp_path / "c.db", first)
    database.open()
    database.db["one"].insert({"id": 7})
    database.close()

    second = [*first, Migration(2, "two", table("two").apply)]
    database = Database(tmp_path / "c.db", second)
    database.open()
    assert database.version == 2 and "two" in database.db.table_names()
    database.close()
    backups = list((tmp_path / "backups").glob("c.v1.*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT id FROM one").fetchall() == [(7,)]
        assert copy.execute("SELECT name FROM sqlite_master WHERE name='two'").fetchall() == []


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    Database(tmp_path / "c.db").open()
    older = Database(tmp_path / "c.db", MIGRATIONS[:0])
    with pytest.raises(RuntimeError, match="newer than this program"):
        older.open()


def test_failed_migration_rolls_back(tmp_path: Path) -> None:
    def broken(db) -> None:
        db["half"].create({"id": int})
        raise ValueError("boom")

    database = Database(tmp_path / "c.db", [*MIGRATIONS, Migration(len(MIGRATIONS) + 1, "broken", broken)])
    with pytest.raises(ValueError):
        database.open()
    assert "half" not in database.db.table_names() and database.version == len(MIGRATIONS)


def test_audit_log_from_many_threads_newest_first_and_redacted(tmp_path: Path) -> None:
    database = Database(tmp_path / "c.db")
    database.open()
    audit = AuditLog(database, redact=lambda text: text.replace("s3cret", "***"))

    def write(n: int) -> None:
        for i in range(50):
            audit.record(AuditKind.CAMERA_SESSION, f"Camera{n}", state="live", i=i, url="rtsp://a:s3cret@h/")

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    entries = audit.entries(AuditKind.CAMERA_SESSION, limit=1000)
    assert len(entries) == 200
    assert entries[0].id > entries[-1].id
    assert len(audit.entries(subject="Camera2")) == 50
    assert entries[0].detail["state"] == "live" and "s3cret" not in entries[0].detail["url"]
    raw = (tmp_path / "c.db").read_bytes() + (tmp_path / "c.db-wal").read_bytes()
    assert b"s3cret" not in raw


def test_archive_files_of_an_older_database_get_their_wall_clock_span(tmp_path: Path) -> None:
    old = Database(tmp_path / "c.db", MIGRATIONS[:4])
    old.open()
    row = {"camera": "Gate", "path": "Gate/a.mp4", "start_ts": 100.0, "end_ts": 400.0, "upload_state": "x"}
    old.db["archive_files"].insert(row)
    old.close()
    database = Database(tmp_path / "c.db")
    database.open()
    spans = database.db.execute("SELECT wall_start_ts, wall_end_ts FROM archive_files").fetchall()
    assert spans == [(100.0, 400.0)], "until then only the media time was known"
    assert "archive_note" in database.db["plate_events"].columns_dict
    database.close()


def test_the_upload_queue_is_read_through_its_partial_index(tmp_path: Path) -> None:
    old = Database(tmp_path / "c.db", MIGRATIONS[:6])
    old.open()
    rows = [
        {"camera": "Gate", "path": f"Gate/{n}.mp4", "start_ts": float(n), "end_ts": n + 300.0}
        | {"upload_state": "uploaded" if n % 50 else "pending", "size_bytes": 1000}
        for n in range(2000)
    ]
    old.db["archive_files"].insert_all(rows)
    old.close()
    database = Database(tmp_path / "c.db")
    database.open()
    index = ArchiveIndex(database)
    assert [f.path for f in index.pending_uploads(3)] == ["Gate/0.mp4", "Gate/50.mp4", "Gate/100.mp4"]
    assert index.upload_backlog() == (40, 40_000, 0.0), "the rows of the older database are in it"
    plans = [
        " ".join(str(r[-1]) for r in database.db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall())
        for sql in (
            f"SELECT id FROM {PENDING_FILES} WHERE {PENDING_UPLOAD} ORDER BY start_ts, id LIMIT 1",
            f"SELECT COUNT(*), MIN(start_ts) FROM {PENDING_FILES} WHERE {PENDING_UPLOAD}",
        )
    ]
    assert all("archive_files_pending_uploads" in plan for plan in plans), plans
    assert all("TEMP B-TREE" not in plan for plan in plans), "no sort: the index is in queue order"
    database.close()

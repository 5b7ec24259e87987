"""Numbered schema migrations. Append only: never edit one that has shipped."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from cgrconsole.core.anpr.interpret import search_key


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite_utils.Database], None]


def _audit_log(db: sqlite_utils.Database) -> None:
    db.table("audit_log").create(
        {"id": int, "ts": float, "kind": str, "subject": str, "detail": str},
        pk="id",
        not_null={"ts", "kind"},
    )
    db.table("audit_log").create_index(["ts"])
    db.table("audit_log").create_index(["kind", "ts"])


def _archive_files(db: sqlite_utils.Database) -> None:
    table = db.table("archive_files")
    table.create(
        {
            "id": int,
            "camera": str,
            "path": str,  # posix, relative to the archive root
            "start_ts": float,
            "end_ts": float,
            "duration_s": float,
            "size_bytes": int,
            "codec": str,
            "width": int,
            "height": int,
            "sha256": str,
            "mode": str,  # copy | transcode
            "recovered": int,
            "upload_state": str,  # pending | uploaded | not_required
            "created_ts": float,
            "deleted_ts": float,
            "deleted_reason": str,
        },
        pk="id",
        not_null={"camera", "path", "start_ts", "end_ts", "upload_state"},
    )
    table.create_index(["path"], unique=True)
    table.create_index(["camera", "start_ts"])
    table.create_index(["deleted_ts", "start_ts"])


def _plate_events(db: sqlite_utils.Database) -> None:
    table = db.table("plate_events")
    table.create(
        {
            "id": str,  # 32 hex chars; also the idempotent id sent to every destination
            "camera": str,
            "ts": float,  # UTC epoch of the best reading
            "direction": str,  # entry | exit
            "plate": str,  # as it will be sent (the officer's correction, if any)
            "original_plate": str,  # as recognized; kept for the audit
            "country": str,
            "confidence": float,
            "candidates": str,  # JSON list of {"plate", "score", "country"}
            "box": str,  # JSON [x1, y1, x2, y2] in the frame
            "origin": str,  # anpr | manual
            "state": str,  # new | confirmed | corrected | rejected | sent | failed
            "frame_path": str,  # JPEGs, relative to the media folder
            "crop_path": str,
            "archive_path": str,  # posix, relative to the archive root; filled when known
            "created_ts": float,
            "decided_ts": float,
            "decided_by": str,
            "note": str,  # reject reason, etc.
        },
        pk="id",
        not_null={"camera", "ts", "direction", "plate", "state", "created_ts"},
    )
    table.create_index(["ts"])
    table.create_index(["plate", "ts"])
    table.create_index(["state", "ts"])


def _outbox(db: sqlite_utils.Database) -> None:
    outbox = db.table("outbox")
    outbox.create(
        {
            "id": int,
            "event_id": str,
            "destination": str,  # cgr | drvn
            "state": str,  # pending | in_flight | delivered | failed | dismissed
            "event_ts": float,  # delivery order per destination
            "created_ts": float,
            "next_attempt_ts": float,
            "attempts": int,
            "claimed_ts": float,
            "last_code": str,
            "last_error": str,
            "delivered_ts": float,
            "remote_ref": str,
            "already_there": int,
            "dismissed_reason": str,
        },
        pk="id",
        not_null={"event_id", "destination", "state", "event_ts", "created_ts", "attempts"},
        foreign_keys=[("event_id", "plate_events", "id")],
    )
    outbox.create_index(["event_id", "destination"], unique=True)
    outbox.create_index(["destination", "state", "event_ts", "id"])
    attempts = db.table("outbox_attempts")
    attempts.create(
        {
            "id": int,
            "outbox_id": int,
            "started_ts": float,
            "finished_ts": float,
            "outcome": str,  # delivered | retry | rejected | interrupted
            "code": str,
            "http_status": int,
            "detail": str,
        },
        pk="id",
        not_null={"outbox_id", "started_ts", "outcome"},
        foreign_keys=[("outbox_id", "outbox", "id")],
    )
    attempts.create_index(["outbox_id", "id"])


def _delivery_reasons(db: sqlite_utils.Database) -> None:
    # The reason of a retry or refusal as a code + parameters (JSON, see core/uplink/reasons.py), so the
    # UI can say it in the officer's language; last_error / detail keep the English for logs and old rows.
    db.table("outbox").add_column("last_reason", str)
    db.table("outbox_attempts").add_column("reason", str)


def _wall_clock_span(db: sqlite_utils.Database) -> None:
    """Archive files get the wall-clock span they cover (events are found by it, not by media time);
    an event without an archive link says why (``archive_note``)."""
    files = db.table("archive_files")
    files.add_column("wall_start_ts", float)
    files.add_column("wall_end_ts", float)
    db.execute("UPDATE archive_files SET wall_start_ts = start_ts, wall_end_ts = end_ts")
    files.create_index(["camera", "wall_start_ts"])
    db.table("plate_events").add_column("archive_note", str)  # not_recording | archive_off


def _pending_uploads_index(db: sqlite_utils.Database) -> None:
    """The upload queue's head without a scan: only the few pending rows are in it, oldest first.

    A partial index is used only by queries whose WHERE repeats its condition literally (SQLite does
    not look into bound parameters), so ``ArchiveIndex`` writes 'pending' into those queries.
    """
    db.execute(
        "CREATE INDEX IF NOT EXISTS archive_files_pending_uploads ON archive_files (start_ts, id) "
        "WHERE upload_state = 'pending' AND deleted_ts IS NULL"
    )


PLATE_SEARCH = "plate_search"
"""The full-text index of ``plate_events.search_key`` (FTS5, trigram: any substring of 3+ glyphs)."""


def _plate_search(db: sqlite_utils.Database) -> None:
    """Events are found by any part of a plate, look-alike glyphs alike, fast at a million events.

    ``search_key`` (``interpret.search_key``: plate and original reading, look-alikes folded) is written
    by the store with the plate; existing rows get theirs here. A trigram FTS5 index over it (external
    content: the keys are not stored twice) answers substrings of 3 or more glyphs from the index;
    triggers keep it in step with every insert, change and delete (retention too). The index is keyed
    by the table's rowid, which a full VACUUM may renumber: ``rebuild_plate_search`` follows one.
    """
    events = db.table("plate_events")
    events.add_column("search_key", str)
    rows = db.execute("SELECT rowid, plate, original_plate FROM plate_events").fetchall()
    db.conn.executemany(
        "UPDATE plate_events SET search_key = ? WHERE rowid = ?",
        [(search_key(plate, original), rowid) for rowid, plate, original in rows],
    )
    # newest first, a page at a time by (time, id): ordered by an index, never sorted whole. The key in
    # the index too: a 1-2 glyph query (below the trigram index) is checked on the index's entries and
    # only its matches are read from the table (8x faster at a million events). (ts, id, search_key)
    # replaces the index on ts alone (every query that used it uses this one).
    db.execute("DROP INDEX IF EXISTS idx_plate_events_ts")
    events.create_index(["ts", "id", "search_key"])
    events.create_index(["camera", "ts", "id", "search_key"])  # history by camera and time
    statements = (  # one at a time: executescript would commit the migration's transaction
        f"CREATE VIRTUAL TABLE {PLATE_SEARCH} USING fts5("
        "search_key, content='plate_events', content_rowid='rowid', tokenize='trigram')",
        f"INSERT INTO {PLATE_SEARCH}({PLATE_SEARCH}) VALUES ('rebuild')",
        f"""CREATE TRIGGER plate_search_insert AFTER INSERT ON plate_events BEGIN
            INSERT INTO {PLATE_SEARCH}(rowid, search_key) VALUES (new.rowid, new.search_key);
        END""",
        f"""CREATE TRIGGER plate_search_delete AFTER DELETE ON plate_events BEGIN
            INSERT INTO {PLATE_SEARCH}({PLATE_SEARCH}, rowid, search_key)
                VALUES ('delete', old.rowid, old.search_key);
        END""",
        f"""CREATE TRIGGER plate_search_update AFTER UPDATE OF search_key ON plate_events BEGIN
            INSERT INTO {PLATE_SEARCH}({PLATE_SEARCH}, rowid, search_key)
                VALUES ('delete', old.rowid, old.search_key);
            INSERT INTO {PLATE_SEARCH}(rowid, search_key) VALUES (new.rowid, new.search_key);
        END""",
    )
    for statement in statements:
        db.execute(statement)


def rebuild_plate_search(conn: sqlite3.Connection) -> None:
    """After a full VACUUM (rowids may have moved): the search index read again from the events."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [PLATE_SEARCH]).fetchone():
        conn.execute(f"INSERT INTO {PLATE_SEARCH}({PLATE_SEARCH}) VALUES ('rebuild')")


def _event_revision(db: sqlite_utils.Database) -> None:
    """A decision re-opened after delivery is sent again as a new revision of the event (its id on the
    wire changes, or the server would answer "already there" and keep the old plate); 0 = as first sent."""
    db.table("plate_events").add_column("revision", int, not_null_default=0)


def _review_event_index(db: sqlite_utils.Database) -> None:
    """An event's decisions without a scan of the review entries since it (an event of last year would
    read a year of them). Partial: ``decisions()`` writes 'review' literally into its WHERE."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS audit_review_event ON audit_log "
        "(json_extract(detail, '$.event_id'), id) WHERE kind = 'review'"
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "audit log", _audit_log),
    Migration(2, "archive files", _archive_files),
    Migration(3, "plate events", _plate_events),
    Migration(4, "outbox", _outbox),
    Migration(5, "delivery reason codes", _delivery_reasons),
    Migration(6, "wall-clock span of archive files", _wall_clock_span),
    Migration(7, "partial index of the files waiting for upload", _pending_uploads_index),
    Migration(8, "plate search key and its trigram index", _plate_search),
    Migration(9, "revision of a re-opened event", _event_revision),
    Migration(10, "index of the review entries by event", _review_event_index),
)

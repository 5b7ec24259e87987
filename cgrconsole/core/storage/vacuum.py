"""Giving a database's freed pages back to the disk without making its other users wait long.

SQLite keeps the pages of deleted rows for reuse; the file does not shrink. With ``auto_vacuum =
INCREMENTAL`` the pages can be handed back a few at a time (``PRAGMA incremental_vacuum(N)``), each
step under the database lock for tens of milliseconds, so the recorder and the dispatcher get the
database in between. A database made without it (WAL mode set first, as ``Database`` does) is
switched once with a full ``VACUUM``, which needs about twice the database's size free.
"""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

from cgrconsole.core.storage.database import Database
from cgrconsole.core.storage.migrations import rebuild_plate_search

log = logging.getLogger(__name__)

INCREMENTAL = 2  # PRAGMA auto_vacuum
STEP_PAGES = 1000  # pages handed back per step: 4 MB with 4 KB pages


def compact(database: Database) -> int:
    """Hand the freed pages back; returns how many bytes the database's files shrank by."""
    before = database_bytes(database.path)
    with database.lock:
        conn = database.db.conn
        mode = conn.execute("PRAGMA auto_vacuum").fetchone()[0]
    if mode != INCREMENTAL:
        _switch(database)
    else:
        left = None
        while True:  # a step at a time: others get the database in between
            with database.lock:
                free_pages = conn.execute("PRAGMA freelist_count").fetchone()[0]
                if not free_pages or free_pages == left:
                    break
                # executescript runs the pragma to its end (execute would do one page)
                conn.executescript(f"PRAGMA incremental_vacuum({STEP_PAGES});")
            left = free_pages
        with database.lock:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return max(0, before - database_bytes(database.path))


def _switch(database: Database) -> None:
    """Once per database: switch it to incremental vacuum (a full VACUUM, timed in the log)."""
    size = database_bytes(database.path)
    free = shutil.disk_usage(database.path.parent).free
    if free < 2 * size + 100 * 1024**2:
        log.warning(
            "the database (%.0f MB) cannot be compacted now: its disk has only %.0f MB free; "
            "tried again at the next sweep",
            size / 1e6,
            free / 1e6,
        )
        return
    started = time.monotonic()
    with database.lock:
        conn = database.db.conn
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.executescript("VACUUM;")
        rebuild_plate_search(conn)  # VACUUM may renumber the rowids the search index is keyed by
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    log.info(
        "database switched to incremental vacuum (%.0f MB compacted in %.2f s)",
        size / 1e6,
        time.monotonic() - started,
    )


def database_bytes(path: Path) -> int:
    """The database file and its write-ahead log."""
    return size_of(path) + size_of(path.with_name(path.name + "-wal"))


def size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0

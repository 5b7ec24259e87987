"""The SQLite database: WAL mode, numbered migrations, a copy of the file before migrating.

Writes go through one connection under a lock (``transaction()``: BEGIN IMMEDIATE, so claims are
atomic). Reads (``read()``) go through a connection of the reading thread's own, so in WAL mode a
reader never waits for a writer and a writer never waits for the window: the GUI thread's queries
do not queue behind a recorder's or the dispatcher's transaction.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from cgrconsole.core.storage.migrations import MIGRATIONS, Migration

log = logging.getLogger(__name__)


def fold(text: str | None) -> str | None:
    """Text case-folded for a case-blind search in any script (SQLite's LIKE folds Latin letters only).

    Registered on the reading connections as the SQL function ``fold``."""
    return None if text is None else str(text).casefold()


class Database:
    """Open with ``open()``; use ``transaction()`` for writes and ``db`` (sqlite-utils) for reads."""

    def __init__(
        self, path: Path, migrations: Sequence[Migration] | None = None, backup_dir: Path | None = None
    ) -> None:
        if migrations is None:
            migrations = MIGRATIONS
        versions = [m.version for m in migrations]
        if versions != list(range(1, len(versions) + 1)):
            raise ValueError(f"migrations must be numbered 1..n in order, got {versions}")
        self.path = path
        self.backup_dir = backup_dir or path.parent / "backups"
        self._migrations = tuple(migrations)
        self._conn: sqlite3.Connection | None = None
        self._db: sqlite_utils.Database | None = None
        self.lock = threading.RLock()
        self._after_commit: list[Callable[[], None]] = []
        self._local = threading.local()  # this thread's reading connection
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._generation = 0  # a reopened database gives every thread a fresh reader

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            raise RuntimeError("Database.open() has not been called")
        return self._db

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: every commit is fsynced into the WAL before it returns, so a power cut keeps what was
        # committed (NORMAL would keep the database whole but could lose the last commits).
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        self._conn, self._db = conn, sqlite_utils.Database(conn)
        self._migrate()

    def close(self) -> None:
        with self.lock:
            with self._readers_lock:
                readers, self._readers = self._readers, []
                self._generation += 1
            for reader in readers:
                reader.close()
            if self._conn is not None:
                self._conn.close()
                self._conn = self._db = None

    @contextmanager
    def read(self) -> Iterator[sqlite_utils.Database]:
        """One consistent snapshot for reading, on this thread's own connection (never blocks on writers)."""
        if self._conn is None:
            raise RuntimeError("Database.open() has not been called")
        db = self._reader()
        db.conn.execute("BEGIN")  # deferred: the snapshot starts at the first read
        try:
            yield db
        finally:
            db.conn.execute("COMMIT")

    def _reader(self) -> sqlite_utils.Database:
        local = self._local
        if getattr(local, "generation", None) != self._generation or local.db is None:
            conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30, isolation_level=None)
            conn.execute("PRAGMA query_only=ON")
            conn.create_function("fold", 1, fold, deterministic=True)
            with self._readers_lock:
                self._readers.append(conn)
                local.generation = self._generation
            local.db = sqlite_utils.Database(conn)
        return local.db

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """An IMMEDIATE transaction: the write lock is taken at once, so claims are atomic."""
        with self.lock:
            assert self._conn is not None, "Database.open() has not been called"
            self._conn.execute("BEGIN IMMEDIATE")
            self._after_commit = []
            try:
                yield self.db
            except BaseException:
                self._conn.execute("ROLLBACK")
                self._after_commit = []
                raise
            self._conn.execute("COMMIT")
            callbacks, self._after_commit = self._after_commit, []
        for callback in callbacks:
            callback()

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Inside ``transaction()``: run ``callback`` once it has committed (dropped on rollback).

        Announcements go here: a reader on another thread (the window) must see what they announce.
        """
        with self.lock:
            self._after_commit.append(callback)

    @property
    def version(self) -> int:
        with self.lock:
            if "schema_migrations" not in self.db.table_names():
                return 0
            row = self.db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
            return int(row[0] or 0)

    def _migrate(self) -> None:
        current = self.version
        pending = [m for m in self._migrations if m.version > current]
        if current > len(self._migrations):
            raise RuntimeError(
                f"{self.path} has schema version {current}, newer than this program "
                f"({len(self._migrations)}); install the newer cgrconsole"
            )
        if not pending:
            return
        if current > 0:
            self._backup(current)
        for migration in pending:
            with self.transaction() as db:
                if "schema_migrations" not in db.table_names():
                    db.table("schema_migrations").create(
                        {"version": int, "name": str, "applied_at": float}, pk="version"
                    )
                migration.apply(db)
                db.table("schema_migrations").insert(
                    {"version": migration.version, "name": migration.name, "applied_at": time.time()}
                )
            log.info("database migrated to version %d (%s)", migration.version, migration.name)

    def _backup(self, version: int) -> Path:
        """A consistent copy through SQLite's backup API (safe while WAL holds recent writes)."""
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.backup_dir / f"{self.path.stem}.v{version}.{stamp}.db"
        assert self._conn is not None
        with sqlite3.connect(target) as copy:
            self._conn.backup(copy)
        copy.close()
        log.info("database copied to %s before migrating from version %d", target, version)
        return target

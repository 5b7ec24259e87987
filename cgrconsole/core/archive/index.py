"""The archive index: one row per finished file. The uploader and the event's archive link use it."""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass

from cgrconsole.core.archive.segment import FinishedSegment
from cgrconsole.core.storage.database import Database

UPLOAD_PENDING, UPLOADED, UPLOAD_NOT_REQUIRED = "pending", "uploaded", "not_required"
# The upload queue is read through the partial index of migration 7: its condition word for word (SQLite
# matches a partial index only against a literal WHERE, not a bound parameter), and named, because
# without statistics the planner takes the index of all live files instead (a scan of the archive).
PENDING_UPLOAD = f"upload_state = '{UPLOAD_PENDING}' AND deleted_ts IS NULL"
PENDING_FILES = "archive_files INDEXED BY archive_files_pending_uploads"


@dataclass(frozen=True)
class ArchiveFile:
    id: int
    camera: str
    path: str
    start_ts: float
    end_ts: float
    size_bytes: int
    upload_state: str


class ArchiveIndex:
    """Thread-safe (writes in transactions, reads on each thread's own connection). A deleted file's row
    is marked deleted, and dropped once the events of its time are past their retention too
    (``forget_deleted``)."""

    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self._database = database
        self._clock = clock

    def add(self, segment: FinishedSegment, upload_required: bool) -> int:
        """Index a placed file; a file indexed already (committed again after a crash) keeps its row."""
        wall_start, wall_end = segment.wall_span
        row = {
            "camera": segment.camera,
            "path": segment.relative_path,
            "start_ts": segment.start_epoch,
            "end_ts": segment.end_epoch,
            "duration_s": segment.duration_s,
            "size_bytes": segment.size_bytes,
            "codec": segment.codec,
            "width": segment.width,
            "height": segment.height,
            "sha256": segment.sha256,
            "mode": segment.mode,
            "recovered": int(segment.recovered),
            "upload_state": UPLOAD_PENDING if upload_required else UPLOAD_NOT_REQUIRED,
            "created_ts": self._clock(),
            "wall_start_ts": wall_start,
            "wall_end_ts": wall_end,
        }
        with self._database.transaction() as db:
            sql = "SELECT id FROM archive_files WHERE path = ?"
            known = db.execute(sql, [segment.relative_path]).fetchone()
            if known is not None:
                return int(known[0])
            last = db.table("archive_files").insert(row).last_pk
            return int(last) if last is not None else 0

    def file_at(self, camera: str, epoch: float) -> ArchiveFile | None:
        """The file holding ``camera``'s video at ``epoch`` by the wall clock (an event's archive link).

        By the wall-clock span, not the media time: a camera whose clock drifts, or one that sent less
        video than time passed, still has every moment of its file's span found in that file.
        """
        rows = self._query(
            "camera = ? AND wall_start_ts <= ? AND wall_end_ts > ?",
            [camera, epoch, epoch],
            "wall_start_ts DESC",
            1,
        )
        return rows[0] if rows else None

    def by_path(self, path: str) -> ArchiveFile | None:
        """The file indexed under ``path`` (an event's archive link), deleted or not."""
        rows = self._query("path = ?", [path], "id", 1)
        return rows[0] if rows else None

    def following(self, file: ArchiveFile) -> ArchiveFile | None:
        """The camera's next file on disk after ``file`` (where a vehicle near a file's end goes on)."""
        rows = self._query(
            "camera = ? AND start_ts > ? AND deleted_ts IS NULL", [file.camera, file.start_ts], "start_ts", 1
        )
        return rows[0] if rows else None

    def live_files(self, older_than: float | None = None, limit: int = 100_000) -> list[ArchiveFile]:
        """Files not deleted, oldest first (optionally only those that ended before ``older_than``)."""
        if older_than is None:
            return self._query("deleted_ts IS NULL", [], "start_ts", limit)
        return self._query("deleted_ts IS NULL AND end_ts < ?", [older_than], "start_ts", limit)

    def mark_deleted(self, file_id: int, reason: str) -> None:
        with self._database.transaction() as db:
            db.execute(
                "UPDATE archive_files SET deleted_ts = ?, deleted_reason = ? WHERE id = ?",
                [self._clock(), reason, file_id],
            )

    def forget_deleted(self, ended_before: float) -> int:
        """Drop the rows of deleted files that ended before ``ended_before``: the table stays bounded."""
        total = 0
        while True:  # in steps, so the recorders never wait long for the database
            with self._database.transaction() as db:
                count = db.execute(
                    "DELETE FROM archive_files WHERE id IN (SELECT id FROM archive_files "
                    "WHERE deleted_ts IS NOT NULL AND end_ts < ? LIMIT 1000)",
                    [ended_before],
                ).rowcount
            total += count
            if count < 1000:
                return total

    def mark_uploaded(self, file_id: int) -> None:
        with self._database.transaction() as db:
            db.execute("UPDATE archive_files SET upload_state = ? WHERE id = ?", [UPLOADED, file_id])

    def pending_uploads(self, limit: int, exclude: Collection[int] = ()) -> list[ArchiveFile]:
        """Files waiting for upload, oldest first (by start, then id), leaving out ``exclude``.

        Oldest first is the whole starvation policy: a backlog drains before anything newer, and a
        file put aside after a failure is excluded by the caller, so it never blocks the queue's head.
        """
        where = PENDING_UPLOAD
        params: list[object] = []
        if exclude:
            where += f" AND id NOT IN ({', '.join('?' for _ in exclude)})"
            params += list(exclude)
        return self._query(where, params, "start_ts, id", limit, PENDING_FILES)

    def upload_backlog(self) -> tuple[int, int, float | None]:
        """(files, bytes, oldest start) waiting for upload."""
        with self._database.read() as db:
            row = db.execute(
                "SELECT COUNT(*), COALESCE(SUM(size_bytes), 0), MIN(start_ts) "
                f"FROM {PENDING_FILES} WHERE {PENDING_UPLOAD}"
            ).fetchone()
        return int(row[0]), int(row[1]), row[2]

    def totals(self) -> tuple[int, int, float | None]:
        """(files, bytes, oldest start) of what is on disk."""
        with self._database.read() as db:
            row = db.execute(
                "SELECT COUNT(*), COALESCE(SUM(size_bytes), 0), MIN(start_ts) FROM archive_files "
                "WHERE deleted_ts IS NULL"
            ).fetchone()
        return int(row[0]), int(row[1]), row[2]

    def _query(
        self, where: str, params: list, order: str, limit: int, table: str = "archive_files"
    ) -> list[ArchiveFile]:
        sql = (
            f"SELECT id, camera, path, start_ts, end_ts, size_bytes, upload_state FROM {table} "
            f"WHERE {where} ORDER BY {order} LIMIT ?"
        )
        with self._database.read() as db:
            rows = db.execute(sql, [*params, limit]).fetchall()
        return [ArchiveFile(*row) for row in rows]

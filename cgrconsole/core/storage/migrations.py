"""Numbered schema migrations. Append only: never edit one that has shipped."""

from __future__ import annotations

import sqlite_utils

from cgrconsole.core.storage.database import Migration


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


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "audit log", _audit_log),
    Migration(2, "archive files", _archive_files),
)

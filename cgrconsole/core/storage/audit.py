"""The audit log: who connected, what was sent, what an admin changed. Never holds secrets."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import sqlite_utils

from cgrconsole.core.storage.database import Database


class AuditKind(StrEnum):
    APP = "app"  # start, stop, configuration loaded
    CAMERA_SESSION = "camera_session"
    HLS_CLIENT = "hls_client"
    API_CALL = "api_call"
    SFTP_TRANSFER = "sftp_transfer"
    ADMIN_ACTION = "admin_action"
    ARCHIVE = "archive"  # deletions forced by a full disk, recoveries after a crash
    REVIEW = "review"  # the officer's decisions: confirm, correct, reject, resend, dismiss
    RETENTION = "retention"  # what retention and the free-space guard deleted (counts, never contents)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    ts: float
    kind: AuditKind
    subject: str
    detail: dict[str, Any]


class AuditLog:
    """Append-only. ``record`` is safe from any thread."""

    def __init__(
        self,
        database: Database,
        clock: Callable[[], float] = time.time,
        redact: Callable[[str], str] | None = None,
    ) -> None:
        self._database = database
        self._clock = clock
        self._redact = redact or (lambda text: text)

    def record(self, kind: AuditKind, subject: str, **detail: Any) -> None:
        with self._database.transaction() as db:
            self.record_in(db, kind, subject, **detail)

    def record_in(self, db: sqlite_utils.Database, kind: AuditKind, subject: str, **detail: Any) -> None:
        """Record inside the caller's open transaction (the entry commits or rolls back with it)."""
        text = self._redact(json.dumps(detail, ensure_ascii=False, default=str, sort_keys=True))
        db.table("audit_log").insert(
            {"ts": self._clock(), "kind": kind.value, "subject": self._redact(subject), "detail": text}
        )

    def entries(
        self, kind: AuditKind | None = None, subject: str | None = None, limit: int = 1000
    ) -> list[AuditEntry]:
        """Newest first."""
        where, params = [], []
        if kind is not None:
            where.append("kind = ?")
            params.append(kind.value)
        if subject is not None:
            where.append("subject = ?")
            params.append(subject)
        sql = "SELECT id, ts, kind, subject, detail FROM audit_log"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC LIMIT ?"
        with self._database.read() as db:
            rows = db.execute(sql, [*params, limit]).fetchall()
        return [AuditEntry(r[0], r[1], AuditKind(r[2]), r[3], json.loads(r[4] or "{}")) for r in rows]

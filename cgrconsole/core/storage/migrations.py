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


MIGRATIONS: tuple[Migration, ...] = (Migration(1, "audit log", _audit_log),)

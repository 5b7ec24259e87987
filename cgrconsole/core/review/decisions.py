"""Who decided what about one event, and when: its review entries in the audit log, oldest first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.core.storage.database import Database

DECISIONS_SQL = (
    f"SELECT ts, detail FROM audit_log WHERE kind = '{AuditKind.REVIEW.value}' "
    "AND json_extract(detail, '$.event_id') = ? ORDER BY id LIMIT ?"
)


@dataclass(frozen=True)
class Decision:
    ts: float
    action: str  # "added", "confirmed", "corrected", "rejected", "dismissed" (core.review.events)
    by: str
    plate: str | None
    original_plate: str | None
    reason: str | None
    destination: str | None
    detail: dict[str, Any]


def decisions(database: Database, event_id: str, limit: int = 100) -> list[Decision]:
    """The review entries naming ``event_id``, oldest first.

    Read through the index of the review entries by event (migration 10): the event's own entries only.
    """
    with database.read() as db:
        rows = db.execute(DECISIONS_SQL, [event_id, limit]).fetchall()
    found = []
    for ts, text in rows:
        detail = json.loads(text or "{}")
        found.append(
            Decision(
                ts=float(ts),
                action=str(detail.get("event", "")),
                by=str(detail.get("by", "")),
                plate=detail.get("plate"),
                original_plate=detail.get("original_plate"),
                reason=detail.get("reason"),
                destination=detail.get("destination"),
                detail=detail,
            )
        )
    return found

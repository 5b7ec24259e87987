"""An event's decisions are read through their own index, whatever the size of the audit log."""

from __future__ import annotations

from pathlib import Path

from support.clock import FakeClock
from support.events import T0

from cgrconsole.core.review.decisions import DECISIONS_SQL, decisions
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.database import Database


def test_the_decisions_of_one_event_come_from_the_index_by_event(tmp_path: Path) -> None:
    database = Database(tmp_path / "cgrconsole.db")
    database.open()
    clock = FakeClock(T0)
    audit = AuditLog(database, clock)
    for i in range(300):  # many events' decisions, and other kinds of entries between them
        clock.now = T0 + i
        audit.record(
            AuditKind.REVIEW, f"event-{i % 30}", event_id=f"event-{i % 30}", event="confirmed", by="A"
        )
        audit.record(AuditKind.CAMERA_SESSION, "Entry1", event_id=f"event-{i % 30}", event="connected")
    found = decisions(database, "event-7")
    assert [d.ts for d in found] == [T0 + i for i in range(7, 300, 30)]
    assert {d.action for d in found} == {"confirmed"}
    with database.read() as db:
        plan = db.execute(f"EXPLAIN QUERY PLAN {DECISIONS_SQL}", ["event-7", 100]).fetchall()
    assert "audit_review_event" in " ".join(str(row[-1]) for row in plan), plan
    database.close()

"""Retention of plate events and the audit log: injected clock, real pictures on disk, real SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from support.events import T0, EventRig, answer, detected, make_rig

from cgrconsole.core.review.retention import DAY, EventRetention
from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.core.storage.vacuum import compact
from cgrconsole.core.uplink.destination import Delivered, Rejected

DESTINATIONS = ("cgr", "drvn")


def retention(rig: EventRig, events_days: int = 60, audit_days: int = 60) -> EventRetention:
    return EventRetention(
        rig.database,
        rig.store.media_dir,
        rig.audit,
        events_days=events_days,
        audit_days=audit_days,
        clock=rig.clock,
    )


def confirmed(rig: EventRig, days_ago: float, plate: str = "123ABC01") -> str:
    event = rig.store.add(detected(plate, ts=rig.clock() - days_ago * DAY))
    rig.store.confirm(event.id, by="officer1")
    return event.id


def delivered(rig: EventRig, days_ago: float) -> str:
    event_id = confirmed(rig, days_ago)
    for destination in DESTINATIONS:
        answer(rig, event_id, destination, Delivered("ref"))
    return event_id


def pictures(rig: EventRig, event_id: str) -> list[Path]:
    event = rig.store.get(event_id)
    return [rig.store.media_dir / p for p in (event.frame_path, event.crop_path) if p]


def count(rig: EventRig, sql: str, *params: object) -> int:
    with rig.database.lock:
        return int(rig.database.db.execute(sql, list(params)).fetchone()[0])


def test_a_delivered_event_past_retention_goes_with_its_pictures_and_delivery_history(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, DESTINATIONS)
    rig.clock.now = T0 + 100 * DAY
    old, young = delivered(rig, 61), delivered(rig, 59)
    old_pictures, young_pictures = pictures(rig, old), pictures(rig, young)
    assert all(p.exists() for p in old_pictures) and len(old_pictures) == 2
    assert count(rig, "SELECT COUNT(*) FROM outbox_attempts") >= 4

    result = retention(rig).sweep()
    assert (result.events, result.pictures, result.outbox_rows, result.kept_undelivered) == (1, 2, 2, 0)
    assert result.attempts >= 2
    assert not any(p.exists() for p in old_pictures) and all(p.exists() for p in young_pictures)
    assert not old_pictures[0].parent.exists(), "the emptied day folder goes"
    assert count(rig, "SELECT COUNT(*) FROM plate_events WHERE id = ?", old) == 0
    assert count(rig, "SELECT COUNT(*) FROM outbox WHERE event_id = ?", old) == 0
    assert (
        count(rig, "SELECT COUNT(*) FROM outbox_attempts WHERE outbox_id NOT IN (SELECT id FROM outbox)") == 0
    )
    assert rig.store.get(young).state == "sent" and len(rig.outbox.rows(young)) == 2
    entry = rig.audit.entries(AuditKind.RETENTION)[0]
    assert entry.detail["events"] == 1 and entry.detail["pictures"] == 2 and entry.detail["outbox_rows"] == 2
    assert "123ABC01" not in str(entry.detail), "counts only, never what the events held"


def test_an_event_not_yet_delivered_is_kept_however_old(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, DESTINATIONS)
    rig.clock.now = T0 + 1000 * DAY
    undecided = rig.store.add(detected("111AAA01", ts=rig.clock() - 900 * DAY)).id
    on_its_way = confirmed(rig, 800, "222BBB02")
    queued = confirmed(rig, 700, "333CCC03")
    refused = confirmed(rig, 600, "444DDD04")
    for destination in DESTINATIONS:
        answer(rig, refused, destination, Rejected("bad_plate", "the server refused the plate"))
        rig.outbox.claim(destination, 1)  # the oldest queued row is being sent
    rejected_read = rig.store.add(detected("555EEE05", ts=rig.clock() - 500 * DAY)).id
    rig.store.reject(rejected_read, by="officer1", reason="not a plate")
    assert {r.state for r in rig.outbox.rows(on_its_way)} == {"in_flight"}
    assert {r.state for r in rig.outbox.rows(queued)} == {"pending"}
    assert {r.state for r in rig.outbox.rows(refused)} == {"failed"}

    result = retention(rig).sweep()
    assert result.events == 1 and result.kept_undelivered == 4, "only the rejected false read goes"
    for event_id in (undecided, on_its_way, queued, refused):
        assert all(p.exists() for p in pictures(rig, event_id)), event_id
        assert len(rig.outbox.rows(event_id)) == (0 if event_id == undecided else 2)

    # once delivered, or given up by the officer, they go at the next sweep
    rig.outbox.recover()
    for event_id in (on_its_way, queued):
        for destination in DESTINATIONS:
            answer(rig, event_id, destination, Delivered("ref"))
    for row in rig.outbox.rows(refused):
        rig.store.dismiss_delivery(rig.outbox, row.id, by="officer1", reason="wrong plate, not resent")
    again = retention(rig).sweep()
    assert again.events == 3 and again.kept_undelivered == 1
    assert count(rig, "SELECT COUNT(*) FROM plate_events") == 1 and rig.store.get(undecided).state == "new"


def test_audit_rows_past_their_retention_go_and_the_database_shrinks(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, DESTINATIONS)
    start = rig.clock()
    for n in range(6000):
        rig.clock.now = start + n * 60  # 100 hours of camera sessions
        rig.audit.record(AuditKind.CAMERA_SESSION, "Gate", state="online", detail="x" * 300, n=n)
    rig.clock.now = start + 10 * DAY + 50 * 3600  # rows older than 10 days: the first 50 hours
    keeper = retention(rig, events_days=10, audit_days=10)
    compact(rig.database)  # the first time switches the database to incremental vacuum
    with sqlite3.connect(rig.database.path) as other:
        assert other.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
    size_before = rig.database.path.stat().st_size

    result = keeper.sweep()
    assert result.audit_rows == 3000
    left = [e.detail["n"] for e in rig.audit.entries(AuditKind.CAMERA_SESSION, limit=10_000)]
    assert min(left) == 3000 and len(left) == 3000
    assert result.reclaimed_bytes > 0 and rig.database.path.stat().st_size < size_before * 0.8
    assert rig.audit.entries(AuditKind.RETENTION)[0].detail["audit_rows"] == 3000


def test_pictures_no_event_names_go_with_their_old_day(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, DESTINATIONS)
    rig.clock.now = T0 + 100 * DAY
    kept = rig.store.add(detected(ts=T0)).id  # undecided: stays, and so does its day folder
    day = pictures(rig, kept)[0].parent
    orphans = [day / "0123456789abcdef0123456789abcdef_frame.jpg", day / "feedfeed_crop.jpg.part"]
    for orphan in orphans:
        orphan.write_bytes(b"\xff\xd8 a crash left me")
    recent = rig.store.media_dir / "2025/11/24"  # younger than the retention: left alone
    recent.mkdir(parents=True)
    (recent / "abc_frame.jpg").write_bytes(b"\xff\xd8")

    result = retention(rig).sweep()
    assert result.orphan_pictures == 2 and not any(o.exists() for o in orphans)
    assert all(p.exists() for p in pictures(rig, kept)) and (recent / "abc_frame.jpg").exists()

"""Plate events: stored with their pictures, decided once, corrections audited, queued atomically."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.events import T0, detected, make_rig

from cgrconsole.core.review.events import CONFIRMED, CORRECTED, NEW, REJECTED, SENT, EventError
from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.core.uplink.destination import Delivered, Rejected
from cgrconsole.core.uplink.outbox import DELIVERED, FAILED, PENDING


def test_a_detected_event_keeps_its_pictures_and_reading(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    event = rig.store.add(detected("123 abc-01"))
    assert event.state == NEW and event.plate == "123ABC01" and event.original_plate == "123ABC01"
    assert (rig.store.media_dir / event.frame_path).read_bytes()[:2] == b"\xff\xd8"
    assert event.crop_path and event.frame_path.startswith("2025/08/18/")
    assert rig.outbox.rows(event.id) == []  # nothing is sent before the officer decides
    outbound = rig.store.outbound(event.id)
    assert outbound.time.utcoffset().total_seconds() == 5 * 3600 and outbound.time.timestamp() == T0


def test_confirm_queues_every_destination_in_the_same_transaction(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, ("cgr", "drvn"))
    event = rig.store.add(detected())
    confirmed = rig.store.confirm(event.id, by="officer1")
    assert confirmed.state == CONFIRMED and confirmed.decided_by == "officer1"
    rows = rig.outbox.rows(event.id)
    assert [(r.destination, r.state) for r in rows] == [("cgr", PENDING), ("drvn", PENDING)]
    audit = rig.audit.entries(AuditKind.REVIEW)
    assert audit[0].detail["event"] == "confirmed" and audit[0].detail["by"] == "officer1"
    with pytest.raises(EventError, match="already confirmed"):
        rig.store.confirm(event.id, by="officer2")
    assert len(rig.outbox.rows(event.id)) == 2


def test_a_failed_audit_write_rolls_the_decision_back(tmp_path: Path, monkeypatch) -> None:
    rig = make_rig(tmp_path)
    event = rig.store.add(detected())

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(rig.audit, "record_in", broken)
    with pytest.raises(OSError):
        rig.store.confirm(event.id, by="officer1")
    assert rig.store.get(event.id).state == NEW and rig.outbox.rows(event.id) == []


def test_a_correction_keeps_the_original_reading(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    event = rig.store.add(detected("123ABO01"))
    corrected = rig.store.confirm(event.id, by="officer1", plate="123 abd 01")
    assert corrected.state == CORRECTED and corrected.plate == "123ABD01"
    assert corrected.original_plate == "123ABO01" and corrected.country == "KZ"
    assert rig.store.outbound(event.id).confidence == 1.0
    entry = rig.audit.entries(AuditKind.REVIEW)[0].detail
    assert entry["original_plate"] == "123ABO01" and entry["plate"] == "123ABD01"


def test_a_correction_with_a_letter_no_plate_carries_is_refused_not_shortened(tmp_path: Path) -> None:
    """437ФКО02 typed with a Russian keyboard must not become the valid 437KO02 (Ф has no lookalike)."""
    rig = make_rig(tmp_path, ("cgr",))
    event = rig.store.add(detected("437AKO02"))
    with pytest.raises(EventError, match="characters no plate carries: Ф"):
        rig.store.confirm(event.id, by="officer1", plate="437ФКО02")
    assert rig.store.get(event.id).state == NEW and rig.outbox.rows(event.id) == []
    assert rig.store.confirm(event.id, by="officer1", plate="437 АКО-02").plate == "437AKO02", (
        "lookalikes map"
    )


def test_reject_is_final_and_sends_nothing(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    event = rig.store.add(detected())
    assert rig.store.reject(event.id, by="officer1", reason="shadow").state == REJECTED
    with pytest.raises(EventError):
        rig.store.confirm(event.id, by="officer1")
    assert rig.outbox.rows(event.id) == []


def test_event_state_follows_its_deliveries(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, ("cgr", "drvn"))
    event = rig.store.confirm(rig.store.add(detected()).id, by="o")
    cgr_row = rig.outbox.claim("cgr", 10)[0]
    rig.outbox.complete(cgr_row, Delivered("r1"))
    assert rig.store.get(event.id).state == CONFIRMED  # drvn still pending
    drvn_row = rig.outbox.claim("drvn", 10)[0]
    rig.outbox.complete(drvn_row, Rejected("drvn_code_3", "plate format refused"))
    assert rig.store.get(event.id).state == "failed"
    # the officer corrects and resends: only the failed destination goes again
    again = rig.store.confirm(event.id, by="o", plate="123ABC02")
    assert again.state == CORRECTED
    states = {r.destination: r.state for r in rig.outbox.rows(event.id)}
    assert states == {"cgr": DELIVERED, "drvn": PENDING}
    rig.outbox.complete(rig.outbox.claim("drvn", 10)[0], Delivered())
    assert rig.store.get(event.id).state == SENT


def test_dismissing_the_only_failed_row_leaves_the_event_failed(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    event = rig.store.confirm(rig.store.add(detected()).id, by="o")
    row = rig.outbox.claim("cgr", 1)[0]
    rig.outbox.complete(row, Rejected("http_400", "bad plate"))
    assert rig.outbox.rows(event.id)[0].state == FAILED
    rig.store.dismiss_delivery(rig.outbox, row.id, by="officer2", reason="sent by phone")
    assert rig.store.get(event.id).state == "failed"
    entry = rig.audit.entries(AuditKind.REVIEW)[0].detail
    assert entry["event"] == "dismissed" and entry["by"] == "officer2" and entry["reason"] == "sent by phone"


def test_missing_pictures_are_reported_not_sent_blank(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    event = rig.store.add(detected())
    (rig.store.media_dir / event.frame_path).unlink()
    with pytest.raises(EventError, match="cannot be read"):
        rig.store.outbound(event.id)


def test_a_settled_state_is_announced_only_once_readers_can_see_it(tmp_path: Path) -> None:
    """Listeners read the event on their own connection (the window's): announced after the commit."""
    rig = make_rig(tmp_path, ("cgr",))
    seen: list[str] = []
    rig.store.changed.connect(lambda event_id: seen.append(rig.store.get(event_id).state))
    event = rig.store.confirm(rig.store.add(detected()).id, by="officer")
    (row,) = rig.outbox.claim("cgr", 10)
    seen.clear()
    rig.outbox.complete(row, Delivered(remote_ref="r1"))
    assert seen == [SENT], f"{event.id} was announced with the state before the commit: {seen}"
    rig.close()

"""Re-opening a decision: edited in place before it is sent; after, corrected and sent again, audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.events import detected, make_rig

from cgrconsole.core.review.events import AMENDED, CONFIRMED, CORRECTED, KEPT, NEW, SENT, EventError
from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.core.uplink.destination import Delivered, Rejected
from cgrconsole.core.uplink.outbox import IN_FLIGHT, PENDING


def last_review(rig) -> dict:
    return rig.audit.entries(AuditKind.REVIEW, limit=1)[0].detail


def test_before_it_is_sent_the_decision_changes_in_place(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, ("cgr", "drvn"))
    event = rig.store.confirm(rig.store.add(detected("123ABC01")).id, by="Aigerim")
    before = rig.outbox.rows(event.id)
    amended = rig.store.amend(event.id, by="Nurlan", plate="123ABD01")
    assert amended.plate == "123ABD01" and amended.state == CORRECTED and amended.decided_by == "Nurlan"
    assert amended.revision == 0 and amended.wire_id == event.id, "nothing was sent: the same id goes"
    rows = rig.outbox.rows(event.id)
    assert [(r.id, r.destination, r.state) for r in rows] == [(r.id, r.destination, PENDING) for r in before]
    # what the destinations will get when they claim the rows: only the new value
    claimed = rig.outbox.claim("cgr", 10) + rig.outbox.claim("drvn", 10)
    assert [r.event_id for r in claimed] == [event.id, event.id]
    outbound = rig.store.outbound(event.id)
    assert outbound.plate == "123ABD01" and outbound.event_id == event.id
    entry = last_review(rig)
    assert entry["event"] == AMENDED and entry["by"] == "Nurlan"
    assert (entry["previous_plate"], entry["plate"], entry["original_plate"]) == (
        "123ABC01",
        "123ABD01",
        "123ABC01",
    )
    assert entry["resend"] == [] and entry["previous_state"] == CONFIRMED


def test_after_it_was_sent_the_correction_goes_again_as_a_new_revision(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, ("cgr",))
    event = rig.store.confirm(rig.store.add(detected("123ABC01")).id, by="Aigerim")
    (row,) = rig.outbox.claim("cgr", 10)
    rig.outbox.complete(row, Delivered("r1"))
    assert rig.store.get(event.id).state == SENT
    rig.clock.advance(60)
    amended = rig.store.amend(event.id, by="Nurlan", plate="123ABD01")
    assert amended.state == CORRECTED and amended.revision == 1
    (again,) = rig.outbox.rows(event.id)
    assert again.id == row.id and again.state == PENDING and again.next_attempt_ts == rig.clock()
    outbound = rig.store.outbound(event.id)
    assert outbound.plate == "123ABD01"
    assert outbound.event_id != event.id and len(outbound.event_id) == 32, "a new id: not 'already there'"
    entry = last_review(rig)
    assert entry["event"] == AMENDED and entry["by"] == "Nurlan" and entry["resend"] == ["cgr"]
    assert (entry["previous_plate"], entry["plate"]) == ("123ABC01", "123ABD01") and entry["revision"] == 1
    (claimed,) = rig.outbox.claim("cgr", 10)
    rig.outbox.complete(claimed, Delivered("r2"))
    assert rig.store.get(event.id).state == SENT
    assert [a.outcome for a in rig.outbox.attempts(row.id)] == ["delivered", "delivered"]
    # a second correction after that one was sent: yet another id, stable for its revision
    third = rig.store.amend(event.id, by="Nurlan", plate="123ABE01")
    assert third.revision == 2 and len({event.id, outbound.event_id, third.wire_id}) == 3
    assert rig.store.outbound(event.id).event_id == third.wire_id


def test_a_destination_that_had_it_gets_the_correction_and_a_refused_one_goes_again(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, ("cgr", "drvn"))
    event = rig.store.confirm(rig.store.add(detected("123ABC01")).id, by="o")
    rig.outbox.complete(rig.outbox.claim("cgr", 10)[0], Delivered("r1"))
    rig.outbox.complete(rig.outbox.claim("drvn", 10)[0], Rejected("drvn_code_3", "plate format refused"))
    assert rig.store.get(event.id).state == "failed"
    rig.store.amend(event.id, by="Nurlan", plate="123ABD01")
    assert {r.destination: r.state for r in rig.outbox.rows(event.id)} == {"cgr": PENDING, "drvn": PENDING}
    assert last_review(rig)["resend"] == ["cgr"]


def test_a_send_in_flight_is_not_changed_under_the_sender(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, ("cgr",))
    event = rig.store.confirm(rig.store.add(detected("123ABC01")).id, by="o")
    (row,) = rig.outbox.claim("cgr", 10)
    with pytest.raises(EventError, match="being sent right now"):
        rig.store.amend(event.id, by="Nurlan", plate="123ABD01")
    assert rig.store.get(event.id).plate == "123ABC01" and rig.outbox.rows(event.id)[0].state == IN_FLIGHT
    rig.outbox.complete(row, Delivered("r1"))
    assert rig.store.amend(event.id, by="Nurlan", plate="123ABD01").revision == 1


def test_what_cannot_be_re_opened_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, ("cgr",))
    new = rig.store.add(detected("123ABC01"))
    with pytest.raises(EventError, match="no decision to re-open"):
        rig.store.amend(new.id, by="o", plate="123ABD01")
    event = rig.store.confirm(new.id, by="o")
    with pytest.raises(EventError, match="already 123ABC01"):
        rig.store.amend(event.id, by="o", plate="123 abc-01")
    with pytest.raises(EventError, match="characters no plate carries"):
        rig.store.amend(event.id, by="o", plate="123ФBC01")
    with pytest.raises(EventError, match="empty"):
        rig.store.amend(event.id, by="o", plate="  ")
    assert rig.store.get(event.id).plate == "123ABC01"
    assert [e.detail["event"] for e in rig.audit.entries(AuditKind.REVIEW)] == [CONFIRMED]
    assert rig.store.get(rig.store.add(detected("777AAA01")).id).state == NEW


def test_a_rejected_reading_re_opened_is_confirmed_and_queued(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, ("cgr",))
    event = rig.store.reject(rig.store.add(detected("123ABC01")).id, by="o", reason="shadow")
    amended = rig.store.amend(event.id, by="Nurlan", plate="123ABC01")
    assert amended.state == CONFIRMED and amended.note is None
    assert [r.state for r in rig.outbox.rows(event.id)] == [PENDING]
    assert last_review(rig)["previous_state"] == "rejected"


def test_with_no_destination_the_amended_decision_is_kept(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, ())
    event = rig.store.confirm(rig.store.add(detected("123ABC01")).id, by="o")
    assert event.state == KEPT
    amended = rig.store.amend(event.id, by="Nurlan", plate="123ABD01")
    assert amended.state == KEPT and amended.plate == "123ABD01" and rig.outbox.rows(event.id) == []

"""The outbox: atomic claims, time order, retry timing, crash recovery, attempt history."""

from __future__ import annotations

import random
import threading
from pathlib import Path

from support.events import T0, detected, make_rig

from cgrconsole.core.storage.database import Database
from cgrconsole.core.uplink.destination import Delivered, Rejected, RetryLater
from cgrconsole.core.uplink.outbox import DELIVERED, IN_FLIGHT, PENDING, Outbox
from cgrconsole.core.uplink.reasons import because


def confirmed(rig, count: int, start: float = T0) -> list[str]:
    ids = []
    for i in range(count):
        event = rig.store.add(detected(f"{100 + i}ABC01", ts=start + i))
        ids.append(rig.store.confirm(event.id, by="o").id)
    return ids


def test_rows_are_claimed_once_even_by_concurrent_connections(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    confirmed(rig, 60)
    claimed: list[list[str]] = [[], []]

    def worker(slot: int) -> None:
        database = Database(tmp_path / "cgrconsole.db")  # a second connection, like a second process
        database.open()
        outbox = Outbox(database, rig.clock)
        while rows := outbox.claim("cgr", 3):
            claimed[slot] += [r.event_id for r in rows]
            for row in rows:
                outbox.complete(row, Delivered())
        database.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    together = claimed[0] + claimed[1]
    assert len(together) == 60 and len(set(together)) == 60
    assert all(r.state == DELIVERED for e in together for r in rig.outbox.rows(e))


def test_rows_go_in_event_time_order_and_wait_behind_a_retrying_head(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    rig.store.confirm(rig.store.add(detected("222BBB02", ts=T0 + 10)).id, by="o")
    first = rig.store.confirm(rig.store.add(detected("111AAA01", ts=T0)).id, by="o")  # older, confirmed later
    rows = rig.outbox.claim("cgr", 1)
    assert rows[0].event_id == first.id
    rig.outbox.complete(rows[0], RetryLater("server busy", after_s=120))
    assert rig.outbox.claim("cgr", 5) == []  # the younger one waits behind the head
    assert rig.outbox.next_due("cgr") == T0 + 120
    rig.clock.advance(120)
    assert next(r.event_id for r in rig.outbox.claim("cgr", 5)) == first.id


def test_backoff_grows_with_jitter_up_to_the_cap(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    rig.outbox = Outbox(rig.database, rig.clock, backoff_initial_s=2, backoff_cap_s=300, rng=random.Random(1))
    confirmed(rig, 1)
    waits = []
    for _ in range(12):
        row = rig.outbox.claim("cgr", 1)[0]
        rig.outbox.complete(row, RetryLater("connection refused"))
        due = rig.outbox.next_due("cgr")
        assert due is not None
        waits.append(due - rig.clock())
        rig.clock.now = due
    assert 1.6 <= waits[0] <= 2.4 and 3.2 <= waits[1] <= 4.8
    assert all(w <= 300 for w in waits) and waits[-1] >= 240
    assert len(rig.outbox.attempts(row.id)) == 12


def test_rows_left_in_flight_by_a_crash_return_to_pending(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    confirmed(rig, 3)
    claimed = rig.outbox.claim("cgr", 2)
    assert {r.state for e in claimed for r in rig.outbox.rows(e.event_id)} == {IN_FLIGHT}
    rig.close()  # the process dies here; a new one opens the database
    again = make_rig(tmp_path, clock=rig.clock)
    assert again.outbox.recover() == 2
    assert {r.state for e in claimed for r in again.outbox.rows(e.event_id)} == {PENDING}
    history = again.outbox.attempts(claimed[0].id)
    assert [a.outcome for a in history] == ["interrupted"]
    assert [r.event_id for r in again.outbox.claim("cgr", 3)][:2] == [r.event_id for r in claimed]


def test_a_success_ends_the_wait_of_the_rows_behind(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    confirmed(rig, 3)
    rows = rig.outbox.claim("cgr", 3)
    for row in rows:  # all three failed with different backoffs (jitter)
        rig.outbox.complete(row, RetryLater("connection refused", after_s=60 + 10 * row.id))
    rig.clock.advance(71)
    head = rig.outbox.claim("cgr", 3)
    assert [r.id for r in head] == [rows[0].id]  # only the head is due
    rig.outbox.complete(head[0], Delivered())
    assert [r.id for r in rig.outbox.claim("cgr", 3)] == [rows[1].id, rows[2].id]  # the link is back: now


def test_a_reachability_check_releases_only_a_head_that_could_not_reach_the_server(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    ids = confirmed(rig, 3)
    [head] = rig.outbox.claim("cgr", 1)
    rig.outbox.complete(head, RetryLater(because("cgr.too_many", status=429), after_s=120))
    assert rig.outbox.release("cgr") == 0, "the server asked for 120 s: a probe must not cut that short"
    rig.clock.advance(120)
    [head] = rig.outbox.claim("cgr", 1)
    rig.outbox.complete(head, RetryLater(because("net.connect", url="https://cgr", error="refused")))
    waiting = rig.outbox.head("cgr")
    assert waiting is not None and waiting.event_id == ids[0] and waiting.next_attempt_ts > rig.clock.now
    assert waiting.last_reason is not None and waiting.last_reason.code == "net.connect"
    assert rig.outbox.release("cgr") == 1
    assert [r.event_id for r in rig.outbox.claim("cgr", 3)] == ids, (
        "the head goes now, and the rest behind it"
    )


def test_reasons_are_kept_coded_with_their_english_and_old_rows_still_read(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    [event_id] = confirmed(rig, 1)
    [row] = rig.outbox.claim("cgr", 1)
    why = because("cgr.refused_content", server="plate: invalid", status=400)
    rig.outbox.complete(row, Rejected("http_400", why, 400))
    [stored] = rig.outbox.rows(event_id)
    assert stored.last_reason == why
    assert stored.last_error == "HTTP 400: the service refused the event's content: plate: invalid"
    [attempt] = rig.outbox.attempts(stored.id)
    assert attempt.reason == why and attempt.detail == stored.last_error
    with rig.database.transaction() as db:  # a row written before reason codes existed
        db.execute("UPDATE outbox SET last_reason = NULL WHERE id = ?", [stored.id])
        db.execute("UPDATE outbox_attempts SET reason = NULL WHERE outbox_id = ?", [stored.id])
    [old] = rig.outbox.rows(event_id)
    assert old.last_reason is None and old.last_error == stored.last_error
    assert rig.outbox.attempts(old.id)[0].reason is None


def test_the_last_attempt_of_a_destination_is_its_newest_finished_one(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, ("cgr", "drvn"))
    confirmed(rig, 2)
    assert rig.outbox.last_attempt("cgr") is None
    first, second = rig.outbox.claim("cgr", 2)
    redirect = because(
        "redirect", location="https://x/Checkpoint/Auth", key="uplink.cgr.base_url", suggested="https://x"
    )
    rig.outbox.complete(first, Rejected("redirect", redirect, 301))
    last = rig.outbox.last_attempt("cgr")
    assert last is not None and last.reason == redirect and last.reason.needs_admin
    rig.outbox.complete(second, Delivered())
    last = rig.outbox.last_attempt("cgr")
    assert last is not None and last.outcome == "delivered"
    assert rig.outbox.last_attempt("drvn") is None, "the other destination's attempts are not its own"
    assert rig.outbox.last_attempt("cgr", among=0) is None, "a bounded look"

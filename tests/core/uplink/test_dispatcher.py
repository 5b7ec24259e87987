"""The dispatcher against a scripted destination: outages, answers, order, wake-ups.

The protocol clients are tested against the real stand-ins (tests/core/uplink/cgr, drvn);
here the destination is scripted so minutes of simulated outage run in milliseconds.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from support.destinations import ScriptedDestination
from support.events import T0, detected, make_rig
from support.waiting import wait_until

from cgrconsole.core.uplink.dispatcher import DispatcherThread, OutboxDispatcher
from cgrconsole.core.uplink.outbox import DELIVERED, FAILED


def queue(rig, count: int) -> list[str]:
    return [
        rig.store.confirm(rig.store.add(detected(f"{100 + i}ABC01", ts=T0 + i)).id, by="o").id
        for i in range(count)
    ]


def test_a_long_outage_then_everything_once_and_in_order(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    destination = ScriptedDestination(max_batch=4)
    dispatcher = OutboxDispatcher(rig.outbox, [destination], rig.store.outbound, rig.clock)
    ids = queue(rig, 40)

    async def scenario() -> None:
        destination.up = False
        for _ in range(500):  # six simulated hours of a dead link
            await dispatcher.pump(destination)
            due = rig.outbox.next_due("cgr")
            assert due is not None
            rig.clock.now = max(rig.clock.now + 1, due)
            if rig.clock.now > T0 + 6 * 3600:
                break
        assert destination.accepted == []
        attempts = rig.outbox.rows(ids[0])[0].attempts
        assert 20 <= attempts <= 200  # backed off (capped at 5 min), but kept trying
        destination.up = True
        rig.clock.now = rig.outbox.next_due("cgr") or rig.clock.now
        while await dispatcher.pump(destination):
            pass

    asyncio.run(scenario())
    assert destination.accepted == ids  # once each, in event-time order
    assert all(rig.store.get(i).state == "sent" for i in ids)


def test_a_permanent_refusal_stops_only_that_event(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    destination = ScriptedDestination()
    dispatcher = OutboxDispatcher(rig.outbox, [destination], rig.store.outbound, rig.clock)
    bad = rig.store.confirm(rig.store.add(detected("000AAA01", ts=T0)).id, by="o").id
    good = queue(rig, 3)

    async def drain() -> None:
        while await dispatcher.pump(destination):
            pass

    asyncio.run(drain())
    assert destination.accepted == good
    row = rig.outbox.rows(bad)[0]
    assert row.state == FAILED and row.last_code == "http_400" and rig.store.get(bad).state == "failed"


def test_a_crashing_client_or_a_missing_picture_does_not_stop_the_queue(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    destination = ScriptedDestination()
    ids = queue(rig, 2)
    (rig.store.media_dir / rig.store.get(ids[0]).frame_path).unlink()
    original = destination.deliver
    crashes = [1]

    async def flaky(events):
        if crashes:
            crashes.pop()
            raise KeyError("bug")
        return await original(events)

    destination.deliver = flaky  # type: ignore[method-assign]
    dispatcher = OutboxDispatcher(rig.outbox, [destination], rig.store.outbound, rig.clock)

    async def drain() -> None:
        for _ in range(10):
            await dispatcher.pump(destination)
            rig.clock.advance(600)

    asyncio.run(drain())
    assert rig.outbox.rows(ids[0])[0].last_code == "event_unreadable"
    assert rig.outbox.rows(ids[1])[0].state == DELIVERED
    assert [a.outcome for a in rig.outbox.attempts(rig.outbox.rows(ids[1])[0].id)] == ["retry", "delivered"]


def test_the_thread_sends_a_new_event_at_once_when_woken(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    rig.clock.now = time.time()
    destination = ScriptedDestination()
    thread = DispatcherThread(
        OutboxDispatcher(rig.outbox, [destination], rig.store.outbound, time.time, idle_poll_s=60)
    )
    thread.start()
    try:
        event = rig.store.confirm(rig.store.add(detected(ts=time.time())).id, by="o")
        started = time.monotonic()
        thread.wake()
        wait_until(lambda: destination.accepted == [event.id], timeout=5)
        assert time.monotonic() - started < 1.0
    finally:
        assert thread.stop(5)
    assert destination.closed


def test_every_delivery_attempt_is_in_the_audit_log(tmp_path: Path) -> None:
    """The contract's "API" log: each send with its outcome, refused ones with the server's code."""
    from cgrconsole.core.storage.audit import AuditKind

    rig = make_rig(tmp_path)
    destination = ScriptedDestination()
    dispatcher = OutboxDispatcher(rig.outbox, [destination], rig.store.outbound, rig.clock, audit=rig.audit)
    bad = rig.store.confirm(rig.store.add(detected("000AAA01", ts=T0)).id, by="o").id
    good = queue(rig, 2)

    async def drain() -> None:
        while await dispatcher.pump(destination):
            pass

    asyncio.run(drain())
    calls = {e.detail["event_id"]: e for e in rig.audit.entries(AuditKind.API_CALL)}
    assert set(calls) == {bad, *good}
    assert all(calls[i].detail["result"] == "delivered" and calls[i].subject == "cgr" for i in good)
    assert calls[bad].detail["result"] == "rejected" and calls[bad].detail["code"] == "http_400"

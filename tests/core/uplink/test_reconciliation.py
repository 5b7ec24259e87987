"""ĐBVN reconciliation through the outbox: what the server lost is queued and sent again, once."""

from __future__ import annotations

import asyncio
from pathlib import Path

from support.clock import FakeClock
from support.drvn_fixtures import client, standin
from support.events import detected, make_rig

from cgrconsole.core.uplink.dispatcher import OutboxDispatcher
from cgrconsole.core.uplink.reconciliation import DrvnReconciler


def test_events_the_server_lost_are_sent_again(tmp_path: Path) -> None:
    clock = FakeClock()
    server = standin(clock)
    try:
        rig = make_rig(tmp_path, ("drvn",), clock=clock)
        ids = [
            rig.store.confirm(
                rig.store.add(detected(f"30E{i:05d}", ts=clock.now - 3600 + i * 600, country="VN")).id, by="o"
            ).id
            for i in range(4)
        ]
        drvn = client(server, clock, tmp=tmp_path)
        dispatcher = OutboxDispatcher(rig.outbox, [drvn], rig.store.outbound, clock)
        reconciler = DrvnReconciler(drvn, rig.outbox, clock)

        async def scenario() -> tuple[int, int]:
            while await dispatcher.pump(drvn):
                pass
            assert len(server.received) == 4
            first = await reconciler.reconcile_now()
            server.state.reset()  # the server loses what it had (a restore from backup, say)
            second = await reconciler.reconcile_now()
            while await dispatcher.pump(drvn):
                pass
            await drvn.aclose()
            return len(first.missing), len(second.missing)

        missing_before, missing_after_loss = asyncio.run(scenario())
        assert missing_before == 0 and missing_after_loss == 4
        assert len(server.received) == 4
        assert {rig.store.get(i).state for i in ids} == {"sent"}
        assert all(rig.outbox.rows(i)[0].attempts == 2 for i in ids)
    finally:
        server.stop()


def test_a_correction_sent_again_is_found_under_the_id_it_was_sent_with(tmp_path: Path) -> None:
    """A resent correction goes under its revision's id: reconciliation looks for that one, not the first."""
    clock = FakeClock()
    server = standin(clock)
    try:
        rig = make_rig(tmp_path, ("drvn",), clock=clock)
        event = rig.store.add(detected("30E00555", ts=clock.now - 600, country="VN"))
        rig.store.confirm(event.id, by="o")
        drvn = client(server, clock, tmp=tmp_path)
        dispatcher = OutboxDispatcher(rig.outbox, [drvn], rig.store.outbound, clock)
        reconciler = DrvnReconciler(drvn, rig.outbox, clock)

        async def scenario():
            while await dispatcher.pump(drvn):
                pass
            rig.store.amend(event.id, by="Nurlan", plate="30E00556")
            while await dispatcher.pump(drvn):
                pass
            report = await reconciler.reconcile_now()
            await drvn.aclose()
            return report

        report = asyncio.run(scenario())
        assert len(server.received) == 2 and rig.store.get(event.id).revision == 1
        assert (report.missing, report.confirmed) == ((), 1)
        assert rig.outbox.rows(event.id)[0].attempts == 2, "nothing was queued a third time"
    finally:
        server.stop()

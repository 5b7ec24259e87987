"""Daily (and on demand) ĐBVN reconciliation: what the server lacks goes back into the outbox.

Runs beside the dispatcher on its loop. It asks the server, through ``reconcile``, which of the
events we delivered in the last days it holds; the ones it lacks (inside the resend window) are
queued again and go out in time order like any other row.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from cgrconsole.core.uplink.drvn.client import DrvnClient
from cgrconsole.core.uplink.drvn.reconcile import ReconcileReport, reconcile
from cgrconsole.core.uplink.outbox import Outbox

log = logging.getLogger(__name__)

DAY_S = 86_400.0
LOOKBACK_S = 3 * DAY_S  # the server answers getstatisticbyvehicle for the last 72 h


@dataclass(frozen=True)
class SentRecord:
    event_id: str
    plate: str
    time: datetime


class DrvnReconciler:
    """``run(stop)`` reconciles at start and every ``every_s``; ``reconcile_now()`` on demand."""

    def __init__(
        self,
        client: DrvnClient,
        outbox: Outbox,
        clock: Callable[[], float] = time.time,
        every_s: float = DAY_S,
        on_requeued: Callable[[], None] = lambda: None,
    ) -> None:
        self.client = client
        self.outbox = outbox
        self._clock = clock
        self.every_s = every_s
        self._on_requeued = on_requeued
        self.last_report: ReconcileReport | None = None

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.reconcile_now()
            except Exception:  # the next round tries again; sending goes on meanwhile
                log.exception("drvn reconciliation failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=self.every_s)

    async def reconcile_now(self) -> ReconcileReport:
        now = self._clock()
        delivered = self.outbox.delivered_events(self.client.name, now - LOOKBACK_S)
        # the server knows an event by the id it was sent under (a resent correction has its own)
        events = {wire: event_id for event_id, _plate, _ts, wire in delivered}
        sent = [SentRecord(w, plate, datetime.fromtimestamp(ts, UTC)) for _id, plate, ts, w in delivered]
        start, end = datetime.fromtimestamp(now - LOOKBACK_S, UTC), datetime.fromtimestamp(now + 1, UTC)
        report = await reconcile(self.client.queries, sent, start, end, self._clock)
        if report.missing:
            missing = [events.get(wire, wire) for wire in report.missing]
            requeued = self.outbox.requeue(self.client.name, missing)
            log.warning("drvn reconciliation: the server lacks %d event(s); queued again", requeued)
            self._on_requeued()
        self.last_report = report
        return report

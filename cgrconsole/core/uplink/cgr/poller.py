"""Fetching TruckNumbers every ``truck_numbers_poll_s`` into the ``TruckQueue``.

A failed fetch keeps the last list (with its age, so the officer sees how old it is) and tries
again after the server's Retry-After, or after the poll interval.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from cgrconsole.core.uplink.cgr.client import CgrClient
from cgrconsole.core.uplink.cgr.trucks import TruckQueue
from cgrconsole.core.uplink.destination import RetryLater

log = logging.getLogger(__name__)


class TruckNumbersPoller:
    """Runs on the uplink's asyncio loop; ``last_error`` is None after a successful fetch."""

    def __init__(
        self,
        client: CgrClient,
        queue: TruckQueue,
        interval_s: float,
    ) -> None:
        self._client = client
        self._queue = queue
        self._interval_s = interval_s
        self.last_error: str | None = None

    async def poll_once(self) -> float:
        """Fetch once; returns the seconds to wait before the next fetch."""
        answer = await self._client.fetch_truck_numbers()
        if isinstance(answer, list):
            self._queue.update(answer)
            self.last_error = None
            log.info("cgr: %d plates in the day's queue", len(answer))
            return self._interval_s
        self.last_error = answer.reason
        log.warning("cgr: TruckNumbers not updated: %s", answer.reason)
        after = answer.after_s if isinstance(answer, RetryLater) else None
        return after if after else self._interval_s  # the server's Retry-After wins

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until ``stop`` is set."""
        while not stop.is_set():
            delay = await self.poll_once()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=delay)

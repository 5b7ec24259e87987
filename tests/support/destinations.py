"""A scripted destination for dispatcher and engine tests (the protocol clients have real stand-ins), and
delivering through any destination from synchronous test code."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from cgrconsole.core.uplink.destination import (
    Delivered,
    Destination,
    OutboundEvent,
    Outcome,
    Rejected,
    RetryLater,
)
from cgrconsole.core.uplink.reasons import because


def deliver_each(destination: Destination, *batches: Sequence[OutboundEvent]) -> list[list[Outcome]]:
    """Each batch in turn through ``destination``, then close it (on a loop of its own: asyncio.run)."""

    async def go() -> list[list[Outcome]]:
        try:
            return [await destination.deliver(batch) for batch in batches]
        finally:
            await destination.aclose()

    return asyncio.run(go())


def deliver(destination: Destination, events: Sequence[OutboundEvent]) -> list[Outcome]:
    """One batch, then close the destination."""
    return deliver_each(destination, events)[0]


class ScriptedDestination:
    """Answers with ``script(event)``; records what it accepted, like a server would."""

    def __init__(self, name: str = "cgr", max_batch: int = 1) -> None:
        self.name = name
        self.max_batch = max_batch
        self.probe_every_s = 0.05
        self.up = True
        self.accepted: list[str] = []
        self.plates: list[str] = []  # the plate of each accepted event, in order
        self.calls = 0
        self.closed = False

    async def deliver(self, events: Sequence[OutboundEvent]) -> list[Outcome]:
        self.calls += 1
        if not self.up:
            return [RetryLater(because("net.connect", url="scripted://", error="refused"))] * len(events)
        outcomes: list[Outcome] = []
        for event in events:
            if event.plate.startswith("000"):
                outcomes.append(Rejected("http_400", "plate refused"))
            elif event.event_id in self.accepted:
                outcomes.append(Delivered(already_there=True))
            else:
                self.accepted.append(event.event_id)
                self.plates.append(event.plate)
                outcomes.append(Delivered(remote_ref=f"r{len(self.accepted)}"))
        return outcomes

    async def probe(self) -> bool:
        return self.up

    async def aclose(self) -> None:
        self.closed = True


class ScriptedAnswers:
    """A destination that answers each event from its script (then ``Delivered``), like a real server."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.max_batch = 1
        self.probe_every_s = 60.0
        self.scripts: dict[str, list[Outcome]] = {}

    async def deliver(self, events: Sequence[OutboundEvent]) -> list[Outcome]:
        return [(self.scripts.get(e.event_id) or [Delivered(remote_ref="ok")]).pop(0) for e in events]

    async def probe(self) -> bool:
        return True

    async def aclose(self) -> None:
        pass

"""The dispatcher: drains the outbox into each destination, in time order, with retries.

One asyncio task per destination: claim the oldest due rows (up to the destination's batch),
load the events, ``deliver``, and complete each row with its outcome. Nothing here decides what
a server's answer means (the clients do) or how long to wait (the outcome and the outbox do).
``DispatcherThread`` hosts it on its own event loop, so a busy window never delays a delivery.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Coroutine, Sequence
from typing import Any, TypeVar

from cgrconsole.core.service_thread import ServiceThread
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.supervision import Supervisor
from cgrconsole.core.uplink.destination import (
    Delivered,
    Destination,
    OutboundEvent,
    Outcome,
    Rejected,
    RetryLater,
)
from cgrconsole.core.uplink.outbox import Outbox, waits_for_link
from cgrconsole.core.uplink.reasons import because

log = logging.getLogger(__name__)
T = TypeVar("T")


class OutboxDispatcher:
    """``run()`` until stopped; ``wake()`` (any thread) when new rows were queued."""

    def __init__(
        self,
        outbox: Outbox,
        destinations: Sequence[Destination],
        load_event: Callable[[str], OutboundEvent],
        clock: Callable[[], float] = time.time,
        idle_poll_s: float = 30.0,
        deliver_timeout_s: float = 300.0,
        companions: Sequence[Callable[[asyncio.Event], Coroutine[Any, Any, None]]] = (),
        audit: AuditLog | None = None,
    ) -> None:
        """``audit``: every delivery attempt is written to it (the contract's "API" log)."""
        self.outbox = outbox
        self._audit = audit
        self.companions = list(companions)  # run beside the destinations (e.g. the truck-list poller)
        self.destinations = list(destinations)
        self._load_event = load_event
        self._clock = clock
        self.idle_poll_s = idle_poll_s
        self.deliver_timeout_s = deliver_timeout_s
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wakeups: dict[str, asyncio.Event] = {}

    async def run(self, stop: asyncio.Event) -> None:
        self._loop = asyncio.get_running_loop()
        self._wakeups = {d.name: asyncio.Event() for d in self.destinations}
        recovered = self.outbox.recover()
        if recovered:
            log.info("outbox: %d sends interrupted by the last stop will be retried", recovered)
        tasks = [
            asyncio.create_task(self._serve(d, stop), name=f"outbox-{d.name}") for d in self.destinations
        ]
        tasks += [asyncio.create_task(companion(stop)) for companion in self.companions]
        stopping = asyncio.create_task(stop.wait())
        try:
            done, _ = await asyncio.wait([stopping, *tasks], return_when=asyncio.FIRST_COMPLETED)
            for task in done:  # a task may end only because we stop: anything else is a crash
                if task is not stopping and not stop.is_set():
                    raise task.exception() or RuntimeError(f"{task.get_name()} ended by itself")
        finally:
            stopping.cancel()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for destination in self.destinations:
                await destination.aclose()

    def wake(self) -> None:
        """Thread-safe: a row was queued, look now rather than at the next poll."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        for event in self._wakeups.values():
            loop.call_soon_threadsafe(event.set)

    async def pump(self, destination: Destination) -> int:
        """One cycle: claim, deliver, complete. Returns the rows handled (0: nothing was due)."""
        rows = self.outbox.claim(destination.name, destination.max_batch)
        if not rows:
            return 0
        events: list[OutboundEvent] = []
        outcomes: dict[int, Outcome] = {}
        for row in rows:
            try:
                events.append(self._load_event(row.event_id))
            except Exception as exc:  # the row itself is broken: the officer must see it
                outcomes[row.id] = Rejected("event_unreadable", because("outbox.event_unreadable", error=exc))
        sendable = [row for row in rows if row.id not in outcomes]
        if events:
            for row, outcome in zip(sendable, await self._deliver(destination, events), strict=True):
                outcomes[row.id] = outcome
        for row in rows:
            outcome = outcomes[row.id]
            self.outbox.complete(row, outcome)
            if not isinstance(outcome, RetryLater):
                log.info("outbox %s: event %s %s", destination.name, row.event_id, _describe(outcome))
            else:
                log.warning(
                    "outbox %s: event %s will be retried: %s", destination.name, row.event_id, outcome.reason
                )
            self._audit_call(destination.name, row.event_id, outcome)
        return len(rows)

    def _audit_call(self, destination: str, event_id: str, outcome: Outcome) -> None:
        if self._audit is None:
            return
        if isinstance(outcome, Delivered):
            result = "already_there" if outcome.already_there else "delivered"
            detail: dict[str, object] = {"remote_ref": outcome.remote_ref}
        elif isinstance(outcome, Rejected):
            result, detail = "rejected", {"code": outcome.code, "reason": outcome.why.english()}
        else:
            result, detail = "retry", {"reason": outcome.why.english()}
        detail["http_status"] = getattr(outcome, "http_status", None)
        try:
            self._audit.record(
                AuditKind.API_CALL, destination, event="send", event_id=event_id, result=result, **detail
            )
        except Exception:  # the database may be closing: the file log has the line above
            log.exception("outbox %s: could not write the audit row of %s", destination, event_id)

    async def _deliver(self, destination: Destination, events: list[OutboundEvent]) -> list[Outcome]:
        try:
            outcomes = await asyncio.wait_for(destination.deliver(events), self.deliver_timeout_s)
        except TimeoutError:
            timeout = because("outbox.timeout", seconds=f"{self.deliver_timeout_s:.0f}")
            return [RetryLater(timeout)] * len(events)
        except Exception as exc:  # a client bug must not stop the outbox: retry with backoff, loudly
            log.exception("outbox %s: the client failed", destination.name)
            error = because("outbox.client_error", error=f"{type(exc).__name__}: {exc}")
            return [RetryLater(error)] * len(events)
        if len(outcomes) != len(events):
            log.error("outbox %s: %d outcomes for %d events", destination.name, len(outcomes), len(events))
            return [RetryLater(because("outbox.wrong_count"))] * len(events)
        return outcomes

    async def _serve(self, destination: Destination, stop: asyncio.Event) -> None:
        wakeup = self._wakeups[destination.name]
        next_probe = 0.0
        while not stop.is_set():
            try:
                if await self.pump(destination):
                    continue
                head = self.outbox.head(destination.name)
                due = None if head is None else float(head.next_attempt_ts or 0)
                now = self._clock()
                wait = self.idle_poll_s if due is None else min(self.idle_poll_s, max(0.0, due - now))
                if head is not None and waits_for_link(head) and wait > destination.probe_every_s:
                    # the head waits out a backoff because the server was unreachable: look whether it
                    # is back now and then, rather than after the whole backoff (up to retry_max_s)
                    if now >= next_probe:
                        next_probe = now + destination.probe_every_s
                        if await self._probe(destination) and self.outbox.release(destination.name):
                            log.info("outbox %s: the server answers again; sending resumes", destination.name)
                            continue
                    wait = min(wait, max(0.0, next_probe - now))
            except Exception:  # the database is locked or the disk is gone: try again shortly
                log.exception("outbox %s: cannot read the queue", destination.name)
                wait = 5.0
            wakeup.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wakeup.wait(), timeout=max(wait, 0.01))

    async def _probe(self, destination: Destination) -> bool:
        try:
            return await asyncio.wait_for(destination.probe(), self.deliver_timeout_s)
        except Exception:  # a probe is only a hint: the backoff still ends the wait
            log.debug("outbox %s: the reachability check failed", destination.name, exc_info=True)
            return False


def _describe(outcome: Outcome) -> str:
    if isinstance(outcome, Rejected):
        return f"refused for good ({outcome.code}): {outcome.reason}"
    if isinstance(outcome, Delivered) and outcome.already_there:
        return f"was already there: {outcome.why.english() if outcome.why else 'counted as delivered'}"
    return "delivered"


class DispatcherThread:
    """Runs an ``OutboxDispatcher`` on its own event loop in a supervised daemon thread."""

    def __init__(self, dispatcher: OutboxDispatcher, supervisor: Supervisor | None = None) -> None:
        self.dispatcher = dispatcher
        self._service = ServiceThread("outbox-dispatcher", self._main, supervisor)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()

    def start(self) -> None:
        self._ready.clear()
        self._service.start()
        self._ready.wait(5)

    def wake(self) -> None:
        self.dispatcher.wake()

    def submit(self, work: Callable[[], Coroutine[Any, Any, T]]) -> concurrent.futures.Future[T] | None:
        """Run ``work()`` on the dispatcher's loop (any thread); None when the loop is not running."""
        loop = self._loop
        if loop is None or loop.is_closed() or not self._service.alive:
            return None
        return asyncio.run_coroutine_threadsafe(work(), loop)

    def stop(self, timeout: float) -> bool:
        self._service.request_stop()
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: it is stopping anyway
                loop.call_soon_threadsafe(stop.set)
        return self._service.stop(timeout)

    def _main(self) -> None:
        """One life of the loop; an error escapes to the supervisor, which starts it again."""

        async def main() -> None:
            self._stop = asyncio.Event()
            self._loop = asyncio.get_running_loop()
            self._ready.set()
            if not self._service.stop_event.is_set():
                await self.dispatcher.run(self._stop)

        try:
            asyncio.run(main())
        finally:
            self._loop = None
            self._ready.set()

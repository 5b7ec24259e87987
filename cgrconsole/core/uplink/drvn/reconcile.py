"""Reconciliation (seed 2.7 c): ask ĐBVN which ImageGuids it holds and list the events it lacks.

getstatisticbyvehicle answers per plate and day with the guids received in the last 72 hours;
getstatisticbyprovider gives the day's counts (kept in the report for the daily check the seed asks
for). An event missing on the server and still inside the 5-day resend window is reported for the
outbox to queue again, in time order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from cgrconsole.core.uplink.drvn import wire
from cgrconsole.core.uplink.drvn.queries import DrvnQueries, DrvnQueryError, ProviderStatistic

log = logging.getLogger(__name__)


class SentEvent(Protocol):
    """What reconciliation needs of one of our events (``OutboundEvent`` fits)."""

    @property
    def event_id(self) -> str: ...
    @property
    def plate(self) -> str: ...
    @property
    def time(self) -> datetime: ...


@dataclass(frozen=True)
class ReconcileReport:
    """``missing``: event ids to send again (oldest first)."""

    missing: tuple[str, ...]
    confirmed: int  # ours that the server holds
    outside_window: tuple[str, ...]  # older than the 72 h the server answers for: not checked
    failed_plates: tuple[str, ...]  # plates whose query failed: check again later
    provider_days: dict[date, ProviderStatistic] = field(default_factory=dict)


async def reconcile(
    queries: DrvnQueries,
    ours: Iterable[SentEvent],
    start: datetime,
    end: datetime,
    clock: Callable[[], float],
    utc_offset_h: int = 7,
) -> ReconcileReport:
    """Compare our events taken in [start, end) with what ĐBVN holds.

    Only the last 72 hours can be asked (the server's query window) and only events younger than
    5 days may be resent, so the window checked is the intersection of both with [start, end).
    """
    now = clock()
    oldest = now - min(wire.STATS_WINDOW_S, wire.RESEND_WINDOW_S)
    tz = timedelta(hours=utc_offset_h)
    checked: list[SentEvent] = []
    outside: list[str] = []
    for event in sorted(ours, key=lambda e: e.time):
        if not start <= event.time < end:
            continue
        if event.time.timestamp() >= oldest:
            checked.append(event)
        else:
            outside.append(event.event_id)
    groups: dict[tuple[str, date], list[SentEvent]] = {}
    for event in checked:
        day = (event.time.astimezone(UTC) + tz).date()
        groups.setdefault((event.plate.upper(), day), []).append(event)
    held: dict[tuple[str, date], frozenset[str]] = {}
    failed: set[str] = set()
    for plate, day in groups:
        try:
            held[(plate, day)] = (await queries.statistic_by_vehicle(plate, day)).image_guids
        except DrvnQueryError as exc:
            log.warning("drvn reconcile: %s on %s: %s", plate, day, exc)
            failed.add(plate)
    days: dict[date, ProviderStatistic] = {}
    for day in sorted({d for _, d in groups}):
        try:
            days[day] = await queries.statistic_by_provider(day)
        except DrvnQueryError as exc:
            log.warning("drvn reconcile: provider statistic for %s: %s", day, exc)
    missing: list[str] = []
    confirmed = 0
    for event in checked:
        key = (event.plate.upper(), (event.time.astimezone(UTC) + tz).date())
        if key not in held:
            continue
        if wire.image_guid(event.event_id) in held[key]:
            confirmed += 1
        else:
            missing.append(event.event_id)
    log.info(
        "drvn reconcile: %d checked, %d confirmed, %d missing, %d plates failed",
        len(checked),
        confirmed,
        len(missing),
        len(failed),
    )
    return ReconcileReport(tuple(missing), confirmed, tuple(outside), tuple(sorted(failed)), days)

"""The CarGoRuqsat uplink: the API client (a ``Destination``), its settings and the day's truck queue.

Wiring (the composition root)::

    uplink = create_cgr_uplink(config.uplink.cgr, secrets, paths.data_dir)
    uplink.trucks.load()                      # the last list and its age, before the first fetch
    dispatcher.add(uplink.client)             # deliver() / aclose()
    loop.create_task(uplink.poller.run(stop)) # TruckNumbers every truck_numbers_poll_s
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.uplink.cgr.client import CgrClient
from cgrconsole.core.uplink.cgr.poller import TruckNumbersPoller
from cgrconsole.core.uplink.cgr.settings import DEFAULT_FIELD_MAPPING, CgrSettings, DirectionValues
from cgrconsole.core.uplink.cgr.trucks import TruckList, TruckQueue, normalize_plate

__all__ = [
    "DEFAULT_FIELD_MAPPING",
    "CgrClient",
    "CgrSettings",
    "CgrUplink",
    "DirectionValues",
    "TruckList",
    "TruckNumbersPoller",
    "TruckQueue",
    "create_cgr_uplink",
    "normalize_plate",
]


@dataclass(frozen=True)
class CgrUplink:
    """The three parts of the CarGoRuqsat uplink, built together so they share one client."""

    client: CgrClient
    trucks: TruckQueue
    poller: TruckNumbersPoller


def create_cgr_uplink(
    settings: CgrSettings,
    secrets: SecretStore,
    data_dir: Path | None,
    *,
    clock: Callable[[], float] = time.time,
    on_secret: Callable[[str], None] | None = None,
    on_trucks: Callable[[TruckList], None] | None = None,
) -> CgrUplink:
    """Build (no I/O) the client, the truck queue kept in ``data_dir`` and its poller."""
    client = CgrClient(settings, secrets, clock=clock, on_secret=on_secret)
    trucks = TruckQueue(
        data_dir, clock, settings.truck_numbers_max_age_s, settings.suggest_max_distance, on_update=on_trucks
    )
    return CgrUplink(client, trucks, TruckNumbersPoller(client, trucks, settings.truck_numbers_poll_s))

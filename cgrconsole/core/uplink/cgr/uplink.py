"""Builds the CarGoRuqsat uplink's parts together (no I/O), so they share one client."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.uplink.cgr.client import CgrClient
from cgrconsole.core.uplink.cgr.poller import TruckNumbersPoller
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.cgr.trucks import TruckList, TruckQueue


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

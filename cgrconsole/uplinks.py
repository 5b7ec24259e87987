"""Builds the destinations enabled in ``[uplink]`` (no I/O) and what runs beside them on the loop."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from cgrconsole.config import Config
from cgrconsole.core.reachability.probe import Endpoint
from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.uplink.cgr.trucks import TruckQueue
from cgrconsole.core.uplink.cgr.uplink import create_cgr_uplink
from cgrconsole.core.uplink.destination import Destination
from cgrconsole.core.uplink.drvn.client import DrvnClient
from cgrconsole.core.uplink.drvn.gate import DrvnHealth
from cgrconsole.logs import SECRETS
from cgrconsole.paths import AppPaths

Companion = Callable[[asyncio.Event], Coroutine[Any, Any, None]]


@dataclass
class Uplinks:
    destinations: list[Destination] = field(default_factory=list)
    companions: list[Companion] = field(default_factory=list)  # run on the dispatcher's loop
    trucks: TruckQueue | None = None  # the day's CarGoRuqsat queue, for the officer
    drvn_health: DrvnHealth | None = None  # the latest, from the dispatcher's thread


def build_uplinks(
    config: Config, secrets: SecretStore, paths: AppPaths, clock: Callable[[], float] = time.time
) -> Uplinks:
    uplinks = Uplinks()
    cgr = config.uplink.cgr
    if cgr.enabled:
        built = create_cgr_uplink(cgr, secrets, paths.data_dir, clock=clock, on_secret=SECRETS.add_secret)
        uplinks.destinations.append(built.client)
        uplinks.trucks = built.trucks
        if cgr.truck_numbers_enabled:
            uplinks.companions.append(built.poller.run)
    drvn = config.uplink.drvn
    if drvn.enabled:

        def health(value: DrvnHealth) -> None:
            uplinks.drvn_health = value

        uplinks.destinations.append(
            DrvnClient(
                drvn,
                secrets,
                clock=clock,
                budget_path=paths.data_dir / "drvn_vehicle_info.json",
                on_health=health,
                on_secret=SECRETS.add_secret,
            )
        )
    return uplinks


def reach_endpoints(config: Config) -> list[Endpoint]:
    """Every server the console sends to, for the reachability checks (what is enabled, in this order)."""
    endpoints = []
    cgr, drvn, sftp = config.uplink.cgr, config.uplink.drvn, config.sftp
    if cgr.enabled:
        endpoints.append(Endpoint.from_url("cgr", cgr.base_url, cgr.ca_bundle))
    if drvn.enabled:
        endpoints.append(Endpoint.from_url("drvn", drvn.base_url, drvn.ca_bundle, drvn.verify_tls))
    if sftp.enabled:
        endpoints.append(Endpoint("sftp", sftp.host, sftp.port, "ssh"))
    return endpoints

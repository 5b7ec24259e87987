"""The CarGoRuqsat client against the real stand-in over loopback (helpers in support/cgr_fixtures)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from support.cgr_fixtures import REGISTRATION
from support.clock import FakeClock

from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.cgr.client import CgrClient
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.standins.cgr import CgrStandin, CgrStandinConfig


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_755_497_112.0)  # 2025-08-18 11:05:12 +05:00


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring({"cgr/registration_token": REGISTRATION})


@pytest.fixture
def secrets(keyring: MemoryKeyring) -> SecretStore:
    return SecretStore(backend=keyring)


@pytest.fixture
def start_standin(clock: FakeClock) -> Iterator[Callable[..., CgrStandin]]:
    """Start a stand-in agreeing with ``settings`` (plus ``config`` overrides); stopped after the test."""
    started: list[CgrStandin] = []

    def start(settings: CgrSettings | None = None, **config: Any) -> CgrStandin:
        merged = {"registration_token": REGISTRATION, **config}
        tls = {k: merged.pop(k) for k in ("tls_cert", "tls_key") if k in merged}
        standin = CgrStandin(
            CgrStandinConfig.from_settings(settings or CgrSettings(), **merged), clock=clock, **tls
        )
        started.append(standin.start())
        return standin

    yield start
    for standin in started:
        standin.stop()


@pytest.fixture
def standin(start_standin: Callable[..., CgrStandin]) -> CgrStandin:
    return start_standin()


@pytest.fixture
def make_client(secrets: SecretStore, clock: FakeClock) -> Callable[..., CgrClient]:
    def make(target: CgrStandin, settings: CgrSettings | None = None, **changes: Any) -> CgrClient:
        fast = {"base_url": target.url, "timeout_s": 3.0, "connect_timeout_s": 2.0, **changes}
        return CgrClient(dataclasses.replace(settings or CgrSettings(), **fast), secrets, clock=clock)

    return make

"""Faults of a real server through the whole path: outbox → dispatcher → CarGoRuqsat client → stand-in.

Each fault must end with every event delivered exactly once and every event 'sent' for the officer.
"""

from __future__ import annotations

import asyncio
import collections
import time
from dataclasses import replace
from pathlib import Path

import pytest
from support.events import detected, make_rig

from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.cgr.uplink import create_cgr_uplink
from cgrconsole.core.uplink.dispatcher import OutboxDispatcher
from cgrconsole.standins.cgr import CgrStandin
from cgrconsole.standins.cgr_rules import CgrStandinConfig
from cgrconsole.standins.cgr_state import Fault

REGISTRATION = "reg-faults-93c2"
FAULTS = {
    "server errors": [Fault(path="CamEvent", status=500, times=3)],
    "answer lost after the commit": [Fault(path="CamEvent", commit=True, drop=True, times=2)],
    "too many requests": [Fault(path="CamEvent", status=429, headers={"Retry-After": "1"}, times=1)],
    "garbage instead of JSON": [Fault(path="CamEvent", status=502, body="<html>proxy error", times=2)],
    "slow answer": [Fault(path="CamEvent", delay_s=1.5, times=1)],
}


def run(rig, client, until: float = 30.0) -> None:
    dispatcher = OutboxDispatcher(rig.outbox, [client], rig.store.outbound, rig.clock)

    async def drain() -> None:
        deadline = time.monotonic() + until
        while time.monotonic() < deadline:
            rig.clock.now = time.time()
            if not await dispatcher.pump(client) and rig.outbox.next_due("cgr") is None:
                break
            await asyncio.sleep(0.02)
        await client.aclose()

    asyncio.run(drain())


@pytest.mark.parametrize("name", list(FAULTS))
def test_a_fault_ends_with_each_event_delivered_once(tmp_path: Path, name: str) -> None:
    with CgrStandin(CgrStandinConfig(registration_token=REGISTRATION)) as standin:
        for fault in FAULTS[name]:
            standin.inject(fault)
        rig = make_rig(tmp_path, ("cgr",))
        rig.outbox.backoff_initial_s, rig.outbox.backoff_cap_s = 0.05, 0.2
        rig.clock.now = time.time()
        ids = [
            rig.store.confirm(
                rig.store.add(detected(f"{100 + i}ABC01", ts=rig.clock.now - 60 + i)).id, by="o"
            ).id
            for i in range(6)
        ]
        settings = replace(
            CgrSettings(), enabled=True, base_url=standin.url, token_cache="memory", timeout_s=1
        )
        client = create_cgr_uplink(
            settings, SecretStore(MemoryKeyring({"cgr/registration_token": REGISTRATION})), None
        )
        run(rig, client.client)
        sent = collections.Counter(e["event_id"] for e in standin.received)
    assert sorted(sent) == sorted(ids) and set(sent.values()) == {1}
    assert [rig.store.get(i).state for i in ids] == ["sent"] * len(ids)
    retried = [a for i in ids for a in rig.outbox.attempts(rig.outbox.rows(i)[0].id) if a.outcome == "retry"]
    assert retried, f"the fault ({name}) was met and retried"


def test_a_token_expiring_mid_batch_logs_in_again_and_loses_nothing(tmp_path: Path) -> None:
    with CgrStandin(CgrStandinConfig(registration_token=REGISTRATION)) as standin:
        standin.expire_tokens(after_uses=3)
        rig = make_rig(tmp_path, ("cgr",))
        rig.clock.now = time.time()
        ids = [
            rig.store.confirm(
                rig.store.add(detected(f"{200 + i}ABC01", ts=rig.clock.now - 60 + i)).id, by="o"
            ).id
            for i in range(8)
        ]
        settings = replace(CgrSettings(), enabled=True, base_url=standin.url, token_cache="memory")
        client = create_cgr_uplink(
            settings, SecretStore(MemoryKeyring({"cgr/registration_token": REGISTRATION})), None
        )
        run(rig, client.client)
        assert standin.state.auth_calls >= 2
        assert sorted(e["event_id"] for e in standin.received) == sorted(ids)
    assert {rig.store.get(i).state for i in ids} == {"sent"}

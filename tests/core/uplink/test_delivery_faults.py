"""Faults of a real server through the whole path: outbox → dispatcher → client → stand-in (both APIs).

Each fault must end with every event delivered exactly once, in order, and 'sent' for the officer.
"""

from __future__ import annotations

import asyncio
import collections
import time
from dataclasses import replace
from pathlib import Path

import pytest
from support.drvn_fixtures import client as drvn_client
from support.drvn_fixtures import standin as drvn_standin
from support.events import detected, make_rig

from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.cgr.uplink import create_cgr_uplink
from cgrconsole.core.uplink.dispatcher import OutboxDispatcher
from cgrconsole.core.uplink.drvn import wire
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


def run(rig, client, until: float = 30.0, destination: str = "cgr") -> None:
    dispatcher = OutboxDispatcher(rig.outbox, [client], rig.store.outbound, rig.clock)

    async def drain() -> None:
        deadline = time.monotonic() + until
        while time.monotonic() < deadline:
            rig.clock.now = time.time()
            if not await dispatcher.pump(client) and rig.outbox.next_due(destination) is None:
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


DRVN_FAULTS = {
    "server errors": {"fail_next": 3},
    "answers lost after the commit": {"drop_after_commit_next": 2},
    "connections reset": {"reset_next": 2},
    "too many requests without Retry-After": {"rate_limit_next": 2, "retry_after_s": 0},
    "tokens expiring mid-stream": {"expire_tokens_after_uploads": 2},
    "busy windows": {"busy_every_s": 1.0, "busy_for_s": 0.3, "announce_busy": False, "retry_after_s": 0},
}


@pytest.mark.parametrize("name", list(DRVN_FAULTS))
def test_drvn_a_fault_ends_with_each_image_received_once_and_in_order(tmp_path: Path, name: str) -> None:
    server = drvn_standin(time.time)  # type: ignore[arg-type]
    try:
        rig = make_rig(tmp_path, ("drvn",))
        rig.outbox.backoff_initial_s, rig.outbox.backoff_cap_s = 0.05, 0.2
        rig.clock.now = time.time()
        ids = [
            rig.store.confirm(
                rig.store.add(detected(f"30E{i:05d}", ts=rig.clock.now - 60 + i, country="VN")).id, by="o"
            ).id
            for i in range(6)
        ]
        client = drvn_client(server, time.time, tmp=tmp_path, max_batch=2)  # type: ignore[arg-type]
        # Faults from now: the first request comes within milliseconds, in the first busy window even on
        # a loaded machine (set before the rig was built, that window could pass before anything was sent).
        server.set_faults(**DRVN_FAULTS[name], busy_from=time.time())
        run(rig, client, destination="drvn")
    finally:
        server.stop()
    by_guid = {wire.image_guid(i): i for i in ids}
    assert [by_guid[r.guid] for r in server.received] == ids  # each once, in event-time order
    assert [rig.store.get(i).state for i in ids] == ["sent"] * len(ids)
    if name == "tokens expiring mid-stream":  # a new login inside the same attempt: nothing to retry
        assert client.session.logins >= 2
        return
    retried = [a for i in ids for a in rig.outbox.attempts(rig.outbox.rows(i)[0].id) if a.outcome == "retry"]
    assert retried, f"the fault ({name}) was met and retried"

"""Sending resumes as soon as the server can take it: real servers, real time, the real dispatcher thread.

- ĐBVN busy a sixth of the time (the field's "10 s of every 60", six times faster), answering 429
  without Retry-After and not announcing its windows: each event confirmed in a busy window goes
  out as that window ends (the client asks the status at once and waits exactly until
  NextUpdateTime), not a fixed minute later and not in the next busy window.
- After an outage the first event does not wait out its own backoff: a cheap reachability check
  (CarGoRuqsat) or status check (ĐBVN) ends the wait. The backoff here starts at 30 s, so only the
  check can make the test pass in time.
Every event still arrives exactly once and in order.
"""

from __future__ import annotations

import collections
import dataclasses
import time
from pathlib import Path

import pytest
from support.cgr_fixtures import REGISTRATION
from support.drvn_fixtures import client as drvn_client
from support.drvn_fixtures import standin as drvn_standin
from support.events import detected, make_rig
from support.waiting import wait_until

from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.cgr.client import CgrClient
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.dispatcher import DispatcherThread, OutboxDispatcher
from cgrconsole.core.uplink.drvn import wire
from cgrconsole.core.uplink.outbox import DELIVERED, waits_for_link
from cgrconsole.standins.cgr import CgrStandin, CgrStandinConfig

EVERY_S, BUSY_S = 6.0, 1.0


def confirm(rig, plate: str) -> str:
    event = rig.store.add(detected(plate, ts=time.time(), country="VN"))
    return rig.store.confirm(event.id, by="officer").id


def delivered(rig, event_id: str) -> bool:
    return rig.outbox.rows(event_id)[0].state == DELIVERED


def test_a_server_busy_a_sixth_of_the_time_takes_each_event_as_its_busy_window_ends(tmp_path: Path) -> None:
    server = drvn_standin(time.time)  # type: ignore[arg-type]
    server.set_faults(
        busy_every_s=EVERY_S,
        busy_for_s=BUSY_S,
        busy_from=time.time() + 1,
        announce_busy=False,
        retry_after_s=0,
    )
    rig = make_rig(tmp_path, ("drvn",), clock=time.time)  # type: ignore[arg-type]
    drvn = drvn_client(server, time.time, tmp=tmp_path)  # type: ignore[arg-type]
    thread = DispatcherThread(OutboxDispatcher(rig.outbox, [drvn], rig.store.outbound, time.time))
    thread.start()
    ids, late = [], []
    try:
        for n in range(3):
            wait_until(
                lambda: server.state.busy(time.time())[0], timeout=EVERY_S + 1, message="a busy window"
            )
            _, ends = server.state.busy(time.time())
            ids.append(confirm(rig, f"30E{n:05d}"))
            thread.wake()
            wait_until(lambda i=ids[-1]: delivered(rig, i), timeout=EVERY_S, message="delivered in time")
            guid = wire.image_guid(ids[-1])
            received = next(r.received_at for r in server.received if r.guid == guid)
            assert received >= ends, "nothing is accepted while busy"
            late.append(received - ends)
    finally:
        thread.stop(5)
        server.stop()
    print(f"delivered {', '.join(f'{s * 1000:.0f}' for s in late)} ms after each busy window ended")
    assert max(late) < 0.5, "in the next ready window, at its start"
    assert [r.guid for r in server.received] == [wire.image_guid(i) for i in ids]  # once each, in order
    assert server.state.busy_violations >= 1, "the 429 path was taken (the windows are not announced)"


def cgr_client(standin: CgrStandin) -> CgrClient:
    settings = dataclasses.replace(
        CgrSettings(), base_url=standin.url, token_cache="memory", probe_interval_s=0.2, timeout_s=2
    )
    return CgrClient(settings, SecretStore(MemoryKeyring({"cgr/registration_token": REGISTRATION})))


@pytest.mark.parametrize("destination", ["cgr", "drvn"])
def test_after_an_outage_a_successful_check_ends_the_backoff(tmp_path: Path, destination: str) -> None:
    if destination == "cgr":
        server = CgrStandin(CgrStandinConfig(registration_token=REGISTRATION)).start()
        client = cgr_client(server)
    else:
        server = drvn_standin(time.time)  # type: ignore[arg-type]
        client = drvn_client(server, time.time, tmp=tmp_path, probe_interval_s=0.2)  # type: ignore[arg-type]
    rig = make_rig(tmp_path, (destination,), clock=time.time)  # type: ignore[arg-type]
    rig.outbox.backoff_initial_s = 30.0  # without the check, the first retry would come after ~30 s
    thread = DispatcherThread(OutboxDispatcher(rig.outbox, [client], rig.store.outbound, time.time))
    server.refuse_connections()
    thread.start()
    try:
        ids = [confirm(rig, f"30E{n:05d}") for n in range(3)]
        thread.wake()

        def waiting_for_link() -> bool:
            head = rig.outbox.head(destination)
            return head is not None and head.attempts > 0 and waits_for_link(head)

        wait_until(waiting_for_link, timeout=10, message="the first send met the outage")
        head = rig.outbox.head(destination)
        assert head is not None and head.next_attempt_ts > time.time() + 20, "a long backoff"
        server.accept_connections()
        took = wait_until(lambda: all(delivered(rig, i) for i in ids), timeout=10, message="all delivered")
    finally:
        thread.stop(5)
        server.stop()
    print(f"{destination}: sending resumed {took:.2f} s after the server came back")
    assert took < 5
    if destination == "cgr":
        sent = [e["event_id"] for e in server.received]
    else:
        by_guid = {wire.image_guid(i): i for i in ids}
        sent = [by_guid[r.guid] for r in server.received]
    assert sent == ids and set(collections.Counter(sent).values()) == {1}

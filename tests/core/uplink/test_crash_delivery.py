"""Kill -9 the console while it delivers: every confirmed event reaches the server exactly once.

The real headless console (``python -m cgrconsole --headless``) drains an outbox of 300 confirmed
events into the CarGoRuqsat or the ĐBVN stand-in, which answers slowly so the kills land mid-flight. It is
killed with SIGKILL ten times at random moments while sending, then left to finish. A send whose
answer was lost to a kill is resent after the restart; the stand-in answers 409 and the outbox
counts it delivered.
"""

from __future__ import annotations

import collections
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.clock import FakeClock
from support.console import headless_console
from support.drvn_fixtures import PASSWORD, PROVIDER_ID, USER
from support.events import detected, make_rig
from support.file_keyring import child_environment
from support.waiting import wait_until

from cgrconsole.core.uplink.drvn import wire
from cgrconsole.core.uplink.outbox import DELIVERED
from cgrconsole.standins.cgr import CgrStandin
from cgrconsole.standins.cgr_rules import CgrStandinConfig
from cgrconsole.standins.cgr_state import Fault
from cgrconsole.standins.drvn import DrvnStandin
from cgrconsole.standins.drvn_state import Account
from cgrconsole.standins.drvn_validate import Rules

REGISTRATION = "reg-crash-test-7d41"
EVENTS = 300  # at most ~100 sends a second for the kills' 1.9 s of sleeps: the kills land before the end
KILLS = 10


def seed_outbox(data: Path, destination: str) -> list[str]:
    clock = FakeClock(time.time() - EVENTS - 60)  # recent: ĐBVN refuses images older than 5 days
    rig = make_rig(data, (destination,), clock=clock)
    frame = detected().frame_jpeg
    ids = []
    for i in range(EVENTS):
        event = rig.store.add(detected(f"{i % 1000:03d}ABC01", ts=rig.clock() + i, frame_jpeg=frame))
        ids.append(rig.store.confirm(event.id, by="officer").id)
    rig.close()
    return ids


def console(config: Path, data: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    command = headless_console(config, data)
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Site:
    """One destination's stand-in, the console's configuration for it, and how to read what arrived."""

    def __init__(self, destination: str) -> None:
        self.destination = destination
        if destination == "cgr":
            self.cgr = CgrStandin(CgrStandinConfig(registration_token=REGISTRATION)).start()
            self.cgr.inject(Fault(path="CamEvent", delay_s=0.02, times=1_000_000))  # kills land mid-request
            self.secrets = {"cgr/registration_token": REGISTRATION}
            table = (
                f"[uplink.cgr]\nenabled = true\nbase_url = '{self.cgr.url}'\ntoken_cache = 'memory'\n"
                "truck_numbers_enabled = false\n"
            )
        else:
            self.drvn = DrvnStandin(
                accounts=[Account(PROVIDER_ID, USER, PASSWORD)], rules=Rules(min_interval_s=0)
            )
            self.drvn.start().set_faults(slow_s=0.05)  # kills land mid-request
            self.secrets = {"drvn/password": PASSWORD}
            table = (
                f"[uplink.drvn]\nenabled = true\nbase_url = '{self.drvn.url}'\nprovider_id = {PROVIDER_ID}\n"
                f"user_name = '{USER}'\ngps_lat = 21.0285\ngps_lon = 105.8542\nmax_batch = 5\n"
                "[uplink.drvn.cameras.Camera1]\ncamera_id = 7\n"
            )
        self.config = (
            "[site]\ntimezone = 'Asia/Almaty'\n[archive]\nenabled = false\n"
            + table
            + "[uplink]\nretry_initial_s = 0.2\nretry_max_s = 1\n"
        )

    def received(self) -> list[str]:
        """Event ids the server accepted, in arrival order."""
        if self.destination == "cgr":
            return [event["event_id"] for event in self.cgr.received]
        return [record.guid for record in self.drvn.received]

    def sent_ids(self, ids: list[str]) -> list[str]:
        if self.destination == "cgr":
            return self.received()
        by_guid = {wire.image_guid(i): i for i in ids}
        return [by_guid[guid] for guid in self.received()]

    def secrets_in_clear(self) -> list[str]:
        tokens = self.cgr.state.issued_tokens() if self.destination == "cgr" else []
        if self.destination == "cgr":
            assert tokens, "the console logged in"
        return [*self.secrets.values(), *tokens]

    def stop(self) -> None:
        (self.cgr if self.destination == "cgr" else self.drvn).stop()


@pytest.mark.slow
@pytest.mark.parametrize("destination", ["cgr", "drvn"])
def test_ten_kills_during_300_deliveries_lose_nothing_and_duplicate_nothing(
    tmp_path: Path, destination: str
) -> None:
    data = tmp_path / "data"
    ids = seed_outbox(data, destination)
    site = Site(destination)
    config = tmp_path / "config.toml"
    config.write_text(site.config, encoding="utf-8")
    env = child_environment(tmp_path / "keyring.json", site.secrets)
    rng = random.Random(20261121)
    try:
        for _ in range(KILLS):
            before = len(site.received())
            process = console(config, data, env)
            try:
                wait_until(lambda b=before: len(site.received()) > b, timeout=30, message="sending started")
                time.sleep(rng.uniform(0.0, 0.5))
            finally:
                process.kill()  # SIGKILL; TerminateProcess on Windows
                process.wait(10)
            assert len(site.received()) < EVENTS, "the kills must land before the outbox is empty"
        process = console(config, data, env)
        wait_until(lambda: len(site.received()) >= EVENTS, timeout=120, message="all delivered")
        time.sleep(1.0)  # anything still in flight would show up as a duplicate now
        if sys.platform == "win32":  # no SIGTERM to send there: stopping is a kill, covered above
            process.kill()
            process.wait(30)
        else:
            process.send_signal(signal.SIGTERM)
            assert process.wait(30) == 0
    finally:
        site.stop()
    for path in [p for p in data.rglob("*") if p.is_file()]:  # logs, database, WAL, backups
        content = path.read_bytes()
        for secret in site.secrets_in_clear():
            assert secret.encode() not in content, f"a secret is written in clear in {path}"
    sent = site.sent_ids(ids)
    assert collections.Counter(sent) == collections.Counter(ids), "each event exactly once"
    if destination == "drvn":  # one list request at a time, oldest first: arrival order is event order
        assert sent == ids
    rig = make_rig(data, (destination,))
    rows = [row for event_id in ids for row in rig.outbox.rows(event_id)]
    assert {row.state for row in rows} == {DELIVERED}
    with rig.database.lock:
        again = rig.database.db.execute("SELECT COUNT(*) FROM outbox WHERE already_there = 1").fetchone()[0]
    interrupted = rig.database.db.execute(
        "SELECT COUNT(*) FROM outbox_attempts WHERE outcome = 'interrupted'"
    ).fetchone()[0]
    print(
        f"{destination}: {KILLS} kills: {interrupted} sends interrupted, "
        f"{again} answered 'already there' after a restart"
    )
    assert interrupted >= KILLS // 2  # most kills caught a send in flight (some land between two)
    # what a server without a duplicate check would have kept twice: at most one request per kill
    per_request = 1 if destination == "cgr" else 5  # CarGoRuqsat: one event per POST; ĐBVN: max_batch
    assert again <= KILLS * per_request
    assert {e.state for e in rig.store.recent(limit=EVENTS)} == {"sent"}
    rig.close()

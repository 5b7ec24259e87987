"""Kill -9 the console while it delivers: every confirmed event reaches the server exactly once.

The real headless console (``python -m cgrconsole --headless``) drains an outbox of 500 confirmed
events into the CarGoRuqsat stand-in, which answers slowly so the kills land mid-flight. It is
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
from support.console import headless_console
from support.events import detected, make_rig
from support.file_keyring import child_environment
from support.waiting import wait_until

from cgrconsole.core.uplink.outbox import DELIVERED
from cgrconsole.standins.cgr import CgrStandin
from cgrconsole.standins.cgr_rules import CgrStandinConfig
from cgrconsole.standins.cgr_state import Fault

REGISTRATION = "reg-crash-test-7d41"
EVENTS = 500
KILLS = 10


def seed_outbox(data: Path) -> list[str]:
    rig = make_rig(data, ("cgr",))
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


@pytest.mark.slow
def test_ten_kills_during_500_deliveries_lose_nothing_and_duplicate_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ids = seed_outbox(data)
    standin = CgrStandin(CgrStandinConfig(registration_token=REGISTRATION)).start()
    standin.inject(Fault(path="CamEvent", delay_s=0.02, times=1_000_000))  # kills land mid-request
    config = tmp_path / "config.toml"
    config.write_text(
        "[site]\ntimezone = 'Asia/Almaty'\n[archive]\nenabled = false\n"
        f"[uplink.cgr]\nenabled = true\nbase_url = '{standin.url}'\ntoken_cache = 'memory'\n"
        "truck_numbers_enabled = false\n[uplink]\nretry_initial_s = 0.2\nretry_max_s = 1\n",
        encoding="utf-8",
    )
    env = child_environment(tmp_path / "keyring.json", {"cgr/registration_token": REGISTRATION})
    rng = random.Random(20261121)
    try:
        for _ in range(KILLS):
            before = len(standin.received)
            process = console(config, data, env)
            try:
                wait_until(lambda b=before: len(standin.received) > b, timeout=30, message="sending started")
                time.sleep(rng.uniform(0.0, 0.5))
            finally:
                process.kill()  # SIGKILL; TerminateProcess on Windows
                process.wait(10)
            assert len(standin.received) < EVENTS, "the kills must land before the outbox is empty"
        process = console(config, data, env)
        wait_until(lambda: len(standin.received) >= EVENTS, timeout=120, message="all delivered")
        time.sleep(1.0)  # anything still in flight would show up as a duplicate now
        if sys.platform == "win32":  # no SIGTERM to send there: stopping is a kill, covered above
            process.kill()
            process.wait(30)
        else:
            process.send_signal(signal.SIGTERM)
            assert process.wait(30) == 0
    finally:
        standin.stop()
    tokens = standin.state.issued_tokens()
    assert tokens, "the console logged in"
    for path in [p for p in data.rglob("*") if p.is_file()]:  # logs, database, WAL, backups
        content = path.read_bytes()
        for secret in (REGISTRATION, *tokens):
            assert secret.encode() not in content, f"a secret is written in clear in {path}"
    sent = collections.Counter(event["event_id"] for event in standin.received)
    assert sorted(sent) == sorted(ids) and set(sent.values()) == {1}
    rig = make_rig(data, ("cgr",))
    rows = [row for event_id in ids for row in rig.outbox.rows(event_id)]
    assert {row.state for row in rows} == {DELIVERED}
    with rig.database.lock:
        again = rig.database.db.execute("SELECT COUNT(*) FROM outbox WHERE already_there = 1").fetchone()[0]
    interrupted = rig.database.db.execute(
        "SELECT COUNT(*) FROM outbox_attempts WHERE outcome = 'interrupted'"
    ).fetchone()[0]
    print(f"{KILLS} kills: {interrupted} sends interrupted, {again} answered 'already there' after a restart")
    assert interrupted >= KILLS - 2  # nearly every kill caught a send in flight
    assert {e.state for e in rig.store.recent(limit=EVENTS)} == {"sent"}
    rig.close()

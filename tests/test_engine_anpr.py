"""The running console recognizes plates: a synthetic camera through ingest, recognition, events, outbox."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from support.destinations import ScriptedDestination
from support.waiting import wait_until

from cgrconsole.config import CameraConfig, Config, IngestConfig
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.synthetic.scene import Scene, SceneSpec
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths

SEED = 6  # three vehicles leave the view within 18 s: 222BEL04, N689NEZ, 650UQY14


@pytest.mark.slow
def test_each_passing_vehicle_becomes_one_event_that_is_sent(tmp_path: Path) -> None:
    url = f"synthetic://Lane1?seed={SEED}&direction=entry&gap=4"
    camera = CameraConfig("Lane1", url, "entry", auto_send=True)
    paths = AppPaths(tmp_path / "data", tmp_path / "data" / "archive", tmp_path / "data" / "logs")
    destination = ScriptedDestination()
    engine = Engine(
        Config(cameras=(camera,), ingest=IngestConfig(open_timeout_s=5)),
        paths,
        SecretStore(MemoryKeyring()),
        destinations=[destination],
    )
    truth = Scene(SceneSpec(seed=SEED, direction="entry", mean_gap_s=4)).passes_until(18)
    passed = [p for p in truth if p.leave_s < 18]
    engine.start()
    try:
        wait_until(lambda: engine.cameras.status("Lane1").frames > 0, timeout=10)
        started = time.monotonic()
        wait_until(lambda: len(engine.events.recent()) >= len(passed), timeout=25)
        time.sleep(max(0.0, 19 - (time.monotonic() - started)))  # no late duplicate may appear
        events = sorted(engine.events.recent(), key=lambda e: e.ts)
        assert [e.plate for e in events] == [p.plate for p in passed]
        assert {e.direction for e in events} == {"entry"}
        for event in events:
            assert (paths.events_dir / event.frame_path).read_bytes()[:2] == b"\xff\xd8"
            assert event.crop_path and (paths.events_dir / event.crop_path).stat().st_size > 500
            assert event.archive_path and event.archive_path.startswith("Lane1/")
        for event in events:  # confident readings went out by themselves; the officer confirms the rest
            assert (event.state == "new") == (event.confidence < 0.95), event
            if event.state == "new":
                engine.events.confirm(event.id, by="officer")
                engine.dispatcher.wake()
        wait_until(lambda: len(destination.accepted) == len(events), timeout=5)
        # sent as each was confirmed (a vehicle that stood longer is announced after a later one)
        assert sorted(destination.accepted) == sorted(e.id for e in events)
        assert {engine.events.get(e.id).state for e in events} == {"sent"}
    finally:
        engine.stop()

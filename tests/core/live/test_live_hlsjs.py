"""The console's own LL-HLS in a real browser: Debian chromium, hls.js, the console's test player.

A running engine with four synthetic cameras (the real camera workers, packagers and HTTP/2 + TLS server)
serves the page; chromium plays all four at once in low-latency mode for 30 s without a stall, then one
camera with ``lowLatencyMode`` off (hls.js's defaults: a player that knows nothing of parts). The burned-in
capture time is read back from every presented frame, so the test also proves glass to glass is measurable;
its value is the benchmark's business (benchmarks/hls_latency.py), not this test's.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.browser import assert_h264_mse, chromium, new_page, require_browser
from support.waiting import wait_until

from cgrconsole.config import CameraConfig, Config, IngestConfig
from cgrconsole.core.anpr.settings import AnprConfig
from cgrconsole.core.archive.settings import ArchiveConfig
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths

CAMERAS = ("Cam1", "Cam2", "Cam3", "Cam4")
SIZE = "320x180"  # four decodes in the browser beside four synthetic renderers and encoders on two cores
FPS = 15  # at 15 frames/s (a 2 s GOP, as at 25): a loaded CI machine starves neither encoders nor decoders
WATCH_S = 30.0
TILES = """() => Object.fromEntries(Object.entries(window.cgrPlayer.tiles).map(([name, t]) => [name, {
    time: t.video.currentTime, stalls: t.stalls, restarts: t.restarts, error: t.error, latency: t.latency,
    samples: t.samples.length, playing: t.playing}]))"""


@pytest.fixture(scope="module")
def console(tmp_path_factory) -> Iterator[Engine]:
    require_browser()
    data = tmp_path_factory.mktemp("hlsjs")
    cameras = tuple(
        CameraConfig(name, f"synthetic://{name}?seed={i}&size={SIZE}&fps={FPS}&gop={2 * FPS}")
        for i, name in enumerate(CAMERAS, 1)
    )
    config = Config(
        cameras=cameras,
        ingest=IngestConfig(open_timeout_s=5),
        live=LiveConfig(bind="127.0.0.1", port=0),
        anpr=AnprConfig(enabled=False),
        archive=ArchiveConfig(enabled=False),
    )
    paths = AppPaths(Path(data), Path(data) / "archive", Path(data) / "logs")
    engine = Engine(config, paths, SecretStore(MemoryKeyring()), decode=False, destinations=[])
    engine.start()
    try:
        wait_until(lambda: all(_published(engine, name) for name in CAMERAS), 60, 0.2)
        yield engine
    finally:
        engine.stop()


def _published(engine: Engine, camera: str) -> bool:
    snapshot = engine.live_streams[camera].snapshot()
    return snapshot is not None and snapshot.last_msn >= 1


def _play(
    engine: Engine, query: str, seconds: float, settled_below: float = 3
) -> tuple[dict, dict, list[str]]:
    """The tiles after a warm-up (playing, counters cleared) and after ``seconds`` more."""
    server = engine.live_server
    assert server is not None
    errors: list[str] = []
    with chromium() as browser:
        page = new_page(browser, errors)
        page.goto(f"{server.base_url}/player?{query}")
        assert_h264_mse(page)

        def all_at_the_live_edge() -> bool:  # started, and past the start's jump to the live edge
            tiles = page.evaluate(TILES)
            return bool(tiles) and all(
                t["playing"] and t["latency"] is not None and t["latency"] < settled_below
                for t in tiles.values()
            )

        wait_until(all_at_the_live_edge, 45, 0.5)
        time.sleep(2)
        page.evaluate("() => Object.values(window.cgrPlayer.tiles).forEach(t => { t.stalls = 0 })")
        before = page.evaluate(TILES)
        time.sleep(seconds)  # watching: what counts is what the page saw meanwhile
        after = page.evaluate(TILES)
    return before, after, errors


def test_four_cameras_play_at_once_in_low_latency_mode_without_a_stall(console: Engine) -> None:
    before, after, errors = _play(console, "cameras=" + ",".join(CAMERAS), WATCH_S)
    assert set(after) == set(CAMERAS)
    for name, tile in after.items():
        played = tile["time"] - before[name]["time"]
        assert tile["stalls"] == 0, f"{name} stalled {tile['stalls']} time(s) in {WATCH_S:.0f} s"
        assert tile["restarts"] == 0 and not tile["error"], (name, tile)
        assert played > 0.9 * WATCH_S, f"{name} played {played:.1f} s of video in {WATCH_S:.0f} s"
        assert tile["samples"] > before[name]["samples"], f"{name}: no burned-in capture time read back"
    assert not errors, errors


def test_one_camera_plays_with_low_latency_mode_off(console: Engine) -> None:
    before, after, errors = _play(console, "cameras=Cam1&lowLatency=0", 15, settled_below=20)
    tile, start = after["Cam1"], before["Cam1"]
    assert tile["stalls"] == 0 and tile["restarts"] == 0 and not tile["error"], tile
    assert tile["time"] - start["time"] > 13, "hls.js without low latency did not play on"
    assert not errors, errors

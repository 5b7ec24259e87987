"""A live tile's display latency can be measured: the synthetic camera's burned-in capture time is read
back from the grabbed tile (the figures themselves are benchmarks/tile_latency.py's, not a test's)."""

from __future__ import annotations

import math
import time

from support.tile_latency import TileLatencyProbe, read_tile

from cgrconsole.config import CameraConfig, IngestConfig
from cgrconsole.core.camera.manager import CameraManager
from cgrconsole.core.source_factory import make_source_factory
from cgrconsole.ui.camera_grid import CameraGridWidget


def test_the_capture_time_reads_from_a_grabbed_tile_and_gives_a_latency(qtbot) -> None:
    ingest = IngestConfig()
    cameras = [CameraConfig("Lane1", "synthetic://Lane1?size=640x360&fps=25&seed=2")]
    manager = CameraManager(cameras, make_source_factory(None, ingest), ingest)
    grid = CameraGridWidget(cameras, manager)
    qtbot.addWidget(grid)
    grid.resize(480, 300)  # a small tile: the frame is scaled down to about 470x265
    grid.show()
    tile = grid.tiles["Lane1"]
    probe = TileLatencyProbe(grid.tiles.values())
    manager.start()
    grid.start()
    try:
        qtbot.waitUntil(lambda: read_tile(tile) is not None, timeout=15_000)
        probe.start()
        qtbot.waitUntil(lambda: len(probe.samples) >= 20, timeout=20_000)
        probe.stop()
    finally:
        grid.stop()
        manager.stop()
    shown = read_tile(tile)
    assert shown is not None and abs(shown / 1000 - time.time()) < 60, "a capture time of this minute"
    assert {s.camera for s in probe.samples} == {"Lane1"}
    assert all(math.isfinite(s.latency) and s.latency > 0 for s in probe.samples), probe.samples
    captures = [s.capture_ms for s in probe.samples]
    assert captures == sorted(set(captures)), "each sample a newer frame"

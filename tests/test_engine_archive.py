"""A real GStreamer RTSP camera through the engine's recorder: playable files, events linked to their file."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path, PurePosixPath

import numpy as np
import pytest
from support.probe import probe
from support.rtsp import RtspServer
from support.waiting import wait_until

from cgrconsole.config import CameraConfig, Config, IngestConfig
from cgrconsole.core.anpr.tracker import PlateEvent
from cgrconsole.core.archive.layout import slot_start, windows_link
from cgrconsole.core.archive.links import NOT_RECORDING
from cgrconsole.core.archive.recorder import RecorderState
from cgrconsole.core.archive.settings import ArchiveConfig
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.cgr.payload import build_body
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths

# FFmpeg reads up to 1 s of video while it opens a session (analyzeduration); those packets reach the
# recorder at once, stamped when they arrive, so a session's first file holds up to 1 s more media than
# its wall-clock span.
OPENING_BURST_S = 1.0
FAST_RECONNECT = IngestConfig(open_timeout_s=5, read_timeout_s=3, backoff_initial_s=0.2, backoff_max_s=0.5)


def start_engine(tmp_path: Path, url: str, archive: ArchiveConfig | None = None) -> Engine:
    camera = CameraConfig("Gate", url)
    config = Config(cameras=(camera,), ingest=FAST_RECONNECT, archive=archive or ArchiveConfig())
    paths = AppPaths(tmp_path / "data", tmp_path / "data" / "archive", tmp_path / "data" / "logs")
    engine = Engine(config, paths, SecretStore(MemoryKeyring()), decode=False, destinations=[])
    engine.start()
    return engine


def wall_spans(engine: Engine) -> list[tuple[str, float, float]]:
    with sqlite3.connect(engine.paths.database) as db:
        rows = db.execute("SELECT path, wall_start_ts, wall_end_ts FROM archive_files ORDER BY wall_start_ts")
        return [(str(path), float(start), float(end)) for path, start, end in rows]


def test_an_rtsp_camera_is_recorded_into_playable_files_that_match_the_wall_clock(
    gstreamer: None, tmp_path: Path
) -> None:
    with RtspServer(size="640x360", fps=15) as server:
        engine = start_engine(tmp_path, server.url())
        try:
            recorder = engine.recorders["Gate"]
            wait_until(lambda: recorder.status.state is RecorderState.RECORDING, 20, message="recording")
            began = time.time()
            wait_until(lambda: time.time() - began > 8, 10)
        finally:
            engine.stop()
        ended = time.time()
    spans = wall_spans(engine)
    assert spans, "no archive file"
    total_wall = 0.0
    for path, start, end in spans:
        result = probe(engine.paths.archive_dir / path)
        assert result.codec == "h264" and (result.width, result.height) == (640, 360)
        assert result.width <= 1280 and result.height <= 720
        assert result.frames == pytest.approx(result.duration * 15, abs=3), "every frame is there"
        excess = result.duration - (end - start)
        assert -0.5 <= excess <= OPENING_BURST_S + 0.5, (
            f"media {result.duration:.2f} s, wall {end - start:.2f} s"
        )
        total_wall += end - start
    assert total_wall == pytest.approx(ended - began, abs=2.0)


def plate_event(ts: float) -> PlateEvent:
    picture = np.full((240, 320, 3), 90, dtype=np.uint8)
    return PlateEvent(ts, "123ABC01", 0.9, "KZ", "entry", [], (100, 100, 220, 130), 3, 1, picture)


def test_an_event_after_a_reconnect_inside_a_slot_names_the_second_file(
    gstreamer: None, tmp_path: Path
) -> None:
    """The camera drops out and comes back within one slot: two files; each event names its own, or none."""
    if 3600 - time.time() % 3600 < 90:  # the test must not straddle the hour that bounds the slot
        wait_until(lambda: time.time() % 3600 < 60, 100, interval=1)
    server = RtspServer().start()
    engine = start_engine(tmp_path, server.url(), ArchiveConfig(segment_seconds=3600))
    try:
        recorder = engine.recorders["Gate"]
        wait_until(lambda: recorder.status.state is RecorderState.RECORDING, 20, message="recording")
        first_file = recorder.status.file
        time.sleep(0.5)  # the event's moment lies well inside the file (not an assertion on time)
        in_first = engine.intake.accept("Gate", plate_event(time.time()))

        server.kill()  # the camera loses power
        wait_until(lambda: recorder.status.state is RecorderState.WAITING, 20, message="the file closed")
        time.sleep(0.5)  # past the last frame's interval, which the first file still covers
        in_outage = engine.intake.accept("Gate", plate_event(time.time()))

        server.start()
        wait_until(
            lambda: recorder.status.state is RecorderState.RECORDING and recorder.status.file != first_file,
            30,
            message="a second file",
        )
        second_file = recorder.status.file
        time.sleep(0.5)
        in_second = engine.intake.accept("Gate", plate_event(time.time()))
        outbound = [engine.events.outbound(i) for i in (in_first, in_outage, in_second)]
    finally:
        engine.stop()
        server.kill()

    (first, first_start, first_end), (second, second_start, second_end) = wall_spans(engine)
    assert (first, second) == (first_file, second_file)
    assert slot_start(first_start, 3600) == slot_start(second_start, 3600), "both files are in one slot"
    assert first.endswith("_00.mp4"), "the first file of the slot has the slot's name"
    events = {e.event_id: e for e in outbound}
    assert events[in_first].archive_path == first
    assert events[in_second].archive_path == second, "not the slot's name, which the first file holds"
    assert first_start <= outbound[0].time.timestamp() < first_end
    assert second_start <= outbound[2].time.timestamp() < second_end
    assert events[in_outage].archive_path is None
    cgr = CgrSettings()
    link = cgr.mapping["archive_link"]
    assert build_body(outbound[1], cgr)[link] is None, "no link rather than a wrong one"
    assert build_body(outbound[2], cgr)[link] == windows_link(PurePosixPath(second))
    notes = _notes(engine, [in_first, in_outage, in_second])
    assert notes == [None, NOT_RECORDING, None], "the event says why it has no video"


def _notes(engine: Engine, ids: list[str]) -> list[str | None]:
    with sqlite3.connect(engine.paths.database) as db:
        by_id = dict(db.execute("SELECT id, archive_note FROM plate_events").fetchall())
    return [by_id[i] for i in ids]

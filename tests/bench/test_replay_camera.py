"""The latency benchmark's replay cameras: a frame arrives when its session's start + its own time says."""

from __future__ import annotations

import time
from pathlib import Path

import av
import pytest
from support.parts import missing_part
from support.rtsp import RtspServer, gstreamer_missing
from support.waiting import wait_until

from cgrconsole.core.camera.url import parse_camera_url
from cgrconsole.core.synthetic import timecode
from cgrconsole.core.synthetic.clip import write_clip
from cgrconsole.core.synthetic.source import options_from_url


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if reason := gstreamer_missing():
        missing_part(reason)
    path = tmp_path_factory.mktemp("replay") / "clip.mp4"
    options = options_from_url(parse_camera_url("synthetic://Replay?seed=2&size=320x180&gop=25"))
    write_clip(path, options, 12, timecode_from=0)  # frame n carries n / 25 s
    return path


def test_each_replay_session_reports_the_wall_clock_of_its_time_zero(clip: Path) -> None:
    with RtspServer(file=clip, replays=2) as server:
        arrivals: list[float] = []
        with av.open(server.url("/replay2"), options={"rtsp_transport": "tcp"}) as container:
            stream = container.streams.video[0]
            for number, packet in enumerate(container.demux(stream)):
                seen_ms = time.time() * 1000
                for frame in stream.codec_context.decode(packet):
                    burned = timecode.read(frame.to_ndarray(format="rgb24"))
                    if burned is not None and number >= 50:  # past the client's start-up
                        wait_until(lambda: "/replay2" in server.playing, timeout=5)
                        arrivals.append(seen_ms - (server.playing["/replay2"][-1] + burned))
                if len(arrivals) >= 100:
                    break
        assert "/replay1" not in server.playing, "only the mount that was played reports"
    arrivals.sort()
    # Sent at its time in the file (+ one frame: the server sends a frame when the next is due).
    assert 0 <= arrivals[len(arrivals) // 2] <= 120, arrivals[::10]
    assert arrivals[-5] - arrivals[5] < 60, f"a steady clock, not a drifting one: {arrivals[::10]}"

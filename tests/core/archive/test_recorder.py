"""Segment recording with an injected clock: layout, cuts, names, sizes, codecs."""

from __future__ import annotations

import logging
from fractions import Fraction
from pathlib import Path

import av
import pytest
from support.probe import probe

from cgrconsole.core.archive import recorder as recorder_module
from cgrconsole.core.archive.layout import windows_link
from cgrconsole.core.camera.packets import EncodedPacket, StreamInfo
from cgrconsole.core.synthetic.scene import Scene, SceneSpec

LIMIT = 50 * 1000 * 1000


def test_files_are_cut_on_the_wall_clock_in_the_customers_layout(rig_factory) -> None:
    rig = rig_factory("2025-08-18T14:04:40+05:00")  # 20 s before the 14:05 boundary, Almaty time
    rig.synthetic(640, fps=5, gop=10)  # 10 min 40 s, a keyframe every 2 s
    names = [p.relative_to(rig.root).as_posix() for p in rig.files()]
    assert names == [
        "Camera1/2025/08/18/14/Camera1_2025_08_18_14_00.mp4",
        "Camera1/2025/08/18/14/Camera1_2025_08_18_14_05.mp4",
        "Camera1/2025/08/18/14/Camera1_2025_08_18_14_10.mp4",
        "Camera1/2025/08/18/14/Camera1_2025_08_18_14_15.mp4",
    ]
    probes = [probe(p) for p in rig.files()]
    for p in probes:
        assert (p.codec, p.width, p.height) == ("h264", 640, 360) and p.size <= LIMIT
        assert p.frames == pytest.approx(p.duration * 5, abs=1), "every frame decodes"
    assert probes[0].duration == pytest.approx(20, abs=2)
    assert probes[1].duration == pytest.approx(300, abs=2) and probes[2].duration == pytest.approx(300, abs=2)
    assert sum(p.duration for p in probes) == pytest.approx(640, abs=0.5), "nothing lost at the cuts"
    rows = rig.index.live_files()
    assert [r.path for r in rows] == names
    assert rows[1].end_ts - rows[1].start_ts == pytest.approx(300, abs=2)
    assert rig.index.file_at("Camera1", rows[2].start_ts + 100).path == names[2]
    assert windows_link(Path(names[1])) == r"Camera1\2025\08\18\14\Camera1_2025_08_18_14_05.mp4"
    assert not list((rig.root / ".recording").iterdir()), "no temporary file is left behind"


def test_an_outage_and_a_clock_step_back_never_overwrite(rig_factory) -> None:
    rig = rig_factory("2025-08-18T14:05:10+05:00")
    rig.synthetic(40)
    rig.clock.now += 30  # the camera is away for 30 s inside the same slot
    rig.synthetic(40, seed=3)
    rig.clock.now -= 40  # NTP steps the clock back into the minute just recorded
    rig.synthetic(40, seed=4)
    rig.clock.now -= 600  # and later 10 minutes back, into a slot never recorded
    rig.synthetic(40, seed=5)
    names = [p.name for p in rig.files()]
    assert names == [
        "Camera1_2025_08_18_13_55.mp4",  # the slot's own name, free because nothing was recorded then
        "Camera1_2025_08_18_14_05.mp4",
        "Camera1_2025_08_18_14_06.mp4",
        "Camera1_2025_08_18_14_06_2.mp4",
    ]
    rows = {r.path.rsplit("/", 1)[1]: r for r in rig.index.live_files()}
    assert set(rows) == set(names)
    for path in rig.files():  # each file still holds what the index says was written to it
        assert probe(path).duration == pytest.approx(40, abs=0.5)


def test_a_1080p_high_bitrate_camera_is_transcoded_to_720p_within_50_mb(rig_factory) -> None:
    rig = rig_factory("2025-08-18T14:09:00+05:00")  # the last minute of the 14:05 slot: a 60 s file
    rig.synthetic(62, fps=5, size=(1920, 1080), bitrate=8000)
    first = probe(rig.files()[0])
    assert rig.finished[0].mode == "transcode"
    assert (first.codec, first.width, first.height) == ("h264", 1280, 720)
    assert first.duration == pytest.approx(60, abs=2)
    # the cap is on bitrate, so a full 5-minute file (at 25 fps too) stays within budget
    assert first.size * 8 / first.duration <= 1_330_000
    assert first.size / first.duration * 300 <= LIMIT


def test_an_h265_camera_is_transcoded_to_h264(rig_factory) -> None:
    rig = rig_factory("2025-08-18T14:05:00+05:00")
    scene = Scene(SceneSpec(seed=5, width=640, height=360, fps=5))
    encoder = av.CodecContext.create("libx265", "w")
    encoder.width, encoder.height, encoder.pix_fmt = 640, 360, "yuv420p"
    encoder.time_base, encoder.framerate = Fraction(1, 5), Fraction(5)
    encoder.options = {
        "preset": "ultrafast",
        "x265-params": "keyint=10:bframes=0:repeat-headers=1:log-level=error",
    }
    info = StreamInfo("hevc", 640, 360, 5.0, Fraction(1, 90000))

    def packets():
        for index in range(150):
            frame = av.VideoFrame.from_ndarray(scene.frame(index), format="rgb24")
            frame.pts = index
            for packet in encoder.encode(frame):
                pts = packet.pts * 18000
                yield EncodedPacket(
                    bytes(packet), pts, pts, Fraction(1, 90000), packet.is_keyframe, rig.clock()
                )

    def flushed():
        yield from packets()
        for packet in encoder.encode(None):  # x265 holds frames back for its look-ahead
            pts = packet.pts * 18000
            yield EncodedPacket(bytes(packet), pts, pts, Fraction(1, 90000), packet.is_keyframe, rig.clock())

    rig.session(flushed(), info, 5)
    result = probe(rig.files()[0])
    assert (result.codec, result.width, result.height) == ("h264", 640, 360)
    assert result.duration == pytest.approx(30, abs=1) and rig.finished[0].mode == "transcode"


def test_a_copied_stream_heading_past_50_mb_switches_to_transcoding(rig_factory, caplog) -> None:
    caplog.set_level(logging.WARNING)
    rig = rig_factory("2025-08-18T14:05:00+05:00")
    rig.synthetic(60, fps=5, size=(1280, 720), bitrate=3000)
    modes = [f.mode for f in rig.finished]
    assert modes == ["copy", "transcode"]
    assert 15 <= rig.finished[0].duration_s <= 20
    assert "switches to transcoding" in caplog.text
    for path in rig.files():
        assert probe(path).size <= LIMIT


def test_the_size_cap_is_never_exceeded(rig_factory, monkeypatch) -> None:
    monkeypatch.setattr(recorder_module, "HARD_CAP", 600_000)  # a small cap to reach it quickly
    rig = rig_factory("2025-08-18T14:05:00+05:00")
    rig.synthetic(40, fps=5, size=(1280, 720), bitrate=3000)
    sizes = [probe(p).size for p in rig.files()]
    assert len(sizes) >= 2
    assert max(sizes) <= 600_000 + 150_000  # the cap plus at most the packet that crossed it
    assert rig.finished[-1].mode == "transcode"

"""The synthetic camera goes through the same packet path as an RTSP camera and keeps its ground truth."""

from __future__ import annotations

import os
import sys
import threading

import numpy as np
import pytest
from support.waiting import wait_until

from cgrconsole.config import CameraConfig, IngestConfig
from cgrconsole.core.camera.annexb import nal_units
from cgrconsole.core.camera.decoder import FrameDecoder
from cgrconsole.core.camera.manager import CameraManager
from cgrconsole.core.camera.packets import EncodedPacket, SessionStarted
from cgrconsole.core.camera.source import SourceError
from cgrconsole.core.camera.status import CameraState, FailureReason
from cgrconsole.core.camera.url import parse_camera_url
from cgrconsole.core.source_factory import make_source_factory
from cgrconsole.core.synthetic import timecode
from cgrconsole.core.synthetic.source import (
    CAMERA_NICE,
    SyntheticSource,
    options_from_url,
    yield_cpu_to_console,
)


def source(query: str) -> SyntheticSource:
    return SyntheticSource(options_from_url(parse_camera_url(f"synthetic://cam?{query}")))


def test_url_options_and_their_errors() -> None:
    url = parse_camera_url("synthetic://Gate?seed=9&size=640x360&fps=15&direction=both")
    options = options_from_url(url, label="Gate")
    assert (options.spec.seed, options.spec.width, options.spec.height) == (9, 640, 360)
    assert options.spec.fps == 15 and options.spec.direction == "both" and options.spec.label == "Gate"
    assert options.realtime and options.bitrate_kbps == 1100
    for bad in ("sede=1", "size=big", "direction=sideways", "size=641x360"):
        with pytest.raises(SourceError) as info:
            options_from_url(parse_camera_url(f"synthetic://Gate?{bad}"))
        assert info.value.reason is FailureReason.INVALID_URL


def test_encodes_like_an_ip_camera() -> None:
    cam = source("realtime=0&duration=4&gop=50")
    cam.open()
    info = cam.info
    assert (info.codec, info.width, info.height, info.fps) == ("h264", 1280, 720, 25.0)
    assert [u[0] & 0x1F for u in nal_units(info.extradata)] == [7, 8], "SPS and PPS as extradata"
    packets = list(cam.packets())
    cam.close()
    assert len(packets) == 100
    assert [i for i, p in enumerate(packets) if p.is_keyframe] == [0, 50]
    assert [p.pts for p in packets[:3]] == [0, 3600, 7200]  # 90 kHz clock like RTP
    assert all(7 in {u[0] & 0x1F for u in nal_units(p.data)} for p in packets if p.is_keyframe)
    bitrate = sum(len(p.data) for p in packets) * 8 / 4
    assert 300_000 < bitrate < 2_500_000


def test_decoded_video_still_shows_the_plate_where_the_truth_says() -> None:
    cam = source("realtime=0&duration=5")  # the first vehicle passes whole: its plate is checked in 77 frames
    cam.open()
    decoder = FrameDecoder(cam.info)
    frames = [image for packet in cam.packets() for image in decoder.decode(packet)]
    scene = cam.scene
    checked = 0
    for index, image in enumerate(frames):
        drawn = scene.frame(index).astype(int)
        assert np.abs(image.astype(int) - drawn).mean() < 6, "encoding is faithful to the scene"
        for truth in scene.truth(index):
            x1, y1, x2, y2 = truth.box
            width = x2 - x1
            if not truth.fully_visible or width < 120 or x1 < width:
                continue
            plate = drawn[y1:y2, x1:x2]
            decoded = image[y1:y2, x1:x2].astype(int)
            beside = image[y1:y2, x1 - width : x1].astype(int)
            # the truth box in the decoded video holds the drawn plate, and the box beside it does not
            assert np.abs(decoded - plate).mean() < 12
            assert np.abs(beside - plate).mean() > 40
            checked += 1
    assert checked > 20


def test_synthetic_camera_runs_through_the_camera_worker() -> None:
    ingest = IngestConfig()
    camera = CameraConfig("Synth", "synthetic://Synth?size=640x360&fps=25")
    manager = CameraManager([camera], make_source_factory(None, ingest), ingest)
    worker = manager.workers["Synth"]
    queue = worker.fanout.subscribe("recorder", 1000)
    manager.start()
    try:
        wait_until(lambda: worker.status.state is CameraState.LIVE and worker.status.fps > 20, 10)
        wait_until(lambda: worker.slot.get() is not None and worker.slot.get().seq > 30, 5)
    finally:
        manager.stop()
    first = queue.get(0)
    assert isinstance(first, SessionStarted) and first.info.width == 640
    second = queue.get(0)
    assert isinstance(second, EncodedPacket) and second.is_keyframe
    assert worker.slot.get() is None, "the slot is cleared when the camera stops"


def test_a_camera_too_slow_for_its_frame_rate_drops_frames_and_keeps_to_the_clock() -> None:
    """Rendering takes 1.5 frame intervals: frames are skipped, and media time still equals clock time."""
    now = [0.0]
    cam = SyntheticSource(
        options_from_url(parse_camera_url("synthetic://cam?size=320x180&fps=10&duration=12")),
        clock=lambda: 1_755_500_000.0 + now[0],
        sleep=lambda seconds: now.__setitem__(0, now[0] + seconds),
        monotonic=lambda: now[0],
    )
    render = cam.scene.frame
    drawn: list[int] = []

    def slow_frame(index: int):
        drawn.append(index)
        now[0] += 0.15  # a busy machine: 150 ms per frame at 10 fps
        return render(index)

    cam.scene.frame = slow_frame  # type: ignore[method-assign]
    cam.open()
    packets = list(cam.packets())
    cam.close()
    assert 60 <= len(packets) <= 85 and cam.dropped + len(packets) >= 119
    for packet, index in zip(packets, drawn, strict=True):
        media = packet.pts / 90000
        assert media == pytest.approx(index / 10), "a frame is stamped with its moment"
        late = packet.wallclock - packets[0].wallclock - media
        assert -1e-6 < late < 0.15 + 0.1 + 1e-6, "and arrives within its render time and one frame interval"
    assert drawn[-1] >= 118, "after 12 s the scene is where the clock says, not 40 % behind"


def test_every_frame_carries_its_packets_wallclock_burned_in() -> None:
    """The capture time in the picture is the packet's wallclock, read once from the injected clock."""
    ticks = iter(range(10**6))
    cam = SyntheticSource(
        options_from_url(parse_camera_url("synthetic://cam?size=640x360&realtime=0&duration=2")),
        clock=lambda: 1_764_680_000.0 + next(ticks) * 0.0371,  # a clock that moves on every reading
    )
    cam.open()
    decoder = FrameDecoder(cam.info)
    burned, stamped = [], []
    for packet in cam.packets():
        stamped.append(round(packet.wallclock * 1000))
        burned += [timecode.read(image) for image in decoder.decode(packet)]
    cam.close()
    assert len(stamped) == 50 and len(set(stamped)) == 50
    assert burned == stamped[: len(burned)] and len(burned) >= 48


def test_timecode_0_leaves_the_picture_alone() -> None:
    options = options_from_url(parse_camera_url("synthetic://cam?size=640x360&timecode=0"))
    assert not options.timecode
    cam = SyntheticSource(options)
    cam.open()
    decoder = FrameDecoder(cam.info)
    packet = next(cam.packets())
    images = decoder.decode(packet)
    cam.close()
    assert images and timecode.read(images[0]) is None
    assert options_from_url(parse_camera_url("synthetic://cam")).timecode, "on by default"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own priority: Linux only")
def test_a_camera_workers_synthetic_source_yields_the_cpu_to_the_console() -> None:
    """The demo's cameras render on the console's cores: their threads run below the window's."""
    console = os.getpriority(os.PRIO_PROCESS, os.getpid())
    ingest = IngestConfig()
    camera = CameraConfig("Gate", "synthetic://Gate?size=320x180&fps=10", anpr=False)
    manager = CameraManager([camera], make_source_factory(None, ingest), ingest)
    manager.start()
    try:
        wait_until(lambda: manager.workers["Gate"].slot.get() is not None, timeout=20)
        thread = next(t for t in threading.enumerate() if t.name == "ingest-Gate")
        assert thread.native_id is not None
        assert os.getpriority(os.PRIO_PROCESS, thread.native_id) == console + CAMERA_NICE
    finally:
        manager.stop()
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == console, "the caller's is kept"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own priority: Linux only")
def test_yielding_twice_lowers_once_and_a_source_of_ones_own_never() -> None:
    seen: list[int] = []

    def run() -> None:
        plain = source("size=320x180&fps=25&duration=0.2")  # read by this thread, not a camera worker
        plain.open()
        next(plain.packets())
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        yield_cpu_to_console()
        yield_cpu_to_console()  # a camera's second session on the same thread
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(20)
    console = os.getpriority(os.PRIO_PROCESS, os.getpid())
    assert seen == [console, console + CAMERA_NICE]

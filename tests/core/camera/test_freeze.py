"""A frozen picture: frames keep coming, but they show the same image. A moving clock is not frozen."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from fractions import Fraction

import av
import numpy as np
import pytest
from support.waiting import wait_until

from cgrconsole.core.camera.freeze import FreezeDetector, pictures_differ, thumbnail
from cgrconsole.core.camera.packets import EncodedPacket, StreamInfo
from cgrconsole.core.camera.status import CameraState
from cgrconsole.core.camera.worker import CameraWorker
from cgrconsole.core.synthetic.scene import Scene, SceneSpec
from cgrconsole.core.synthetic.source import make_encoder

FPS = 25
T0 = 1_750_000_000.0  # the packets' wall clock: the test runs faster than the video it feeds
TIME_BASE = Fraction(1, 90000)


class EncodedPictures:
    """A packet source like a camera's: ``picture(n)`` encoded to H.264 frame by frame (x264, 2 s GOP).

    The frames carry wall-clock times ``T0 + n / FPS``; after ``count`` frames the session stays open and
    silent until ``done`` is set, so the worker keeps its last status.
    """

    def __init__(self, picture: Callable[[int], np.ndarray], count: int, done: threading.Event) -> None:
        self.picture, self.count, self.done = picture, count, done
        first = picture(0)
        self.info = StreamInfo("h264", first.shape[1], first.shape[0], FPS, TIME_BASE)
        self.sent = 0

    def open(self) -> None:
        pass

    def packets(self) -> Iterator[EncodedPacket]:
        height, width = self.picture(0).shape[:2]
        encoder = make_encoder(width, height, FPS, 1000, 2 * FPS)
        for n in range(self.count):
            frame = av.VideoFrame.from_ndarray(self.picture(n), format="rgb24")
            frame.pts = n
            for packet in encoder.encode(frame):
                pts = int(packet.pts or 0) * 90000 // FPS
                yield EncodedPacket(bytes(packet), pts, pts, TIME_BASE, packet.is_keyframe, T0 + n / FPS)
            self.sent = n + 1
        while not self.done.wait(0.05):
            pass

    def close(self) -> None:
        pass


@pytest.fixture
def camera_feeding() -> Iterator[Callable[[Callable[[int], np.ndarray], int], CameraWorker]]:
    """A real worker (real decoder, real freeze detector) fed by an :class:`EncodedPictures` source."""
    done = threading.Event()
    workers: list[CameraWorker] = []
    sources: list[EncodedPictures] = []

    def start(picture: Callable[[int], np.ndarray], count: int) -> CameraWorker:
        source = EncodedPictures(picture, count, done)
        worker = CameraWorker("Cam", lambda: source, frozen_after=5.0)
        worker.start()
        workers.append(worker)
        sources.append(source)
        wait_until(lambda: source.sent == count, 60, message=f"{count} frames encoded and decoded")
        return worker

    yield start
    done.set()
    for worker in workers:
        assert worker.stop(5)


SCENE = Scene(SceneSpec(seed=1, width=640, height=360, direction="entry", mean_gap_s=30))


def test_a_camera_that_repeats_one_image_is_frozen(camera_feeding) -> None:
    still = SCENE.frame(0)
    worker = camera_feeding(lambda n: still, 10 * FPS)  # 10 s of the same image, with encoder flicker
    status = worker.status
    assert status.state is CameraState.LIVE
    assert status.same_picture_since is not None, "10 s of one image must be flagged"
    assert status.same_picture_since == pytest.approx(T0, abs=0.6)  # frozen since the first frame
    assert "frozen" in status.describe()


def test_a_moving_time_stamp_keeps_the_picture_live(camera_feeding) -> None:
    """The synthetic camera with its lane empty for long stretches: only the clock moves."""
    worker = camera_feeding(SCENE.frame, 15 * FPS)
    assert worker.status.state is CameraState.LIVE
    assert worker.status.same_picture_since is None


def test_a_picture_that_stops_moving_is_frozen_since_its_last_change(camera_feeding) -> None:
    worker = camera_feeding(lambda n: SCENE.frame(min(n, 3 * FPS)), 12 * FPS)  # moves 3 s, then stands
    since = worker.status.same_picture_since
    assert since is not None
    assert T0 + 3.0 <= since <= T0 + 3.6


def test_the_clock_of_an_empty_lane_changes_the_thumbnail_every_second() -> None:
    """Every one-second step of an hour of a synthetic camera counts as change, at 720p and 360p."""
    for width, height in ((1280, 720), (640, 360)):
        scene = Scene(SceneSpec(seed=3, width=width, height=height, direction="exit", mean_gap_s=60))
        previous = thumbnail(scene.frame(0))
        for second in range(1, 121):
            current = thumbnail(scene.frame(second * FPS))
            assert pictures_differ(previous, current), f"{width}x{height}: second {second} looked the same"
            previous = current


def test_the_detector_follows_the_frames_clock_and_reports_each_change_once() -> None:
    detector = FreezeDetector(frozen_after=2.0, interval=0.5)
    still, other = SCENE.frame(0), SCENE.frame(FPS)
    changes = [detector.observe(still, t / 10) for t in range(0, 30)]  # 0 .. 2.9 s
    assert changes.count(True) == 1 and detector.frozen_since == 0.0
    assert detector.observe(other, 3.0) and detector.frozen_since is None
    assert not detector.observe(other, 3.2)  # between samples: not even looked at
    detector.reset()
    assert detector.frozen_since is None

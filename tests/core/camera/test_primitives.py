import random

import numpy as np
import pytest

from cgrconsole.core.backoff import Backoff
from cgrconsole.core.camera.annexb import h264_parameter_sets, nal_units
from cgrconsole.core.camera.frames import Frame, FrameSampler, LatestFrameSlot
from cgrconsole.core.camera.meter import RateMeter
from cgrconsole.core.camera.status import FailureReason
from cgrconsole.core.camera.url import CameraUrlError, parse_camera_url, redact_url


def test_backoff_doubles_to_the_cap_and_resets() -> None:
    backoff = Backoff(initial=1, cap=30, jitter=0.0)
    assert [backoff.next_delay() for _ in range(7)] == [1, 2, 4, 8, 16, 30, 30]
    backoff.reset()
    assert backoff.next_delay() == 1


def test_backoff_jitter_stays_within_bounds() -> None:
    backoff = Backoff(initial=1, cap=30, jitter=0.2, rng=random.Random(7))
    delays = [backoff.next_delay() for _ in range(20)]
    assert all(0 < d <= 30 for d in delays) and 0.8 <= delays[0] <= 1.2 and len(set(delays)) > 5


def test_rate_meter_measures_fps_and_bitrate_over_the_window() -> None:
    meter = RateMeter(window=2.0)
    for i in range(100):  # 25 fps, 5000 bytes per frame = 1 Mbit/s
        meter.add(i / 25, 5000)
    fps, bps = meter.rates(99 / 25)
    assert fps == pytest.approx(25, rel=0.05)
    assert bps == pytest.approx(1_000_000, rel=0.05)
    assert meter.rates(100.0) == (0.0, 0.0)  # a silent camera reads as zero, not as its past


def test_url_redaction_and_credentials() -> None:
    url = parse_camera_url("rtsp://admin:p%40ss@cam.local:8554/Streaming/101?x=1")
    assert (url.host, url.port, url.username, url.password) == ("cam.local", 8554, "admin", "p@ss")
    assert url.with_password("n3w:p@ss") == "rtsp://admin:n3w%3Ap%40ss@cam.local:8554/Streaming/101?x=1"
    assert parse_camera_url("rtsp://10.1.1.1/x").port == 554
    text = "failed rtsp://admin:secret@10.0.0.5/x and rtsps://u:v@h/y"
    assert redact_url(text) == "failed rtsp://admin:***@10.0.0.5/x and rtsps://u:***@h/y"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("", FailureReason.INVALID_URL),
        ("rtsp//::: not a url", FailureReason.INVALID_URL),
        ("rtsp://", FailureReason.INVALID_URL),
        ("rtsp://host:99999/x", FailureReason.INVALID_URL),
        ("http://cam/x", FailureReason.UNSUPPORTED_SCHEME),
        ("file:///etc/passwd", FailureReason.UNSUPPORTED_SCHEME),
    ],
)
def test_bad_urls_are_classified(url: str, reason: FailureReason) -> None:
    with pytest.raises(CameraUrlError) as info:
        parse_camera_url(url)
    assert info.value.reason is reason


def test_latest_frame_slot_keeps_only_the_newest() -> None:
    slot = LatestFrameSlot()
    assert slot.get() is None
    for seq in range(3):
        slot.put(Frame("cam", seq, np.zeros((2, 2, 3), np.uint8), float(seq)))
    assert slot.get().seq == 2


def test_sampler_limits_rate_and_drops_when_consumer_is_busy() -> None:
    sampler = FrameSampler(fps=5, maxsize=2)
    for i in range(50):  # 2 s of 25 fps
        sampler.offer(Frame("cam", i, np.zeros((2, 2, 3), np.uint8), i / 25))
    assert sampler.offered == 10 and sampler.dropped == 8
    assert [sampler.get(0).seq for _ in range(2)] == [40, 45]  # the freshest, not a backlog


def test_parameter_sets_are_found_in_an_annex_b_keyframe() -> None:
    sps, pps, idr = b"\x67\x42\x00\x1f\xaa", b"\x68\xce\x3c\x80", b"\x65\x88\x84\x00\x33"
    data = b"\x00\x00\x00\x01" + sps + b"\x00\x00\x01" + pps + b"\x00\x00\x00\x01" + idr
    assert nal_units(data) == [sps, pps, idr]
    assert h264_parameter_sets(data) == b"\x00\x00\x00\x01" + sps + b"\x00\x00\x00\x01" + pps

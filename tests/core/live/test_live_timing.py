"""PART-TARGET from the camera's frame duration, TARGETDURATION, and RFC 6381 codec strings from real SPSs."""

from __future__ import annotations

import re

import av
import pytest
from support.live_media import encode
from support.parts import missing_part

from cgrconsole.core.live import timing
from cgrconsole.core.live.codec_string import avc_codec_string, codec_string
from cgrconsole.core.live.playlist import advance_part_limit, advertised_part_target, program_date_time


@pytest.mark.parametrize(
    ("fps", "part_target"),
    [(25, 0.2), (12.5, 0.24), (15, 0.2), (30, 0.2), (50, 0.2), (10, 0.2), (8, 0.25), (30000 / 1001, 0.2002)],
)
def test_part_target_is_whole_frames_of_the_camera(fps: float, part_target: float) -> None:
    step = round(90000 / fps)
    chosen, frame = timing.choose_part_target(0.2, [step] * 40)
    assert chosen == pytest.approx(part_target, abs=1e-4) and frame == pytest.approx(1 / fps, abs=1e-4)
    parts = timing._part_length(chosen, frame)
    assert 0.85 * chosen <= parts <= chosen + 1e-9, "FFmpeg's cut at 0.9 × PART-TARGET gives whole parts"


def test_the_85_percent_rule_raises_part_target_for_mixed_frame_durations() -> None:
    # a camera alternating 40 and 60 ms frames: 0.2 s would leave 60 ms parts of 0.24 s > PART-TARGET
    chosen, _ = timing.choose_part_target(0.2, [3600, 5400] * 20)
    for frame in (0.04, 0.06):
        length = timing._part_length(chosen, frame)
        assert 0.85 * chosen <= length <= chosen + 1e-9


def test_skipped_frames_do_not_stretch_part_target() -> None:
    chosen, _ = timing.choose_part_target(0.2, [3600] * 40 + [7200, 10800])
    assert chosen == pytest.approx(0.2)


def test_target_duration_and_written_numbers() -> None:
    assert timing.first_target_duration(2.0) == 2
    assert timing.first_target_duration(2.01) == 2  # a hair of jitter
    assert timing.first_target_duration(2.2) == 3
    assert timing.first_target_duration(0.4) == 1
    assert advertised_part_target(0.2002) == 0.201  # rounded up: no part exceeds it
    assert advertised_part_target(0.2) == 0.2 and advertised_part_target(0.24) == 0.24
    assert advance_part_limit(0.2) == pytest.approx(15) and advance_part_limit(1.2) == 3
    assert program_date_time(1_800_000_000.1234) == "2027-01-15T08:00:00.123Z"


def test_avc_codec_strings_from_the_sps() -> None:
    camera = encode(2)
    assert (
        codec_string("h264", camera.info.extradata) == "avc1.42c014"
    )  # x264 ultrafast: Constrained Baseline
    assert avc_codec_string(bytes([0x67, 0x64, 0x00, 0x1F, 0xAC])) == "avc1.64001f"  # High 3.1
    assert codec_string("h264", bytes([1, 0x4D, 0x40, 0x28, 0xFF])) == "avc1.4d4028"  # from an avcC record
    assert codec_string("h264", b"") == "avc1.42e01e", "no SPS: a common fallback"


def test_hevc_codec_strings_from_the_sps_and_hvcc() -> None:
    # Main profile, compatible with Main and Main 10, progressive + frame-only constraint flags, level 3.1
    ptl = bytes([0x01, 0x60, 0x00, 0x00, 0x00, 0xB0, 0, 0, 0, 0, 0, 93])
    assert codec_string("hevc", b"\x01" + ptl) == "hvc1.1.6.L93.B0"  # Apple's example string
    if "libx265" not in av.codecs_available:
        missing_part("PyAV's FFmpeg has no libx265")
    camera = encode(2, codec="libx265")
    text = codec_string("hevc", camera.info.extradata)
    # Main, Main-compatible, Main tier, x265's level for 320x240, progressive + frame-only (0x90)
    assert re.fullmatch(r"hvc1\.1\.6\.L\d+\.90", text), text

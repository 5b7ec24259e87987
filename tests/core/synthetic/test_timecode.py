"""The burned-in capture time survives what happens to a frame on its way to a screen, and never lies."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from cgrconsole.core.synthetic import timecode
from cgrconsole.core.synthetic.scene import Scene, SceneSpec
from cgrconsole.core.synthetic.source import make_encoder

T0 = 1_764_680_000_123  # ms since the epoch, December 2025


def scene_frames(width: int, height: int, count: int, seed: int = 4) -> list[np.ndarray]:
    """Busy frames (two lanes of traffic, the clock) with T0 + 40 ms per frame burned in."""
    scene = Scene(SceneSpec(seed=seed, width=width, height=height, direction="both", label="Yard"))
    frames = []
    for index in range(count):
        image = scene.frame(index * 5)  # every fifth frame: more motion per frame for the encoder
        timecode.burn(image, T0 + 40 * index)
        frames.append(image)
    return frames


def encode_decode(frames: list[np.ndarray], bitrate_kbps: int = 1100) -> list[np.ndarray]:
    """Through the synthetic camera's own x264 settings and back with PyAV, frame for frame."""
    import av

    height, width = frames[0].shape[:2]
    encoder = make_encoder(width, height, 25.0, bitrate_kbps, 50)
    decoder = av.CodecContext.create("h264", "r")
    decoded = []
    packets = []
    for index, image in enumerate(frames):
        frame = av.VideoFrame.from_ndarray(image, format="rgb24")
        frame.pts = index
        packets += encoder.encode(frame)
    packets += encoder.encode(None)
    for packet in packets:
        decoded += [f.to_ndarray(format="rgb24") for f in decoder.decode(packet)]
    return decoded


@pytest.mark.parametrize("size", [(1280, 720), (640, 360), (1920, 1080), (320, 240)])
def test_round_trip_on_raw_frames(size: tuple[int, int]) -> None:
    width, height = size
    image = np.full((height, width, 3), 128, np.uint8)
    for value in (0, 1, T0, (1 << 48) - 1, 0xAAAA_5555_AAAA):
        timecode.burn(image, value)
        assert timecode.read(image) == value
        assert timecode.read(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)) == value


def test_every_frame_reads_exactly_after_h264_at_the_synthetic_bitrate() -> None:
    frames = scene_frames(1280, 720, 75)
    decoded = encode_decode(frames)
    assert len(decoded) == len(frames)
    assert [timecode.read(image) for image in decoded] == [T0 + 40 * i for i in range(75)]


@pytest.mark.parametrize(("tile", "interpolation"), [
    ((320, 180), cv2.INTER_AREA), ((320, 180), cv2.INTER_LINEAR), ((640, 360), cv2.INTER_LINEAR),
    ((333, 187), cv2.INTER_LINEAR), ((800, 450), cv2.INTER_CUBIC), ((1920, 1080), cv2.INTER_LINEAR),
])  # fmt: skip
def test_reads_after_encoding_and_scaling_to_a_tile(tile: tuple[int, int], interpolation: int) -> None:
    decoded = encode_decode(scene_frames(1280, 720, 25))
    reads = [timecode.read(cv2.resize(image, tile, interpolation=interpolation)) for image in decoded]
    assert reads == [T0 + 40 * i for i in range(25)]


def test_a_small_camera_still_reads_after_encoding() -> None:
    decoded = encode_decode(scene_frames(640, 360, 25), bitrate_kbps=400)
    assert [timecode.read(image) for image in decoded] == [T0 + 40 * i for i in range(25)]


def test_the_code_stays_clear_of_every_plate_the_scene_draws() -> None:
    """The recognizer's accuracy is untouched: no plate box ever meets the code's strip."""
    scene = Scene(SceneSpec(seed=4, direction="both", mean_gap_s=3))
    strip = (*timecode.cell_box(1280, 720, 0)[:2], *timecode.cell_box(1280, 720, 71)[2:])
    seen = 0
    for index in range(0, 25 * 300, 10):
        for truth in scene.truth(index):
            _x1, y1, x2, y2 = truth.box
            seen += 1
            assert x2 <= strip[0] or y2 <= strip[1] or y1 >= strip[3], f"plate {truth.box} under the code"
    assert seen > 100


def test_a_damaged_or_absent_code_reads_as_none() -> None:
    image = scene_frames(1280, 720, 1)[0]
    assert timecode.read(image) == T0
    for index in range(3, 67):  # any one data or check cell flipped
        damaged = image.copy()
        x1, y1, x2, y2 = timecode.cell_box(1280, 720, index)
        damaged[y1:y2, x1:x2] = 255 - damaged[y1:y2, x1:x2]
        assert timecode.read(damaged) is None, f"cell {index} flipped and still read"
    for index in (0, 1, 70, 71):  # a guard of the wrong colour
        damaged = image.copy()
        x1, y1, x2, y2 = timecode.cell_box(1280, 720, index)
        damaged[y1:y2, x1:x2] = 255 - damaged[y1:y2, x1:x2]
        assert timecode.read(damaged) is None
    plain = Scene(SceneSpec(seed=4, direction="both")).frame(0)
    assert timecode.read(plain) is None
    rng = np.random.default_rng(1)
    noise = [rng.integers(0, 256, (180, 320, 3), dtype=np.uint8) for _ in range(200)]
    assert all(timecode.read(image) is None for image in noise)
    assert timecode.read(np.zeros((90, 120, 3), np.uint8)) is None  # too small to carry it


def test_values_out_of_range_and_frames_too_small_are_refused() -> None:
    with pytest.raises(ValueError, match="48 bits"):
        timecode.burn(np.zeros((720, 1280, 3), np.uint8), 1 << 48)
    with pytest.raises(ValueError, match="too small"):
        timecode.burn(np.zeros((90, 120, 3), np.uint8), T0)


def test_a_clip_file_carries_the_code_only_when_asked(tmp_path) -> None:
    import av

    from cgrconsole.core.synthetic.clip import write_clip
    from cgrconsole.core.synthetic.source import SyntheticOptions

    options = SyntheticOptions(SceneSpec(seed=2, width=640, height=360))
    write_clip(tmp_path / "tc.mp4", options, 0.4, timecode_from=T0 / 1000)
    write_clip(tmp_path / "plain.mp4", options, 0.4)
    with av.open(str(tmp_path / "tc.mp4")) as container:
        reads = [timecode.read(f.to_ndarray(format="rgb24")) for f in container.decode(video=0)]
    assert reads == [T0 + 40 * i for i in range(10)]
    with av.open(str(tmp_path / "plain.mp4")) as container:
        assert all(timecode.read(f.to_ndarray(format="rgb24")) is None for f in container.decode(video=0))

"""The synthetic drive-through scene: determinism, ground truth that matches the pixels, direction."""

from __future__ import annotations

import itertools
import random

import cv2
import numpy as np
import pytest

from cgrconsole.core.anpr.formats import FORMATS, FORMATS_BY_NAME
from cgrconsole.core.synthetic import plate_render
from cgrconsole.core.synthetic.plate_render import PLATE_FONTS, PlateFont, plate_size, render_plate
from cgrconsole.core.synthetic.scene import PlateTruth, Scene, SceneSpec, VehiclePass

FPS = 25.0
BRIGHT = 235  # only plate pixels are this bright in a synthetic frame (min over R, G, B)


def _pass_frames(vp: VehiclePass, step: int = 1) -> range:
    return range(int(vp.enter_s * FPS) + 1, int(vp.leave_s * FPS), step)


def _boxes_of(scene: Scene, vp: VehiclePass) -> list[tuple[int, tuple[int, int, int, int], bool]]:
    out = []
    for i in _pass_frames(vp):
        for t in scene.truth(i):
            if t.vehicle_id == vp.vehicle_id:
                out.append((i, t.box, t.fully_visible))
    return out


def _expected_crop(t: PlateTruth) -> np.ndarray:
    plate = render_plate(t.plate, FORMATS_BY_NAME[t.format_name])
    x1, y1, x2, y2 = t.box
    return cv2.resize(plate, (x2 - x1, y2 - y1), interpolation=cv2.INTER_AREA)


def _bright(img: np.ndarray) -> np.ndarray:
    return cv2.inRange(img, (BRIGHT, BRIGHT, BRIGHT), (255, 255, 255)) > 0


def _mad(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a.astype(np.int16) - b.astype(np.int16)).mean())


@pytest.fixture(scope="module")
def entry_scene() -> Scene:
    return Scene(SceneSpec(seed=5, direction="entry", label="Camera1"))


# -- plates ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_render_plate_is_a_white_plate_with_black_text(fmt) -> None:  # type: ignore[no-untyped-def]
    plate = fmt.generate(random.Random(1))
    img = render_plate(plate, fmt)
    assert img.dtype == np.uint8 and img.shape == (112, 520, 3)
    assert plate_size(112) == (520, 112)
    assert _bright(img).mean() > 0.45  # white background
    assert (img.max(axis=2) < 60).mean() > 0.12  # black border and large strokes
    # Characters stay inside the border: the outermost 1 % of columns is border and background only.
    inner = img[8:-8, 8:-8].max(axis=2)
    assert (inner < 60).any()
    smaller = render_plate(plate, fmt, height=56)
    assert smaller.shape == (56, 260, 3)


@pytest.mark.parametrize("font", sorted(PLATE_FONTS))
def test_every_font_draws_a_plate_of_its_own(font: str) -> None:
    fmt = FORMATS_BY_NAME["kz2012_private"]
    img = render_plate("100OBS08", fmt, font=font)
    assert img.shape == (112, 520, 3)
    assert _bright(img).mean() > 0.4 and (img.max(axis=2) < 60).mean() > 0.1
    others = [render_plate("100OBS08", fmt, font=f) for f in PLATE_FONTS if f != font]
    assert all(np.abs(img.astype(int) - o).mean() > 2 for o in others)  # visibly different letterforms
    assert np.array_equal(render_plate("100OBS08", fmt), render_plate("100OBS08", fmt, font="stroke"))


def test_a_missing_font_file_is_named() -> None:
    font = PlateFont("gone", "/nonexistent/Gone.ttf")
    with pytest.raises(FileNotFoundError, match=r"Gone\.ttf"):
        plate_render._glyph("A", font)


# -- determinism ---------------------------------------------------------------------------------------
def test_same_seed_same_frames_and_passes_in_any_order() -> None:
    a, b = Scene(SceneSpec(seed=3)), Scene(SceneSpec(seed=3))
    assert a.passes_until(90.0) == b.passes_until(90.0)
    indices = [0, 40, 333, 1200, 2000]
    frames_a = [a.frame(i).tobytes() for i in indices]
    frames_b = [b.frame(i).tobytes() for i in reversed(indices)][::-1]
    assert frames_a == frames_b
    assert [a.truth(i) for i in indices] == [b.truth(i) for i in indices]


def test_lazy_generation_does_not_depend_on_how_far_you_ask() -> None:
    short, long_ = Scene(SceneSpec(seed=8, direction="both")), Scene(SceneSpec(seed=8, direction="both"))
    far = long_.passes_until(600.0)
    near = short.passes_until(60.0)
    assert near == [p for p in far if p.enter_s <= 60.0]
    assert short.passes_until(600.0) == far


def test_different_seeds_differ() -> None:
    a, b = Scene(SceneSpec(seed=1)), Scene(SceneSpec(seed=2))
    assert [p.plate for p in a.passes_until(120)] != [p.plate for p in b.passes_until(120)]
    assert a.frame(100).tobytes() != b.frame(100).tobytes()


def test_vehicles_in_one_lane_never_overlap_and_arrive_at_about_the_mean_gap() -> None:
    scene = Scene(SceneSpec(seed=4, direction="both", mean_gap_s=12.0))
    passes = scene.passes_until(3600.0)
    for lane in (0, 1):
        lane_passes = [p for p in passes if p.lane == lane]
        for prev, nxt in itertools.pairwise(lane_passes):
            assert nxt.enter_s >= prev.leave_s
        gaps = np.diff([p.enter_s for p in lane_passes])
        assert 10.0 < float(gaps.mean()) < 14.5
    assert len({p.vehicle_id for p in passes}) == len(passes)


# -- frames and ground truth --------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1280, 720), (640, 360)])
def test_frame_shape(size: tuple[int, int]) -> None:
    w, h = size
    img = Scene(SceneSpec(width=w, height=h)).frame(10)
    assert img.shape == (h, w, 3) and img.dtype == np.uint8


@pytest.mark.parametrize("direction", ["entry", "exit", "both"])
def test_truth_matches_the_drawn_plate(direction: str) -> None:
    scene = Scene(SceneSpec(seed=6, direction=direction, label="Camera2"))
    checked = 0
    for i in range(0, 60 * int(FPS), 7):
        img = scene.frame(i)
        for t in scene.truth(i):
            if not t.fully_visible:
                continue
            x1, y1, x2, y2 = t.box
            assert 0 <= x1 < x2 <= img.shape[1] and 0 <= y1 < y2 <= img.shape[0]
            assert (x2 - x1) / (y2 - y1) == pytest.approx(520 / 112, rel=0.3)
            crop = img[y1:y2, x1:x2]
            assert _mad(crop, _expected_crop(t)) < 2.0
            gray = crop.min(axis=2)
            assert (gray >= 200).mean() > 0.4 and (crop.max(axis=2) < 80).mean() > 0.05
            width = x2 - x1
            shift = width if x2 + width <= img.shape[1] else -width
            if x1 + shift >= 0 and x2 + shift <= img.shape[1]:
                assert _mad(img[y1:y2, x1 + shift : x2 + shift], _expected_crop(t)) > 30.0
            checked += 1
    assert checked >= 40


@pytest.mark.parametrize("direction", ["entry", "exit", "both"])
def test_bright_pixels_belong_to_plates_only(direction: str) -> None:
    scene = Scene(SceneSpec(seed=9, direction=direction, label="Camera3"))
    empty_frames = 0
    for i in range(0, 90 * int(FPS), 11):
        bright = _bright(scene.frame(i))
        truths = scene.truth(i)
        if not truths:
            empty_frames += 1
            assert not bright.any(), f"frame {i} has plate-white pixels but no plate in its truth"
            continue
        for t in truths:
            x1, y1, x2, y2 = t.box
            bright[max(y1, 0) : max(y2, 0), max(x1, 0) : max(x2, 0)] = False
        assert not bright.any(), f"frame {i} has plate-white pixels outside its plate boxes"
    assert empty_frames > 5


def test_entry_moves_down_and_grows(entry_scene: Scene) -> None:
    for vp in entry_scene.passes_until(40.0)[:4]:
        boxes = [box for _, box, full in _boxes_of(entry_scene, vp) if full]
        assert len(boxes) > 10
        ys = [b[1] for b in boxes]
        widths = [b[2] - b[0] for b in boxes]
        assert all(b >= a for a, b in itertools.pairwise(ys))
        assert ys[-1] - ys[0] > 200
        assert widths[-1] > 1.5 * widths[0]
        assert max(b[3] - b[1] for b in boxes) >= 40


def test_exit_moves_up_and_shrinks() -> None:
    scene = Scene(SceneSpec(seed=5, direction="exit"))
    for vp in scene.passes_until(40.0)[:4]:
        assert vp.direction == "exit"
        boxes = [box for _, box, full in _boxes_of(scene, vp) if full]
        ys = [b[1] for b in boxes]
        assert len(ys) > 10 and all(b <= a for a, b in itertools.pairwise(ys))
        assert ys[0] - ys[-1] > 200
        assert boxes[-1][2] - boxes[-1][0] < boxes[0][2] - boxes[0][0]


def test_both_has_an_entry_lane_left_and_an_exit_lane_right() -> None:
    scene = Scene(SceneSpec(seed=2, direction="both"))
    passes = scene.passes_until(60.0)
    assert {p.direction for p in passes} == {"entry", "exit"}
    assert all((p.lane == 0) == (p.direction == "entry") for p in passes)
    seen = set()
    for vp in passes[:6]:
        boxes = [box for _, box, full in _boxes_of(scene, vp) if full]
        ys = [b[1] for b in boxes]
        centre = sum((b[0] + b[2]) / 2 for b in boxes) / len(boxes)
        if vp.direction == "entry":
            assert centre < scene.spec.width / 2 and ys[-1] > ys[0]
        else:
            assert centre > scene.spec.width / 2 and ys[-1] < ys[0]
        seen.add(vp.direction)
    assert seen == {"entry", "exit"}


def test_plates_are_readable_for_a_good_share_of_each_pass(entry_scene: Scene) -> None:
    for vp in entry_scene.passes_until(60.0)[:6]:
        frames = _pass_frames(vp)
        big = [1 for _, box, full in _boxes_of(entry_scene, vp) if full and box[2] - box[0] >= 120]
        assert len(big) / len(frames) > 0.2, vp


def test_truth_carries_the_pass_identity(entry_scene: Scene) -> None:
    vp = entry_scene.passes_until(30.0)[0]
    early = int((vp.enter_s + 0.25 * (vp.leave_s - vp.enter_s)) * FPS)
    (t,) = [t for t in entry_scene.truth(early) if t.vehicle_id == vp.vehicle_id]
    assert (t.plate, t.country, t.format_name, t.direction) == (vp.plate, vp.country, vp.format_name, "entry")
    assert FORMATS_BY_NAME[t.format_name].matches(t.plate)


def test_osd_clock_follows_the_frame_index(entry_scene: Scene) -> None:
    corner = (slice(0, 60), slice(0, 300))
    assert entry_scene.frame(0)[corner].tobytes() == entry_scene.frame(1)[corner].tobytes()
    assert entry_scene.frame(0)[corner].tobytes() != entry_scene.frame(int(FPS))[corner].tobytes()


def test_spec_is_validated() -> None:
    with pytest.raises(ValueError):
        SceneSpec(direction="sideways")
    with pytest.raises(ValueError):
        SceneSpec(fps=0)

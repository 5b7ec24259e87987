"""The finder's box holds the whole plate: flag strip, serial and region box, not the serial's text alone;
across shadow bands too, and a plate behind a bar is still found.

Plates of both renderers (fresh seeds, not an evaluation or training slice) are laid large on a light car
body, where the plate's field meets a body nearly as light as itself, and found in a 1280x720 frame.
"""

from __future__ import annotations

import math
import random

import cv2
import numpy as np
import pytest
from support.parts import missing_part
from support.plates import BOX, plateset2_plate

from cgrconsole.core.anpr.finder import PlateFinder, _iou
from cgrconsole.core.anpr.formats import FORMATS_BY_NAME
from cgrconsole.core.anpr.ocr import create_engine
from cgrconsole.core.anpr.reader import PlateReader
from cgrconsole.core.synthetic.plate_images import place_plate
from cgrconsole.core.synthetic.plate_render import render_plate as render_plate1

BODY = 222  # a white car's body under daylight: a plate's sheet is about 240


def on_light_body(
    picture: np.ndarray, width: int, seed: int, body: int = BODY
) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """``picture`` scaled to ``width`` px on a body (light by default) above a dark bumper; the frame and
    its box."""
    rng = np.random.default_rng(seed)
    frame = rng.integers(60, 100, (720, 1280, 3), dtype=np.uint8)
    frame[150:560, 260:1020] = np.clip(body + rng.normal(0, 2, (410, 760, 1)), 0, 255).astype(np.uint8)
    frame[480:560, 260:1020] = 30  # the bumper's dark intake under the plate
    height = round(picture.shape[0] * width / picture.shape[1])
    plate = cv2.resize(picture, (width, height), interpolation=cv2.INTER_AREA)
    x, y = 640 - width // 2, 470 - height
    frame[y : y + height, x : x + width] = plate
    return frame, (x, y, x + width, y + height)


LOOSE_BRIGHT_BOX = pytest.mark.xfail(
    strict=True,
    reason="known: a bright box of the plate with the light body beside it outscores the plate's own "
    "region and suppresses it; the field is not looked for inside a box",
)
CASES = [
    ("kz2012_private", 300),
    ("kz2012_legal", 320),
    ("ru_private_3digit_region", 300),
    pytest.param("kg2016_private", 280, marks=LOOSE_BRIGHT_BOX),
    ("uz2008_private", 300),
]


@pytest.mark.parametrize(("name", "width"), CASES)
def test_a_large_plate_on_a_light_body_is_found_whole(name: str, width: int) -> None:
    rng = random.Random(f"finder-test:{name}")
    for attempt in range(3):
        _, picture = plateset2_plate(name, rng)
        frame, box = on_light_body(picture, width, attempt)
        regions = PlateFinder(max_regions=3).find(frame)
        assert regions, "no region found"
        # no region grew into the light body around the plate
        assert all(r.box[2] - r.box[0] <= 1.5 * width for r in regions), (regions, box)
        best = max(regions, key=lambda r: _iou(r.box, box))
        x1, _, x2, _ = best.box
        # the flag strip and the region box are inside the box (a few px of the sheet's rim may be out)
        assert x1 <= box[0] + 0.04 * width and x2 >= box[2] - 0.04 * width, (best.box, box)
        assert _iou(best.box, box) >= 0.75, (best.box, box)


def test_a_flag_strip_darker_than_the_field_stays_in_the_box() -> None:
    """A blue flag strip (renderer 1's KZ plate) is not light: the field grows the box, never narrows it."""
    frame = np.full((720, 1280, 3), (120, 30, 35), np.uint8)  # a dark red body
    x, y, w, h = 540, 400, 200, 44
    frame[y : y + h, x : x + w] = 250
    frame[y : y + h, x : x + 26] = (25, 140, 184)  # the strip, to the plate's edges (RGB)
    cv2.putText(frame, "KZ", (x + 5, y + 38), cv2.FONT_HERSHEY_SIMPLEX, 0.35, (255, 255, 255), 1)
    cv2.putText(frame, "174 WMJ", (x + 30, y + 35), cv2.FONT_HERSHEY_DUPLEX, 1.0, (10, 10, 10), 2)
    cv2.line(frame, (x + 160, y + 3), (x + 160, y + h - 3), (10, 10, 10), 2)
    cv2.putText(frame, "07", (x + 164, y + 35), cv2.FONT_HERSHEY_DUPLEX, 0.9, (10, 10, 10), 2)
    box = (x, y, x + w, y + h)
    best = max(PlateFinder(max_regions=3).find(frame), key=lambda r: _iou(r.box, box))
    # the strip's text is in (the field alone starts at x + 26, after the strip), and the region code
    assert best.box[0] <= x + 13 and best.box[2] >= x + w - 8, best.box


@pytest.fixture(scope="module")
def net_reader() -> PlateReader:
    engine = create_engine("plate_net")
    engine.load()
    return PlateReader(engine)


@pytest.mark.parametrize("name", ["kz2012_private", "ru_private_2digit_region", "kg2016_legal"])
def test_the_whole_plate_is_read_with_its_region(net_reader: PlateReader, name: str) -> None:
    rng = random.Random(f"finder-test:read:{name}")
    misread = []
    for attempt in range(4):
        plate, picture = plateset2_plate(name, rng)
        frame, _ = on_light_body(picture, 310, attempt)
        reading = net_reader.read(frame)
        if reading.plate != plate:
            misread.append((plate, reading.plate))
    assert len(misread) <= 1, misread


def test_a_plate_inside_the_hole_of_a_larger_blob_is_found() -> None:
    """An overexposed frame (no bright box stands out) with striped clutter all around the plate (a
    grille, rain): the clutter is one large stroke blob with the plate's blob in its hole. The plate
    is still a candidate."""
    plate = "473KBM15"
    frame = np.full((720, 1280, 3), 255, np.uint8)
    frame[250:600, 300:980:6] = 40  # thin dark vertical stripes, a ring around a plain hole
    frame[250:600, 301:980:6] = 40
    frame[340:500, 470:820] = 255
    image, box = place_plate(frame, render_plate1(plate, FORMATS_BY_NAME["kz2012_private"]), BOX, None)
    regions = PlateFinder(max_regions=3).find(image)
    assert any(_iou(r.box, box) >= 0.6 for r in regions), (regions, box)


def shaded(frame: np.ndarray, box: tuple[int, int, int, int], seed: str) -> np.ndarray:
    """``frame`` with two soft shadow bands (a barrier arm, a canopy's beams) across the plate in ``box``,
    each a fifth of the plate wide and darkening it to 0.45: they cut its light field into parts."""
    rng = random.Random(seed)
    yy, xx = np.mgrid[0 : frame.shape[0], 0 : frame.shape[1]].astype(np.float32)
    cx, cy, width = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2, box[2] - box[0]
    shade = np.ones(frame.shape[:2], np.float32)
    for offset in (-0.2, 0.2):
        angle = math.radians(rng.uniform(-30, 30))
        distance = np.abs((xx - cx) * math.cos(angle) + (yy - cy) * math.sin(angle) - offset * width)
        band = np.clip((0.1 * width - distance) / (0.03 * width), 0, 1)
        shade *= 1 - 0.55 * band
    return (frame * shade[..., None]).astype(np.uint8)


@pytest.mark.parametrize("name", ["kz2012_legal", "kg2016_private", "ru_private_2digit_region"])
def test_a_large_plate_cut_by_shadow_bands_is_found_whole(name: str) -> None:
    """The field's parts in and out of the shade are one field: the box is the plate's, not a part's."""
    rng = random.Random(f"finder-test:shadow:{name}")
    for attempt in range(3):
        _, picture = plateset2_plate(name, rng)
        frame, box = on_light_body(picture, 320, attempt, body=150)
        frame = shaded(frame, box, f"{name}:{attempt}")
        regions = PlateFinder(max_regions=3).find(frame)
        assert max((_iou(r.box, box) for r in regions), default=0.0) >= 0.8, (regions, box)


@pytest.mark.parametrize("name", ["kz2012_private", "ru_private_2digit_region", "uz2008_private"])
def test_a_plate_behind_a_bar_on_an_overexposed_frame_is_found(name: str) -> None:
    """A bar in front of the plate (a tow hook, a pole) joins its glyphs' blob, which is then too tall
    for a plate; on an overexposed, blurred frame no other cue finds it. Its text band still does."""
    rng = random.Random(f"finder-test:bar:{name}")
    for attempt in range(3):
        _, picture = plateset2_plate(name, rng)
        frame, box = on_light_body(picture, 240, attempt, body=255)
        x, height = box[0] + (box[2] - box[0]) * 2 // 5, box[3] - box[1]
        cv2.line(frame, (x + 6, box[1] - height), (x - 6, box[3] + height), (40, 40, 42), 9, cv2.LINE_AA)
        frame = cv2.GaussianBlur(frame, (0, 0), 2.0)
        frame = np.clip(frame * 1.7 + 20, 0, 255).astype(np.uint8)
        regions = PlateFinder(max_regions=3).find(frame)
        assert max((_iou(r.box, box) for r in regions), default=0.0) >= 0.3, (regions, box)


@pytest.mark.parametrize(
    ("index", "names"),
    [
        (90003, ("rain", "overexposure")),
        (90100, ("overexposure", "focus_blur")),
        (90102, ("overexposure", "focus_blur")),
    ],
)
def test_a_plate_on_an_overexposed_frame_is_among_the_regions(
    monkeypatch: pytest.MonkeyPatch, index: int, names: tuple[str, ...]
) -> None:
    """Renderer 2's frames (tune indices no set scores), washed out to white, blurred or in rain: the plain
    cues find no region on the plate, the frame's local contrast does."""
    from benchmarks.plateset2 import effects, sample
    from benchmarks.plateset2.fonts import missing_packages

    if missing_packages():
        missing_part(f"plateset2's fonts are missing: {', '.join(missing_packages())}")
    monkeypatch.setattr(sample, "CLEAN_SHARE", 0.0)
    monkeypatch.setattr(effects, "pick", lambda rng: list(names))
    frame, truth = sample.make_sample(index)
    regions = PlateFinder(max_regions=3).find(frame)
    assert max((_iou(r.box, tuple(truth["box"])) for r in regions), default=0.0) >= 0.3, (regions, truth)

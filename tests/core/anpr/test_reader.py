"""The reader on hard plates: slashed zeros in a region code, a turned plate, a Russian region box.

Each plate is pasted into a plain 1280x720 frame at the size a checkpoint camera sees it (~170 px wide)
and read by the default engine (RapidOCR) through :class:`PlateReader`, as ``anpr read`` does.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from support.plates import BOX, frame_with

from cgrconsole.core.anpr.formats import normalize
from cgrconsole.core.anpr.reader import PlateReader
from cgrconsole.core.anpr.rectify import one_line, plate_quad, rectify
from cgrconsole.core.synthetic.degrade import perspective_matrix
from cgrconsole.core.synthetic.plate_render import PLATE_FONTS


def test_slashed_zeros_are_zeros() -> None:
    assert normalize("Ø1 723 SZF") == normalize("∅1 723 SZF") == "01723SZF"


@pytest.mark.parametrize("font", sorted(PLATE_FONTS))
@pytest.mark.parametrize(
    ("plate", "fmt"), [("100OBS08", "kz2012_private"), ("O474HA161", "ru_private_3digit_region")]
)
def test_every_plate_font_is_read(reader: PlateReader, font: str, plate: str, fmt: str) -> None:
    image, _ = frame_with(plate, fmt, font=font)
    reading = reader.read(image)
    assert reading.plate == plate, reading.candidates


@pytest.mark.parametrize("plate", ["01723SZF", "06156ZU", "03470AWG"])
def test_a_kyrgyz_region_with_a_slashed_zero_is_read(reader: PlateReader, plate: str) -> None:
    fmt = "kg2016_private" if len(plate) == 8 else "kg2016_legal"
    image, _ = frame_with(plate, fmt)
    reading = reader.read(image)
    assert (reading.plate, reading.country) == (plate, "KG"), reading.candidates


@pytest.mark.parametrize("plate", ["B581MP761", "T965HH52", "O474HA161"])
def test_a_russian_region_is_read_without_the_flag(reader: PlateReader, plate: str) -> None:
    fmt = "ru_private_3digit_region" if len(plate) == 9 else "ru_private_2digit_region"
    image, _ = frame_with(plate, fmt)
    reading = reader.read(image)
    assert (reading.plate, reading.country) == (plate, "RU"), reading.candidates


@pytest.mark.parametrize(
    ("plate", "fmt", "pose"),
    [
        ("473KBM15", "kz2012_private", (25.0, 0.0)),
        ("473KBM15", "kz2012_private", (-25.0, 8.0)),
        ("01723SZF", "kg2016_private", (25.0, 5.0)),
        ("O474HA161", "ru_private_3digit_region", (-25.0, 0.0)),
        ("60R271KD", "uz2008_private", (25.0, -8.0)),
    ],
)
def test_a_turned_plate_is_deskewed_and_read(
    reader: PlateReader, plate: str, fmt: str, pose: tuple[float, float]
) -> None:
    image, box = frame_with(plate, fmt, pose)
    reading = reader.read(image)
    assert reading.plate == plate, reading.candidates
    assert reading.box is not None and _iou(reading.box, box) > 0.5


def test_the_quad_of_a_turned_plate_is_found_and_warped_upright() -> None:
    image, box = frame_with("01723SZF", "kg2016_private", (25.0, 10.0))
    quad = plate_quad(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY), box)
    assert quad is not None
    w, h = BOX[2] - BOX[0], BOX[3] - BOX[1]
    corners = np.array([[[0, 0]], [[w, 0]], [[w, h]], [[0, h]]], np.float32)
    truth = cv2.perspectiveTransform(corners, perspective_matrix(w, h, 25.0, 10.0)).reshape(4, 2) + BOX[:2]
    assert np.abs(quad - truth).max() < 0.12 * h + 3  # within a few pixels (the border is drawn inside)
    upright = rectify(cv2.cvtColor(image, cv2.COLOR_RGB2BGR), quad)
    assert upright.shape[0] > 48 and 3.5 < upright.shape[1] / upright.shape[0] < 5.5


def test_one_line_lifts_the_region_code_and_leaves_the_flag_out() -> None:
    image, box = frame_with("B581MP761", "ru_private_3digit_region")
    quad = plate_quad(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY), box)
    assert quad is not None
    upright = rectify(cv2.cvtColor(image, cv2.COLOR_RGB2BGR), quad)
    line = one_line(upright)
    assert line is not None and line.shape[0] == upright.shape[0]
    # Nothing of the Russian flag's blue and red stripes is left in the one-line view.
    b, g, r = (line[..., i].astype(int) for i in range(3))
    assert not ((b - r > 60) & (b - g > 40)).any() and not ((r - b > 80) & (r - g > 80)).any()


def test_a_plate_without_region_box_is_not_relaid() -> None:
    image, box = frame_with("F894QWK", "kz1993_private")
    quad = plate_quad(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY), box)
    assert quad is not None
    assert one_line(rectify(cv2.cvtColor(image, cv2.COLOR_RGB2BGR), quad)) is None


def _iou(a: tuple, b: tuple) -> float:
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - ix * iy
    return ix * iy / union

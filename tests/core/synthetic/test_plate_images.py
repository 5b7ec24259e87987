"""Synthetic ANPR samples: determinism, truth boxes that match the pixels, the country mix, degradations."""

from __future__ import annotations

from collections import Counter

import cv2
import numpy as np
import pytest

from cgrconsole.core.anpr.formats import FORMATS_BY_NAME
from cgrconsole.core.synthetic import plate_images
from cgrconsole.core.synthetic.degrade import (
    DEGRADATIONS,
    degrade,
    perspective_matrix,
    uneven_motion_blur,
)
from cgrconsole.core.synthetic.plate_images import file_name, is_kazakh, make_sample, place_plate
from cgrconsole.core.synthetic.plate_render import PLATE_FONTS

SEED = 7
BOX = (60, 40, 180, 68)


def _bright(img: np.ndarray) -> float:
    return float((img.min(axis=2) >= 200).mean()) if img.size else 0.0


def _dark(img: np.ndarray) -> float:
    return float((img.max(axis=2) < 90).mean()) if img.size else 0.0


@pytest.fixture(scope="module")
def clean() -> list[tuple[np.ndarray, dict]]:
    return [make_sample(i, SEED, degraded=False) for i in range(12)]


@pytest.fixture(scope="module")
def degraded() -> list[tuple[np.ndarray, dict]]:
    return [make_sample(i, SEED, degraded=True) for i in range(12)]


@pytest.fixture
def picture() -> np.ndarray:
    rng = np.random.default_rng(0)
    img = rng.integers(40, 120, (120, 240, 3), dtype=np.uint8)
    img[40:68, 60:180] = 245  # a white "plate" with dark strokes
    img[46:62, 70:170:12] = 15
    return img


# -- samples ------------------------------------------------------------------------------------------
def test_same_seed_same_pixels(degraded: list[tuple[np.ndarray, dict]]) -> None:
    plate_images._scene.cache_clear()  # a fresh scene must draw the very same frame
    for index in (0, 5):
        image, truth = make_sample(index, SEED, degraded=True)
        assert truth == degraded[index][1]
        assert np.array_equal(image, degraded[index][0])
    other, _ = make_sample(0, SEED + 1, degraded=True)
    assert not np.array_equal(other, degraded[0][0])


def test_truth_describes_the_sample(clean: list[tuple[np.ndarray, dict]]) -> None:
    for index, (image, truth) in enumerate(clean):
        assert image.shape == (720, 1280, 3) and image.dtype == np.uint8
        assert truth["file"] == file_name(index) == f"anpr_{index:05d}.jpg"
        fmt = FORMATS_BY_NAME[truth["format"]]
        assert fmt.country == truth["country"] and fmt.matches(truth["plate"])
        assert truth["set"] == "clean" and truth["degradations"] == []
        assert truth["font"] in PLATE_FONTS
        x1, y1, x2, y2 = truth["box"]
        assert 0 <= x1 < x2 <= 1280 and 0 <= y1 < y2 <= 720
        assert x2 - x1 >= plate_images.MIN_PLATE_WIDTH


def test_clean_box_holds_a_white_plate_with_dark_strokes(clean: list[tuple[np.ndarray, dict]]) -> None:
    for image, truth in clean:
        x1, y1, x2, y2 = truth["box"]
        crop = image[y1:y2, x1:x2]
        assert _bright(crop) > 0.4 and _dark(crop) > 0.15
        around = np.concatenate([image[y1 - 8 : y1 - 2, x1:x2], image[y2 + 2 : y2 + 8, x1:x2]])
        assert _bright(around) < 0.05  # nothing plate-white right outside the box
        shifted = image[y1 + (y2 - y1) : y2 + (y2 - y1), x1:x2]
        assert _bright(shifted) < 0.2


def test_degraded_box_still_holds_the_plate(degraded: list[tuple[np.ndarray, dict]]) -> None:
    for image, truth in degraded:
        x1, y1, x2, y2 = truth["box"]
        assert 0 <= x1 < x2 <= 1280 and 0 <= y1 < y2 <= 720
        crop = image[y1:y2, x1:x2].astype(np.float32).mean(axis=2)
        assert crop.std() > 25  # light plate, dark strokes, whatever happened to the picture
        assert np.percentile(crop, 90) - np.percentile(crop, 10) > 60


def test_degraded_differs_from_clean(
    clean: list[tuple[np.ndarray, dict]], degraded: list[tuple[np.ndarray, dict]]
) -> None:
    for (c_img, c_truth), (d_img, d_truth) in zip(clean, degraded, strict=True):
        assert d_truth["set"] == "degraded" and d_truth["degradations"]
        assert set(d_truth["degradations"]) <= set(DEGRADATIONS)
        same = ("file", "plate", "country", "format")
        assert {k: d_truth[k] for k in same} == {k: c_truth[k] for k in same}
        assert np.abs(d_img.astype(np.int16) - c_img.astype(np.int16)).mean() > 0.5


def test_every_font_is_drawn_and_the_font_changes_nothing_else() -> None:
    fonts = Counter(make_sample(i, SEED, degraded=False)[1]["font"] for i in range(40))
    assert set(fonts) == set(PLATE_FONTS) and min(fonts.values()) >= 4, fonts
    with_fonts = make_sample(3, SEED, degraded=True)[1]
    only_default = dict(PLATE_FONTS)
    for name in [n for n in PLATE_FONTS if n != "stroke"]:
        del only_default[name]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(plate_images, "PLATE_FONTS", only_default)
        default = make_sample(3, SEED, degraded=True)[1]
    assert default["font"] == "stroke"
    assert {**default, "font": with_fonts["font"]} == with_fonts  # same plate, box, degradations


def test_country_mix_is_70_30() -> None:
    assert sum(is_kazakh(i, SEED) for i in range(200)) == 140  # exactly 7 in every ten
    assert sum(is_kazakh(i, 3) for i in range(100, 150)) == 35
    countries = Counter(make_sample(i, SEED, degraded=False)[1]["country"] for i in range(200))
    assert 0.62 <= countries["KZ"] / 200 <= 0.78
    assert len(countries) >= 4  # the neighbours show up too


# -- degradations ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(DEGRADATIONS))
@pytest.mark.parametrize("box", [None, BOX])
def test_degradation_keeps_shape_and_dtype(name: str, box: tuple | None, picture: np.ndarray) -> None:
    fn = DEGRADATIONS[name]
    out = fn(picture, np.random.default_rng(1), 0.8, box)
    assert out.shape == picture.shape and out.dtype == np.uint8
    assert not np.array_equal(out, picture)
    assert np.array_equal(out, fn(picture, np.random.default_rng(1), 0.8, box))  # deterministic


def test_uneven_motion_blur_stands_in_for_the_straight_one(picture: np.ndarray) -> None:
    straight_rng, uneven_rng = np.random.default_rng(4), np.random.default_rng(4)
    straight = DEGRADATIONS["motion_blur"](picture, straight_rng, 0.9)
    uneven = uneven_motion_blur(picture, uneven_rng, 0.9)
    assert straight_rng.random() == uneven_rng.random()  # the same draws: the rest of a sample is unchanged
    sharpness = [cv2.Laplacian(img, cv2.CV_64F).var() for img in (picture, straight, uneven)]
    assert sharpness[2] < 0.5 * sharpness[0], sharpness  # it does blur
    assert not np.array_equal(straight, uneven)


def test_degrade_levels(picture: np.ndarray) -> None:
    same, names = degrade(picture, np.random.default_rng(0), 0)
    assert names == [] and np.array_equal(same, picture) and same is not picture
    for seed in range(10):
        out, names = degrade(picture, np.random.default_rng(seed), 3, BOX)
        assert len(names) == 3 and "perspective" not in names
        assert not {"motion_blur", "gaussian_blur"} <= set(names)
        assert names == [n for n in DEGRADATIONS if n in names]  # applied in pipeline order
        assert out.shape == picture.shape and out.dtype == np.uint8


def test_perspective_matrix_and_placed_plate() -> None:
    assert np.allclose(perspective_matrix(520, 112, 0, 0), np.eye(3), atol=1e-9)
    plate = np.full((112, 520, 3), 250, np.uint8)
    frame = np.full((200, 400, 3), 60, np.uint8)
    straight, box = place_plate(frame, plate, (100, 80, 240, 110), None)
    assert box == (100, 80, 240, 110) and _bright(straight[80:110, 100:240]) == 1.0
    turned, box = place_plate(frame, plate, (100, 80, 240, 110), (25.0, 10.0))
    x1, y1, x2, y2 = box
    assert x2 - x1 < 140  # foreshortened by the yaw
    assert _bright(turned) * turned.shape[0] * turned.shape[1] <= (x2 - x1) * (y2 - y1)
    assert _bright(turned[y1:y2, x1:x2]) > 0.6

"""The plate network reads plates of both renderers (fresh seeds, never trained on), decodes under the
formats, and works as the reader's engine alone or beside RapidOCR."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest
from support.plates import plateset2_plate

from cgrconsole.core.anpr.formats import FORMATS, FORMATS_BY_NAME, match_formats
from cgrconsole.core.anpr.grammar_decode import ALPHABET, decode, free_text
from cgrconsole.core.anpr.ocr import create_engine
from cgrconsole.core.anpr.plate_net import PlateNet, default_model_path
from cgrconsole.core.anpr.reader import PlateReader, plate_crop
from cgrconsole.core.synthetic import plate_render

PLATE_WIDTH = 200  # px in the frame: a plate at a checkpoint camera's usual distance
RENDERER2_FORMATS = ("kz2012_private", "ru_private_2digit_region", "kg2016_private", "uz2008_private")


@pytest.fixture(scope="module")
def net() -> PlateNet:
    net = PlateNet()
    net.load()
    return net


def framed(picture: np.ndarray) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """The plate picture scaled to PLATE_WIDTH and laid on a grey bumper; the frame (RGB) and its box."""
    height = round(picture.shape[0] * PLATE_WIDTH / picture.shape[1])
    plate = cv2.resize(picture, (PLATE_WIDTH, height), interpolation=cv2.INTER_AREA)
    frame = np.full((height * 4, PLATE_WIDTH * 2, 3), 90, np.uint8)
    y, x = height * 2, PLATE_WIDTH // 2
    frame[y : y + height, x : x + PLATE_WIDTH] = plate
    return frame, (x, y, x + PLATE_WIDTH, y + height)


def renderer1_plate(name: str, rng: random.Random) -> tuple[str, np.ndarray]:
    fmt = FORMATS_BY_NAME[name]
    plate = fmt.generate(rng)
    font = rng.choice(sorted(plate_render.PLATE_FONTS))
    return plate, plate_render.render_plate(plate, fmt, font=font)


def renderer2_plate(name: str, rng: random.Random) -> tuple[str, np.ndarray]:
    from benchmarks.plateset2.plate import mount

    plate, picture = plateset2_plate(name, rng)
    return plate, mount(picture, rng)[0]


@pytest.mark.parametrize(
    ("renderer", "names"),
    [
        (renderer1_plate, tuple(f.name for f in FORMATS)),
        (renderer2_plate, RENDERER2_FORMATS),
    ],
    ids=["renderer1", "renderer2"],
)
def test_it_reads_plates_of_every_country_it_was_not_trained_on(net: PlateNet, renderer, names) -> None:
    rng = random.Random("plate-net-test:not-a-training-seed")
    misread = []
    for name in names:
        for _ in range(3):
            plate, picture = renderer(name, rng)
            frame, box = framed(picture)
            reading = net.read(plate_crop(frame, box))
            if reading.plate != plate:
                misread.append((plate, reading.plate))
    total = 3 * len(names)
    assert len(misread) <= total // 12, f"{len(misread)} of {total} misread: {misread}"
    countries = {FORMATS_BY_NAME[n].country for n in names}
    assert len(countries) >= 4


def random_probabilities(rng: np.random.Generator, steps: int = 32) -> np.ndarray:
    logits = rng.normal(0, 3, (steps, 1 + len(ALPHABET)))
    logits[:, 0] += rng.uniform(0, 4)  # blanks are common
    probs = np.exp(logits)
    return probs / probs.sum(axis=1, keepdims=True)


def spelled(text: str, steps: int = 32) -> np.ndarray:
    """Probabilities that spell ``text`` sharply, one character every few steps, blanks between."""
    probs = np.full((steps, 1 + len(ALPHABET)), 1e-4)
    probs[:, 0] = 1.0
    for ch, t in zip(text, np.linspace(2, steps - 3, len(text)).round().astype(int), strict=True):
        probs[t, 0] = 1e-3
        probs[t, 1 + ALPHABET.index(ch)] = 1.0
    return probs / probs.sum(axis=1, keepdims=True)


def test_constrained_decoding_returns_only_format_valid_plates() -> None:
    rng = np.random.default_rng(5)
    for _ in range(200):
        reading = decode(random_probabilities(rng))
        assert reading.plate is None or FORMATS_BY_NAME[reading.format_name].matches(reading.plate)
        assert 0.0 <= reading.confidence <= 1.0


def test_the_grammar_decides_where_the_free_text_fits_no_format() -> None:
    clean = decode(spelled("123ABC01"))
    assert (clean.plate, clean.format_name, clean.free_text) == ("123ABC01", "kz2012_private", "123ABC01")
    # a Kazakh region code runs 01..20: "25" is no region, the best valid path differs in one place
    region = decode(spelled("123ABC25"))
    assert region.free_text == "123ABC25"
    assert region.plate is not None and match_formats(region.plate)
    assert region.plate != "123ABC25" and region.confidence < 0.5 * clean.confidence
    # one glyph too many (the strip's "KZ" read as a K): a valid plate, but not a confident one
    extra = decode(spelled("1234ABC01"))
    assert extra.plate is not None and match_formats(extra.plate)
    assert extra.confidence < 0.2
    # a repeated character needs a blank between its two runs, and gets one
    assert decode(spelled("A112AA77")).plate == "A112AA77"


def test_free_text_is_the_best_path_collapsed() -> None:
    assert free_text(spelled("01123ABC")) == "01123ABC"


def test_the_model_ships_in_the_resources() -> None:
    path = default_model_path()
    assert path.is_file() and 100_000 < path.stat().st_size < 2_500_000


def test_it_serves_the_reader_alone_and_beside_rapidocr() -> None:
    rng = random.Random("plate-net-test:engines")
    plate, picture = renderer1_plate("kz2012_private", rng)
    frame, _ = framed(picture)
    frame = cv2.copyMakeBorder(frame, 200, 200, 300, 300, cv2.BORDER_CONSTANT, value=(70, 75, 80))
    for name in ("plate_net", "rapidocr+plate_net"):
        engine = create_engine(name)
        engine.load()
        reading = PlateReader(engine).read(frame)
        assert reading.plate == plate, name
    both = create_engine("rapidocr+plate_net")
    crop = plate_crop(frame, PlateReader(both).finder.find(frame)[0].box)
    assert len(both.read_line(crop)) >= 2  # one line of each

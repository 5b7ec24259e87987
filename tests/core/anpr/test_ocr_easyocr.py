"""The EasyOCR engine (the ``easyocr`` extra): offline load, plate reading, the torchvision shim, the CLI.

Without the extra these tests skip and say why; on the Linux CI they fail instead, because it installs
the extra (``make test``) and nothing that matters may be skipped there (tests/support/parts.py).
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import cv2
import numpy as np
import pytest
from support.parts import missing_part

from cgrconsole.core.anpr.formats import FORMATS, PlateFormat
from cgrconsole.core.anpr.interpret import interpret, rank
from cgrconsole.core.anpr.ocr import OcrEngine, create_engine
from cgrconsole.core.synthetic.plate_images import make_sample
from cgrconsole.core.synthetic.plate_render import render_plate

EXTRA = ("torch", "torchvision", "easyocr", "easyocr_en_models")


def _missing() -> str:
    absent = [name for name in EXTRA if importlib.util.find_spec(name) is None]
    return f"the easyocr extra is not installed (missing {', '.join(absent)})" if absent else ""


@pytest.fixture(scope="module", autouse=True)
def easyocr_extra() -> None:
    reason = _missing()
    if reason:
        print(f"SKIP test_ocr_easyocr: {reason}; pip install -e '.[easyocr]'")
        missing_part(reason)


@pytest.fixture(scope="module")
def engine() -> OcrEngine:
    ocr = create_engine("easyocr")
    ocr.load()
    return ocr


def plate_crop_of(plate: str, fmt: PlateFormat, height: int = 36) -> np.ndarray:
    """A BGR crop like the reader's: a plate ``height`` px tall on a dark car, margins, 48 px high."""
    image = render_plate(plate, fmt)
    image = cv2.resize(
        image, (round(image.shape[1] * height / image.shape[0]), height), interpolation=cv2.INTER_AREA
    )
    pad_x, pad_y = round(0.6 * height), round(0.15 * height)
    image = cv2.copyMakeBorder(image, pad_y, pad_y, pad_x, pad_x, cv2.BORDER_CONSTANT, value=(60, 60, 60))
    scale = 48 / image.shape[0]
    image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return cv2.cvtColor(image, cv2.COLOR_RGB2BGR)


def best_plate(lines: list[tuple[str, float]]) -> str | None:
    best = max((c for text, score in lines for c in interpret(text, score)), key=rank, default=None)
    return best.plate if best and best.country else None


def test_reads_rendered_plates_of_every_format(engine: OcrEngine) -> None:
    rng = random.Random(11)
    misses = []
    for fmt in FORMATS:
        for _ in range(2):
            plate = fmt.generate(rng)
            lines = engine.read_line(plate_crop_of(plate, fmt))
            assert all(isinstance(t, str) and 0.0 <= c <= 1.0 for t, c in lines), lines
            if best_plate(lines) != plate:
                misses.append((fmt.name, plate, lines))
    assert len(misses) <= 1, misses  # 26 clean plates; EasyOCR is allowed one slip


def test_kazakh_plate_read_exactly_with_confidence(engine: OcrEngine) -> None:
    fmt = next(f for f in FORMATS if f.name == "kz2012_private")
    lines = engine.read_line(plate_crop_of("123ABC01", fmt))
    assert lines and lines[0][0] == "123ABC01" and lines[0][1] > 0.5, lines


def test_blank_crop_gives_no_plate(engine: OcrEngine) -> None:
    blank = np.full((48, 200, 3), 90, np.uint8)
    assert best_plate(engine.read_line(blank)) is None


OFFLINE_SCRIPT = textwrap.dedent(
    """
    import json, socket, sys
    def refuse(*args, **kwargs):
        raise OSError("network blocked by the test")
    socket.socket.connect = refuse          # every TCP/UDP connect, whatever library tries it
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse             # not even a DNS look-up
    import cv2
    from cgrconsole.core.anpr.ocr import create_engine
    engine = create_engine("easyocr")
    engine.load()
    print(json.dumps(engine.read_line(cv2.imread(sys.argv[1]))))
    """
)


def test_loads_and_reads_with_the_network_blocked(tmp_path: Path) -> None:
    fmt = next(f for f in FORMATS if f.name == "kz2012_private")
    crop = tmp_path / "crop.png"
    cv2.imwrite(str(crop), plate_crop_of("777KZA02", fmt))
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "USERPROFILE": str(home)}  # an empty home: no cached weights
    env.pop("EASYOCR_MODULE_PATH", None)
    env.pop("MODULE_PATH", None)
    result = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT, str(crop)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = json.loads(result.stdout.splitlines()[-1])
    assert best_plate([(t, c) for t, c in lines]) == "777KZA02", lines
    assert not list(home.iterdir()), "EasyOCR wrote into the home folder (a cache or download)"


def test_cli_reads_an_image_with_the_easyocr_engine(tmp_path: Path) -> None:
    image, truth = make_sample(0, 7, degraded=False)  # a clean 1280x720 Kazakh shot
    path = tmp_path / "car.jpg"
    cv2.imwrite(str(path), cv2.cvtColor(image, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 90])
    result = subprocess.run(
        [sys.executable, "-m", "cgrconsole", "anpr", "read", "--engine", "easyocr", str(path)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1, result.stdout
    record = records[0]
    assert set(record) == {"file", "plate", "confidence", "country", "candidates", "box", "ms"}, record
    assert record["plate"] == truth["plate"] and record["country"] == "KZ", record
    assert 0 <= record["confidence"] <= 1


# --- the torchvision shim ---------------------------------------------------------------------------


def brute_force_nms(boxes: list[list[float]], scores: list[float], threshold: float) -> list[int]:
    """Greedy NMS written out plainly: best first, drop what overlaps a kept box by IoU > threshold."""

    def iou(a: list[float], b: list[float]) -> float:
        w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
        h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
        inter = w * h
        union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
        return inter / union if union > 0 else 0.0

    order = sorted(range(len(boxes)), key=lambda i: -scores[i])  # sorted() is stable: ties keep input order
    keep: list[int] = []
    for i in order:
        if all(iou(boxes[i], boxes[k]) <= threshold for k in keep):
            keep.append(i)
    return keep


def random_boxes(rng: np.random.Generator, n: int) -> tuple[list[list[float]], list[float]]:
    xy = rng.uniform(0, 100, (n, 2))
    wh = rng.uniform(1, 40, (n, 2))
    boxes = np.concatenate([xy, xy + wh], axis=1).round(1)
    scores = rng.choice(np.linspace(0.05, 1.0, 12), n)  # few distinct values: ties happen
    return boxes.tolist(), scores.tolist()


def test_shim_makes_torchvision_and_easyocr_importable() -> None:
    from cgrconsole.core.anpr.torchvision_shim import ensure_torchvision_importable

    ensure_torchvision_importable()
    import easyocr  # noqa: F401
    import torch
    import torchvision  # noqa: F401

    assert hasattr(torch.ops.torchvision, "nms")


def test_nms_matches_brute_force() -> None:
    from cgrconsole.core.anpr.torchvision_shim import ensure_torchvision_importable, nms_reference

    ensure_torchvision_importable()
    import torch

    rng = np.random.default_rng(5)
    for trial in range(40):
        boxes, scores = random_boxes(rng, int(rng.integers(1, 60)))
        threshold = float(rng.choice([0.0, 0.3, 0.5, 0.7, 1.0]))
        expected = brute_force_nms(boxes, scores, threshold)
        dets, conf = torch.tensor(boxes), torch.tensor(scores)
        # the registered operator (our kernel when torchvision's _C cannot load) and the kernel itself
        assert torch.ops.torchvision.nms(dets, conf, threshold).tolist() == expected, trial
        assert nms_reference(dets, conf, threshold).tolist() == expected, trial
        assert torch.ops.torchvision.nms(dets, conf, threshold).dtype == torch.long
    empty = torch.ops.torchvision.nms(torch.zeros((0, 4)), torch.zeros(0), 0.5)
    assert empty.shape == (0,) and empty.dtype == torch.long

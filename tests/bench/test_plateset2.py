"""The second plate set (benchmarks/plateset2): reproducible samples whose truth matches the picture."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from support.parts import missing_part

from benchmarks.plateset2 import sample as plateset2
from benchmarks.plateset2.fonts import available_fonts, missing_packages
from cgrconsole.core.anpr.formats import FORMATS_BY_NAME

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fonts() -> None:
    if not available_fonts("din") or missing_packages():
        missing_part(f"plateset2's fonts are missing (Debian: apt install {' '.join(missing_packages())})")


def test_a_sample_is_a_pure_function_of_its_index_and_its_truth_fits_the_picture() -> None:
    image, truth = plateset2.make_sample(11)
    again, same = plateset2.make_sample(11)
    assert np.array_equal(image, again) and truth == same
    assert image.shape == (720, 1280, 3) and image.dtype == np.uint8
    assert FORMATS_BY_NAME[truth["format"]].matches(truth["plate"])
    x0, y0, x1, y1 = truth["box"]
    assert 0 <= x0 < x1 <= 1280 and 0 <= y0 < y1 <= 720, "the whole plate is in the frame"
    assert 90 <= truth["width_px"] <= 360 and truth["split"] == "tune"
    _, clean = next((img, t) for img, t in map(plateset2.make_sample, range(40)) if t["set"] == "clean")
    assert clean["degradations"] == []
    assert plateset2.make_sample(plateset2.HOLDOUT_START)[1]["split"] == "holdout"


def test_the_cli_writes_frames_and_a_truth_line_each(tmp_path: Path) -> None:
    out = tmp_path / "set"
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.plateset2", "--out", str(out), "--count", "3", "--workers", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    truths = [json.loads(line) for line in (out / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [t["index"] for t in truths] == [0, 1, 2]
    for truth in truths:
        picture = cv2.imread(str(out / truth["file"]))
        assert picture is not None and picture.shape == (720, 1280, 3)
        assert {"plate", "country", "format", "font", "box", "degradations", "set"} <= set(truth)


def test_a_drive_by_frame_shows_every_vehicle_its_truth_lists_in_view() -> None:
    """The two-way clip 202: its truth (asked for the whole clip) lists ``20G765FL`` driving away in the entry
    lane at 74 s. Drawn frame by frame, as the benchmark writes a clip, the scene once knew only the vehicles
    made by then and left that one out; a frame is the same however much of the truth was asked before."""
    from benchmarks.plateset2.driveby import DriveScene, DriveSpec

    spec, t = DriveSpec(seed=202, layout="both"), 74.0
    drawn = DriveScene(spec)  # as encode_frames asks it: nothing beyond the frame's time
    in_view = [p.plate for p in drawn.passes_until(t) if p.enter_s <= t < p.leave_s]
    truth = DriveScene(spec).passes_until(120.0)
    assert in_view == [p.plate for p in truth if p.enter_s <= t < p.leave_s]
    assert "20G765FL" in in_view and len(in_view) == 2
    told = DriveScene(spec)
    told.passes_until(120.0)
    index = round(t * spec.fps)
    assert np.array_equal(DriveScene(spec).frame(index), told.frame(index))

"""``cgrconsole anpr read``: the evaluation interface, on real image files, good and bad."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np

from cgrconsole.core.synthetic.scene import Scene, SceneSpec


def frames_with_plates(count: int) -> list[tuple[np.ndarray, str]]:
    found = []
    for seed, direction in ((1, "entry"), (2, "exit"), (5, "entry")):
        scene = Scene(SceneSpec(seed=seed, direction=direction))
        seen = set()
        for index in range(0, 1500, 9):
            truths = [t for t in scene.truth(index) if t.fully_visible and t.box[2] - t.box[0] >= 150]
            if truths and truths[0].plate not in seen:
                seen.add(truths[0].plate)
                found.append((scene.frame(index), truths[0].plate))
                if len(found) >= count:
                    return found
    return found


def test_reads_good_images_and_reports_bad_ones_without_stopping(tmp_path: Path) -> None:
    good = frames_with_plates(6)
    files: list[Path] = []
    for n, (rgb, _) in enumerate(good):
        path = tmp_path / f"car{n}.{'png' if n % 2 else 'jpg'}"
        cv2.imwrite(str(path), cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
        files.append(path)
    gray = tmp_path / "gray.png"
    cv2.imwrite(str(gray), cv2.cvtColor(good[0][0], cv2.COLOR_RGB2GRAY))
    huge = tmp_path / "huge.jpg"
    cv2.imwrite(str(huge), cv2.resize(cv2.cvtColor(good[1][0], cv2.COLOR_RGB2BGR), None, fx=4, fy=4))
    corrupt = tmp_path / "corrupt.jpg"
    corrupt.write_bytes(files[0].read_bytes()[:300] + bytes(range(256)) * 8)
    empty = tmp_path / "empty.jpg"
    empty.touch()
    text = tmp_path / "notes.png"
    text.write_text("this is not a picture", encoding="utf-8")
    order = [files[0], corrupt, empty, text, tmp_path / "missing.jpg", gray, huge, *files[1:]]

    result = subprocess.run(
        [sys.executable, "-m", "cgrconsole", "anpr", "read", *map(str, order)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1, "an item failed: non-zero exit, after every line\n" + result.stderr[-2000:]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in records] == [str(p) for p in order], "one line per image, in order"
    by_file = {Path(r["file"]).name: r for r in records}
    for bad, why in (
        ("corrupt.jpg", "not a readable image"),
        ("empty.jpg", "empty file"),
        ("notes.png", "not a readable image"),
        ("missing.jpg", "file not found"),
    ):
        assert why in by_file[bad]["error"]
    assert by_file["gray.png"]["plate"] == good[0][1], "a grayscale picture is still read"
    huge_record = by_file["huge.jpg"]
    assert huge_record["plate"] == good[1][1] and huge_record["box"][0] > 1280, "box in the file's own pixels"
    right = sum(by_file[p.name]["plate"] == plate for p, (_, plate) in zip(files, good, strict=True))
    assert right >= 5, [(by_file[p.name]["plate"], plate) for p, (_, plate) in zip(files, good, strict=True)]
    for record in records:
        if "error" not in record:
            assert set(record) == {"file", "plate", "confidence", "country", "candidates", "box", "ms"}
            assert 0 <= record["confidence"] <= 1 and record["ms"] < 2000


def test_exits_zero_when_every_image_was_used_and_one_when_any_failed(tmp_path: Path) -> None:
    ((rgb, plate),) = frames_with_plates(1)
    good = tmp_path / "car.jpg"
    cv2.imwrite(str(good), cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    runs = {}
    for name, files in (("good", [good, good]), ("missing last", [good, tmp_path / "gone.jpg"])):
        result = subprocess.run(
            [sys.executable, "-m", "cgrconsole", "anpr", "read", *map(str, files)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        runs[name] = (result.returncode, [json.loads(line) for line in result.stdout.splitlines()])
    assert runs["good"][0] == 0 and [r["plate"] for r in runs["good"][1]] == [plate, plate]
    code, records = runs["missing last"]
    assert code == 1 and len(records) == 2, "the failure is in the exit code; every line is still there"
    assert records[0]["plate"] == plate and records[1]["error"] == "file not found"

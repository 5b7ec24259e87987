"""Where the reader loses plates around the network: the finder's boxes against the truth box, per frame.

For each frame of a set (``truth.jsonl`` with the plate's ``box``, as plateset2 and anpr_dataset write it)
it runs the reader in-process as ``anpr read`` does, and the network alone on the crop of the truth box,
and sorts every frame the reader gets wrong into one of:

- ``no_region``: no region of the finder overlaps the plate (IoU < 0.3 with the truth box);
- ``wrong_region``: a region overlaps the plate, but the reading came from another one (or none);
- ``bad_crop``: the reading came from the plate's region, and the truth box's crop reads right;
- ``misread``: the truth box's crop is misread as well (the network's part, not the finder's).

It prints the counts per set and the misses with their boxes (offsets of the chosen box's sides from the
truth box's, in plate heights: negative = inside the plate), and with ``--save DIR`` writes, for each miss,
the chosen crop and the truth box's crop side by side. Never run it on a held-out part.
Usage: python benchmarks/anpr_finder.py --dataset benchmarks/out/plateset2_tune [--limit N] [--set clean]
       [--engine plate_net] [--save DIR] [--report NAME]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from _common import OUT, table

from cgrconsole.core.anpr.finder import _iou
from cgrconsole.core.anpr.formats import normalize
from cgrconsole.core.anpr.ocr import create_engine
from cgrconsole.core.anpr.reader import PlateReader, plate_crop

KINDS = ("no_region", "wrong_region", "bad_crop", "misread")
OVERLAP = 0.3


def sides(box: tuple[int, ...], truth: tuple[int, ...]) -> list[float]:
    """How far each side of ``box`` (left, top, right, bottom) lies outside ``truth``, in truth heights."""
    h = max(1, truth[3] - truth[1])
    return [
        round((truth[0] - box[0]) / h, 2),
        round((truth[1] - box[1]) / h, 2),
        round((box[2] - truth[2]) / h, 2),
        round((box[3] - truth[3]) / h, 2),
    ]


def examine(reader: PlateReader, image: np.ndarray, truth: dict[str, Any]) -> dict[str, Any]:
    """One frame: the reading, the finder's regions against the truth box, the truth crop's reading."""
    box = tuple(truth["box"])
    regions = reader.finder.find(image)[: reader.regions]
    reading = reader.read(image)
    correct = normalize(reading.plate or "") == truth["plate"]
    overlaps = [round(_iou(r.box, box), 2) for r in regions]
    chosen = reading.box
    chosen_iou = round(_iou(chosen, box), 2) if chosen else 0.0
    lines = reader.engine.read_line(plate_crop(image, box))
    truth_read = normalize(lines[0][0]) if lines else ""
    kind = ""
    if not correct:
        if max(overlaps, default=0.0) < OVERLAP:
            kind = "no_region"
        elif chosen_iou < OVERLAP:
            kind = "wrong_region"
        elif truth_read == truth["plate"]:
            kind = "bad_crop"
        else:
            kind = "misread"
    return {
        "file": truth["file"],
        "set": truth["set"],
        "truth": truth["plate"],
        "read": reading.plate,
        "confidence": reading.confidence,
        "ms": round(reading.ms, 1),
        "kind": kind,
        "truth_box": list(box),
        "regions": [list(r.box) for r in regions],
        "overlaps": overlaps,
        "chosen": list(chosen) if chosen else None,
        "chosen_iou": chosen_iou,
        "chosen_sides": sides(chosen, box) if chosen else None,
        "truth_crop_read": truth_read,
        "degradations": truth.get("degradations", []),
        "width_px": truth.get("width_px"),
    }


def save_pair(image: np.ndarray, row: dict[str, Any], folder: Path) -> None:
    """The chosen crop above the truth box's crop, both 64 px high (BGR JPEG)."""
    crops = [plate_crop(image, tuple(row["truth_box"]))]
    if row["chosen"]:
        crops.insert(0, plate_crop(image, tuple(row["chosen"])))
    scaled = [cv2.resize(c, (round(c.shape[1] * 64 / c.shape[0]), 64)) for c in crops]
    width = max(c.shape[1] for c in scaled)
    canvas = np.full((64 * len(scaled) + 4 * (len(scaled) - 1), width, 3), 255, np.uint8)
    for i, crop in enumerate(scaled):
        canvas[i * 68 : i * 68 + 64, : crop.shape[1]] = crop
    name = f"{row['kind']}_{Path(row['file']).stem}_{row['truth']}_{row['read']}.png"
    cv2.imwrite(str(folder / name), canvas)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, required=True)
    parser.add_argument("--engine", default="plate_net")
    parser.add_argument("--set", choices=("clean", "degraded"), help="only this set")
    parser.add_argument("--limit", type=int, help="only the first N frames (of --set)")
    parser.add_argument("--save", type=Path, help="folder for the crops of the misses")
    parser.add_argument("--report", help="name of the JSON report in benchmarks/out")
    args = parser.parse_args()
    lines = (args.dataset / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    truths = [json.loads(line) for line in lines if line.strip()]
    if any(t.get("split") == "holdout" for t in truths):
        parser.error("this is a held-out part: score it with benchmarks/anpr.py once, at the end")
    truths = [t for t in truths if args.set in (None, t["set"])][: args.limit]
    engine = create_engine(args.engine)
    engine.load()
    reader = PlateReader(engine)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    rows = []
    started = time.perf_counter()
    for i, truth in enumerate(truths):
        bgr = cv2.imread(str(args.dataset / truth["file"]))
        if bgr is None:
            raise OSError(f"cannot read {truth['file']}")
        image = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        row = examine(reader, image, truth)
        rows.append(row)
        if row["kind"] and args.save:
            save_pair(image, row, args.save)
        if (i + 1) % 100 == 0:
            print(f"  {i + 1}/{len(truths)}", file=sys.stderr)
    for name in ("clean", "degraded", "all"):
        chosen = [r for r in rows if name in ("all", r["set"])]
        if not chosen:
            continue
        counts = Counter(r["kind"] for r in chosen)
        found = sum(max(r["overlaps"], default=0) >= OVERLAP for r in chosen)
        print(
            f"{name}: {len(chosen)} frames, exact {100 * counts[''] / len(chosen):.1f} %, plate among the "
            f"regions {100 * found / len(chosen):.1f} %; misses: "
            + ", ".join(f"{k} {counts[k]}" for k in KINDS)
        )
    misses = [r for r in rows if r["kind"]]
    headers = ["file", "kind", "truth", "read", "conf", "truth crop", "IoU", "sides l/t/r/b", "overlaps"]
    print(
        table(
            headers,
            [
                [r[k] for k in ("file", "kind", "truth", "read", "confidence", "truth_crop_read")]
                + [r[k] for k in ("chosen_iou", "chosen_sides", "overlaps")]
                for r in misses
            ],
        )
    )
    times = [r["ms"] for r in rows]
    print(f"ms per frame median {np.median(times):.1f}, p95 {np.percentile(times, 95):.1f}; ", end="")
    print(f"wall {time.perf_counter() - started:.0f} s")
    if args.report:
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / f"{args.report}.json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

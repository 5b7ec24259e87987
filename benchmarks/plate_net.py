"""The plate recognizer alone vs RapidOCR on the same plate crops, cut at the truth boxes.

For each image of a data set (``benchmarks/anpr_dataset.py``'s ``anpr_eval``, seed 7, or plateset2's tune
frames 0..599: the validation slices the recognizer was never trained on, see ``training/render.py``) the
crop the reader would take of the *truth* box (``reader.plate_crop``: the reader's margins, at least 48 px
high) is read by

* ``plate_net``: the CRNN with grammar-constrained CTC decoding (``cgrconsole.core.anpr.plate_net``);
* ``rapidocr``: the OCR engine's first read of that crop, interpreted as the reader does
  (``interpret`` + ``best_candidates``: format fitting and repairs, no second look).

Prints exact-plate accuracy per set, country, degradation and plate width, the share of wrong reads at or
above ``--threshold`` confidence, and milliseconds per plate (median, p95). Writes
benchmarks/out/plate_net_<dataset>.json.
Usage: python benchmarks/plate_net.py --dataset benchmarks/out/anpr_eval [--limit N] [--threshold 0.9]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from _common import OUT, machine, table
from anpr import LABELS, load_truth

from cgrconsole.core.anpr.interpret import best_candidates, interpret
from cgrconsole.core.anpr.ocr import RapidOcrEngine
from cgrconsole.core.anpr.plate_net import PlateNet
from cgrconsole.core.anpr.reader import plate_crop

Reader = Callable[[np.ndarray], tuple[str | None, float]]


def plate_net_reader() -> Reader:
    net = PlateNet()
    net.load()

    def read(crop_bgr: np.ndarray) -> tuple[str | None, float]:
        reading = net.read(crop_bgr)
        return reading.plate, reading.confidence

    return read


def rapidocr_reader() -> Reader:
    engine = RapidOcrEngine()
    engine.load()

    def read(crop_bgr: np.ndarray) -> tuple[str | None, float]:
        lines = engine.read_line(crop_bgr)
        candidates = best_candidates([c for text, conf in lines for c in interpret(text, conf)])
        top = candidates[0] if candidates and candidates[0].country else None
        return (top.plate, top.score) if top else (None, 0.0)

    return read


def crops(dataset: Path, truths: list[dict[str, Any]]) -> list[np.ndarray]:
    out = []
    for truth in truths:
        image = cv2.cvtColor(cv2.imread(str(dataset / truth["file"])), cv2.COLOR_BGR2RGB)
        out.append(plate_crop(image, tuple(truth["box"])))
    return out


def run(
    reader: Reader, plate_crops: list[np.ndarray], truths: list[dict[str, Any]], threshold: float
) -> list[dict[str, Any]]:
    reader(plate_crops[0])  # the first call pays one-off set-up
    results = []
    for crop, truth in zip(plate_crops, truths, strict=True):
        started = time.perf_counter()
        plate, confidence = reader(crop)
        ms = (time.perf_counter() - started) * 1000
        wrong = plate is not None and plate != truth["plate"]
        results.append(
            {
                "correct": plate == truth["plate"],
                "confident_wrong": wrong and confidence >= threshold,
                "ms": ms,
                "read": plate,
            }
        )
    return results


def summary(results: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(results)
    return {
        "n": n,
        "exact_pct": round(100 * sum(r["correct"] for r in results) / n, 1) if n else 0.0,
        "confident_wrong_pct": round(100 * sum(r["confident_wrong"] for r in results) / n, 1) if n else 0.0,
    }


def rows(truths: list[dict[str, Any]], by_engine: dict[str, list[dict[str, Any]]]) -> list[list[object]]:
    """A row per group (set, then each label kind's values): n, then exact % and conf. wrong % per engine."""
    groups: list[tuple[str, list[int]]] = [("all", list(range(len(truths))))]
    for name in ("clean", "degraded"):
        groups.append((f"set {name}", [i for i, t in enumerate(truths) if t["set"] == name]))
    for kind in ("country", "degradation", "width", "font"):
        labels = LABELS[kind]
        for label in sorted({label for t in truths for label in labels(t)}):
            groups.append((f"{kind} {label}", [i for i, t in enumerate(truths) if label in labels(t)]))
    out = []
    for name, members in groups:
        row: list[object] = [name, len(members)]
        for results in by_engine.values():
            figures = summary([results[i] for i in members])
            row += [figures["exact_pct"], figures["confident_wrong_pct"]]
        out.append(row)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=OUT / "anpr_eval")
    parser.add_argument("--limit", type=int, help="only N images, half of them clean")
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--engines", default="plate_net,rapidocr")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    truths = load_truth(args.dataset, args.limit)
    plate_crops = crops(args.dataset, truths)
    makers = {"plate_net": plate_net_reader, "rapidocr": rapidocr_reader}
    by_engine = {}
    for name in args.engines.split(","):
        print(f"{name} on {len(truths)} crops of {args.dataset}", file=sys.stderr)
        by_engine[name] = run(makers[name](), plate_crops, truths, args.threshold)
    headers = ["group", "n"]
    for name in by_engine:
        headers += [f"{name} exact %", f"{name} conf. wrong %"]
    table_rows = rows(truths, by_engine)
    print(table(headers, table_rows))
    timing = {}
    for name, results in by_engine.items():
        ms = [r["ms"] for r in results]
        timing[name] = {
            "median_ms": round(float(np.median(ms)), 2),
            "p95_ms": round(float(np.percentile(ms, 95)), 2),
        }
        print(f"{name}: {timing[name]['median_ms']} ms median, {timing[name]['p95_ms']} ms p95 per plate")
    print(f"threshold {args.threshold}; {machine()}")
    misreads = {
        name: [
            {"file": t["file"], "truth": t["plate"], "read": r["read"]}
            for t, r in zip(truths, results, strict=True)
            if not r["correct"]
        ]
        for name, results in by_engine.items()
    }
    report = {
        "dataset": str(args.dataset),
        "machine": machine(),
        "headers": headers,
        "rows": table_rows,
        "timing": timing,
        "misreads": misreads,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"plate_net_{args.dataset.name}.json").write_text(
        json.dumps(report, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()

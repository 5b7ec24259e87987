"""Plate recognition quality and speed of ``python -m cgrconsole anpr read`` on a synthetic evaluation set.

Runs the recognizer CLI on the images of ``benchmarks/anpr_dataset.py`` (or of ``benchmarks/plateset2``)
in batches (one process per batch), joins its JSON lines with ``truth.jsonl`` by file name and reports,
per set (clean/degraded) and country: exact-plate accuracy, per-character accuracy (1 - edit distance /
plate length), no-read rate (null plate, error or no answer), wrong-read rate, "confident wrong" rate (a
wrong plate with confidence >= --threshold), auto-send rate (a correct plate at >= --threshold), median
and p95 of the reported ``ms``, and the recognizer processes' peak RSS; then the same per label over
clean, degraded and all (font, degradation, country, format, plate width, holder: those the set's truth
has). A separate process then times the OCR engine alone: model load (imports included) and recognition
per plate crop (wall and CPU ms, on the finder's crops of --crops images). Writes benchmarks/out/anpr.json
(anpr_ENGINE.json with --engine, NAME.json with --report NAME), with every answer (plate, confidence).
Usage: python benchmarks/anpr.py [--dataset benchmarks/out/anpr_eval] [--engine NAME] [--threshold 0.9]
       [--batch 200] [--limit N] [--crops 60] [--command "python -m cgrconsole anpr read"] [--report NAME]
"""

from __future__ import annotations

import argparse
import json
import resource
import shlex
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from _common import OUT, ROOT, machine, table

from cgrconsole.core.anpr.formats import normalize
from cgrconsole.core.anpr.tracker import text_distance

DEFAULT_COMMAND = [sys.executable, "-m", "cgrconsole", "anpr", "read"]


def load_truth(dataset: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The truth lines of ``dataset/truth.jsonl``; with ``limit``, the first limit/2 of each set."""
    lines = (dataset / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    truths = [json.loads(line) for line in lines if line.strip()]
    if not limit:
        return truths
    clean = [t for t in truths if t["set"] == "clean"][: (limit + 1) // 2]
    return clean + [t for t in truths if t["set"] != "clean"][: limit - len(clean)]


def run_recognizer(command: list[str], files: list[Path], batch: int) -> dict[str, dict[str, Any]]:
    """Run ``command FILE...`` per batch of files; its JSON answers by file name (last one wins)."""
    answers: dict[str, dict[str, Any]] = {}
    for start in range(0, len(files), batch):
        chunk = [str(f) for f in files[start : start + batch]]
        proc = subprocess.run([*command, *chunk], capture_output=True, text=True, cwd=ROOT, check=False)
        for line in proc.stdout.splitlines():
            try:
                answer = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(answer, dict) and isinstance(answer.get("file"), str):
                answers[Path(answer["file"]).name] = answer
        if proc.returncode != 0:
            tail = proc.stderr.strip().splitlines()[-3:]
            print(
                f"recognizer exited {proc.returncode} on batch {start}: {' / '.join(tail)}", file=sys.stderr
            )
        print(f"  {min(start + batch, len(files))}/{len(files)} images", file=sys.stderr)
    return answers


def outcome(truth: dict[str, Any], answer: dict[str, Any] | None, threshold: float) -> dict[str, Any]:
    """How one image went: correct / no_read / wrong, confident (wrong at >= threshold), auto_send (correct
    at >= threshold), error, ms."""
    plate = answer.get("plate") if answer and "error" not in answer else None
    read = normalize(plate) if isinstance(plate, str) else ""
    confidence = answer.get("confidence") if answer else None
    ms = answer.get("ms") if answer else None
    wrong = bool(read) and read != truth["plate"]
    distance = text_distance(read, truth["plate"])
    return {
        "correct": read == truth["plate"],
        "no_read": not read,
        "wrong": wrong,
        "confident_wrong": wrong and isinstance(confidence, int | float) and confidence >= threshold,
        "auto_send": read == truth["plate"]
        and isinstance(confidence, int | float)
        and confidence >= threshold,
        "error": answer is None or "error" in answer,
        "char": max(0.0, 1.0 - distance / max(1, len(truth["plate"]))),
        "ms": float(ms) if isinstance(ms, int | float) else None,
    }


def width_bucket(width_px: float) -> str:
    """The plate-width groups of issue 15: small (< 150 px), middle, large (>= 220 px)."""
    return "<150 px" if width_px < 150 else "150-219 px" if width_px < 220 else ">=220 px"


LABELS: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "font": lambda t: [t["font"]] if "font" in t else [],
    "degradation": lambda t: t["degradations"] or (["none"] if "width_px" in t else []),
    "country": lambda t: [t["country"]],
    "format": lambda t: [t["format"]] if "format" in t else [],
    "width": lambda t: [width_bucket(t["width_px"])] if "width_px" in t else [],
    "holder": lambda t: [t["holder"]] if "holder" in t else [],
}
"""How a sample is labelled for the per-label tables (a label kind without values is left out)."""


def metrics(outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    """Rates (percent) and timing over a group of outcomes."""
    n = len(outcomes)
    times = [o["ms"] for o in outcomes if o["ms"] is not None]

    def pct(key: str) -> float:
        return round(100.0 * sum(o[key] for o in outcomes) / n, 1) if n else 0.0

    return {
        "n": n,
        "exact_pct": pct("correct"),
        "char_pct": pct("char"),
        "no_read_pct": pct("no_read"),
        "wrong_pct": pct("wrong"),
        "confident_wrong_pct": pct("confident_wrong"),
        "auto_send_pct": pct("auto_send"),
        "error_pct": pct("error"),
        "ms_median": round(float(np.median(times)), 1) if times else None,
        "ms_p95": round(float(np.percentile(times, 95)), 1) if times else None,
    }


def groups(truths: list[dict[str, Any]], results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Metrics per set, each as "all" and then per country (Kazakhstan first)."""
    out = []
    for name in ("clean", "degraded", "all"):
        in_set = [(t, r) for t, r in zip(truths, results, strict=True) if name in ("all", t["set"])]
        countries = sorted({t["country"] for t, _ in in_set}, key=lambda c: (c != "KZ", c))
        for country in ["all", *countries]:
            chosen = [r for t, r in in_set if country in ("all", t["country"])]
            if chosen:
                out.append({"set": name, "country": country, **metrics(chosen)})
    return out


def by_label(
    truths: list[dict[str, Any]], results: list[dict[str, Any]], labels: Callable[[dict[str, Any]], list[str]]
) -> list[dict[str, Any]]:
    """Metrics per set (clean, degraded, all) and label: a sample counts under each of its labels."""
    out = []
    for name in ("clean", "degraded", "all"):
        in_set = [(t, r) for t, r in zip(truths, results, strict=True) if name in ("all", t["set"])]
        for label in sorted({label for t, _ in in_set for label in labels(t)}):
            chosen = [r for t, r in in_set if label in labels(t)]
            out.append({"set": name, "label": label, **metrics(chosen)})
    return out


def ocr_timing(engine: str, files: list[Path]) -> dict[str, Any]:
    """Model load time and per-crop recognition time of ``engine`` (run in a fresh process: see main)."""
    import cv2

    from cgrconsole.core.anpr.finder import PlateFinder
    from cgrconsole.core.anpr.ocr import create_engine
    from cgrconsole.core.anpr.reader import plate_crop

    started = time.perf_counter()
    ocr = create_engine(engine)
    ocr.load()
    load_s = time.perf_counter() - started
    finder, crops = PlateFinder(), []
    for path in files:
        image = cv2.cvtColor(cv2.imread(str(path)), cv2.COLOR_BGR2RGB)
        crops += [plate_crop(image, region.box) for region in finder.find(image)[:3]]
    ocr.read_line(crops[0])  # the first call pays one-off set-up
    wall, cpu = [], []
    for crop in crops:
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        ocr.read_line(crop)
        wall.append((time.perf_counter() - wall_start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
    return {
        "engine": engine,
        "load_s": round(load_s, 2),
        "crops": len(crops),
        "crop_ms_median": round(float(np.median(wall)), 1),
        "crop_ms_p95": round(float(np.percentile(wall, 95)), 1),
        "crop_cpu_ms_median": round(float(np.median(cpu)), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=OUT / "anpr_eval")
    parser.add_argument("--engine", help="recognizer engine name (passed as --engine)")
    parser.add_argument("--threshold", type=float, default=0.9, help="confidence of a 'confident' read")
    parser.add_argument("--batch", type=int, default=200, help="images per recognizer process")
    parser.add_argument("--limit", type=int, help="only N images, half of them clean")
    parser.add_argument("--crops", type=int, default=60, help="images whose crops time the engine alone")
    parser.add_argument("--command", help="recognizer command line (default: python -m cgrconsole anpr read)")
    parser.add_argument("--report", help="name of the JSON report in benchmarks/out (default anpr[_ENGINE])")
    parser.add_argument("--ocr-timing-only", action="store_true", help=argparse.SUPPRESS)  # the child
    args = parser.parse_args()
    if args.ocr_timing_only:
        files = [args.dataset / t["file"] for t in load_truth(args.dataset, args.crops)]
        print(json.dumps(ocr_timing(args.engine or "rapidocr", files)))
        return

    truths = load_truth(args.dataset, args.limit)
    command = shlex.split(args.command) if args.command else list(DEFAULT_COMMAND)
    if args.engine:
        command += ["--engine", args.engine]
    print(f"{len(truths)} images of {args.dataset}: {' '.join(command)}", file=sys.stderr)
    started = time.perf_counter()
    answers = run_recognizer(command, [args.dataset / t["file"] for t in truths], max(1, args.batch))
    wall = time.perf_counter() - started
    peak_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    timing_command = [sys.executable, __file__, "--ocr-timing-only", "--dataset", str(args.dataset)]
    timing_command += ["--engine", args.engine or "rapidocr", "--crops", str(args.crops)]
    timing_run = subprocess.run(timing_command, capture_output=True, text=True, cwd=ROOT, check=False)
    timing = json.loads(timing_run.stdout.splitlines()[-1]) if timing_run.returncode == 0 else {}
    if not timing:
        print(f"OCR timing failed: {timing_run.stderr.strip()[-500:]}", file=sys.stderr)

    results = [outcome(t, answers.get(t["file"]), args.threshold) for t in truths]
    misreads = [  # what went wrong, to look at (never for a held-out part while tuning)
        {"file": t["file"], "truth": t["plate"], "read": (answers.get(t["file"]) or {}).get("plate")}
        | {"confidence": (answers.get(t["file"]) or {}).get("confidence")}
        | {k: t[k] for k in ("format", "font", "width_px", "degradations", "pose") if k in t}
        for t, r in zip(truths, results, strict=True)
        if not r["correct"]
    ]
    rows = groups(truths, results)
    headers = [
        "set",
        "country",
        "n",
        "exact %",
        "char %",
        "no read %",
        "wrong %",
        "conf. wrong %",
        "auto-send %",
    ]
    headers += ["error %"]
    headers += ["median ms", "p95 ms"]
    print(table(headers, [list(r.values()) for r in rows]))
    labelled = {kind: by_label(truths, results, labels) for kind, labels in LABELS.items()}
    labelled = {kind: rows for kind, rows in labelled.items() if rows}
    for kind, label_rows in labelled.items():
        print(f"\nby {kind}\n")
        print(table(["set", kind, *headers[2:]], [list(r.values()) for r in label_rows]))
    missing = sum(t["file"] not in answers for t in truths)
    print(f"\nthreshold {args.threshold}; {missing} images without an answer; wall {wall:.1f} s")
    print(f"recognizer peak RSS {peak_rss_mb:.0f} MB; {machine()}")
    if timing:
        print(
            f"{timing['engine']}: model load {timing['load_s']} s; per crop {timing['crop_ms_median']} ms "
            f"median, {timing['crop_ms_p95']} ms p95, {timing['crop_cpu_ms_median']} ms CPU "
            f"({timing['crops']} crops)"
        )
    report = {
        "machine": machine(),
        "command": command,
        "engine": args.engine,
        "dataset": str(args.dataset),
        "threshold": args.threshold,
        "images": len(truths),
        "missing": missing,
        "wall_s": round(wall, 2),
        "peak_rss_mb": round(peak_rss_mb, 1),
        "ocr_timing": timing,
        "groups": rows,
        **{f"by_{kind}": label_rows for kind, label_rows in labelled.items()},
        "misreads": misreads,
        "answers": [
            {"file": f, **{k: a.get(k) for k in ("plate", "confidence")}} for f, a in answers.items()
        ],
    }
    OUT.mkdir(parents=True, exist_ok=True)
    name = args.report or f"anpr{'_' + args.engine if args.engine else ''}"
    (OUT / f"{name}.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""Write N frames of plateset2 and their truth.jsonl (see the package docstring for the parts).

Usage: python -m benchmarks.plateset2 [--out benchmarks/out/plateset2_tune] [--split tune|holdout]
       [--start 0] [--count 600] [--workers 2]
Run it niced on a shared machine: ``nice -n 15 python -m benchmarks.plateset2 ...``.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import cv2

from .sample import HOLDOUT_START, make_sample

ROOT = Path(__file__).resolve().parents[2]


def write_one(job: tuple[int, Path]) -> dict[str, Any]:
    index, out = job
    image, truth = make_sample(index)
    path = out / truth["file"]
    params = [cv2.IMWRITE_JPEG_QUALITY, truth["jpeg_quality"]]
    if not cv2.imwrite(str(path), cv2.cvtColor(image, cv2.COLOR_RGB2BGR), params):
        raise OSError(f"could not write {path}")
    return truth


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--split", choices=("tune", "holdout"), default="tune")
    parser.add_argument("--start", type=int, default=0, help="first index within the part")
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    args = parser.parse_args(argv)
    first = args.start + (HOLDOUT_START if args.split == "holdout" else 0)
    if args.split == "tune" and first + args.count > HOLDOUT_START:
        parser.error(f"the tuning part ends at index {HOLDOUT_START - 1}")
    out = args.out or ROOT / "benchmarks" / "out" / f"plateset2_{args.split}"
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("p2_*.jpg"):
        stale.unlink()
    started = time.perf_counter()
    jobs = [(i, out) for i in range(first, first + args.count)]
    with Pool(max(1, args.workers)) as pool:
        truths = pool.map(write_one, jobs, chunksize=4)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in truths)
    counts = Counter((t["country"], t["set"]) for t in truths)
    for country in sorted({c for c, _ in counts}):
        print(f"{country}: {counts[country, 'clean']} clean, {counts[country, 'degraded']} degraded")
    elapsed = time.perf_counter() - started
    print(f"{len(truths)} frames (indices {first}..{first + args.count - 1}) in {out} in {elapsed:.0f} s")


if __name__ == "__main__":
    main()

"""Generate the ANPR evaluation set: synthetic 1280x720 camera shots with one known plate each.

The first half of the indices is the clean set, the second half the degraded set (perspective, blur,
noise, night, glare, JPEG, dirt, far away); each half is 70 % Kazakhstan plates when its size is a
multiple of ten. Writes ``anpr_NNNNN.jpg`` (JPEG quality 90) and ``truth.jsonl`` (one line per image,
see ``cgrconsole.core.synthetic.plate_images.make_sample``) and prints counts per country and set.
``--motion-blur uneven`` draws motion blur along a bent path at rising speed instead of a straight line
(``degrade.uneven_motion_blur``), everything else the same: how the deblurring does on blur it does not model.
Usage: python benchmarks/anpr_dataset.py [--out benchmarks/out/anpr_eval] [--count 1200] [--seed 7]
       [--motion-blur line|uneven]
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
from _common import OUT, table

from cgrconsole.core.synthetic import degrade
from cgrconsole.core.synthetic.plate_images import make_sample

JPEG_QUALITY = 90


def write_sample(job: tuple[int, int, bool, Path]) -> dict[str, Any]:
    """Render sample ``index`` and write its JPEG into ``out``; returns its truth dict."""
    index, seed, degraded, out = job
    image, truth = make_sample(index, seed, degraded)
    path = out / truth["file"]
    if not cv2.imwrite(
        str(path), cv2.cvtColor(image, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY]
    ):
        raise OSError(f"could not write {path}")
    return truth


def summary(truths: list[dict[str, Any]]) -> str:
    """Markdown table of sample counts per country (rows) and set (columns)."""
    counts = Counter((t["country"], t["set"]) for t in truths)
    countries = sorted({c for c, _ in counts}, key=lambda c: (c != "KZ", c))
    rows: list[list[object]] = [
        [c, counts[c, "clean"], counts[c, "degraded"], counts[c, "clean"] + counts[c, "degraded"]]
        for c in countries
    ]
    sets = Counter(t["set"] for t in truths)
    rows.append(["all", sets["clean"], sets["degraded"], len(truths)])
    return table(["country", "clean", "degraded", "total"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT / "anpr_eval")
    parser.add_argument("--count", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--motion-blur", choices=("line", "uneven"), default="line")
    args = parser.parse_args()
    if args.motion_blur == "uneven":  # the worker processes are forked after this
        degrade.DEGRADATIONS["motion_blur"] = degrade.uneven_motion_blur
    args.out.mkdir(parents=True, exist_ok=True)
    for stale in args.out.glob("anpr_*.jpg"):
        stale.unlink()
    started = time.perf_counter()
    jobs = [(i, args.seed, i >= args.count // 2, args.out) for i in range(args.count)]
    with Pool(max(1, args.workers)) as pool:
        truths = pool.map(
            write_sample, jobs, chunksize=max(1, min(25, args.count // (4 * args.workers) or 1))
        )
    with (args.out / "truth.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in truths)
    elapsed = time.perf_counter() - started
    print(summary(truths))
    print(f"\n{len(truths)} images in {args.out} in {elapsed:.1f} s ({args.workers} workers)")


if __name__ == "__main__":
    main()

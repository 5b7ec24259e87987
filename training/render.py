"""Render the plate recognizer's training crops into one .npz (deterministic, one process, one thread).

What goes in (see ``docs/plate_net.md`` for the figures):

* plate pictures of both renderers, posed and degraded (:func:`training.synth.plate_sample`);
* whole frames of renderer 2 (``benchmarks/plateset2``), tune indices from ``--frames2-start`` (1000) on:
  indices 0..999 are the validation slice, never trained on; the holdout (>= 100 000) is never rendered;
* whole frames of renderer 1 (``benchmarks/anpr_dataset.py``'s generator) with dataset seeds 11 and 13:
  the evaluation set is seed 7, never trained on.

Each whole frame gives crops at its truth box (jittered as the finder's boxes are) and the crops the reader
itself would give the network: the finder's regions that hold the plate, cut by ``reader.plate_crop``, and
one view of its second look (:func:`training.synth.finder_crops`).

Usage: python -m training.render [--out training/out/crops.npz] [--plates 28000] [--frames2 1600]
       [--frames1 1200] [--seed 15]
       python -m training.render --validation   (training/out/validation.npz: see validation())
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import cv2
import numpy as np

from benchmarks.plateset2.sample import HOLDOUT_START
from benchmarks.plateset2.sample import make_sample as frame2
from cgrconsole.core.anpr.finder import PlateFinder
from cgrconsole.core.anpr.variants import crop_margins
from cgrconsole.core.synthetic.plate_images import make_sample as frame1
from training.synth import Sample, cut, finder_crops, frame_crops, frame_pixels, plate_sample

ROOT = Path(__file__).resolve().parents[1]
VALIDATION2 = range(0, 1000)  # renderer 2's tune indices held back for validation and benchmarks/plate_net.py
EVALUATION_SEED1 = 7  # renderer 1's evaluation set (benchmarks/anpr_dataset.py's default seed)
TRAINING_SEEDS1 = (11, 13)  # frames1 frames of each; seed 11 half degraded, seed 13 two thirds
CROPS_PER_FRAME2, CROPS_PER_FRAME1 = 2, 1  # at the jittered truth box, besides the finder's crops
VIEWS_PER_FRAME = 1  # of the second look's views, besides the finder's first crops
R2_SHARE = 0.55  # of the plate pictures: renderer 2 draws the flag strips and region boxes of real plates


def box_quad(box: list[float]) -> np.ndarray:
    x0, y0, x1, y1 = box
    return np.float32([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])


def render(plates: int, frames2: int, frames2_start: int, frames1: int, seed: int) -> list[Sample]:
    if frames2_start < VALIDATION2.stop or frames2_start + frames2 > HOLDOUT_START:
        raise SystemExit(f"renderer 2's training frames must lie in {VALIDATION2.stop}..{HOLDOUT_START - 1}")
    rng = random.Random(f"plate-net-training:{seed}")
    cv2.setRNGSeed(seed)
    samples: list[Sample] = []
    started = time.perf_counter()
    for i in range(plates):
        samples.append(plate_sample(rng, "r2" if rng.random() < R2_SHARE else "r1"))
        if (i + 1) % 4000 == 0:
            print(f"  {i + 1} plate pictures, {time.perf_counter() - started:.0f} s", flush=True)
    finder = PlateFinder(max_regions=3)
    found = {"f2": 0, "f1": 0}
    with frame_pixels():
        for index in range(frames2_start, frames2_start + frames2):
            frame, truth = frame2(index)
            quad = np.float32(truth["quad"])
            samples += frame_crops(frame, quad, truth["plate"], truth["format"], "f2", rng, CROPS_PER_FRAME2)
            crops = finder_crops(
                frame, truth["box"], truth["plate"], truth["format"], "finder2", finder, VIEWS_PER_FRAME
            )
            found["f2"] += bool(crops)
            samples += crops
    print(f"  {frames2} frames of renderer 2, {time.perf_counter() - started:.0f} s", flush=True)
    for seed in TRAINING_SEEDS1:
        for index in range(frames1):
            degraded = index % 2 == 1 if seed == TRAINING_SEEDS1[0] else index % 3 != 0
            frame, truth = frame1(index, seed, degraded=degraded)
            quad = box_quad(truth["box"])
            samples += frame_crops(frame, quad, truth["plate"], truth["format"], "f1", rng, CROPS_PER_FRAME1)
            crops = finder_crops(
                frame, truth["box"], truth["plate"], truth["format"], "finder1", finder, VIEWS_PER_FRAME
            )
            found["f1"] += bool(crops)
            samples += crops
        print(
            f"  {frames1} frames of renderer 1 seed {seed}, {time.perf_counter() - started:.0f} s", flush=True
        )
    print(
        f"  the finder held the plate in {found['f2']} of {frames2} renderer-2 frames and"
        f" {found['f1']} of {len(TRAINING_SEEDS1) * frames1} renderer-1 frames",
        flush=True,
    )
    return samples


def reader_crop(frame: np.ndarray, box: list[int]) -> np.ndarray:
    """The crop the reader would take of the truth ``box`` (its margins), as a training crop."""
    pad_x, pad_y = crop_margins(tuple(box))  # type: ignore[arg-type]
    return cut(frame, (box[0] - pad_x, box[1] - pad_y, box[2] + pad_x, box[3] + pad_y))


def validation(count2: int, count1: int) -> list[Sample]:
    """Renderer 2's tune indices 0..count2-1 and renderer 1's evaluation set (seed 7): half from its
    clean half (indices 0..), half from its degraded half (indices 600..), cut as the reader cuts."""
    samples = []
    for index in range(count2):
        frame, truth = frame2(index)
        samples.append(Sample(reader_crop(frame, truth["box"]), truth["plate"], truth["format"], "f2"))
    for index in [*range(count1 // 2), *range(600, 600 + count1 // 2)]:
        frame, truth = frame1(index, EVALUATION_SEED1, degraded=index >= 600)
        samples.append(Sample(reader_crop(frame, truth["box"]), truth["plate"], truth["format"], "f1"))
    return samples


def save(samples: list[Sample], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        crops=np.stack([s.crop for s in samples]),
        plates=np.array([s.plate for s in samples]),
        formats=np.array([s.format_name for s in samples]),
        sources=np.array([s.source for s in samples]),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "out" / "crops.npz")
    parser.add_argument("--plates", type=int, default=28000)
    parser.add_argument("--frames2", type=int, default=1600)
    parser.add_argument("--frames2-start", type=int, default=VALIDATION2.stop)
    parser.add_argument("--frames1", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--validation", action="store_true", help="write the validation crops instead")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    started = time.perf_counter()
    if args.validation:
        out = args.out.with_name("validation.npz")
        save(validation(300, 300), out)
        print(f"validation crops in {out} in {time.perf_counter() - started:.0f} s")
        return
    samples = render(args.plates, args.frames2, args.frames2_start, args.frames1, args.seed)
    save(samples, args.out)
    print(f"{len(samples)} crops in {args.out} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()

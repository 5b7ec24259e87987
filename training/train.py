"""Train the plate recognizer on the rendered crops (CPU, ONE thread, fixed seeds) and export it to ONNX.

Reads ``training/out/crops.npz`` (``python -m training.render``) and the validation crops
``training/out/validation.npz`` (``python -m training.render --validation``: renderer 2's tune indices
0..299 and renderer 1's evaluation seed 7, cut at their truth boxes as the reader cuts), trains
:class:`training.model.PlateCRNN` with CTC (AdamW, one-cycle learning rate, light on-line augmentation),
reports validation exact-plate accuracy (free and grammar-constrained decoding) after each epoch, exports
``resources/models/plate_net.onnx`` and writes ``training/out/train_report.json``.

``--init resources/models/plate_net.onnx`` fine-tunes the shipped weights instead of starting afresh
(:mod:`training.onnx_weights`); ``--data`` may name several .npz files (parts rendered side by side).

Usage: python -m training.train [--epochs 7] [--batch 64] [--minutes 27] [--seed 15] [--lr 2e-3]
       [--data A.npz [B.npz ...]] [--init MODEL.onnx] [--model OUT.onnx] [--report REPORT.json]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from cgrconsole.core.anpr.formats import FORMATS_BY_NAME
from cgrconsole.core.anpr.grammar_decode import decode, free_text
from cgrconsole.core.anpr.plate_net import ALPHABET, INPUT_HEIGHT, INPUT_WIDTH, MODEL_FILE
from training.model import PlateCRNN
from training.onnx_weights import freeze_batch_norms, load_onnx

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "training" / "out"
MIN_RANGE = 8.0 / 255.0  # plate_net.prepare's floor of the contrast stretch, on the 0..1 scale


def encode(plates: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
    """All plates' class indices concatenated (CTC targets) and each plate's length."""
    index = {ch: i + 1 for i, ch in enumerate(ALPHABET)}
    targets = [index[ch] for plate in plates for ch in plate]
    return torch.tensor(targets, dtype=torch.long), torch.tensor([len(p) for p in plates], dtype=torch.long)


def stretch(x: torch.Tensor) -> torch.Tensor:
    """plate_net.prepare's contrast stretch (2nd..98th percentile) of N x 1 x H x W images in 0..1."""
    flat = x.flatten(1)
    lo, hi = torch.quantile(flat, torch.tensor([0.02, 0.98]), dim=1)
    span = (hi - lo).clamp(min=MIN_RANGE)
    return ((x - lo[:, None, None, None]) / span[:, None, None, None]).clamp(0, 1)


def augment(crops: torch.Tensor, gen: torch.Generator) -> torch.Tensor:
    """uint8 crops -> network input, with a random tone curve, noise and a small shift on the way."""
    x = crops.float().div(255).unsqueeze(1)
    n = x.shape[0]
    gamma = torch.empty(n, 1, 1, 1).uniform_(0.7, 1.45, generator=gen)
    x = stretch(x.clamp(min=1e-4) ** gamma)
    x = x + torch.randn(x.shape, generator=gen) * torch.empty(n, 1, 1, 1).uniform_(0, 0.06, generator=gen)
    shift = int(torch.randint(-3, 4, (1,), generator=gen))
    return torch.roll(x, shift, dims=3).clamp(0, 1)


def prepared(crops: np.ndarray) -> torch.Tensor:
    return stretch(torch.from_numpy(crops).float().div(255).unsqueeze(1))


def evaluate(net: nn.Module, crops: np.ndarray, plates: np.ndarray, formats: np.ndarray) -> dict[str, Any]:
    """Exact-plate accuracy of free and constrained decoding, overall and per country."""
    net.eval()
    with torch.no_grad():
        probs = torch.cat([net(prepared(crops[i : i + 256])).softmax(2) for i in range(0, len(crops), 256)])
    net.train()
    free = [free_text(p) == t for p, t in zip(probs.numpy(), plates, strict=True)]
    readings = [decode(p) for p in probs.numpy()]
    constrained = [r.plate == t for r, t in zip(readings, plates, strict=True)]
    countries = np.array([FORMATS_BY_NAME[f].country for f in formats])
    per_country = {
        c: round(100 * float(np.mean(np.array(constrained)[countries == c])), 1)
        for c in sorted(set(countries))
    }
    return {
        "n": len(plates),
        "free_exact_pct": round(100 * float(np.mean(free)), 1),
        "constrained_exact_pct": round(100 * float(np.mean(constrained)), 1),
        "constrained_by_country": per_country,
    }


def export(net: nn.Module, path: Path) -> None:
    net.eval()
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(
        net,
        (torch.zeros(1, 1, INPUT_HEIGHT, INPUT_WIDTH),),
        str(path),
        dynamo=False,
        input_names=["image"],
        output_names=["logits"],
        dynamic_axes={"image": {0: "batch"}, "logits": {0: "batch"}},
        opset_version=17,
    )


def _val(val: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return val["crops"], val["plates"], val["formats"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="+", default=[OUT / "crops.npz"])
    parser.add_argument("--validation", type=Path, default=OUT / "validation.npz")
    parser.add_argument("--epochs", type=int, default=7)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--minutes", type=float, default=27.0, help="stop training after this long")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--model", type=Path, default=ROOT / "resources" / MODEL_FILE)
    parser.add_argument("--width", type=float, default=1.0, help="the network's channel scale (model.py)")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1: reproducible)")
    parser.add_argument("--init", type=Path, help="fine-tune this exported model instead of new weights")
    parser.add_argument(
        "--report", type=Path, default=OUT / "train_report.json", help="and its weights beside it, as .pt"
    )
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    gen = torch.Generator().manual_seed(args.seed)

    parts = [np.load(path) for path in args.data]
    data = {key: np.concatenate([part[key] for part in parts]) for key in ("crops", "plates", "sources")}
    crops, plates = data["crops"], data["plates"]
    val = np.load(args.validation)
    targets, lengths = encode(plates)
    offsets = torch.cat([torch.zeros(1, dtype=torch.long), lengths.cumsum(0)])
    net = PlateCRNN(args.width)
    if args.init:
        load_onnx(net, args.init)
    params = sum(p.numel() for p in net.parameters())
    steps_per_epoch = len(crops) // args.batch
    optimizer = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=1e-4)
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimizer, max_lr=args.lr, total_steps=args.epochs * steps_per_epoch, pct_start=0.15
    )
    ctc = nn.CTCLoss(blank=0, zero_infinity=True)
    print(
        f"{len(crops)} training crops, {len(val['plates'])} validation crops, {params} parameters", flush=True
    )
    started, history, stopped_early = time.perf_counter(), [], False
    if args.init:
        history.append({"epoch": 0, "loss": None, "minutes": 0.0, **evaluate(net, *_val(val))})
        print(json.dumps(history[-1]), flush=True)
    for epoch in range(args.epochs):
        net.train()
        if args.init:
            freeze_batch_norms(net)
        order = torch.randperm(len(crops), generator=gen)
        losses = []
        for step in range(steps_per_epoch):
            idx = order[step * args.batch : (step + 1) * args.batch]
            x = augment(torch.from_numpy(crops[idx.numpy()]), gen)
            tgt = torch.cat([targets[offsets[i] : offsets[i + 1]] for i in idx.tolist()])
            logp = net(x).log_softmax(2).permute(1, 0, 2)  # T x N x C
            loss = ctc(logp, tgt, torch.full((len(idx),), logp.shape[0], dtype=torch.long), lengths[idx])
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            optimizer.step()
            schedule.step()
            losses.append(loss.item())
            if time.perf_counter() - started > args.minutes * 60:
                stopped_early = True
                break
        figures = evaluate(net, *_val(val))
        minutes = (time.perf_counter() - started) / 60
        history.append(
            {
                "epoch": epoch + 1,
                "loss": round(float(np.mean(losses)), 4),
                "minutes": round(minutes, 1),
                **figures,
            }
        )
        print(json.dumps(history[-1]), flush=True)
        if stopped_early:
            break
    export(net, args.model)
    torch.save(net.state_dict(), args.report.with_suffix(".pt"))  # for a later fine-tune; not shipped
    report = {
        "training_crops": len(crops),
        "sources": {s: int(n) for s, n in zip(*np.unique(data["sources"], return_counts=True), strict=True)},
        "parameters": params,
        "init": str(args.init) if args.init else None,
        "width": args.width,
        "epochs_run": epoch + 1,
        "stopped_at_time_limit": stopped_early,
        "train_minutes": round((time.perf_counter() - started) / 60, 1),
        "model_bytes": args.model.stat().st_size,
        "history": history,
        "seed": args.seed,
        "threads": torch.get_num_threads(),
    }
    args.report.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"model {args.model} ({report['model_bytes']} bytes) after {report['train_minutes']} min")


if __name__ == "__main__":
    main()

"""Tile display latency (R-LIVE-2, target <= 0.5 s): capture of a frame -> painted on the console's tile.

The console's real live view: a ``CameraManager`` with synthetic cameras (1280x720, 25 fps; each burns
its capture wall clock into the frame, core/synthetic/timecode.py) feeding the real ``CameraGridWidget``
(its 40 ms pull timer, its ``CameraTileWidget`` paints) in a 1280x720 window. After every paint that
shows a new frame the tile is grabbed, the code is read from the grabbed picture, and
latency = paint finished - capture time (support/tile_latency.py). Capture, encode, the ingest's decode,
the latest-frame slot, the timer and the paint are all inside it. Samples are taken after a warm-up.

Each run is a child process per platform and camera count: Qt offscreen, and a real X server (Xvfb +
Qt's xcb plugin) when one is available.
Usage: python benchmarks/tile_latency.py [--cameras 1 4] [--seconds 30] [--warmup 10] [--samples 600]
       [--platforms offscreen xvfb]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import OUT, ROOT, machine, table

HERE = Path(__file__).resolve()
sys.path.insert(0, str(ROOT))  # this checkout's console, not whichever one the venv has installed


def measure(cameras: int, seconds: float, warmup: float, min_samples: int) -> dict[str, object]:
    """In this process (QT_QPA_PLATFORM already set): the grid, its cameras, the samples."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from support.tile_latency import TileLatencyProbe

    from cgrconsole.config import CameraConfig, IngestConfig
    from cgrconsole.core.camera.manager import CameraManager
    from cgrconsole.core.source_factory import make_source_factory
    from cgrconsole.ui.camera_grid import CameraGridWidget

    app = QApplication.instance() or QApplication([])
    ingest = IngestConfig()
    configs = [
        CameraConfig(f"Cam{i}", f"synthetic://Cam{i}?seed={i + 1}&direction=both&fps=25", anpr=False)
        for i in range(cameras)
    ]
    manager = CameraManager(configs, make_source_factory(None, ingest), ingest)
    grid = CameraGridWidget(configs, manager)
    grid.resize(1280, 720)
    grid.show()
    probe = TileLatencyProbe(grid.tiles.values())
    manager.start()
    grid.start()

    def run_for(duration: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(duration * 1000), loop.quit)
        loop.exec()

    run_for(warmup)
    probe.start()
    began = time.monotonic()
    run_for(seconds)
    while len(probe.samples) < min_samples and time.monotonic() - began < 4 * seconds:
        run_for(1.0)  # a busy machine paints fewer frames: run on until there are enough samples
    measured = time.monotonic() - began
    probe.stop()
    grid.stop()
    manager.stop()
    tile = next(iter(grid.tiles.values()))
    size = f"{tile.width()}x{tile.height()}"
    grid.close()
    app.processEvents()
    latencies = sorted(s.latency for s in probe.samples)
    return {
        "cameras": cameras,
        "tile": size,
        "samples": len(latencies),
        "unread": probe.unread,
        "p50": statistics.median(latencies) if latencies else None,
        "p95": latencies[int(len(latencies) * 0.95)] if latencies else None,
        "max": latencies[-1] if latencies else None,
        "seconds": round(measured, 1),
        "fps": len(latencies) / measured / cameras,
    }


def child(
    platform: str, cameras: int, seconds: float, warmup: float, min_samples: int
) -> dict[str, object] | str:
    """Run :func:`measure` in a fresh process on ``platform``; its result, or why it could not run."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=path)
    xvfb = None
    if platform == "xvfb":
        from support.xvfb import Xvfb, xvfb_missing

        missing = xvfb_missing()
        if missing:
            return missing
        xvfb = Xvfb(Path(tempfile.mkdtemp(prefix="cgr-xvfb-"))).start()
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=xvfb.display)
    try:
        args = [sys.executable, str(HERE), "--child", str(cameras), "--seconds", str(seconds)]
        args += ["--warmup", str(warmup), "--samples", str(min_samples)]
        run = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    finally:
        if xvfb is not None:
            xvfb.stop()
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    if run.returncode or not lines:
        return f"failed ({run.returncode}): {run.stderr.strip()[-400:]}"
    result: dict[str, object] = json.loads(lines[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--cameras", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=10.0)
    parser.add_argument("--samples", type=int, default=600, help="at least this many per run")
    parser.add_argument("--platforms", nargs="+", default=["offscreen", "xvfb"])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.seconds, args.warmup, args.samples)))
        return
    rows, results = [], []
    for platform in args.platforms:
        for cameras in args.cameras:
            started = time.time()
            result = child(platform, cameras, args.seconds, args.warmup, args.samples)
            if isinstance(result, str):
                print(f"{platform}, {cameras} camera(s): not measured: {result}", flush=True)
                continue
            result["platform"] = platform
            results.append(result)
            ms = {k: f"{float(result[k]) * 1000:.0f} ms" for k in ("p50", "p95", "max")}  # type: ignore[arg-type]
            rows.append(
                [platform, cameras, result["tile"], ms["p50"], ms["p95"], ms["max"], result["samples"],
                 result["seconds"], f"{result['fps']:.1f}", result["unread"]]
            )  # fmt: skip
            print(f"{platform}, {cameras} camera(s) done in {time.time() - started:.0f} s", flush=True)
    print(f"\n{machine()}; {args.seconds:.0f} s after a {args.warmup:.0f} s warm-up\n")
    headers = ["platform", "cameras", "tile", "p50", "p95", "max", "samples", "s", "new frames/s/tile"]
    headers.append("unread")
    print(table(headers, rows))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "tile_latency.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()

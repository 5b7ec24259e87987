"""CPU per camera for RTSP ingest + fan-out, with and without decoding 720p25 H.264.

A GStreamer RTSP server (separate process) serves a 720p25 synthetic clip (~1.5 Mbit/s, like
a camera's main stream); this process runs N cameras with one consumer thread per camera
draining its packet queue (the recorder's place). CPU is this process's user+system time
over the window, as % of ONE core per camera. "Sustained" = every camera kept >= 95 % of
its frame rate with no drops. Usage: python benchmarks/ingest.py [--seconds 15]
"""

from __future__ import annotations

import argparse
import json
import os
import threading
import time
from pathlib import Path

from _common import OUT, cpu_seconds, machine, table
from support.rtsp import RtspServer

from cgrconsole.config import CameraConfig, IngestConfig
from cgrconsole.core.camera.manager import CameraManager
from cgrconsole.core.camera.packets import EncodedPacket
from cgrconsole.core.camera.status import CameraState
from cgrconsole.core.source_factory import make_source_factory
from cgrconsole.core.synthetic.clip import write_clip
from cgrconsole.core.synthetic.scene import SceneSpec
from cgrconsole.core.synthetic.source import SyntheticOptions

FPS = 25


def clip_path() -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "bench_720p25.mp4"
    if not path.exists():
        write_clip(path, SyntheticOptions(SceneSpec(seed=11, direction="both", mean_gap_s=4)), 75)
    return path


def wait_live(manager: CameraManager, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not all(w.status.state is CameraState.LIVE for w in manager.workers.values()):
        if time.monotonic() > deadline:
            raise RuntimeError(f"cameras not live: {[w.status.describe() for w in manager.workers.values()]}")
        time.sleep(0.1)


def run_case(server: RtspServer, cameras: int, decode: bool, seconds: float) -> dict[str, float]:
    ingest = IngestConfig(open_timeout_s=10, read_timeout_s=5)
    configs = [CameraConfig(f"C{i}", server.url("/file")) for i in range(cameras)]
    manager = CameraManager(configs, make_source_factory(None, ingest), ingest, decode=decode)
    counts = dict.fromkeys(manager.workers, 0)
    stop = threading.Event()

    def consume(name: str) -> None:  # one consumer per camera, as the recorder will be
        queue = manager.workers[name].fanout.subscribe("bench", maxsize=200)
        while not stop.is_set():
            item = queue.get(timeout=0.2)
            if isinstance(item, EncodedPacket):
                counts[name] += 1

    threads = [threading.Thread(target=consume, args=(n,), daemon=True) for n in manager.workers]
    for thread in threads:
        thread.start()
    time.sleep(0.2)
    manager.start()
    wait_live(manager, 20)
    time.sleep(2)  # warm-up: decoders and queues reach steady state
    start_counts, cpu0, server0, t0 = (
        dict(counts),
        cpu_seconds(os.getpid()),
        cpu_seconds(server.process.pid),
        time.monotonic(),
    )
    time.sleep(seconds)
    elapsed = time.monotonic() - t0
    cpu = cpu_seconds(os.getpid()) - cpu0
    server_cpu = cpu_seconds(server.process.pid) - server0
    fps = [(counts[n] - start_counts[n]) / elapsed for n in counts]
    dropped = sum(w.fanout.dropped for w in manager.workers.values())
    stop.set()
    manager.stop(10)
    return {
        "cameras": cameras,
        "decode": decode,
        "cpu_per_camera_pct": 100 * cpu / elapsed / cameras,
        "process_cpu_pct": 100 * cpu / elapsed,
        "server_cpu_pct": 100 * server_cpu / elapsed,
        "fps_min": min(fps),
        "fps_mean": sum(fps) / len(fps),
        "dropped": dropped,
        "sustained": min(fps) >= 0.95 * FPS and dropped == 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--copy", default="1,8,16,32", help="camera counts without decoding")
    parser.add_argument("--decode", default="1,4,8", help="camera counts with decoding")
    args = parser.parse_args()
    path = clip_path()
    plan = [(int(n), False) for n in args.copy.split(",")] + [(int(n), True) for n in args.decode.split(",")]
    results = []
    for cameras, decode in plan:
        with RtspServer(file=path) as server:
            result = run_case(server, cameras, decode, args.seconds)
        results.append(result)
        print(
            f"  {cameras:>2} cameras decode={decode!s:<5} "
            f"{result['cpu_per_camera_pct']:.2f} % of a core each, fps min {result['fps_min']:.1f}",
            flush=True,
        )
    rows = [
        [
            r["cameras"],
            "yes" if r["decode"] else "no",
            f"{r['cpu_per_camera_pct']:.2f} %",
            f"{r['process_cpu_pct']:.1f} %",
            f"{r['server_cpu_pct']:.1f} %",
            f"{r['fps_min']:.1f}",
            r["dropped"],
            "yes" if r["sustained"] else "NO",
        ]
        for r in results
    ]
    print(f"\nRTSP ingest, 720p25 H.264 ~1.5 Mbit/s, {args.seconds:.0f} s window — {machine()}\n")
    print(
        table(
            [
                "cameras",
                "decode",
                "CPU per camera (1 core = 100 %)",
                "process CPU",
                "RTSP server CPU",
                "min fps",
                "dropped",
                "sustained",
            ],
            rows,
        )
    )
    (OUT / "ingest.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

"""Does the synthetic camera keep to the wall clock on a loaded machine? (issue 10, item 18)

N synthetic cameras (the demo's 1280x720 at 25 fps) run through the real camera workers, decoding
every frame as the console does, while ``--load`` busy-loop processes keep the cores busy. For each
camera the packets' media time (pts) is compared with their wall-clock stamps over the window:
a camera that keeps time shows as many seconds of media as seconds passed, whatever it had to drop.
Usage: python benchmarks/synthetic_clock.py [--cameras 4] [--seconds 60] [--load 2]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from _common import machine, table

from cgrconsole.core.camera.manager import CameraManager
from cgrconsole.core.camera.packets import EncodedPacket
from cgrconsole.core.camera.settings import CameraConfig, IngestConfig
from cgrconsole.core.source_factory import make_source_factory

BUSY_LOOP = "while True: pass"


def run(cameras: int, seconds: float, load: int) -> list[list[object]]:
    urls = [f"synthetic://Cam{i}?seed={i + 1}&direction=both" for i in range(cameras)]
    configs = [CameraConfig(f"Cam{i}", url) for i, url in enumerate(urls)]
    ingest = IngestConfig()
    manager = CameraManager(configs, make_source_factory(None, ingest), ingest, decode=True)
    queues = {name: worker.fanout.subscribe("probe", 100_000) for name, worker in manager.workers.items()}
    hogs = [subprocess.Popen([sys.executable, "-c", BUSY_LOOP]) for _ in range(load)]
    try:
        manager.start()
        time.sleep(seconds)
    finally:
        manager.stop()
        for hog in hogs:
            hog.kill()
            hog.wait()
    rows = []
    for name, queue in queues.items():
        packets = []
        while (item := queue.get(0)) is not None:
            if isinstance(item, EncodedPacket) and item.pts is not None:
                packets.append(item)
        packets = packets[25:]  # the first second: encoder start-up, not the steady state
        wall = packets[-1].wallclock - packets[0].wallclock
        media = float((packets[-1].pts - packets[0].pts) * packets[0].time_base)
        rows.append([name, f"{wall:.1f}", f"{media:.1f}", f"{media / wall * 100:.1f} %", len(packets)])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cameras", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--load", type=int, default=2, help="busy-loop processes beside the cameras")
    args = parser.parse_args()
    rows = run(args.cameras, args.seconds, args.load)
    print(f"{machine()}; {args.cameras} synthetic 1280x720@25 cameras decoded, {args.load} busy loops")
    print(table(["camera", "wall s", "media s", "media/wall", "packets"], rows))


if __name__ == "__main__":
    main()

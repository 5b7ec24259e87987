"""What the live packager costs per camera: CPU per second of video, and the playlist's render time.

Real x264 packets (tests/support/live_media.py) go through ``LivePackager.step`` on this thread, so the
figure is the packager alone (no camera, no HTTP). Usage: python benchmarks/live_packager.py [--seconds 20]
[--size 1280x720] [--fps 25] [--gop 50]
"""

from __future__ import annotations

import argparse
import time

from _common import machine, table
from support.live_media import encode

from cgrconsole.core.camera.fanout import PacketQueue
from cgrconsole.core.camera.packets import SessionStarted
from cgrconsole.core.live.packager import LivePackager
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.stream import LiveStream


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--fps", type=float, default=25.0)
    parser.add_argument("--gop", type=int, default=50)
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    camera = encode(int(args.seconds * args.fps), fps=args.fps, gop=args.gop, size=(width, height))
    bits = sum(len(p.data) for p in camera.packets) * 8 / args.seconds
    stream = LiveStream("Bench")
    packager = LivePackager("Bench", PacketQueue("live", 10), stream, LiveConfig())
    packager.step(SessionStarted("Bench", camera.info, camera.packets[0].wallclock))
    wall, cpu = time.perf_counter(), time.thread_time()
    for packet in camera.packets:
        packager.step(packet)
    wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
    text = stream.media_playlist("token=abc") or b""
    started = time.perf_counter()
    for number in range(200):
        stream.media_playlist(f"token={number}")  # a new query each time: rendered, not cached
    render_ms = (time.perf_counter() - started) / 200 * 1000
    print(machine())
    print(
        table(
            ["video", "Mbit/s", "wall s", "thread CPU s", "% of a core", "playlist bytes", "render ms"],
            [
                [
                    f"{args.seconds:.0f} s {width}x{height} {args.fps:g} fps GOP {args.gop}",
                    f"{bits / 1e6:.2f}",
                    f"{wall:.3f}",
                    f"{cpu:.3f}",
                    f"{cpu / args.seconds * 100:.2f}",
                    len(text),
                    f"{render_ms:.3f}",
                ]
            ],
        )
    )


if __name__ == "__main__":
    main()

"""Blocking playlist reload: how long after a part is published the waiting client holds the playlist.

A real LiveServer (hypercorn, HTTP/2 over TLS) on 127.0.0.1 serves one camera's real ``LiveStream``,
fed by the real ``LivePackager`` on this thread (tests/support/live_stream.py ``LiveFeed``); a client
holds ``media.m3u8?_HLS_msn=M&_HLS_part=N`` for the next part; packets are stepped into the packager
one by one, and the time from the step of the packet that completes the part (its muxing, the
window, the publication) to the client having the whole answer is one sample. The packets are
encoded before the clock starts, so this is the packager's and the server's part (wake-up on its
loop, render, gzip, TLS), not the encoder's.
Usage: python benchmarks/live_reload.py [--samples 200]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import statistics
import tempfile
import time
from pathlib import Path

from _common import machine
from support.live_stream import LiveFeed, client_for
from support.waiting import wait_until

from cgrconsole.core.live.routes import build_app
from cgrconsole.core.live.server import LiveServer
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.tls import self_signed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    feed = LiveFeed("Entry1", frames=5 * args.samples + 100)  # 5 frames to a part, encoded ahead
    feed.publish(12)
    stream = feed.stream
    settings = LiveConfig(bind="127.0.0.1", port=0)
    with tempfile.TemporaryDirectory() as folder:
        certificate = self_signed(Path(folder))
        app = build_app({"Entry1": stream}, settings)
        server = LiveServer(app, settings, certificate=certificate, streams={"Entry1": stream}).start()
        samples: list[float] = []
        try:
            with client_for(server, headers={"accept-encoding": "gzip"}) as client:
                client.get("/live/Entry1/media.m3u8")  # the connection is up
                with concurrent.futures.ThreadPoolExecutor(1) as pool:
                    for _ in range(args.samples):
                        msn, part = feed.newest()
                        target = f"/live/Entry1/media.m3u8?_HLS_msn={msn}&_HLS_part={part + 1}"

                        def held(url: str = target) -> float:
                            answer = client.get(url)
                            assert answer.status_code == 200, answer.text
                            return time.perf_counter()

                        pending = pool.submit(held)
                        wait_until(lambda: stream._waiters, 10)  # the request is held on the server's loop
                        while True:
                            published = time.perf_counter()
                            if feed.step():
                                break
                        samples.append((pending.result(10) - published) * 1000)
        finally:
            server.stop(5)
    samples.sort()
    p95 = samples[max(0, int(0.95 * len(samples)) - 1)]
    print(f"{machine()}")
    print(
        f"blocking reload, part published → answer held by the client (HTTP/2, TLS, gzip), n={len(samples)}: "
        f"p50 {statistics.median(samples):.1f} ms, p95 {p95:.1f} ms, max {samples[-1]:.1f} ms"
    )


if __name__ == "__main__":
    main()

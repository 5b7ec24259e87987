"""Blocking playlist reload: how long after a part is published the waiting client holds the playlist.

A real LiveServer (hypercorn, HTTP/2 over TLS) on 127.0.0.1 serves one stream; a client holds
``media.m3u8?_HLS_msn=M&_HLS_part=N`` for the next part; the producer publishes it; the time from
``publish()`` to the client having the whole answer is one sample. The parts are encoded before the
clock starts, so this is the server's part (wake-up on its loop, render, gzip, TLS), not the encoder's.
The stream is the tests' stand-in (tests/support/live_stream.py) until the lead switches it to the
core's LiveStream fed by the packager.
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
from support.live_stream import StandInLiveStream, client_for

from cgrconsole.core.live.routes import build_app
from cgrconsole.core.live.server import LiveServer
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.tls import self_signed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    stream = StandInLiveStream("Entry1")
    stream.publish(12)
    stream._source = iter([next(stream._source) for _ in range(args.samples)])  # encoded ahead
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
                        snapshot = stream.snapshot()
                        assert snapshot is not None
                        msn, part = snapshot.last_msn, snapshot.last_part + 1
                        target = f"/live/Entry1/media.m3u8?_HLS_msn={msn}&_HLS_part={part}"

                        def held(url: str = target) -> float:
                            answer = client.get(url)
                            assert answer.status_code == 200, answer.text
                            return time.perf_counter()

                        pending = pool.submit(held)
                        time.sleep(0.05)  # the request is held by then
                        published = time.perf_counter()
                        stream.publish()
                        samples.append((pending.result(10) - published) * 1000)
        finally:
            server.stop(5)
    samples.sort()
    p95 = samples[max(0, int(0.95 * len(samples)) - 1)]
    print(f"{machine()}")
    print(
        f"blocking reload, publish → answer held by the client (HTTP/2, TLS, gzip), n={len(samples)}: "
        f"p50 {statistics.median(samples):.1f} ms, p95 {p95:.1f} ms, max {samples[-1]:.1f} ms"
    )


if __name__ == "__main__":
    main()

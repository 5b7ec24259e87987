"""Recognition inside the running console: 4 RTSP cameras sampled at 5 frames/s, event latency.

A synthetic drive-by clip (truth known) is served by the GStreamer RTSP test server; the console's
engine (ingest, recording, motion-gated recognition, events) watches it with 4 cameras for
``--seconds``. Reported per camera: frames offered to the recognizer per second, frames dropped
because it was busy, frames read (the rest were gated: nothing moved), events, and for each event the
delay from the last frame in which any of the vehicle's plate was in the picture (the vehicle has left
the view) to the event being stored
(target: in the officer's list within 1 s). Also process CPU and RSS.
Usage: python benchmarks/anpr_live.py [--cameras 4] [--seconds 60] [--fps 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from _common import OUT, cpu_seconds, machine, rss_mb, table
from anpr_video import ensure_clip
from support.rtsp import RtspServer

from cgrconsole.config import AnprConfig, CameraConfig, Config, SiteConfig
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.synthetic.scene import Scene, SceneSpec
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths

SPEC = SceneSpec(seed=6, direction="entry", mean_gap_s=4)


def last_visible(seconds: float) -> dict[str, float]:
    """Per plate, the last time (s since the clip's first frame) any of it was in the picture."""
    scene, last = Scene(SPEC), {}
    height, width = SPEC.height, SPEC.width
    for index in range(0, int(seconds * SPEC.fps), 2):
        for truth in scene.truth(index):
            x1, y1, x2, y2 = truth.box
            if x2 > 0 and y2 > 0 and x1 < width and y1 < height:
                last[truth.plate] = index / SPEC.fps
    return last


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cameras", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--fps", type=float, default=5.0)
    args = parser.parse_args()
    folder = OUT / "anpr_live"
    folder.mkdir(parents=True, exist_ok=True)
    clip = ensure_clip(folder, SPEC, args.seconds + 15)
    visible = last_visible(args.seconds + 15)
    data = Path(tempfile.mkdtemp(prefix="cgr-anpr-live-"))
    with RtspServer(file=clip) as server:
        names = [f"Cam{i + 1}" for i in range(args.cameras)]
        cameras = tuple(CameraConfig(n, server.url("/file"), "entry") for n in names)
        config = Config(
            site=SiteConfig(timezone="Asia/Almaty"), anpr=AnprConfig(sample_fps=args.fps), cameras=cameras
        )
        paths = AppPaths(data, data / "archive", data / "logs")
        engine = Engine(config, paths, SecretStore(MemoryKeyring()), destinations=[])
        engine.start()
        t0 = {n: float("inf") for n in names}
        started = time.monotonic()
        cpu_start, warm = cpu_seconds(os.getpid()), started + 5
        cpu_warm = None
        while time.monotonic() - started < args.seconds:
            for name in names:
                frame = engine.cameras.workers[name].slot.get()
                if frame is not None:
                    t0[name] = min(t0[name], frame.wallclock - (frame.seq - 1) / SPEC.fps)
            if cpu_warm is None and time.monotonic() >= warm:
                cpu_warm = cpu_seconds(os.getpid())
            time.sleep(0.2)
        cpu = 100 * (cpu_seconds(os.getpid()) - (cpu_warm or cpu_start)) / (time.monotonic() - warm)
        rss = rss_mb(os.getpid())
        recognition = engine.recognition
        assert recognition is not None
        with engine.database.lock:
            stored = engine.database.db.execute(
                "SELECT camera, plate, created_ts FROM plate_events"
            ).fetchall()
        read_ms = list(recognition.read_ms)
        engine.stop()
    rows, delays = [], []
    for camera in recognition.cameras:
        sampler = camera.sampler
        mine = [(plate, created) for cam, plate, created in stored if cam == camera.camera]
        lags = [created - (t0[camera.camera] + visible[plate]) for plate, created in mine if plate in visible]
        delays += lags
        rows.append(
            [
                camera.camera,
                f"{sampler.offered / args.seconds:.1f}",
                sampler.dropped,
                camera.reads,
                camera.frames - camera.reads,
                len(mine),
                f"{statistics.median(lags):.2f}" if lags else "-",
                f"{max(lags):.2f}" if lags else "-",
            ]
        )
    print(
        table(
            [
                "camera",
                "frames/s offered",
                "dropped",
                "read",
                "gated",
                "events",
                "median delay s",
                "max delay s",
            ],
            rows,
        )
    )
    truth_events = sum(1 for p in Scene(SPEC).passes_until(args.seconds) if p.leave_s < args.seconds - 3)
    print(
        f"\n{args.cameras} cameras at {args.fps:g} frames/s for {args.seconds:.0f} s: read median "
        f"{statistics.median(read_ms):.1f} ms; events {len(stored)} "
        f"(about {truth_events} vehicles per camera); "
        f"delay after the plate left the picture: median {statistics.median(delays):.2f} s, "
        f"p95 {sorted(delays)[int(0.95 * (len(delays) - 1))]:.2f} s; process CPU {cpu:.0f} % of one core "
        f"(ingest + decode + recording + recognition); RSS {rss:.0f} MB; {machine()}"
    )
    (OUT / "anpr_live.json").write_text(json.dumps({"rows": rows, "delays": delays, "cpu": cpu, "rss": rss}))


if __name__ == "__main__":
    main()

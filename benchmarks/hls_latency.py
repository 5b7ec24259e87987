"""Glass-to-glass latency of the live stream, and what 4 cameras × 10 viewers cost (issue 11).

The console runs as a user runs it: ``cgrconsole --headless --config …`` in a process of its own, serving
LL-HLS over HTTP/2 + TLS (its self-signed certificate) on 127.0.0.1. The URLs come from its
``live: <camera> <url>`` lines. Its cameras (``--cameras``):
- ``replay`` (default): RTSP cameras outside the console, as on a site: GStreamer's RTSP server plays one
  pre-encoded clip per camera in real time (nothing is encoded while measuring, as a real camera encodes on
  its own hardware). Frame n of the clip carries n / fps burned in; the server prints the wall clock at which
  each session's time 0 is sent, so a frame's capture time = that + its burned time.
- ``synthetic``: synthetic cameras inside the console, which render and encode every frame on the console's
  cores and burn their capture wall clock into it.

Phases:
- ``browser``: Debian chromium (headless, through playwright) opens the console's own test player with 1,
  then 4 cameras, hls.js in low-latency mode with the console's settings. After a warm-up, every presented
  frame's burned-in capture time is read from a canvas (``requestVideoFrameCallback``): latency =
  presentation time − capture time, on this machine's one clock. Then 1 camera with lowLatencyMode off.
- ``ffmpeg``: a plain-HLS client (ffmpeg, which ignores the LL tags) decodes 1 camera; latency = when a
  decoded frame reaches us − its burned-in capture time.
- ``load``: 4 cameras × 10 viewers each: ``--viewers`` remote operators, each a page of the 4 cameras
  over one HTTP/2 connection (the tests' LL-HLS client: blocking playlist reloads and part downloads
  like hls.js, playback on a virtual clock, no decoding), for ``--load-minutes``: stalls, the
  console's CPU per viewer (the rest, over the idle baseline), the
  viewers' own CPU, and the console's memory before and after.

Usage: python benchmarks/hls_latency.py [--phases browser,ffmpeg,load] [--samples 600] [--warmup 10]
                                        [--load-minutes 5] [--viewers 10] [--sizes 640x360,1280x720]
                                        [--cameras replay|synthetic]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from _common import OUT, ROOT, cpu_seconds, machine, rss_mb, table
from support.rtsp import RtspServer, free_port

from cgrconsole.core.synthetic.timecode import read as read_timecode

CAMERAS = ("Cam1", "Cam2", "Cam3", "Cam4")
STAGGER_S = 10  # the operators' pages open over this time, not all in one millisecond
LIVE_LINE = re.compile(r"^live: (\S+) (\S+)$")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def summary(values: list[float]) -> list[object]:
    if not values:
        return ["—", "—", "—", 0]
    return [
        f"{percentile(values, 0.5):.3f}",
        f"{percentile(values, 0.95):.3f}",
        f"{max(values):.3f}",
        len(values),
    ]


# -- the console --------------------------------------------------------------------------------------
class Cameras:
    """Where the console's cameras come from, and each one's capture clock (ms since the epoch)."""

    def __init__(self, kind: str, size: str, seconds: float) -> None:
        self.kind = kind
        self.server: RtspServer | None = None
        if kind == "replay":
            self.server = RtspServer(file=replay_clip(size, seconds), replays=len(CAMERAS)).start()
        self.size = size

    def url(self, index: int, name: str) -> str:
        if self.server is not None:
            return self.server.url(f"/replay{index}")
        return f"synthetic://{name}?seed={index}&size={self.size}"

    def capture_ms(self, name: str, burned_ms: float, seen_ms: float) -> float:
        """When the frame that carries ``burned_ms`` was captured (it was seen at ``seen_ms``)."""
        if self.server is None:
            return burned_ms  # a synthetic camera burns its capture wall clock
        starts = self.server.playing.get(f"/replay{CAMERAS.index(name) + 1}", [])
        sent = [start + burned_ms for start in starts if start + burned_ms <= seen_ms]
        return max(sent) if sent else float("nan")  # the session that sent it: the latest that could

    def stop(self) -> None:
        if self.server is not None:
            self.server.kill()


def replay_clip(size: str, seconds: float) -> Path:
    """A clip whose frame n carries n / fps: rendered once per size and length, kept in benchmarks/out."""
    from cgrconsole.core.camera.url import parse_camera_url
    from cgrconsole.core.synthetic.clip import write_clip
    from cgrconsole.core.synthetic.source import options_from_url

    path = OUT / f"replay_{size}_{seconds:.0f}s.mp4"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        print(f"rendering {path.name} (once) …", flush=True)
        options = options_from_url(parse_camera_url(f"synthetic://Replay?seed=1&size={size}"))
        partial = path.with_suffix(".part.mp4")
        write_clip(partial, options, seconds, timecode_from=0)
        partial.replace(path)
    return path


class Console:
    """``cgrconsole --headless`` on a config of 4 cameras; its live URLs once it serves them."""

    def __init__(self, folder: Path, cameras: Cameras) -> None:
        self.folder = folder
        self.cameras = cameras
        self.port = free_port()
        config = folder / "config.toml"
        lines = ['[site]\nname = "Latency bench"\ntimezone = "Asia/Almaty"\n']
        lines.append("[anpr]\nenabled = false\n")  # measured elsewhere (anpr_live.py); it needs a core
        lines.append(f'[live]\nbind = "127.0.0.1"\nport = {self.port}\ntls = "auto"\n')
        for index, name in enumerate(CAMERAS, 1):
            url = cameras.url(index, name)
            lines.append(f'[[cameras]]\nname = "{name}"\nurl = "{url}"\ndirection = "entry"\n')
        config.write_text("\n".join(lines), encoding="utf-8")
        self.urls: dict[str, str] = {}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "cgrconsole", "--headless", "--config", str(config),
             "--data-dir", str(folder / "data"), "--log-level", "WARNING"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        assert self.process.stdout is not None
        while len(self.urls) < len(CAMERAS):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError(f"the console did not print its live lines: {self.urls}")
            ready, _, _ = select.select([self.process.stdout], [], [], 1)
            if ready:
                match = LIVE_LINE.match(self.process.stdout.readline().strip())
                if match:
                    self.urls[match.group(1)] = match.group(2)
        self.base = "{0.scheme}://{0.netloc}".format(urlsplit(next(iter(self.urls.values()))))
        self.output: collections.deque[str] = collections.deque(maxlen=50)  # its last lines, for a failure
        threading.Thread(target=self.output.extend, args=(self.process.stdout,), daemon=True).start()
        wait_published(self.urls)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def wait_published(urls: dict[str, str], timeout: float = 60) -> None:
    """Until every camera's media playlist lists a part (its first segment is complete)."""
    import httpx

    deadline = time.monotonic() + timeout
    with httpx.Client(verify=False, timeout=10) as client:
        for url in urls.values():
            while True:
                response = client.get(url.replace("index.m3u8", "media.m3u8"))
                if response.status_code == 200 and "#EXT-X-PART:" in response.text:
                    break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{url} published nothing in {timeout:.0f} s: {response.status_code}")
                time.sleep(0.2)


# -- phases -------------------------------------------------------------------------------------------
def browser_latency(
    console: Console, cameras: list[str], samples: int, warmup: float, low_latency: bool
) -> dict:
    from support.browser import assert_h264_mse, chromium, new_page

    query = "cameras=" + ",".join(cameras) + ("" if low_latency else "&lowLatency=0")
    errors: list[str] = []
    with chromium() as browser:
        page = new_page(browser, errors)
        page.goto(f"{console.base}/player?{query}")
        assert_h264_mse(page)
        time.sleep(warmup)
        page.evaluate(  # the warm-up's samples and stalls do not count
            "() => Object.values(window.cgrPlayer.tiles)"
            ".forEach(t => { t.samples.length = 0; t.stalls = 0; t.jumps = 0 })"
        )
        deadline = time.monotonic() + max(60.0, 3 * samples / (20 * len(cameras)))
        while True:
            tiles = page.evaluate(
                "() => Object.fromEntries(Object.entries(window.cgrPlayer.tiles).map(([k, t]) =>"
                " [k, {samples: t.samples.map(s => [s.capture_ms, s.presented_ms]), stalls: t.stalls,"
                " jumps: t.jumps,"
                " error: t.error}]))"
            )
            taken = sum(len(t["samples"]) for t in tiles.values())
            if taken >= samples or time.monotonic() > deadline:
                break
            time.sleep(1)
    latencies = [
        (presented - console.cameras.capture_ms(name, burned, presented)) / 1000
        for name, tile in tiles.items()
        for burned, presented in tile["samples"]
    ]
    return {
        "latencies": latencies,
        "stalls": sum(t["stalls"] for t in tiles.values()),
        "jumps": sum(t["jumps"] for t in tiles.values()),
        "errors": [t["error"] for t in tiles.values() if t["error"]] + errors[:5],
    }


def ffmpeg_latency(console: Console, camera: str, seconds: float, warmup: float) -> dict:
    """ffmpeg decodes the stream to raw frames; each one's capture time is read as it arrives."""
    width, height = 640, 360
    command = [
        "ffmpeg", "-loglevel", "error", "-tls_verify", "0", "-i", console.urls[camera], "-an",
        "-vf", f"scale={width}:{height}", "-f", "rawvideo", "-pix_fmt", "rgb24", "-",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    frame_bytes = width * height * 3
    started = time.monotonic()
    latencies: list[float] = []
    unread = 0
    try:
        while time.monotonic() - started < warmup + seconds:
            data = process.stdout.read(frame_bytes)
            if len(data) < frame_bytes:
                break
            now = time.time() * 1000
            if time.monotonic() - started < warmup:
                continue
            image = np.frombuffer(data, np.uint8).reshape(height, width, 3)
            burned = read_timecode(image)
            if burned is None:
                unread += 1
            else:
                latencies.append((now - console.cameras.capture_ms(camera, burned, now)) / 1000)
    finally:
        process.kill()
        stderr = process.communicate()[1].decode(errors="replace")
    return {
        "latencies": latencies,
        "unread": unread,
        "errors": [stderr.strip()[:300]] if latencies == [] else [],
    }


def load(console: Console, viewers: int, minutes: float) -> dict:
    """``viewers`` remote operators, each a page of the 4 cameras over one HTTP/2 connection, in two
    processes of their own (their CPU is theirs); the console measured from /proc."""
    seconds = minutes * 60  # each viewer's; the last starts STAGGER_S after the first
    idle_start = cpu_seconds(console.process.pid)
    time.sleep(20)
    idle_cpu = (cpu_seconds(console.process.pid) - idle_start) / 20
    rss_before = rss_mb(console.process.pid)
    cameras = list(console.urls.values())
    halves = [viewers // 2, viewers - viewers // 2]
    scripts = [
        "import asyncio, json, sys; sys.path.insert(0, 'tests'); from support.hls_client import watch;"
        f"reports = asyncio.run(watch({cameras * count!r}, {seconds}, per_connection={len(cameras)},"
        f" stagger_s={STAGGER_S}));"
        "print(json.dumps([r.__dict__ for r in reports]))"
        for count in halves
        if count
    ]
    start_cpu = cpu_seconds(console.process.pid)
    children_before = children_cpu()
    with tempfile.TemporaryDirectory(prefix="hls-viewers-") as tmp:  # a pipe would fill before they end
        outputs = [Path(tmp) / f"viewers{number}.json" for number in range(len(scripts))]
        clients = []
        for script, output in zip(scripts, outputs, strict=True):
            with output.open("w") as stdout:
                clients.append(subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=stdout))
        rss_track = [rss_before]  # every minute: growth or a plateau
        started = time.monotonic()
        while any(client.poll() is None for client in clients):
            elapsed = time.monotonic() - started
            if elapsed > seconds + STAGGER_S + 120:
                for client in clients:
                    client.kill()
                raise RuntimeError("the viewers did not finish")
            if elapsed >= 60 * len(rss_track):
                rss_track.append(rss_mb(console.process.pid))
            time.sleep(1)
        reports = [report for output in outputs for report in json.loads(output.read_text())]
    client_cpu = children_cpu() - children_before
    busy_cpu = (cpu_seconds(console.process.pid) - start_cpu) / (time.monotonic() - started)
    time.sleep(10)  # the sessions end, the buffers go
    return {
        "viewers": len(reports),
        "stalls": sum(r["stalls"] for r in reports),
        "stalled_s": sum(r["stalled_s"] for r in reports),
        "stall_moments": stall_moments([t for r in reports for t in r["stalled_at"]]),
        "errors": [e for r in reports for e in r["errors"]],
        "parts": sum(r["parts"] for r in reports),
        "latencies": [v for r in reports for v in r["latencies"]],
        "console_idle_cpu": idle_cpu,
        "console_busy_cpu": busy_cpu,
        "serving_cpu_per_viewer": (busy_cpu - idle_cpu) / len(reports),
        "client_cpu_per_viewer": client_cpu / seconds / len(reports),  # each viewer ran ``seconds``
        "rss_before_mb": rss_before,
        "rss_after_mb": rss_mb(console.process.pid),
        "rss_track_mb": rss_track,
    }


def stall_moments(times: list[float]) -> list[int]:
    """How many viewers stalled in each second that had a stall, most first: many viewers in the same
    second is one hiccup of the server or the machine; ones scattered over the run are the viewers'."""
    seconds: dict[int, int] = {}
    for moment in times:
        seconds[int(moment)] = seconds.get(int(moment), 0) + 1
    return sorted(seconds.values(), reverse=True)


def children_cpu() -> float:
    """CPU seconds of the children this process has waited for."""
    usage = os.times()
    return usage.children_user + usage.children_system


def load_table(found: dict, minutes: float) -> str:
    def core(key: str, digits: int = 2) -> str:
        return f"{100 * found[key]:.{digits}f} % of a core"

    rows: list[list[object]] = [
        ["viewers × minutes", f"{found['viewers']} × {minutes:g}"],
        ["stalls (waits > 50 ms) / stalled seconds", f"{found['stalls']} / {found['stalled_s']:.2f}"],
        ["parts played", found["parts"]],
        [
            "seconds with a stall (viewers stalling in the worst 5)",
            f"{len(found['stall_moments'])} ({', '.join(map(str, found['stall_moments'][:5]))})",
        ],
        ["console CPU, no viewers (cameras included)", core("console_idle_cpu", 0)],
        ["console CPU with the viewers", core("console_busy_cpu", 0)],
        ["console CPU per viewer (over no viewers)", core("serving_cpu_per_viewer")],
        ["viewer's own CPU (the test client)", core("client_cpu_per_viewer")],
        ["console RSS before → after", f"{found['rss_before_mb']:.0f} → {found['rss_after_mb']:.0f} MB"],
        ["console RSS each minute", " ".join(f"{value:.0f}" for value in found["rss_track_mb"]) + " MB"],
        ["errors", len(found["errors"])],
    ]
    return table(["load", "value"], rows)


# -- main ---------------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--phases", default="browser,ffmpeg,load")
    parser.add_argument("--samples", type=int, default=600)
    parser.add_argument("--warmup", type=float, default=10.0)
    parser.add_argument("--load-minutes", type=float, default=5.0)
    parser.add_argument("--viewers", type=int, default=10)
    parser.add_argument(
        "--sizes", default="640x360,1280x720", help="camera sizes, each a run of its own; load: the first"
    )
    parser.add_argument("--cameras", choices=("replay", "synthetic"), default="replay")
    args = parser.parse_args()
    phases = set(args.phases.split(","))
    if "ffmpeg" in phases and shutil.which("ffmpeg") is None:
        sys.exit("ffmpeg is not installed")
    rows: list[list[object]] = []
    results: dict[str, object] = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M")}
    load_found = None
    for number, size in enumerate(args.sizes.split(",")):
        with_load = "load" in phases and number == 0
        seconds = 300 + (args.load_minutes * 60 + 60 if with_load else 0)  # the run's length, and more
        cameras = Cameras(args.cameras, size, seconds)
        with tempfile.TemporaryDirectory(prefix="hls-bench-") as tmp:
            console = Console(Path(tmp), cameras)
            try:
                rows += latency_rows(console, size, phases, args, results)
                if with_load:
                    load_found = load(console, args.viewers, args.load_minutes)
                    label = f"{size}: virtual LL viewers, {load_found['viewers']} ({args.viewers} per camera)"
                    errors = "; ".join(load_found["errors"])[:80]
                    rows.append([label, *summary(load_found["latencies"]), load_found["stalls"], errors])
                    results["load"] = {k: v for k, v in load_found.items() if k != "latencies"}
            finally:
                console.stop()
                cameras.stop()
                warnings = [line.strip() for line in console.output if "WARNING" in line or "ERROR" in line]
                print(f"{size}: the console's warnings: {warnings[-10:] or 'none'}", flush=True)
    where = {
        "replay": "replayed by an RTSP server outside the console (nothing encoded while measuring)",
        "synthetic": "synthetic, rendered and encoded in the console's process",
    }[args.cameras]
    print(f"\n{machine()}; 4 cameras at 25 fps, {where}\n")
    print(table(["client", "p50 s", "p95 s", "max s", "samples", "stalls", "notes"], rows))
    if load_found is not None:
        print()
        print(load_table(load_found, args.load_minutes))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "hls_latency.json").write_text(json.dumps(results, default=str, indent=1))


def latency_rows(console: Console, size: str, phases: set[str], args, results: dict) -> list[list[object]]:
    rows: list[list[object]] = []
    if "browser" in phases:
        for cameras, low_latency in ((CAMERAS[:1], True), (CAMERAS, True), (CAMERAS[:1], False)):
            found = browser_latency(console, list(cameras), args.samples, args.warmup, low_latency)
            mode = "LL" if low_latency else "lowLatencyMode off"
            label = f"{size}: hls.js {mode}, {len(cameras)} camera(s)"
            notes = "; ".join([f"jumps {found['jumps']}", *found["errors"]])[:80]
            rows.append([label, *summary(found["latencies"]), found["stalls"], notes])
            results[label] = found
    if "ffmpeg" in phases:
        found = ffmpeg_latency(console, CAMERAS[0], max(30.0, args.samples / 25), args.warmup)
        label = f"{size}: ffmpeg (plain HLS), 1 camera"
        rows.append([label, *summary(found["latencies"]), "—", f"unread {found['unread']}"])
        results[label] = found
    return rows


if __name__ == "__main__":
    main()

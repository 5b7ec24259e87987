"""Catch-up after a 2-hour outage (issue 12): how long the backlog takes to drain, and whether live
recording and recognition go on unharmed meanwhile. Run through ``benchmarks/sftp.py --catch-up``.

A real console: ``cgrconsole --headless --config …`` in a process of its own (the CLI's own ``main``,
with a probe thread beside it that writes the engine's counters once a second to a file). 4 RTSP
cameras from the GStreamer server replaying a pre-encoded 720p25 clip (nothing is encoded on the PC
while measuring), recording on (60 s files, so each phase holds whole files to check), recognition
on (the default engine), LL-HLS on, SFTP on to the throwaway sshd with its host key pinned.

Before the console starts, its archive folder and index are seeded with the outage's backlog:
``--hours`` × 12 finished 5-minute files per camera of 25–40 MB of random bytes, under their real
names (``Cam1/YYYY/MM/DD/HH/Cam1_YYYY_MM_DD_HH_MM.mp4``, site time) in the hours before now, pending
upload; each is fsynced and dropped from the page cache, so the upload reads it from the disk.

Phases (wall clock):
- baseline: the link is down (sshd not started; the uploader retries every 5 s), ``--baseline`` s;
- catch-up: from the moment sshd starts until every backlog file is uploaded;
- after: caught up (only the new 60 s files go up), ``--after`` s.
Per phase: the console's CPU by thread group (from /proc, per thread), the server's sshd (on a site
it is elsewhere), the machine; per camera frames decoded/s, packets the recorder received/s, its
queue and what every queue dropped; the files finished in the phase (media seconds per wall second,
media gaps between consecutive files); the recognizer's frames offered/analysed/dropped per second,
its reads and read time, the age of a frame when it is analysed, events.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from _common import OUT, ROOT, cpu_seconds, machine, table

sys.path.insert(0, str(ROOT))
from hls_latency import replay_clip
from support.file_keyring import child_environment
from support.rtsp import RtspServer, gstreamer_missing
from support.sshd import SshServer, descendants, free_port, sshd_missing

CAMERAS = ("Cam1", "Cam2", "Cam3", "Cam4")
ZONE = "Asia/Almaty"
SLOT_S = 300  # the backlog's files: the site's 5-minute files
LIVE_SEGMENT_S = 60  # the files recorded while measuring: several whole ones in each phase
SIZES = (25_000_000, 40_000_000)
CLIP = ("1280x720", 900.0)  # the replayed clip: longer than one run, so no camera restarts it
RETRY_S = 5  # sftp.retry_initial_s = retry_max_s: the link back is noticed within 5 s (see the docs)
TICK = os.sysconf("SC_CLK_TCK")
PROBE = "benchmark probe"  # its own thread group: not the console's work
Sample = dict[str, Any]


# -- the console's side: a probe thread beside ``cgrconsole --headless`` ---------------------
def console_child(config: Path, data: Path, probe: Path) -> int:
    """``cgrconsole --headless`` as a site runs it, plus the probe (started with the engine)."""
    from cgrconsole import app, cli

    headless = app.run_headless

    def probed(engine, duration, **options):
        thread = threading.Thread(target=probe_loop, args=(engine, probe), name="bench-probe", daemon=True)
        thread.start()
        return headless(engine, duration, **options)

    app.run_headless = probed
    return cli.main(["--headless", "--config", str(config), "--data-dir", str(data)])


def thread_group(thread: threading.Thread) -> str:
    name = thread.name
    if name.startswith("sftp-") or type(thread).__module__.startswith("paramiko"):
        return "uploader"  # its workers and paramiko's transport threads
    prefixes = {
        "ingest-": "ingest",
        "record-": "recording",
        "anpr": "recognition",
        "live": "live stream",
        "bench-probe": PROBE,
    }
    return next((group for prefix, group in prefixes.items() if name.startswith(prefix)), "other")


class ThreadCpu:
    """CPU seconds per thread group of this process, threads that ended included (their last reading)."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], tuple[str, float]] = {}  # (tid, start time) -> (group, cpu)

    def totals(self) -> dict[str, float]:
        python = {t.native_id: thread_group(t) for t in threading.enumerate() if t.native_id}
        for task in Path("/proc/self/task").iterdir():
            try:
                stat = (task / "stat").read_text()
            except OSError:
                continue  # ended meanwhile
            fields = stat.rsplit(")", 1)[1].split()
            key = (task.name, fields[19])
            known = self._seen.get(key)
            group = python.get(int(task.name)) or (known[0] if known else "native")  # FFmpeg, inference
            self._seen[key] = (group, (int(fields[11]) + int(fields[12])) / TICK)
        totals: dict[str, float] = {}
        for group, cpu in self._seen.values():
            totals[group] = totals.get(group, 0.0) + cpu
        return totals


def probe_loop(engine, path: Path) -> None:
    threads, reads_before = ThreadCpu(), 0
    with path.open("w", encoding="utf-8") as out:
        next_at = time.monotonic()
        while True:
            next_at += 1.0
            time.sleep(max(0.0, next_at - time.monotonic()))
            if engine.started_at is None:
                continue
            try:
                sample, reads_before = snapshot(engine, threads, reads_before)
            except Exception as exc:  # a counter read during start or stop: the next second will do
                sample = {"t": time.time(), "error": f"{type(exc).__name__}: {exc}"}
            out.write(json.dumps(sample) + "\n")
            out.flush()


def snapshot(engine, threads: ThreadCpu, reads_before: int) -> tuple[Sample, int]:
    cameras = {}
    for name, worker in engine.cameras.workers.items():
        status = worker.status
        cameras[name] = {
            "state": status.state.value,
            "frames": status.frames,
            "queues": {q.name: [q.delivered, q.dropped, len(q)] for q in worker.fanout.queues},
            "sampled": [sum(s.offered for s in worker.samplers), sum(s.dropped for s in worker.samplers)],
        }
    sample: Sample = {"t": time.time(), "cpu": cpu_seconds(os.getpid()), "threads": threads.totals()}
    sample["cameras"] = cameras
    recognition, reads = engine.recognition, reads_before
    if recognition is not None:
        now = time.time()
        sample["anpr_state"] = recognition.status.state.value
        sample["anpr"] = {
            c.camera: [c.frames, c.reads, c.events, (c.received_at - c.last_frame) if c.received_at else None]
            for c in recognition.cameras
        }
        sample["anpr_idle_s"] = {  # since the recognizer last took a frame of this camera
            c.camera: (now - c.received_at) if c.received_at else None for c in recognition.cameras
        }
        reads = sum(c.reads for c in recognition.cameras)
        fresh = reads - reads_before
        sample["read_ms"] = list(recognition.read_ms)[-fresh:] if fresh > 0 else []
    if engine.uploader is not None:
        status = engine.uploader.status()
        sample["upload"] = {
            "state": status.state.value,
            "backlog_files": status.backlog_files,
            "backlog_bytes": status.backlog_bytes,
            "uploaded_files": status.uploaded_files,
            "uploaded_bytes": status.uploaded_bytes,
        }
    return sample, reads


# -- the benchmark's side --------------------------------------------------------------------
def seed_backlog(data: Path, hours: float, seed: int = 12) -> tuple[int, int, int]:
    """The outage's files, pending upload: (files, bytes, the last one's index id)."""
    from cgrconsole.core.archive.index import ArchiveIndex
    from cgrconsole.core.archive.layout import local_time, relative_path, slot_start
    from cgrconsole.core.archive.segment import FinishedSegment
    from cgrconsole.core.storage.database import Database

    zone, rng = ZoneInfo(ZONE), random.Random(seed)
    database = Database(data / "cgrconsole.db")
    database.open()
    index = ArchiveIndex(database)
    slots = round(hours * 3600 / SLOT_S)
    first = slot_start(time.time(), SLOT_S) - slots * SLOT_S  # the last one ends at the current slot
    files = total = last = 0
    try:
        for number in range(slots):
            start = first + number * SLOT_S
            for camera in CAMERAS:
                content = os.urandom(rng.randint(*SIZES))
                relative = relative_path(camera, local_time(start, zone))
                path = data / "archive" / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                with path.open("wb") as out:
                    out.write(content)
                    out.flush()
                    os.fsync(out.fileno())
                    os.posix_fadvise(out.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)  # read from the disk
                segment = FinishedSegment(
                    camera, str(relative), start, start + SLOT_S, SLOT_S, len(content), "h264", 1280,
                    720, hashlib.sha256(content).hexdigest(), "copy", False, start, start + SLOT_S,
                )  # fmt: skip
                last = index.add(segment, upload_required=True)
                files, total = files + 1, total + len(content)
    finally:
        database.close()
    return files, total, last


def write_config(
    folder: Path, rtsp: RtspServer, server: SshServer, account, limit_kbps: int, parallel: int
) -> Path:
    lines = [
        f'[site]\nname = "Catch-up bench"\ntimezone = "{ZONE}"\n',
        f"[archive]\nsegment_seconds = {LIVE_SEGMENT_S}\n",
        f'[live]\nbind = "127.0.0.1"\nport = {free_port()}\n',
        f'[sftp]\nenabled = true\nhost = "127.0.0.1"\nport = {server.port}\nuser = "{account.name}"\n'
        f'remote_root = "{account.home}"\nhost_key = "{server.fingerprint}"\n'
        f"bandwidth_kbps = {limit_kbps}\nparallel = {parallel}\n"
        f"retry_initial_s = {RETRY_S}\nretry_max_s = {RETRY_S}\n",
    ]
    for number, name in enumerate(CAMERAS, 1):
        url = rtsp.url(f"/replay{number}")
        lines.append(f'[[cameras]]\nname = "{name}"\nurl = "{url}"\ndirection = "entry"\n')
    path = folder / "config.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def machine_busy() -> float:
    """Core-seconds the whole machine has been busy (not idle, not waiting for the disk)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    return (sum(fields) - fields[3] - fields[4]) / TICK


def sshd_cpu() -> float:
    """CPU seconds of the test sshd: every process of it now, and the sessions it has reaped."""
    total = 0.0
    for pid in descendants(os.getpid()):
        try:
            if Path(f"/proc/{pid}/comm").read_text().strip() != "sshd":
                continue
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(v) for v in fields[11:15]) / TICK
    return total


class Watch:
    """Once a second: the probe's new lines, the machine, the sshd and the cameras' server."""

    def __init__(self, console: subprocess.Popen[bytes], probe: Path, rtsp: RtspServer, db: Path) -> None:
        self.console, self.probe, self.rtsp = console, probe, rtsp
        self.samples: list[Sample] = []
        self.host: list[tuple[float, float, float, float]] = []  # t, machine busy, sshd, RTSP server
        self._offset = 0
        self._db_path = db
        self._db: sqlite3.Connection | None = None

    def tick(self) -> None:
        time.sleep(1.0)
        if self.console.poll() is not None:
            raise RuntimeError(f"the console exited with {self.console.returncode}")
        if self.probe.exists():
            with self.probe.open(encoding="utf-8") as source:
                source.seek(self._offset)
                text = source.read()
            complete = text[: text.rfind("\n") + 1]
            self._offset += len(complete.encode())
            self.samples += [s for s in map(json.loads, complete.splitlines()) if "error" not in s]
        assert self.rtsp.process is not None
        self.host.append((time.time(), machine_busy(), sshd_cpu(), cpu_seconds(self.rtsp.process.pid)))

    def run_for(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.tick()

    def pending(self, last_seeded: int) -> tuple[int, int]:
        """(backlog files still pending, all files pending) in the console's index now."""
        if self._db is None:
            self._db = sqlite3.connect(f"file:{self._db_path}?mode=ro", uri=True, timeout=30)
        row = self._db.execute(
            "SELECT COALESCE(SUM(id <= ?), 0), COUNT(*) FROM archive_files "
            "WHERE upload_state = 'pending' AND deleted_ts IS NULL",
            [last_seeded],
        ).fetchone()
        return int(row[0]), int(row[1])

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def ready(sample: Sample | None) -> bool:
    if sample is None or sample.get("anpr_state") != "running":
        return False
    cameras = sample["cameras"].values()
    return len(cameras) == len(CAMERAS) and all(c["state"] == "live" and c["frames"] for c in cameras)


# -- the figures -----------------------------------------------------------------------------
def bounds(samples: list[Sample], start: float, end: float) -> tuple[Sample, Sample, list[Sample]]:
    inside = [s for s in samples if start <= s["t"] <= end]
    if len(inside) < 2:
        raise RuntimeError(f"fewer than 2 probe samples between {start:.0f} and {end:.0f}")
    return inside[0], inside[-1], inside


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def phase_figures(watch: Watch, files: list[dict], start: float, end: float) -> dict[str, Any]:
    a, b, inside = bounds(watch.samples, start, end)
    span = b["t"] - a["t"]
    host = [h for h in watch.host if start <= h[0] <= end]
    h_span = host[-1][0] - host[0][0]
    groups = sorted(set(a["threads"]) | set(b["threads"]))
    threads = {g: 100 * (b["threads"].get(g, 0.0) - a["threads"].get(g, 0.0)) / span for g in groups}

    def per_camera(value) -> list[float]:
        return [(value(b, c) - value(a, c)) / span for c in CAMERAS]

    def queue(sample: Sample, camera: str, name: str, field: int) -> int:
        return sample["cameras"][camera]["queues"].get(name, [0, 0, 0])[field]

    drops: dict[str, int] = {}
    for camera in CAMERAS:
        for name in b["cameras"][camera]["queues"]:
            drops[name] = drops.get(name, 0) + queue(b, camera, name, 1) - queue(a, camera, name, 1)
    mine, gaps = [], []
    for camera in CAMERAS:  # its whole files: not the first (the session began in it) nor the last (the stop)
        ordered = sorted((f for f in files if f["camera"] == camera), key=lambda f: f["start_ts"])[1:-1]
        ordered = [f for f in ordered if start <= (f["wall_start_ts"] + f["wall_end_ts"]) / 2 <= end]
        mine += ordered
        gaps += [nxt["start_ts"] - prev["end_ts"] for prev, nxt in itertools.pairwise(ordered)]
    wall = sum(f["wall_end_ts"] - f["wall_start_ts"] for f in mine)
    ratios = [f["duration_s"] / (f["wall_end_ts"] - f["wall_start_ts"]) for f in mine]
    ages = [1000 * v[3] for s in inside for v in s["anpr"].values() if v[3] is not None]
    idle = [v for s in inside for v in s["anpr_idle_s"].values() if v is not None]
    return {
        "seconds": span,
        "upload_mb_s": (b["upload"]["uploaded_bytes"] - a["upload"]["uploaded_bytes"]) / span / 1e6,
        "uploaded_files": b["upload"]["uploaded_files"] - a["upload"]["uploaded_files"],
        "machine_pct": 100 * (host[-1][1] - host[0][1]) / h_span,
        "sshd_pct": 100 * (host[-1][2] - host[0][2]) / h_span,
        "rtsp_pct": 100 * (host[-1][3] - host[0][3]) / h_span,
        "console_pct": 100 * (b["cpu"] - a["cpu"]) / span - threads.get(PROBE, 0.0),
        "threads_pct": threads,
        "decoded_fps": per_camera(lambda s, c: s["cameras"][c]["frames"]),
        "recorder_pps": per_camera(lambda s, c: queue(s, c, "recorder", 0)),
        "recorder_queue_max": max(queue(s, c, "recorder", 2) for s in inside for c in CAMERAS),
        "queue_drops": drops,
        "files": len(mine),
        "media_per_wall": sum(f["duration_s"] for f in mine) / wall if wall else float("nan"),
        "media_per_wall_min": min(ratios) if ratios else float("nan"),
        "media_s": [f["duration_s"] for f in mine],
        # a file starts at its first packet's arrival, the one before ends at its own start + its media:
        # how late the cut's keyframe came (a delayed ingest), not video missing (that is media_s)
        "late_s": max(gaps, default=float("nan")),
        "offered_fps": per_camera(lambda s, c: s["cameras"][c]["sampled"][0]),
        "sampler_dropped": sum(
            b["cameras"][c]["sampled"][1] - a["cameras"][c]["sampled"][1] for c in CAMERAS
        ),
        "analysed_fps": per_camera(lambda s, c: s["anpr"][c][0]),
        "reads_s": sum(per_camera(lambda s, c: s["anpr"][c][1])),
        "read_ms": [ms for s in inside[1:] for ms in s["read_ms"]],
        "age_ms": ages,
        "idle_max_s": max(idle, default=float("nan")),
        "events": sum(b["anpr"][c][2] - a["anpr"][c][2] for c in CAMERAS),
    }


def figures_table(phases: dict[str, dict[str, Any]]) -> str:
    names = list(phases)
    groups = sorted({g for p in phases.values() for g in p["threads_pct"]})

    def row(label: str, value) -> list[object]:
        return [label, *(value(phases[n]) for n in names)]

    def mean_min(values: list[float]) -> str:
        return f"{statistics.mean(values):.1f} ({min(values):.1f})"

    def drops(by_queue: dict[str, int]) -> str:
        return ", ".join(f"{name} {count}" for name, count in by_queue.items())

    def media(p: dict[str, Any]) -> str:
        return (
            f"{min(p['media_s'], default=float('nan')):.2f} – {max(p['media_s'], default=float('nan')):.2f}"
        )

    def ratio(p: dict[str, Any]) -> str:
        return f"{p['media_per_wall']:.3f} ({p['media_per_wall_min']:.3f})"

    def spread(values: list[float]) -> str:
        high = max(values, default=float("nan"))
        return f"{percentile(values, 0.5):.0f} / {percentile(values, 0.95):.0f} / {high:.0f}"

    def events(p: dict[str, Any]) -> str:
        return f"{p['events']} ({p['events'] / len(CAMERAS) / p['seconds'] * 60:.1f})"

    def read_ms(p: dict[str, Any]) -> str:
        return f"{percentile(p['read_ms'], 0.5):.0f} / {percentile(p['read_ms'], 0.95):.0f}"

    rows = [
        row("length, s", lambda p: f"{p['seconds']:.0f}"),
        row("upload MB/s (files uploaded)", lambda p: f"{p['upload_mb_s']:.1f} ({p['uploaded_files']})"),
        row("machine busy, % of one core (2 cores = 200)", lambda p: f"{p['machine_pct']:.0f}"),
        row("console process CPU (less the probe), %", lambda p: f"{p['console_pct']:.0f}"),
        *(row(f"  thread group: {g}", lambda p, g=g: f"{p['threads_pct'].get(g, 0.0):.1f}") for g in groups),
        row("sshd, the server (remote on a site), %", lambda p: f"{p['sshd_pct']:.0f}"),
        row("RTSP server, the cameras (remote on a site), %", lambda p: f"{p['rtsp_pct']:.0f}"),
        row("frames decoded /s per camera, mean (min)", lambda p: mean_min(p["decoded_fps"])),
        row("packets to the recorder /s per camera, mean (min)", lambda p: mean_min(p["recorder_pps"])),
        row("recorder queue, most packets waiting", lambda p: p["recorder_queue_max"]),
        row("packets dropped, by queue (all cameras)", lambda p: drops(p["queue_drops"])),
        row("whole archive files (60 s each) in the phase", lambda p: p["files"]),
        row("  media s in a file, min – max", media),
        row("  media s per wall s: all (worst file)", ratio),
        row("  a file's first packet: most late, s", lambda p: f"{p['late_s']:.3f}"),
        row("recognizer: frames offered /s per camera, mean (min)", lambda p: mean_min(p["offered_fps"])),
        row("  analysed /s per camera, mean (min)", lambda p: mean_min(p["analysed_fps"])),
        row("  dropped by the samplers (all cameras)", lambda p: p["sampler_dropped"]),
        row("  plate reads /s (all cameras)", lambda p: f"{p['reads_s']:.1f}"),
        row("  read time p50 / p95, ms", read_ms),
        row("  frame age when taken (since it came) p50/p95/max, ms", lambda p: spread(p["age_ms"])),
        row("  longest wait for a frame of a camera, s", lambda p: f"{p['idle_max_s']:.2f}"),
        row("  plate events (per camera and minute)", events),
    ]  # fmt: skip
    return table(["per phase", *names], rows)


def read_results(db: Path, last_seeded: int) -> tuple[list[dict], list[tuple[float, dict]]]:
    """(the files recorded during the run, the upload audit rows) from the console's database."""
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    try:
        files = [
            dict(r) for r in connection.execute("SELECT * FROM archive_files WHERE id > ?", [last_seeded])
        ]
        audit = [
            (r["ts"], json.loads(r["detail"]))
            for r in connection.execute(
                "SELECT ts, detail FROM audit_log WHERE kind = 'sftp_transfer' ORDER BY ts"
            )
        ]
    finally:
        connection.close()
    return files, audit


# -- the run ---------------------------------------------------------------------------------
def catch_up(args: argparse.Namespace) -> int:
    reason = sshd_missing() or gstreamer_missing()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 1
    clip = replay_clip(*CLIP)
    load_before = os.getloadavg()
    server = SshServer()
    try:
        account = server.add_account()
        work = Path(tempfile.mkdtemp(prefix="cgr-catchup-", dir=server.dir))  # removed by server.close()
        started = time.monotonic()
        backlog = seed_backlog(work / "data", args.hours)
        print(f"seeded {backlog[0]} files, {backlog[1] / 1e9:.2f} GB in {time.monotonic() - started:.0f} s")
        rtsp = RtspServer(file=clip, replays=len(CAMERAS)).start()
        try:
            config = write_config(work, rtsp, server, account, args.limit_kbps, args.parallel)
            run = measure(args, work, config, rtsp, server, account.password, backlog[2])
        finally:
            rtsp.kill()
        files, audit = read_results(work / "data" / "cgrconsole.db", backlog[2])
        log = (work / "console.log").read_text(errors="replace").splitlines()
        run["warnings"] = [line for line in log if " WARNING " in line or " ERROR " in line]
        report(args, run, files, audit, backlog, load_before)
    finally:
        server.close()
    return 0


def measure(args, work, config, rtsp, server, password, last_seeded) -> dict[str, Any]:
    """The console's run: ready, warm-up, baseline with the link down, catch-up, after; then stopped."""
    data, probe = work / "data", work / "probe.jsonl"
    env = child_environment(work / "keyring.json", {"sftp/password": password})
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env["PYTHONPATH"]])
    with (work / "console.log").open("wb") as log:
        console = subprocess.Popen(
            [sys.executable, __file__, "--child", str(config), str(data), str(probe)],
            env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    watch = Watch(console, probe, rtsp, data / "cgrconsole.db")
    try:
        started, deadline = time.monotonic(), time.monotonic() + 180
        while not ready(watch.samples[-1] if watch.samples else None):
            if time.monotonic() > deadline:
                raise RuntimeError("the console did not get its 4 cameras live and recognition running")
            watch.tick()
        print(f"console ready after {time.monotonic() - started:.0f} s; warm-up", flush=True)
        watch.run_for(args.warmup)
        phases: dict[str, tuple[float, float]] = {}
        base = time.time()
        watch.run_for(args.baseline)
        phases["baseline (link down)"] = (base, time.time())
        print("link back: sshd starts", flush=True)
        server.start()
        link_at = time.time()
        drained_at = caught_up_at = None
        while time.time() - link_at < args.max_drain:
            watch.tick()
            left, everything = watch.pending(last_seeded)
            if left == 0 and drained_at is None:
                drained_at = time.time()
                print(f"backlog drained in {drained_at - link_at:.0f} s", flush=True)
            if drained_at is not None and everything == 0:
                caught_up_at = time.time()
                break
        end = drained_at or time.time()
        phases["catch-up"] = (link_at, end)
        after = caught_up_at or end
        watch.run_for(args.after)
        phases["after (caught up)"] = (after, time.time())
        left, _ = watch.pending(last_seeded)
    finally:
        watch.close()
        if console.poll() is None:
            console.send_signal(signal.SIGTERM)
            try:
                console.wait(60)
            except subprocess.TimeoutExpired:
                console.kill()
    return {
        "watch": watch, "phases": phases, "link_at": link_at, "drained_at": drained_at,
        "caught_up_at": caught_up_at, "left": left,
    }  # fmt: skip


def report(args, run, files, audit, backlog, load_before) -> None:
    backlog_files, backlog_bytes, _ = backlog
    watch, phases, drained_at = run["watch"], run["phases"], run["drained_at"]
    figures = {name: phase_figures(watch, files, *span) for name, span in phases.items()}
    limit = f"{args.limit_kbps / 1000:g} MB/s limit" if args.limit_kbps else "no bandwidth limit"
    print(
        f"\n{machine()}; load average (1 min) {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after; "
        f"{len(CAMERAS)} RTSP cameras 720p25 replayed, recording 60 s files, recognition, LL-HLS; SFTP to "
        f"the local sshd, {limit}, {args.parallel} transfer(s) at a time"
    )
    print(figures_table(figures))
    hours = f"{args.hours:g} h of {len(CAMERAS)} cameras"
    print(f"\nbacklog: {backlog_files} files, {backlog_bytes / 1e9:.2f} GB ({hours})")
    summary: dict[str, Any] = {
        "phases": figures,
        "backlog_files": backlog_files,
        "backlog_bytes": backlog_bytes,
    }
    if drained_at is None:
        print(f"NOT drained within {args.max_drain:.0f} s: {run['left']} of its files still pending")
    else:
        summary |= drain_report(args, run, files, audit, backlog_bytes, figures["catch-up"])
    outage = [line for line in run["warnings"] if "Connection refused (retried)" in line]
    others = [line for line in run["warnings"] if line not in outage]
    print(
        f"console log: {len(outage)} 'connection refused' warnings (the outage), "
        f"{len(others)} other warnings/errors: {others[-5:]}"
    )
    summary["files"] = files
    OUT.mkdir(parents=True, exist_ok=True)
    name = f"sftp_catchup_{args.limit_kbps}kbps.json" if args.limit_kbps else "sftp_catchup.json"
    (OUT / name).write_text(json.dumps(summary, indent=1, default=str))


def drain_report(args, run, files, audit, backlog_bytes, catch) -> dict[str, float]:
    link_at, drain = run["link_at"], run["drained_at"] - run["link_at"]
    uploaded = [ts for ts, detail in audit if detail.get("event") == "uploaded" and ts >= link_at]
    rate = backlog_bytes / drain  # only the backlog's files went while it drained: they are the oldest
    caught_up = run["caught_up_at"] - link_at if run["caught_up_at"] else float("nan")
    print(
        f"link back -> first file verified and renamed: {uploaded[0] - link_at:.1f} s; backlog drained in "
        f"{drain:.0f} s = {rate / 1e6:.1f} MB/s; nothing pending (the new files too) after {caught_up:.0f} s"
    )
    core = catch["threads_pct"].get("uploader", 0.0)
    per_mb_s = core / catch["upload_mb_s"]
    print(
        f"uploader threads while draining: {core:.0f} % of one core = "
        f"{core / 100 / catch['upload_mb_s']:.4f} s CPU per MB = {per_mb_s:.2f} % of a core per MB/s"
    )
    per_camera = statistics.mean(
        sum(f["size_bytes"] for f in files if f["camera"] == camera)
        / sum(f["wall_end_ts"] - f["wall_start_ts"] for f in files if f["camera"] == camera)
        for camera in CAMERAS
    )
    waiting = bounds(run["watch"].samples, link_at, run["drained_at"])[0]["upload"]["backlog_bytes"]
    inflow = len(CAMERAS) * per_camera
    print(
        f"inflow (the files recorded): {per_camera / 1e3:.0f} kB/s per camera = "
        f"{per_camera * 300 / 1e6:.1f} MB per 5 min, {inflow / 1e6:.2f} MB/s for {len(CAMERAS)}. The formula "
        f"on this run: (backlog + new files waiting at link-back) / (rate - inflow) = "
        f"{waiting / 1e6:.0f} MB / ({rate / 1e6:.1f} - {inflow / 1e6:.2f}) MB/s = "
        f"{waiting / (rate - inflow):.0f} s to nothing pending (measured {caught_up:.0f})"
    )
    limit = 4e6
    for label, inflow16 in (
        ("the issue's 16 x 50 MB per 5 min", 16 * 50e6 / 300),
        ("16 of these cameras", 16 * per_camera),
    ):
        backlog16 = 7200 * inflow16
        seconds = backlog16 / (limit - inflow16)
        print(
            f"extrapolation, arithmetic (not measured), {label}: inflow {inflow16 / 1e6:.2f} MB/s, "
            f"2 h backlog {backlog16 / 1e9:.1f} GB, 4 MB/s limit: drain = {backlog16 / 1e9:.1f} GB / "
            f"(4 - {inflow16 / 1e6:.2f}) MB/s = {seconds:.0f} s = {seconds / 3600:.1f} h; the uploader "
            f"~{4 * per_mb_s:.0f} % of a core meanwhile"
        )
    return {"drain_s": drain, "rate_bytes_s": rate, "caught_up_s": caught_up, "inflow_bytes_s": inflow}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--hours", type=float, default=2.0, help="--catch-up: the outage's backlog")
    parser.add_argument("--warmup", type=float, default=30.0, help="--catch-up: seconds before the baseline")
    parser.add_argument("--baseline", type=float, default=150.0, help="--catch-up: seconds, link down")
    parser.add_argument("--after", type=float, default=120.0, help="--catch-up: seconds after the drain")
    parser.add_argument("--max-drain", type=float, default=480.0, help="--catch-up: give up after")
    parser.add_argument("--limit-kbps", type=int, default=0, help="--catch-up: sftp.bandwidth_kbps")


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    sys.exit(console_child(*(Path(p) for p in sys.argv[2:5])))

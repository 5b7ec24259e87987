"""Archive recording cost: copy mode, transcode mode, finalizing, and many live cameras at once.

1. Offline: 60 s of synthetic camera packets (made once, not timed) go through the real
   SegmentWriter as fast as possible; CPU seconds per second of video = share of one core
   per camera. Copy mode, and transcode of 720p25 and 1080p25 to <=720p at the shipped
   1200 kbit/s cap with several x264 presets; "size per 5 min" is the file size scaled to 300 s.
2. Finalizing a 5-minute file (remux to moov-first MP4, fsync, SHA-256), amortized over 300 s.
3. Live: N RTSP cameras (GStreamer server, 720p25) ingested and recorded at once for a window;
   every camera must keep 25 fps with no packet dropped by its recorder queue.
Usage: python benchmarks/recording.py [--live 32] [--seconds 20]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from fractions import Fraction
from pathlib import Path
from zoneinfo import ZoneInfo

from _common import OUT, cpu_seconds, machine, table
from ingest import clip_path, wait_live
from support.rtsp import RtspServer

from cgrconsole.config import CameraConfig, IngestConfig
from cgrconsole.core.archive.index import ArchiveIndex
from cgrconsole.core.archive.recorder import SegmentRecorder
from cgrconsole.core.archive.segment import SegmentPlan, SegmentWriter, TranscodeSettings
from cgrconsole.core.camera.manager import CameraManager
from cgrconsole.core.camera.packets import EncodedPacket, StreamInfo
from cgrconsole.core.source_factory import make_source_factory
from cgrconsole.core.storage.database import Database
from cgrconsole.core.synthetic.scene import SceneSpec
from cgrconsole.core.synthetic.source import SyntheticOptions, SyntheticSource

SECONDS = 60


def make_packets(width: int, height: int, bitrate: int) -> tuple[StreamInfo, list[EncodedPacket]]:
    clock = [1_755_504_000.0]
    spec = SceneSpec(seed=7, width=width, height=height, fps=25, direction="both", mean_gap_s=4)
    source = SyntheticSource(
        SyntheticOptions(spec, bitrate_kbps=bitrate, realtime=False, duration_s=SECONDS),
        clock=lambda: clock[0],
    )
    source.open()
    packets = []
    for packet in source.packets():
        packets.append(packet)
        clock[0] += 1 / 25
    return source.info, packets


def write_offline(
    root: Path, info: StreamInfo, packets: list[EncodedPacket], transcode: TranscodeSettings | None
) -> dict[str, float]:
    plan = SegmentPlan(
        "Bench",
        f"Bench/bench_{time.monotonic_ns()}.mp4",
        0.0,
        packets[0].wallclock,
        "transcode" if transcode else "copy",
        "UTC",
    )
    started = time.process_time()
    writer = SegmentWriter(root, plan, info, transcode, packets[0].data)
    for packet in packets:
        writer.write(packet)
    written = time.process_time()
    finished = writer.finish()
    done = time.process_time()
    assert finished is not None
    video = finished.duration_s
    return {
        "cpu_per_video_s": (written - started) / video,
        "finalize_cpu_s": done - written,
        "size_per_5min_mb": finished.size_bytes / video * 300 / 1e6,
        "width": finished.width,
        "height": finished.height,
    }


def offline(root: Path) -> list[dict[str, object]]:
    rows = []
    info720, packets720 = make_packets(1280, 720, 1100)
    info1080, packets1080 = make_packets(1920, 1080, 4000)
    cases = [("copy 720p25 (camera at 1.1 Mbit/s)", info720, packets720, None)]
    for preset in ("ultrafast", "superfast", "veryfast"):
        cases.append(
            (f"transcode 720p25 → 720p, {preset}", info720, packets720, TranscodeSettings(preset=preset))
        )
    cases.append(("transcode 1080p25 → 720p, veryfast", info1080, packets1080, TranscodeSettings()))
    for name, info, packets, transcode in cases:
        result = write_offline(root, info, packets, transcode)
        share = result["cpu_per_video_s"]
        rows.append({"case": name, **result, "cameras_per_core": 1 / share if share else float("inf")})
        print(
            f"  {name}: {100 * share:.2f} % of a core, {result['size_per_5min_mb']:.1f} MB / 5 min",
            flush=True,
        )
    return rows


def finalize_cost(root: Path) -> dict[str, float]:
    """Finalizing a full 5-minute copy-mode file (the copy packets of 60 s repeated to 300 s)."""
    info, packets = make_packets(1280, 720, 1100)
    step = Fraction(SECONDS)
    long = [
        EncodedPacket(
            p.data,
            (p.pts or 0) + int(k * step * 90000),
            (p.dts or 0) + int(k * step * 90000),
            p.time_base,
            p.is_keyframe,
            p.wallclock + k * SECONDS,
        )
        for k in range(5)
        for p in packets
    ]
    result = write_offline(root, info, long, None)
    return {
        "finalize_cpu_s": result["finalize_cpu_s"],
        "file_mb": result["size_per_5min_mb"],
        "amortized_pct": 100 * result["finalize_cpu_s"] / 300,
    }


def live(root: Path, cameras: int, seconds: float) -> dict[str, object]:
    database = Database(root / "live.db")
    database.open()
    index = ArchiveIndex(database)
    ingest = IngestConfig(open_timeout_s=10, read_timeout_s=5)
    with RtspServer(file=clip_path()) as server:
        configs = [CameraConfig(f"C{i}", server.url("/file")) for i in range(cameras)]
        manager = CameraManager(configs, make_source_factory(None, ingest), ingest, decode=False)
        recorders = [
            SegmentRecorder(
                name,
                w.fanout.subscribe("recorder", 750),
                root / "archive",
                index,
                ZoneInfo("UTC"),
                segment_seconds=60,
            )
            for name, w in manager.workers.items()
        ]
        (root / "archive").mkdir(exist_ok=True)
        for recorder in recorders:
            recorder.start()
        manager.start()
        wait_live(manager, 30)
        time.sleep(3)
        packets0 = sum(q.delivered for w in manager.workers.values() for q in w.fanout.queues)
        cpu0, t0 = cpu_seconds(os.getpid()), time.monotonic()
        time.sleep(seconds)
        elapsed = time.monotonic() - t0
        cpu = cpu_seconds(os.getpid()) - cpu0
        delivered = sum(q.delivered for w in manager.workers.values() for q in w.fanout.queues) - packets0
        dropped = sum(w.fanout.dropped for w in manager.workers.values())
        manager.stop(10)
        for recorder in recorders:
            recorder.stop(20)
    files = sorted((root / "archive").rglob("*.mp4"))
    database.close()
    return {
        "cameras": cameras,
        "cpu_pct": 100 * cpu / elapsed,
        "cpu_per_camera_pct": 100 * cpu / elapsed / cameras,
        "packets_per_camera_s": delivered / elapsed / cameras,
        "dropped": dropped,
        "files": len(files),
        "recording": all(r.status.problem is None for r in recorders),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--live", default="32", help="camera counts for the live run")
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cgr-rec-") as folder:
        root = Path(folder)
        offline_rows = offline(root)
        final = finalize_cost(root)
        lives = [live(root / f"live{n}", int(n), args.seconds) for n in args.live.split(",")]
    print(f"\nArchive recording — {machine()}\n")
    print(
        table(
            ["case", "CPU per camera (1 core = 100 %)", "cameras per core", "size per 5 min", "output"],
            [
                [
                    r["case"],
                    f"{100 * r['cpu_per_video_s']:.2f} %",
                    f"{r['cameras_per_core']:.1f}",
                    f"{r['size_per_5min_mb']:.1f} MB",
                    f"{r['width']}x{r['height']}",
                ]
                for r in offline_rows
            ],
        )
    )
    print(
        f"\nFinalizing a 5-minute file ({final['file_mb']:.1f} MB): {final['finalize_cpu_s']:.2f} s CPU, "
        f"{final['amortized_pct']:.3f} % of a core amortized over 300 s\n"
    )
    print(
        table(
            [
                "live cameras (RTSP + copy recording)",
                "process CPU",
                "CPU per camera",
                "packets/s per camera",
                "dropped",
                "recording ok",
            ],
            [
                [
                    r["cameras"],
                    f"{r['cpu_pct']:.1f} %",
                    f"{r['cpu_per_camera_pct']:.2f} %",
                    f"{r['packets_per_camera_s']:.1f}",
                    r["dropped"],
                    "yes" if r["recording"] else "NO",
                ]
                for r in lives
            ],
        )
    )
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "recording.json").write_text(
        json.dumps({"offline": offline_rows, "finalize": final, "live": lives}, indent=2, default=str)
    )


if __name__ == "__main__":
    main()

"""Demo start to first picture on screen (target <= 3 s) and memory after 60 s with 4 cameras.

Launches ``cgrconsole --demo`` as a user would (GUI on Qt's offscreen platform, and
``--headless``), timing from just before the process is spawned. The console logs when
each tile first paints a picture. RSS is read from /proc at 60 s; CPU is averaged over
10..60 s, as % of one core. Usage: python benchmarks/startup.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import OUT, cpu_seconds, machine, rss_mb, table


def launch(mode: str, seconds: float) -> dict[str, object]:
    data = Path(tempfile.mkdtemp(prefix="cgr-bench-"))
    args = [
        sys.executable,
        "-m",
        "cgrconsole",
        "--demo",
        "--duration",
        str(seconds + 3),
        "--data-dir",
        str(data),
    ]
    if mode == "headless":
        args.append("--headless")
    launched = time.time()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CGR_LAUNCHED_AT": repr(launched)}
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(max(0.0, launched + 10 - time.time()))
    cpu10 = cpu_seconds(process.pid)
    time.sleep(max(0.0, launched + seconds - time.time()))
    cpu60, rss = cpu_seconds(process.pid), rss_mb(process.pid)
    code = process.wait(60)
    log = (data / "logs" / "cgrconsole.log").read_text(encoding="utf-8")
    firsts = [float(v) for v in re.findall(r"first picture on screen ([\d.]+) s after launch", log)]
    everything = re.search(r"all cameras on screen ([\d.]+) s after launch", log)
    return {
        "mode": mode,
        "exit_code": code,
        "first_picture_s": min(firsts) if firsts else None,
        "all_cameras_s": float(everything.group(1)) if everything else None,
        "rss_mb_at_60s": rss,
        "cpu_pct_10_60s": 100 * (cpu60 - cpu10) / (seconds - 10),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    results = [launch("gui", args.seconds), launch("headless", args.seconds)]
    rows = [
        [
            r["mode"],
            f"{r['first_picture_s']:.2f} s" if r["first_picture_s"] else "—",
            f"{r['all_cameras_s']:.2f} s" if r["all_cameras_s"] else "—",
            f"{r['rss_mb_at_60s']:.0f} MB",
            f"{r['cpu_pct_10_60s']:.0f} %",
            r["exit_code"],
        ]
        for r in results
    ]
    print(f"\nDemo, 4 synthetic 720p25 cameras (rendered + encoded in-process) — {machine()}\n")
    print(
        table(
            [
                "mode",
                "first picture",
                "all 4 on screen",
                f"RSS at {args.seconds:.0f} s",
                "CPU (1 core = 100 %)",
                "exit",
            ],
            rows,
        )
    )
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "startup.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

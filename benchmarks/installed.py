"""The installed console (the .deb): its size, its biggest parts, and its start to the first painted frame.

Run after ``apt-get install ./dist/cgrconsole_*.deb``: ``python benchmarks/installed.py [--runs 3]``.
The start is timed as benchmarks/startup.py times the source install: from just before the process is
spawned (``CGR_LAUNCHED_AT``) to the first tile's "first picture on screen" log line, with ``--demo``
(four synthetic cameras), on Qt's offscreen platform and, when xvfb-run is there, on a real X server
(Xvfb). The first run after installing is the cold one (the files were just written, so they are in the
page cache: the disk's own first read is not measured); the others are warm.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from _common import machine, table

OPT = Path("/opt/cgrconsole")
PARTS = (
    "opencv_python_headless.libs",
    "cv2",
    "PySide6",
    "av.libs",
    "av",
    "numpy.libs",
    "numpy",
    "cryptography",
    "resources",
)


def size_mib(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def first_picture(platform: str) -> float | None:
    data = Path(tempfile.mkdtemp(prefix="cgr-installed-"))
    args = ["/usr/bin/cgrconsole", "--demo", "--duration", "8", "--data-dir", str(data)]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(data / "home"), "LANG": "C.UTF-8"}
    if platform == "xvfb":
        args = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *args]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["CGR_LAUNCHED_AT"] = repr(time.time())
    subprocess.run(args, env=env, capture_output=True, timeout=120)
    log = (data / "logs" / "cgrconsole.log").read_text(encoding="utf-8")
    shutil.rmtree(data, ignore_errors=True)
    found = [float(v) for v in re.findall(r"first picture on screen ([\d.]+) s after launch", log)]
    return min(found) if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not (OPT / "cgrconsole").is_file():
        raise SystemExit("the .deb is not installed (apt-get install ./dist/cgrconsole_*.deb)")
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f}")
    internal = OPT / "_internal"
    total = size_mib(OPT)
    rows = [[part, f"{size_mib(internal / part):.0f}"] for part in PARTS]
    rows.append(["executable + the rest", f"{total - sum(size_mib(internal / p) for p in PARTS):.0f}"])
    rows.append(["total /opt/cgrconsole", f"{total:.0f}"])
    print(table(["part", "MiB"], rows))
    platforms = ["offscreen"] + (["xvfb"] if shutil.which("xvfb-run") else [])
    starts = [[p, *(first_picture(p) for _ in range(args.runs))] for p in platforms]
    print(table(["platform", *(f"run {i + 1} (s)" for i in range(args.runs))], starts))
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()

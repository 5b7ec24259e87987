"""How long ``cgrconsole --self-test`` takes (target <= 15 s), as an integrator runs it, and per check.

Each run is a new process (``python -m cgrconsole --self-test``: imports, model load, everything cold in the
process; the OS file cache is warm after the first), timed from spawn to exit, on a fresh data folder with a
configuration of one synthetic camera. The time the command prints itself is taken from its last line. Then
one run in this process gives the seconds of each check. The machine's load average is printed: the
figures are only comparable at a similar load.

Usage: python benchmarks/self_test.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, machine, table

sys.path.insert(0, str(ROOT))

CONFIG = """[archive]
retention_days = 1
allow_short_retention = true
transcode_bitrate_kbps = 200
min_free_gb = 1.0
critical_free_gb = 0.5

[[cameras]]
name = "Gate1"
url = "synthetic://Gate1?seed=1&size=640x360&fps=10"
"""


def one_process(folder: Path, remote: bool) -> tuple[float, float, float, int]:
    """(wall seconds spawn → exit, seconds of the checks and of the command as it printed them, exit)."""
    config = folder / "config.toml"
    config.write_text(CONFIG)
    args = [sys.executable, "-m", "cgrconsole", "--self-test", "--config", str(config)]
    args += ["--data-dir", str(folder / "data")] + (["--check-remote"] if remote else [])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(folder), "XDG_DATA_HOME": str(folder / "share")}
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    started = time.monotonic()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=False)
    wall = time.monotonic() - started
    checks = re.search(r"SELF-TEST \w+: .* in (\d+\.\d) s", done.stdout)
    took = re.search(r"the command took (\d+\.\d) s", done.stdout)
    return wall, *(float(m.group(1)) if m else float("nan") for m in (checks, took)), done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(machine())
    print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    rows = []
    for remote in (False, True):
        walls, said, took, codes = [], [], [], set()
        for _ in range(args.runs):
            folder = Path(tempfile.mkdtemp(prefix="cgr-self-test-"))
            try:
                wall, printed, whole, code = one_process(folder, remote)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            walls.append(wall)
            said.append(printed)
            took.append(whole)
            codes.add(code)
        walls.sort()
        rows.append(
            [
                "--self-test" + (" --check-remote" if remote else ""),
                args.runs,
                f"{walls[len(walls) // 2]:.2f}",
                f"{walls[-1]:.2f}",
                f"{sorted(said)[len(said) // 2]:.1f}",
                f"{sorted(took)[len(took) // 2]:.1f}",
                ",".join(map(str, sorted(codes))),
            ]
        )
    headers = ["command", "runs", "wall median s", "wall max s", "checks median s", "command said s", "exit"]
    print(table(headers, rows))

    from cgrconsole.core.secrets import MemoryKeyring, SecretStore
    from cgrconsole.self_test import SelfTestOptions, run_self_test

    folder = Path(tempfile.mkdtemp(prefix="cgr-self-test-"))
    try:
        (folder / "config.toml").write_text(CONFIG)
        store = SecretStore(MemoryKeyring())
        options = SelfTestOptions(folder / "config.toml", folder / "data", secrets=store)
        report = run_self_test(options)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    checks = [[r.title, r.verdict.value, f"{r.seconds:.3f}"] for r in report.results]
    print(table(["check (in this process, first run)", "verdict", "s"], checks))
    load = " ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"total {report.seconds:.2f} s; load average after: {load}")


if __name__ == "__main__":
    main()

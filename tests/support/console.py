"""The command line of a real headless console process, for tests that kill and restart it."""

from __future__ import annotations

import sys
from pathlib import Path


def headless_console(config: Path, data: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "cgrconsole",
        "--headless",
        "--config",
        str(config),
        "--data-dir",
        str(data),
        *extra,
    ]

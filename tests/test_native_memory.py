"""The malloc arena limit is taken on glibc Linux, and an admin's MALLOC_ARENA_MAX is left alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHECK = "from cgrconsole.native_memory import limit_malloc_arenas; print(limit_malloc_arenas())"


def _run(env: dict[str, str]) -> str:
    shown = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr
    return shown.stdout.strip()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's arenas: Linux only")
def test_glibc_takes_the_limit_unless_the_admin_set_one() -> None:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    assert _run(env) == "True"
    assert _run(env | {"MALLOC_ARENA_MAX": "8"}) == "False"


def test_elsewhere_nothing_is_done(monkeypatch: pytest.MonkeyPatch) -> None:
    from cgrconsole import native_memory

    monkeypatch.setattr(native_memory.sys, "platform", "win32")
    assert native_memory.limit_malloc_arenas() is False

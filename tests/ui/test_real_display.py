"""The demo opens its window on a real X server, as on an officer's Linux desktop, and paints video.

Offscreen tests cannot see a missing system library of Qt's xcb plugin: this one starts the console as a
separate process on Xvfb (no QT_QPA_PLATFORM=offscreen) and reads the X server's own screen.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from support.xvfb import Xvfb, xvfb_missing

DURATION_S = 20
VIDEO_COLOURS = (
    3000  # distinct colours: camera pictures have thousands, a window of text and panels far fewer
)


@pytest.fixture
def xvfb(tmp_path: Path):
    reason = xvfb_missing()
    if reason:
        if os.environ.get("CI") and sys.platform.startswith("linux"):  # Windows CI has no X server at all
            pytest.fail(f"required on CI: {reason}")
        pytest.skip(reason)
    server = Xvfb(tmp_path / "screen").start()
    yield server
    server.stop()


def colours(screen: np.ndarray) -> int:
    return len(np.unique(screen.reshape(-1, 3), axis=0))


@pytest.mark.slow
def test_the_demo_window_opens_and_shows_moving_video(xvfb: Xvfb, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = xvfb.display
    log = (tmp_path / "console.log").open("w+")
    command = [sys.executable, "-m", "cgrconsole", "--demo", "--duration", str(DURATION_S)]
    console = subprocess.Popen(
        [*command, "--data-dir", str(tmp_path / "data")], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        assert colours(xvfb.screen()) == 1, "the screen is black before the console starts"
        first = None
        deadline = time.monotonic() + DURATION_S
        while time.monotonic() < deadline and console.poll() is None:
            screen = xvfb.screen()
            if colours(screen) >= VIDEO_COLOURS:
                if first is None:
                    first = screen
                elif np.abs(screen.astype(np.int16) - first).max(axis=2).mean() > 0.5:
                    break  # a picture, and it moves
            time.sleep(0.5)
        else:
            log.seek(0)
            pytest.fail(
                f"no moving camera picture on the X server (exit code {console.poll()}); the console said:\n"
                + log.read()[-3000:]
            )
        assert (screen.reshape(-1, 3).max(axis=1) > 0).mean() > 0.9, "the window covers the black screen"
        assert console.wait(DURATION_S + 30) == 0
    finally:
        if console.poll() is None:
            console.kill()
            console.wait()
        log.close()

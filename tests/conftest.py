"""Shared fixtures. Every test gets fresh temporary folders; Qt runs offscreen."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/support importable as `support`

import pytest
from support.rtsp import RtspServer, gstreamer_missing


@pytest.fixture(scope="session")
def gstreamer() -> None:
    reason = gstreamer_missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"required on CI: {reason}")
        pytest.skip(reason)


@pytest.fixture
def rtsp_server(gstreamer: None):
    """A live H.264 RTSP server on 127.0.0.1 (killed after the test)."""
    server = RtspServer().start()
    yield server
    server.kill()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def silent_listener():
    """A port that accepts TCP connections (the kernel does) but never says a word."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    yield sock.getsockname()[1]
    sock.close()

"""Shared fixtures. Every test gets fresh temporary folders; Qt runs offscreen."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/support importable as `support`

import pytest
from support.parts import missing_part, required_on_linux_ci
from support.rtsp import RtspServer, gstreamer_missing
from support.secret_service import private_secret_service
from support.sshd import SshServer, sshd_missing


@pytest.fixture(scope="session")
def gstreamer() -> None:
    reason = gstreamer_missing()
    if reason:
        missing_part(reason)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Plates drawn in the DejaVu font need Debian's fonts-dejavu-core (absent on Windows): skip those."""
    from cgrconsole.core.synthetic.plate_render import PLATE_FONTS

    font = Path(PLATE_FONTS["dejavu"].face)
    if font.is_file() or required_on_linux_ci():
        return
    skip = pytest.mark.skip(
        reason=f"the plate font {font} is missing (Debian: apt install fonts-dejavu-core)"
    )
    for item in items:
        params = getattr(item, "callspec", None)
        every_font = item.path.name == "test_plate_images.py"  # samples are drawn in every font
        if every_font or (params is not None and params.params.get("font") == "dejavu"):
            item.add_marker(skip)


@pytest.fixture
def secret_service(tmp_path: Path):
    """GNOME Keyring's Secret Service on a private D-Bus, unlocked: the environment for a child process."""
    with private_secret_service(tmp_path) as env:
        yield env


@pytest.fixture
def rtsp_server(gstreamer: None):
    """A live H.264 RTSP server on 127.0.0.1 (killed after the test)."""
    server = RtspServer().start()
    yield server
    server.kill()


@pytest.fixture
def sshd():
    """A throwaway OpenSSH server on 127.0.0.1 (not started; add accounts first), removed after the test."""
    reason = sshd_missing()
    if reason:
        missing_part(reason)
    server = SshServer()
    try:
        yield server
    finally:
        server.close()


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

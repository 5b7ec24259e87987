"""Start and stop the GStreamer RTSP server (``rtsp_server.py``) in a subprocess."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
SCRIPT = Path(__file__).with_name("rtsp_server.py")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def gstreamer_missing() -> str | None:
    """Why the RTSP server cannot run here, or None when it can."""
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing"
    probe = subprocess.run(
        [
            SYSTEM_PYTHON,
            "-c",
            "import gi; gi.require_version('GstRtspServer', '1.0'); "
            "from gi.repository import GstRtspServer; from gi.repository import Gst; Gst.init(None); "
            "assert Gst.ElementFactory.find('x264enc'), 'x264enc'",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        return (
            "GStreamer RTSP server is not installed (make test installs gir1.2-gst-rtsp-server-1.0, "
            f"python3-gi, gstreamer1.0-plugins-*): {probe.stderr.strip().splitlines()[-1:]}"
        )
    return None


class RtspServer:
    """One server process on a fixed port, so it can be killed and started again at the same URL."""

    def __init__(
        self,
        port: int | None = None,
        *,
        auth: str | None = None,
        size: str = "320x240",
        fps: int = 15,
        file: Path | None = None,
        replays: int = 0,
    ) -> None:
        self.port = port or free_port()
        self.args = ["--port", str(self.port), "--size", size, "--fps", str(fps)]
        if auth:
            self.args += ["--auth", auth]
        if file:
            self.args += ["--file", str(file), "--replays", str(replays)]
        self.process: subprocess.Popen[str] | None = None
        self.playing: dict[str, list[float]] = {}  # /replayK -> wall clock (ms) of each session's time 0

    def url(self, mount: str = "/live", credentials: str = "") -> str:
        userinfo = f"{credentials}@" if credentials else ""
        return f"rtsp://{userinfo}127.0.0.1:{self.port}{mount}"

    def start(self, timeout: float = 10.0) -> RtspServer:
        self.process = subprocess.Popen(
            [SYSTEM_PYTHON, str(SCRIPT), *self.args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + timeout
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("READY"):
            err = self.process.stderr.read() if self.process.stderr else ""
            self.kill()
            raise RuntimeError(f"RTSP server did not start: {line!r} {err[-500:]}")
        threading.Thread(target=self._read_reports, args=(self.process.stdout,), daemon=True).start()
        while time.monotonic() < deadline:  # the port answers once the main loop runs
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("RTSP server does not accept connections")

    def _read_reports(self, stdout) -> None:
        for line in stdout:
            words = line.split()
            if len(words) == 3 and words[0] == "PLAYING":
                self.playing.setdefault(words[1], []).append(float(words[2]))

    def kill(self) -> None:
        """SIGKILL, like a camera losing power: no RTSP TEARDOWN, no TCP goodbye from the app."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
        self.process = None

    def __enter__(self) -> RtspServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.kill()

"""Camera ingest against a real GStreamer RTSP server on 127.0.0.1."""

from __future__ import annotations

import http.server
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from support.rtsp import RtspServer, free_port
from support.waiting import wait_until

from cgrconsole.config import CameraConfig, IngestConfig
from cgrconsole.core.camera.manager import CameraManager
from cgrconsole.core.camera.packets import EncodedPacket, SessionEnded, SessionStarted
from cgrconsole.core.camera.status import CameraState, FailureReason
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.source_factory import make_source_factory

FAST = IngestConfig(
    open_timeout_s=2, read_timeout_s=2, backoff_initial_s=0.3, backoff_max_s=2, offline_after_s=30
)


def start_manager(cameras: list[CameraConfig], secrets: SecretStore | None = None) -> CameraManager:
    manager = CameraManager(cameras, make_source_factory(secrets, FAST), FAST)
    manager.start()
    return manager


def drain(queue) -> list:
    items = []
    while (item := queue.get(timeout=0)) is not None:
        items.append(item)
    return items


def test_frames_arrive_and_camera_recovers_after_server_restart(rtsp_server: RtspServer) -> None:
    manager = CameraManager([CameraConfig("Gate", rtsp_server.url())], make_source_factory(None, FAST), FAST)
    worker = manager.workers["Gate"]
    recorder_queue = worker.fanout.subscribe("recorder", maxsize=1000)
    manager.start()
    try:
        wait_until(lambda: worker.slot.get() is not None, 10, message="first frame")
        frame = worker.slot.get()
        assert frame is not None and frame.image.shape == (240, 320, 3)
        assert frame.image.std() > 5, "a decoded test pattern is not a uniform picture"
        assert worker.status.state is CameraState.LIVE and worker.status.codec == "h264"
        wait_until(lambda: worker.status.fps > 10, 5, message="fps measured")
        seq_before = worker.slot.get().seq

        rtsp_server.kill()
        wait_until(lambda: worker.status.state is CameraState.RECONNECTING, 10, message="reconnecting")
        assert worker.status.reason in {
            FailureReason.CONNECTION_LOST,
            FailureReason.STREAM_ENDED,
            FailureReason.STALLED,
            FailureReason.REFUSED,
        }
        rtsp_server.start()
        took = wait_until(lambda: worker.status.state is CameraState.LIVE, 10, message="live again")
        wait_until(lambda: worker.slot.get().seq > seq_before + 10, 5, message="new frames after restart")
        assert took < 10
        assert worker.sessions == 2
    finally:
        manager.stop()

    items = drain(recorder_queue)
    kinds = [type(item) for item in items]
    assert kinds.count(SessionStarted) == 2 and kinds.count(SessionEnded) == 2
    first_packet = next(item for item in items if isinstance(item, EncodedPacket))
    assert first_packet.is_keyframe or recorder_queue.dropped == 0
    assert sum(isinstance(item, EncodedPacket) for item in items) > 30


def test_udp_transport_is_selectable(rtsp_server: RtspServer) -> None:
    manager = start_manager([CameraConfig("Udp", rtsp_server.url(), transport="udp")])
    try:
        worker = manager.workers["Udp"]
        wait_until(
            lambda: worker.slot.get() is not None and worker.slot.get().seq > 10, 10, message="UDP video"
        )
        assert worker.status.state is CameraState.LIVE
    finally:
        manager.stop()


class _HttpHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<html>not a camera</html>")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _HttpHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def test_each_bad_camera_gets_its_own_status_and_log_line_while_others_run(
    rtsp_server: RtspServer,
    http_server: int,
    silent_listener: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    auth = RtspServer(auth="admin:Right-Pass1").start()
    secrets = SecretStore(
        MemoryKeyring({"camera/WrongPass": "Wrong-Pass9", "camera/RightPass": "Right-Pass1"})
    )
    expected = {
        "Refused": (f"rtsp://127.0.0.1:{free_port()}/live", FailureReason.REFUSED),
        "Silent": (f"rtsp://127.0.0.1:{silent_listener}/live", FailureReason.NO_RESPONSE),
        "WrongPath": (rtsp_server.url("/no-such-stream"), FailureReason.NOT_FOUND),
        "WrongPass": (auth.url("/live", "admin"), FailureReason.UNAUTHORIZED),
        "NoPass": (auth.url("/live"), FailureReason.UNAUTHORIZED),
        "HttpUrl": (f"http://127.0.0.1:{http_server}/live", FailureReason.UNSUPPORTED_SCHEME),
        "HttpServer": (f"rtsp://127.0.0.1:{http_server}/live", FailureReason.NOT_RTSP),
        "Garbage": ("rtsp//::: not a url", FailureReason.INVALID_URL),
        "NoHost": ("rtsp://camera.invalid/live", FailureReason.HOST_NOT_FOUND),
        "Mjpeg": (rtsp_server.url("/mjpeg"), FailureReason.UNSUPPORTED_CODEC),
    }
    cameras = [CameraConfig(name, url) for name, (url, _) in expected.items()]
    cameras += [
        CameraConfig("Good", rtsp_server.url()),
        CameraConfig("RightPass", auth.url("/live", "admin")),
    ]
    manager = start_manager(cameras, secrets)
    try:
        good = manager.workers["Good"]
        for name, (_, reason) in expected.items():
            worker = manager.workers[name]
            wait_until(lambda w=worker: w.status.reason is not None, 15, message=f"{name} fails")
            assert worker.status.reason is reason, f"{name}: {worker.status}"
            assert worker.status.state in (CameraState.OFFLINE, CameraState.RECONNECTING)
            assert worker.slot.get() is None
        wait_until(lambda: manager.workers["RightPass"].slot.get() is not None, 10, message="RightPass live")
        seq = good.slot.get().seq
        wait_until(lambda: good.slot.get().seq > seq + 10, 5, message="the good camera keeps running")
        assert good.status.state is CameraState.LIVE
    finally:
        manager.stop()
        auth.kill()

    for name, (_, reason) in expected.items():
        lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith(f"{name}: ")]
        assert any(reason.message in line for line in lines), f"{name}: no log line with {reason.message!r}"
    no_pass = manager.workers["NoPass"].status.detail
    assert "cgrconsole secret set camera/NoPass" not in no_pass  # NoPass has no user name: no keyring hint
    assert "Wrong-Pass9" not in caplog.text and "Right-Pass1" not in caplog.text


def test_camera_on_a_dead_network_is_unreachable(tmp_path: Path) -> None:
    """In an empty network namespace the kernel answers 'network unreachable' (nothing leaves the host)."""
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs Linux, root and unshare(1) to create a network namespace")
    config = tmp_path / "config.toml"
    config.write_text(
        '[ingest]\nopen_timeout_s = 2\n[[cameras]]\nname = "Far"\nurl = "rtsp://127.0.0.1:8554/live"\n',
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            "unshare",
            "-n",
            sys.executable,
            "-m",
            "cgrconsole",
            "--headless",
            "--duration",
            "3",
            "--config",
            str(config),
            "--data-dir",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert FailureReason.UNREACHABLE.message in result.stderr, result.stderr[-2000:]
    assert re.search(
        r"^Far\s+(reconnecting|offline): " + re.escape(FailureReason.UNREACHABLE.message),
        result.stdout,
        re.MULTILINE,
    ), result.stdout

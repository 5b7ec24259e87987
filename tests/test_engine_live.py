"""The engine's live stream: a running console serves its cameras over HTTPS (R-LIVE-4), the server
starts and stops with it, a port in use leaves the console running, ``enabled = false`` builds nothing."""

from __future__ import annotations

import io
import logging
import re
import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import av
import httpx
import pytest
from support.parts import missing_part
from support.waiting import wait_until

from cgrconsole.config import CameraConfig, Config, IngestConfig
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.view import live_view
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths

LOOPBACK = LiveConfig(bind="127.0.0.1", port=0)


@pytest.fixture
def engine_with(tmp_path: Path) -> Iterator:
    """``engine_with(live=LiveConfig(...), **Engine options)``: a started engine on a synthetic camera."""
    engines: list[Engine] = []

    def start(live: LiveConfig = LOOPBACK, **options) -> Engine:
        data = tmp_path / f"data{len(engines)}"
        camera = CameraConfig("Entry1", "synthetic://Entry1?seed=1&fps=10")
        config = Config(cameras=(camera,), ingest=IngestConfig(open_timeout_s=5), live=live)
        paths = AppPaths(data, data / "archive", data / "logs")
        engine = Engine(config, paths, SecretStore(MemoryKeyring()), decode=False, destinations=[], **options)
        engines.append(engine)
        engine.start()
        return engine

    yield start
    for engine in engines:
        engine.stop()


def client(engine: Engine) -> httpx.Client:
    server = engine.live_server
    assert server is not None and server.certificate is not None
    context = ssl.create_default_context(cafile=str(server.certificate.cert_file))
    return httpx.Client(base_url=server.base_url, verify=context, http2=True, timeout=15)


def test_the_console_serves_its_status_page_and_metrics_over_https(engine_with) -> None:
    lines: list[str] = []
    engine = engine_with(announce=lines.append)
    server = engine.live_server
    assert server is not None and server.base_url.startswith("https://127.0.0.1:")
    assert lines == [f"live: Entry1 {server.base_url}/live/Entry1/index.m3u8"]
    assert (engine.paths.live_tls_dir / "live.crt").is_file()
    with client(engine) as https:
        page = https.get("/")
        assert page.status_code == 200 and page.http_version == "HTTP/2" and "live cameras" in page.text
        assert https.get("/metrics").status_code == 200
    view = live_view(engine.config.live, engine.live_server, engine.live_streams, engine.live_access)
    assert view.state == "serving" and view.fingerprint == server.certificate_fingerprint
    assert engine.live_access is not None and engine.live_access.clients()
    engine.stop()
    assert engine.live_server is None and not server.alive


def test_the_console_serves_a_live_stream_that_decodes(engine_with) -> None:
    engine = engine_with()
    assert set(engine.live_streams) == {"Entry1"} and set(engine.live_packagers) == {"Entry1"}
    with client(engine) as https:
        wait_until(lambda: https.get("/live/Entry1/index.m3u8").status_code == 200, 30, 0.5)
        media = https.get("/live/Entry1/media.m3u8").text
        init = re.search(r'#EXT-X-MAP:URI="([^"]+)"', media).group(1)
        segments = [line for line in media.splitlines() if line and not line.startswith("#")]
        assert segments, media
        data = https.get(f"/live/Entry1/{init}").content
        data += b"".join(https.get(f"/live/Entry1/{name}").content for name in segments[-2:])
    with av.open(io.BytesIO(data)) as container:
        frames = list(container.decode(video=0))
    assert len(frames) >= 10 and frames[0].width > 0


def test_a_port_in_use_leaves_the_console_running(engine_with, caplog) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        with caplog.at_level(logging.ERROR):
            engine = engine_with(live=LiveConfig(bind="127.0.0.1", port=port))
        assert engine.live_server is None and f"127.0.0.1:{port}" in caplog.text and "in use" in caplog.text
        view = live_view(engine.config.live, engine.live_server, engine.live_streams, engine.live_access)
        assert view.state == "not_running"
        wait_until(lambda: engine.cameras.status("Entry1").state.value == "live", 15)
        lines: list[str] = []  # the demo moves to a free port instead, and says so
        demo = engine_with(
            live=LiveConfig(bind="127.0.0.1", port=port), live_port_fallback=True, announce=lines.append
        )
        assert demo.live_server is not None and demo.live_server.port != port
        assert lines[0] == f"live: port {port} is in use, serving on {demo.live_server.port}"


def test_live_off_builds_nothing(engine_with) -> None:
    engine = engine_with(live=LiveConfig(enabled=False))
    assert engine.live_server is None and engine.live_access is None
    assert engine.live_streams == {} and engine.live_packagers == {}
    assert not engine.paths.live_tls_dir.exists()


def published(engine: Engine, https: httpx.Client) -> None:
    wait_until(lambda: https.get("/live/Entry1/index.m3u8").status_code == 200, 30, 0.5)


def test_blocking_reload_on_the_real_packager(engine_with) -> None:
    engine = engine_with()
    with client(engine) as https:
        published(engine, https)
        snapshot = engine.live_streams["Entry1"].snapshot()
        msn, part = snapshot.last_msn, snapshot.last_part + 1
        started = time.monotonic()
        answer = https.get(f"/live/Entry1/media.m3u8?_HLS_msn={msn}&_HLS_part={part}&token=t")
        assert answer.status_code == 200, answer.text
        assert time.monotonic() - started < 3 * snapshot.target_duration
        now = engine.live_streams["Entry1"].snapshot()
        assert (now.last_msn, now.last_part) >= (msn, part) or now.last_msn > msn
        assert "_HLS_" not in answer.text and answer.text.count("?token=t") >= 3
        assert https.get(f"/live/Entry1/media.m3u8?_HLS_msn={now.last_msn + 3}").status_code == 400
        assert https.get("/live/Entry1/media.m3u8?_HLS_part=1").status_code == 400


@pytest.mark.slow
def test_ffmpeg_reads_five_seconds_of_a_running_console(engine_with) -> None:
    """It starts three 1 s segments back, so it follows the live playlist for two seconds or more (the
    token and ten seconds of following are proven on the packager alone: test_live_ffmpeg.py)."""
    if shutil.which("ffmpeg") is None:
        missing_part("ffmpeg is not installed (apt-get install ffmpeg)")
    engine = engine_with()
    with client(engine) as https:
        published(engine, https)
    server = engine.live_server
    command = ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "warning", "-stats"]
    command += ["-ca_file", str(server.certificate.cert_file), "-tls_verify", "1"]
    command += ["-i", server.stream_url("Entry1"), "-t", "5", "-f", "null", "-"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr[-2000:]
    assert re.search(r"time=00:00:0(4\.[5-9]|5\.)", done.stderr), done.stderr[-2000:]


def links(engine: Engine) -> tuple:
    return live_view(engine.config.live, engine.live_server, engine.live_streams, engine.live_access).links


def test_a_camera_added_or_removed_at_run_time_is_published_or_withdrawn(engine_with) -> None:
    lines: list[str] = []
    engine = engine_with(announce=lines.append)
    server = engine.live_server
    assert server is not None
    added = CameraConfig("Lane2", "synthetic://Lane2?seed=1&size=320x180&fps=10")
    with client(engine) as https:
        assert https.get("/live/Lane2/index.m3u8").status_code == 404
        engine.add_camera(added)  # what the settings dialog's apply does
        wait_until(lambda: https.get("/live/Lane2/index.m3u8").status_code == 200, 30, 0.5)
        assert https.get("/live/Lane2/media.m3u8").status_code == 200
        listed = [c["camera"] for c in https.get("/player/cameras.json").json()]
        assert listed == ["Entry1", "Lane2"]  # the player page offers it
        assert lines[-1] == f"live: Lane2 {server.stream_url('Lane2')}"
        assert [link.camera for link in links(engine)] == ["Entry1", "Lane2"]  # the console's live dialog
        engine.remove_camera("Lane2")
        wait_until(lambda: https.get("/live/Lane2/index.m3u8").status_code == 404, 10, 0.2)
        assert [c["camera"] for c in https.get("/player/cameras.json").json()] == ["Entry1"]
        assert "Lane2" not in engine.live_packagers and [link.camera for link in links(engine)] == ["Entry1"]
        assert https.get("/live/Entry1/index.m3u8").status_code == 200  # the others keep streaming
    assert engine.live_server is server  # nobody was cut off: the server never restarted

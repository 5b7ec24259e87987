"""The test player in a real headless Chromium (Debian's, driven by Playwright; never a downloaded one).

The stream is a live playlist of the test's own: fMP4 segments ffmpeg encoded beforehand, released one a
second with PROGRAM-DATE-TIME, behind the real access control with token auth. The packager's own LL-HLS is
played by its own browser tests; this one proves the page: hls.js loads under the page's CSP, takes the
console's settings, carries the token into every request and reports its latency.
"""

from __future__ import annotations

import os
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route
from support.asgi_server import AsgiServer
from support.browser import assert_h264_mse, chromium, new_page, require_browser
from support.clock import FakeClock
from support.live_site import Stream

from cgrconsole.core.live.access import access_middleware
from cgrconsole.core.live.pages import pages_routes
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.database import Database
from cgrconsole.resources import resource_dir

DOCS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
TOKEN = "browser-token-0123456789ab"
SEGMENTS = 40  # seconds of video; the test needs about 15


@pytest.fixture(scope="module")
def segments(tmp_path_factory) -> Path:
    require_browser(ffmpeg=True)
    folder = tmp_path_factory.mktemp("hls")
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25",
         "-t", str(SEGMENTS),
         "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-keyint_min", "25", "-sc_threshold", "0",
         "-pix_fmt", "yuv420p", "-f", "hls", "-hls_time", "1", "-hls_segment_type", "fmp4",
         "-hls_playlist_type", "vod", str(folder / "out.m3u8")],
        check=True,
        timeout=120,
    )  # fmt: skip
    return folder


def live_routes(folder: Path, cameras: tuple[str, ...], started: float) -> list[Route]:
    """A sliding live playlist (no ENDLIST): segment n is listed once n seconds have passed since start."""

    async def playlist(request: Request) -> Response:
        if request.path_params["camera"] not in cameras:
            return PlainTextResponse("no such camera", status_code=404)
        last = min(SEGMENTS - 1, 3 + int(time.time() - started))
        first = max(0, last - 5)
        lines = ["#EXTM3U", "#EXT-X-VERSION:7", "#EXT-X-TARGETDURATION:1", f"#EXT-X-MEDIA-SEQUENCE:{first}"]
        lines.append('#EXT-X-MAP:URI="init.mp4"')  # no token: the page's xhrSetup must add it
        for n in range(first, last + 1):
            stamp = datetime.fromtimestamp(started - 4 + n, UTC).isoformat(timespec="milliseconds")
            lines += [
                f"#EXT-X-PROGRAM-DATE-TIME:{stamp.replace('+00:00', 'Z')}",
                "#EXTINF:1.0,",
                f"out{n}.m4s",
            ]
        return Response("\n".join(lines) + "\n", media_type="application/vnd.apple.mpegurl")

    async def media(request: Request) -> Response:
        name = request.path_params["name"]
        path = folder / name
        if (
            request.path_params["camera"] not in cameras
            or not path.is_file()
            or path.suffix not in (".mp4", ".m4s")
        ):
            return PlainTextResponse("not found", status_code=404)
        return FileResponse(path, media_type="video/mp4")

    return [Route("/live/{camera}/index.m3u8", playlist), Route("/live/{camera}/{name}", media)]


def test_the_player_plays_two_cameras_with_the_consoles_settings_and_shows_latency(
    segments: Path, tmp_path: Path
) -> None:
    cameras = ("Entry1", "Exit1")
    database = Database(tmp_path / "audit.db")
    database.open()
    audit = AuditLog(database)
    settings = LiveConfig(allow=("127.0.0.1",), auth="token")
    middleware, _monitor = access_middleware(
        settings, SecretStore(MemoryKeyring({"live/token": TOKEN})), audit, FakeClock()
    )

    streams = {camera: Stream() for camera in cameras}
    routes = pages_routes(streams, settings, resource_dir() / "player") + live_routes(
        segments, cameras, time.time()
    )
    server = AsgiServer(Starlette(routes=routes, middleware=[middleware])).start()
    errors: list[str] = []
    try:
        with chromium() as browser:
            page = new_page(browser, errors)
            page.goto(f"{server.url}/player?cameras=Entry1,Exit1&token={TOKEN}")
            assert_h264_mse(page)
            page.wait_for_function(
                "() => window.cgrPlayer.settings && Object.keys(window.cgrPlayer.tiles).length === 2",
                timeout=10_000,
            )
            page.wait_for_function(
                "() => Object.values(window.cgrPlayer.tiles).every(t => t.video.currentTime > 0)",
                timeout=20_000,
            )
            page.evaluate(
                "() => Object.values(window.cgrPlayer.tiles).forEach(t => t.t0 = t.video.currentTime)"
            )
            page.wait_for_function(  # 3 s of video played on each tile, not only a first frame
                "() => Object.values(window.cgrPlayer.tiles)"
                ".every(t => t.video.currentTime > t.t0 + 3 && t.sinceIngest !== null)",
                timeout=30_000,
            )
            tiles = page.evaluate(
                """() => Object.values(window.cgrPlayer.tiles).map(t => ({
                    camera: t.camera, latency: t.latency, sinceIngest: t.sinceIngest,
                    readout: t.readout.textContent,
                    stallIncrease: t.hls.config.liveSyncOnStallIncrease, sync: t.hls.config.liveSyncDuration,
                    error: t.error}))"""
            )
            checked = page.locator("#choice input:checked").count()
            page.set_viewport_size({"width": 1280, "height": 520})
            shots = DOCS if os.environ.get("CGR_SAVE_SCREENSHOTS") else tmp_path
            page.screenshot(path=str(shots / "live_player.png"))
    finally:
        server.stop()
    assert [t["camera"] for t in tiles] == list(cameras) and checked == 2
    for tile in tiles:
        assert tile["stallIncrease"] == 0.1 and tile["sync"] == pytest.approx(0.6), "the console's settings"
        assert tile["readout"].startswith("latency ") and "since ingest" in tile["readout"]
        assert 0 < tile["sinceIngest"] < 15, tile
        assert tile["error"] == ""
    assert not [e for e in errors if "Content Security Policy" in e], errors
    refused = [e for e in audit.entries(AuditKind.HLS_CLIENT) if e.detail.get("event") == "refused"]
    assert [r.detail["path"] for r in refused] == [], "the token went into every request, init and parts too"
    (session,) = [e for e in audit.entries(AuditKind.HLS_CLIENT) if e.detail.get("event") == "session"]
    assert session.subject == "127.0.0.1" and session.detail["cameras"] == list(cameras)
    assert session.detail["statuses"].keys() == {"200"}, session.detail["statuses"]
    database.close()

"""The live stream's own pages: a status page (cameras, state, links) and a test player using hls.js.

hls.js is vendored in ``resources/player/`` with its licence (Apache-2.0) and served from the install,
never from a CDN. The player reads the console's recommended hls.js settings from
``/player/settings.json`` (a remote operator's own web player may read them too, over CORS). Every
page sits behind the access control; a token the page was opened with is carried into its links.
Files are served from a fixed list of names inside the player folder: there is nothing to traverse.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from cgrconsole.core.live.settings import LiveConfig

# name → content type: the only files served from the player folder
PLAYER_FILES = {
    "hls.min.js": "text/javascript; charset=utf-8",
    "player.js": "text/javascript; charset=utf-8",
    "timecode.js": "text/javascript; charset=utf-8",  # reads a synthetic camera's burned-in capture time
    "player.css": "text/css; charset=utf-8",
    "LICENSE.hls.js.txt": "text/plain; charset=utf-8",
}
MAX_CAMERAS = 4  # tiles of the test player
PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'self'; media-src 'self' blob:; worker-src blob:; "
    "img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",  # a token in the page's address never leaves in a Referer
    "X-Content-Type-Options": "nosniff",
}


def recommended_hls_settings(settings: LiveConfig, streams: Mapping[str, Any] = {}) -> dict[str, Any]:
    """hls.js settings for about one second glass to glass, and what the page does around hls.js.

    The target latency is PART-HOLD-BACK (3 parts; the longest part of any camera); a stall adds only
    0.1 s to it instead of hls.js's 1 s, the page plays up to 1.2× fast to catch up (hls.js would only
    with more than 1 s buffered) and jumps to the target after a long stall, and past
    ``liveMaxLatencyDuration`` hls.js jumps to the live edge.
    """
    parts = [settings.part_target_s]
    for stream in list(streams.values()):  # a copy: cameras are added and removed at run time
        snapshot = stream.snapshot()
        part = getattr(snapshot, "part_target", None)
        if isinstance(part, int | float) and part > 0:
            parts.append(float(part))
    hold_back = round(3 * max(parts), 3)
    return {
        "hls": {
            "lowLatencyMode": True,
            "liveSyncDuration": hold_back,
            "liveMaxLatencyDuration": round(hold_back + max(1.4, hold_back), 3),
            "liveSyncOnStallIncrease": 0.1,
            "maxLiveSyncPlaybackRate": 1,  # hls.js's catch-up off: the page's own (below)
            "backBufferLength": 10,
            "enableWorker": True,
        },
        "player": {
            "seekToLiveOnPlay": True,  # as MediaMTX's page does: start at hls.liveSyncPosition
            "retryAfterFatalMs": 2000,  # a fatal error: destroy the player, start again
            "resetLatencyAboveS": round(2 * hold_back, 3),  # latency above this for … resets the
            "resetLatencyAfterMs": 2000,  # stall penalty (hls.targetLatency = liveSyncDuration)
            # hls.js catches up by playing faster only with more than 1 s buffered, which a player held
            # 0.6 s behind the edge never has, so the page does it (hls.js's is off): more than half a
            # part behind its target with more than a part buffered, it plays up to 1.2× fast; more than
            # 1 s behind (a long stall), it jumps to the target once that is downloaded
            "catchUpAboveS": round(max(parts) / 2, 3),
            "catchUpMinBufferS": round(max(parts), 3),
            "catchUpRate": 1.2,
            "jumpBehindS": 1.0,
            "maxCameras": MAX_CAMERAS,
        },
    }


def _query(request: Request) -> str:
    """The token the page was opened with, to carry into its links ("" without)."""
    token = request.query_params.get("token")
    return f"token={quote(token, safe='')}" if token else ""


def _with(url: str, query: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{query}" if query else url


def playlist_path(camera: str) -> str:
    return f"/live/{quote(camera, safe='')}/index.m3u8"


def _describe(snapshot: Any) -> tuple[str, str]:
    """(state, details) of a stream for the status page."""
    if snapshot is None:
        return "waiting", ""
    state = getattr(snapshot, "state", "live")
    details = []
    width, height = getattr(snapshot, "width", 0), getattr(snapshot, "height", 0)
    if width and height:
        details.append(f"{width}×{height}")
    if getattr(snapshot, "codec", ""):
        details.append(str(snapshot.codec))
    fps = getattr(snapshot, "fps", 0)
    if isinstance(fps, int | float) and fps > 0:
        details.append(f"{fps:.0f} fps")
    return str(getattr(state, "value", state)), ", ".join(details)


STATUS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="{css}"></head><body>
<h1>{title}</h1>
<p>{intro}</p>
<table><thead><tr><th>Camera</th><th>State</th><th>Stream (HLS)</th><th></th></tr></thead>
<tbody>{rows}</tbody></table>
<p>{all_link} · <a href="{metrics}">/metrics</a></p>
<p class="note">hls.js {hls_note}</p>
</body></html>
"""


def pages_routes(
    streams: Mapping[str, Any], settings: LiveConfig, player_dir: Path, *, title: str = "Checkpoint"
) -> list[Route]:
    """``/`` (status), ``/player`` (test player), ``/player/settings.json``, ``/player/cameras.json`` and
    the player's files. ``streams`` are the cameras' ``LiveStream``s (read at each request)."""

    async def status(request: Request) -> Response:
        query = _query(request)
        rows = []
        for camera, stream in sorted(streams.items()):  # a copy: a camera may be removed meanwhile
            state, details = _describe(stream.snapshot())
            url = _with(playlist_path(camera), query)
            watch = _with(f"/player?cameras={quote(camera, safe='')}", query)
            rows.append(
                f"<tr><td>{html.escape(camera)}</td><td>{html.escape(state)}"
                f"{' (' + html.escape(details) + ')' if details else ''}</td>"
                f'<td><a href="{html.escape(url)}">{html.escape(url.split("?")[0])}</a></td>'
                f'<td><a href="{html.escape(watch)}">watch</a></td></tr>'
            )
        if not rows:
            rows.append('<tr><td colspan="4">No camera is published.</td></tr>')
        page = STATUS_PAGE.format(
            title=html.escape(f"{title}: live cameras"),
            intro="Low-Latency HLS of the checkpoint's cameras. Open a stream's address in a player "
            "(hls.js, Safari, VLC, ffmpeg), or watch up to four here.",
            rows="".join(rows),
            css=html.escape(_with("/player/player.css", query)),
            all_link=f'<a href="{html.escape(_with("/player", query))}">watch the first four</a>',
            metrics=html.escape(_with("/metrics", query)),
            hls_note=f'(Apache-2.0, <a href="{html.escape(_with("/player/LICENSE.hls.js.txt", query))}">'
            "licence</a>) is served by the console itself.",
        )
        return HTMLResponse(page, headers=PAGE_HEADERS)

    async def player(request: Request) -> Response:
        page = (player_dir / "player.html").read_text(encoding="utf-8")
        query = _query(request)
        page = page.replace("__QUERY__", html.escape(f"?{query}" if query else ""))
        return HTMLResponse(page, headers=PAGE_HEADERS)

    async def player_file(request: Request) -> Response:
        name = request.path_params["name"]
        media_type = PLAYER_FILES.get(name)
        path = (player_dir / name).resolve()
        if media_type is None or not path.is_file() or path.parent != player_dir.resolve():
            return Response("not found\n", status_code=404, media_type="text/plain")
        cache = "public, max-age=3600" if name == "hls.min.js" else "no-cache"
        headers = {"Cache-Control": cache, "X-Content-Type-Options": "nosniff"}
        return FileResponse(path, media_type=media_type, headers=headers)  # read on a worker thread

    async def hls_settings(request: Request) -> Response:
        return JSONResponse(
            recommended_hls_settings(settings, streams), headers={"Cache-Control": "no-cache"}
        )

    async def cameras(request: Request) -> Response:
        listed = [
            {
                "camera": camera,
                "playlist": playlist_path(camera),
                "state": _describe(stream.snapshot())[0],
            }
            for camera, stream in sorted(streams.items())
        ]
        return Response(
            json.dumps(listed, ensure_ascii=False),
            media_type="application/json",
            headers={"Cache-Control": "no-cache"},
        )

    return [
        Route("/", status, methods=["GET"], name="status"),
        Route("/player", player, methods=["GET"], name="player"),
        Route("/player/settings.json", hls_settings, methods=["GET"], name="hls_settings"),
        Route("/player/cameras.json", cameras, methods=["GET"], name="player_cameras"),
        Route("/player/{name}", player_file, methods=["GET"], name="player_file"),
    ]

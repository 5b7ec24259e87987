"""A small live-stream app of the tests' own behind the real access control, served by a real hypercorn.

The app stands in for the packager's routes (``/live/<camera>/…``): a playlist of a fixed size for
cameras it knows, 404 for others, and ``/live/<camera>/hold`` that answers only when the test lets it
(a blocking playlist reload, as far as connections are concerned).
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from types import SimpleNamespace
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from cgrconsole.core.live.access import AccessMonitor
from cgrconsole.core.storage.audit import AuditEntry, AuditKind, AuditLog
from support.asgi_server import AsgiServer
from support.clock import FakeClock

CAMERAS = ("Entry1", "Exit1")


class Stream:
    """Stands in for a camera's ``LiveStream`` where only its snapshot is read (None: nothing yet)."""

    def __init__(self, snapshot: object = None) -> None:
        self._snapshot = snapshot

    def snapshot(self) -> object:
        return self._snapshot


def live(**fields: object) -> Stream:
    """A stream whose snapshot says it is live (plus ``fields``)."""
    return Stream(SimpleNamespace(state="live", **fields))


PLAYLIST = "#EXTM3U\n#EXT-X-VERSION:6\n" + "#EXTINF:1.0,\nseg.m4s\n" * 20


@dataclasses.dataclass
class LiveSite:
    server: AsgiServer
    monitor: AccessMonitor
    audit: AuditLog
    clock: FakeClock
    release: threading.Event

    @property
    def url(self) -> str:
        return self.server.url

    def rows(self, event: str | None = None) -> list[AuditEntry]:
        """HLS_CLIENT audit rows, oldest first (after the writer stored what it was handed)."""
        self.monitor.drain()
        rows = reversed(self.audit.entries(AuditKind.HLS_CLIENT))
        return [r for r in rows if event is None or r.detail.get("event") == event]


def stand_in_app(release: threading.Event, middleware: Any) -> Starlette:
    async def playlist(request: Request) -> Response:
        if request.path_params["camera"] not in CAMERAS:
            return PlainTextResponse("no such camera", status_code=404)
        return Response(PLAYLIST, media_type="application/vnd.apple.mpegurl")

    async def hold(request: Request) -> Response:
        while not release.is_set():
            await asyncio.sleep(0.01)
        return PlainTextResponse("released")

    async def home(request: Request) -> Response:
        return PlainTextResponse("status page")

    routes = [
        Route("/", home),
        Route("/live/{camera}/index.m3u8", playlist),
        Route("/live/{camera}/hold", hold),
    ]
    return Starlette(routes=routes, middleware=[middleware])

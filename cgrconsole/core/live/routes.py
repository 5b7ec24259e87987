"""The live stream's HTTP routes: the playlists (with blocking reload) and the media, from memory.

``/live/<camera>/index.m3u8`` is the multivariant playlist, ``/live/<camera>/media.m3u8`` the media
playlist, ``/live/<camera>/<name>`` an init segment, part or segment by its exact name. A playlist
request with ``_HLS_msn`` (and ``_HLS_part``) is held until that part is published (draft-pantos-hls-
rfc8216bis 6.2.5.2), at most 3 × TARGETDURATION, then 503; one without them is answered at once (VLC,
ffmpeg, hls.js with lowLatencyMode off). The client's query minus ``_HLS_*`` (e.g. its token) is
repeated in every URI the playlists list. Playlists are gzip'd, media never (fMP4 does not shrink).
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from cgrconsole.core.live.settings import LiveConfig

PLAYLIST_TYPE = "application/vnd.apple.mpegurl"
# LL-HLS playlists change with every part (MediaMTX and Apple: no-cache); the multivariant playlist only
# with the camera's codec or size; init, parts and segments never, since their names carry the session.
PLAYLIST_CACHE = "no-cache"
MULTIVARIANT_CACHE = "max-age=30"
MEDIA_CACHE = "max-age=3600"
ERROR_CACHE = "no-cache"  # a camera that is starting must not stay "missing" in a cache
STARTING_WAIT_S = 4.0  # a playlist asked for while the first segment is being cut waits this long
BLOCKING_TARGETS = 3  # a blocking reload waits at most 3 × TARGETDURATION (spec 6.2.5.2), then 503
_NUMBER = re.compile(r"[0-9]{1,15}")


class PublishedStream(Protocol):
    """What the routes use of ``core.live.stream.LiveStream`` (see the helpers' contract)."""

    def snapshot(self) -> Any: ...
    def multivariant_playlist(self, query: str = "") -> bytes | None: ...
    def media_playlist(self, query: str = "", skip: bool = False) -> bytes | None: ...
    def check_directives(self, msn: int | None, part: int | None) -> str | None: ...
    def is_ready(self, msn: int, part: int | None) -> bool: ...
    async def wait_ready(self, msn: int, part: int | None, timeout: float) -> bool: ...
    def resource(self, name: str) -> bytes | None: ...
    async def wait_resource(self, name: str, timeout: float) -> bytes | None: ...
    def content_type(self, name: str) -> str: ...


class BadDirective(ValueError):
    """A malformed ``_HLS_*`` parameter (400)."""


def build_app(
    streams: Mapping[str, PublishedStream],
    settings: LiveConfig,
    *,
    middleware: Sequence[Middleware] = (),
    routes: Sequence[BaseRoute] = (),
) -> Starlette:
    """The server's ASGI app: ``middleware`` outermost (the access control first), then the live routes
    and ``routes`` (``/metrics``, the status page and the player). ``streams`` is read at each request."""
    gzip = [Middleware(GZipMiddleware, minimum_size=500, compresslevel=6)]
    live: list[BaseRoute] = [
        Route("/live/{camera}/index.m3u8", _multivariant(streams), methods=["GET"], middleware=gzip),
        Route("/live/{camera}/media.m3u8", _media_playlist(streams), methods=["GET"], middleware=gzip),
        Route("/live/{camera}/{name}", _resource(streams), methods=["GET"]),
    ]
    return Starlette(routes=[*live, *routes], middleware=list(middleware))


def propagated_query(raw: bytes | str) -> str:
    """The query string without its ``_HLS_*`` parameters, byte for byte otherwise (the token's encoding)."""
    text = raw.decode("latin-1") if isinstance(raw, bytes) else raw
    kept = [p for p in text.split("&") if p and not p.split("=", 1)[0].startswith("_HLS_")]
    return "&".join(kept)


def directives(request: Request) -> tuple[int | None, int | None, bool]:
    """``_HLS_msn``, ``_HLS_part``, ``_HLS_skip`` (YES or v2 → True); raises ``BadDirective``."""

    def one(name: str) -> str | None:
        values = request.query_params.getlist(name)
        if len(values) > 1:
            raise BadDirective(f"{name} is given {len(values)} times")
        return values[0] if values else None

    numbers: list[int | None] = []
    for name in ("_HLS_msn", "_HLS_part"):
        value = one(name)
        if value is not None and not _NUMBER.fullmatch(value):
            raise BadDirective(f"{name}={value!r} is not a decimal integer")
        numbers.append(int(value) if value is not None else None)
    skip = one("_HLS_skip")
    if skip is not None and skip not in ("YES", "v2"):
        raise BadDirective(f"_HLS_skip={skip!r}: only YES or v2")
    return numbers[0], numbers[1], skip is not None


def _text(status: int, text: str, **headers: str) -> Response:
    return PlainTextResponse(
        f"{status}: {text}\n", status_code=status, headers={"Cache-Control": ERROR_CACHE, **headers}
    )


def _unknown(camera: str) -> Response:
    return _text(404, f"no camera {camera!r} on this console (the status page at / lists them)")


def _not_published(camera: str, stream: PublishedStream) -> Response:
    snapshot = stream.snapshot()
    state = _state(snapshot)
    if snapshot is None or state == "waiting":
        why = "is not sending video yet (the console is connecting to it)"
    elif state == "unsupported":
        why = f"cannot be published: {getattr(snapshot, 'problem', '') or 'its codec is not supported'}"
    else:
        why = "is starting: the first segment is being cut"
    text = f"the stream of camera {camera!r} {why}; retry in a few seconds"
    return _text(404, text, **{"Retry-After": "2"})


def _state(snapshot: Any) -> str:
    state = getattr(snapshot, "state", "")
    return str(getattr(state, "value", state))


async def _playlist(stream: PublishedStream, make: Callable[[], bytes | None]) -> bytes | None:
    """``make()``; while the first segment is being cut (STARTING), the playlist once it appears.

    A player's first request waits a few seconds (a camera's first GOP) instead of failing: ffmpeg gives
    up at a 404 and hls.js spends a retry on it. The wait polls every 0.1 s, which costs nothing for a
    once-per-player start and relies on nothing but the contract's ``snapshot()``.
    """
    body = make()
    deadline = time.monotonic() + STARTING_WAIT_S
    while body is None and _state(stream.snapshot()) == "starting" and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
        body = make()
    return body


def _multivariant(streams: Mapping[str, PublishedStream]) -> Any:
    async def multivariant(request: Request) -> Response:
        camera = request.path_params["camera"]
        stream = streams.get(camera)
        if stream is None:
            return _unknown(camera)
        query = propagated_query(request.scope["query_string"])
        body = await _playlist(stream, lambda: stream.multivariant_playlist(query))
        if body is None:
            return _not_published(camera, stream)
        return Response(body, media_type=PLAYLIST_TYPE, headers={"Cache-Control": MULTIVARIANT_CACHE})

    return multivariant


def _media_playlist(streams: Mapping[str, PublishedStream]) -> Any:
    async def media_playlist(request: Request) -> Response:
        camera = request.path_params["camera"]
        stream = streams.get(camera)
        if stream is None:
            return _unknown(camera)
        try:
            msn, part, skip = directives(request)
        except BadDirective as exc:
            return _text(400, str(exc))
        query = propagated_query(request.scope["query_string"])
        if stream.snapshot() is None:
            return _not_published(camera, stream)
        if msn is not None or part is not None:
            reason = stream.check_directives(msn, part)
            if reason is None and msn is None:  # never wait without an msn, whatever the stream says
                reason = "_HLS_part without _HLS_msn"
            if reason is not None:
                return _text(400, reason)
            assert msn is not None
            if not stream.is_ready(msn, part):
                snapshot = stream.snapshot()
                target = max(int(getattr(snapshot, "target_duration", 0) or 0), 1)
                if not await stream.wait_ready(msn, part, BLOCKING_TARGETS * target):
                    what = f"segment {msn}" + (f" part {part}" if part is not None else "")
                    waited = BLOCKING_TARGETS * target
                    return _text(503, f"{what} did not appear within {waited} s; reload the playlist")
        body = await _playlist(stream, lambda: stream.media_playlist(query, skip))
        if body is None:
            return _not_published(camera, stream)
        return Response(body, media_type=PLAYLIST_TYPE, headers={"Cache-Control": PLAYLIST_CACHE})

    return media_playlist


def _resource(streams: Mapping[str, PublishedStream]) -> Any:
    async def resource(request: Request) -> Response:
        camera, name = request.path_params["camera"], request.path_params["name"]
        stream = streams.get(camera)
        if stream is None:
            return _unknown(camera)
        body = stream.resource(name)
        if body is None:
            # A preload-hinted part is held until it is complete (spec 6.2.6: never a partial part);
            # the stream answers None at once for a name that is neither published nor hinted.
            snapshot = stream.snapshot()
            target = max(int(getattr(snapshot, "target_duration", 0) or 0), 1)
            body = await stream.wait_resource(name, BLOCKING_TARGETS * target)
        if body is None:
            return _text(404, f"camera {camera!r} has no {name!r} (now): reload the playlist")
        return Response(body, media_type=stream.content_type(name), headers={"Cache-Control": MEDIA_CACHE})

    return resource

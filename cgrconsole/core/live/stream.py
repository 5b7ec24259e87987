"""One camera's published live stream: the packager's thread writes it, the HTTP server's event loop reads it.

The producer replaces everything at once (snapshot, media window, resources) under one lock, so a
reader sees a playlist and exactly the parts it lists (spec 6.2.1: changes MUST be atomic). Waiters
(blocking playlist reloads, preload-hinted parts) are futures on the server's loop; the producer
wakes them with ``loop.call_soon_threadsafe``, and each one checks its own condition again.
Media is found by its exact name in memory, never on a file system.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from cgrconsole.core.live import playlist
from cgrconsole.core.live.window import MediaWindow

MPEGURL = "application/vnd.apple.mpegurl"


class StreamState(StrEnum):
    WAITING = "waiting"  # no camera session yet
    STARTING = "starting"  # session started, first segment not complete yet (no playlist yet)
    LIVE = "live"
    INTERRUPTED = "interrupted"  # camera session ended; the playlist stays, resumes with a DISCONTINUITY
    UNSUPPORTED = "unsupported"  # codec the packager cannot publish (``problem`` says why)


@dataclass(frozen=True)
class StreamSnapshot:
    """What the status page, /metrics and the console read (by attribute name)."""

    state: StreamState
    codec: str  # "h264" / "hevc"
    codecs: str  # RFC 6381 from the SPS, e.g. "avc1.64001f"
    width: int
    height: int
    fps: float
    bandwidth: int  # bits/s, peak over the listed segments (BANDWIDTH)
    part_target: float  # seconds (PART-TARGET)
    target_duration: int  # seconds (TARGETDURATION, fixed once set)
    last_msn: int  # newest complete part: its segment's msn …
    last_part: int  # … and its index in it (-1 = none)
    session: str  # random hex of the current init (names carry it)
    problem: str = ""  # English, for the status page and the log


@dataclass(frozen=True)
class _Published:
    snapshot: StreamSnapshot
    window: MediaWindow | None
    resources: Mapping[str, bytes]


class LiveStream:
    """One camera's published live stream. Producer: the packager thread. Readers: the server's event loop."""

    def __init__(self, camera: str) -> None:
        self.camera = camera
        self._lock = threading.Lock()
        self._published: _Published | None = None
        self._rendered: dict[tuple[str, str], bytes] = {}  # per query, for the current publication
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiters: list[asyncio.Future[None]] = []  # touched only on the loop's thread

    # -- producer ------------------------------------------------------------------------
    def publish(
        self,
        snapshot: StreamSnapshot,
        window: MediaWindow | None = None,
        resources: Mapping[str, bytes] | None = None,
    ) -> None:
        """Replace what is published (the window and resources stay when only the snapshot is given)."""
        with self._lock:
            previous = self._published
            if window is None and previous is not None:
                window, resources = previous.window, previous.resources
            self._published = _Published(snapshot, window, dict(resources or {}))
            self._rendered = {}
            loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed while the server stopped
                loop.call_soon_threadsafe(self._wake)

    # -- the server's loop ---------------------------------------------------------------
    def attach_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        with self._lock:
            self._loop = loop

    def detach_loop(self) -> None:
        with self._lock:
            self._loop = None

    def _wake(self) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _wait_for(self, condition: Callable[[], bool], timeout: float) -> bool:
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self.attach_loop(loop)
        deadline = loop.time() + timeout
        while not condition():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.append(waiter)
            try:
                await asyncio.wait_for(waiter, remaining)
            except TimeoutError:
                return condition()
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
        return True

    # -- readers (any thread) ------------------------------------------------------------
    def snapshot(self) -> StreamSnapshot | None:
        published = self._published
        return published.snapshot if published is not None else None

    def _current(self) -> tuple[_Published | None, MediaWindow | None]:
        published = self._published
        return published, published.window if published is not None else None

    def _listed(self) -> bool:
        _, window = self._current()
        return window is not None and bool(window.segments)

    def multivariant_playlist(self, query: str = "") -> bytes | None:
        published, _ = self._current()
        if published is None or not self._listed():
            return None
        return self._render(published, ("index", query), lambda: _multivariant(published.snapshot, query))

    def media_playlist(self, query: str = "", skip: bool = False) -> bytes | None:
        """The whole media playlist; ``skip`` is ignored: no delta updates are advertised (VERSION 6)."""
        published, window = self._current()
        if published is None or window is None or not window.segments:
            return None
        return self._render(published, ("media", query), lambda: playlist.render_media(window, query))

    def _render(self, published: _Published, key: tuple[str, str], make: Callable[[], str]) -> bytes:
        with self._lock:
            if self._published is published and key in self._rendered:
                return self._rendered[key]
        text = make().encode("utf-8")
        with self._lock:
            if self._published is published and len(self._rendered) < 64:
                self._rendered[key] = text
        return text

    def check_directives(self, msn: int | None, part: int | None) -> str | None:
        """English reason for a 400, or None (spec 6.2.5.2)."""
        if part is not None and msn is None:
            return "_HLS_part was given without _HLS_msn"
        if msn is None:
            return None
        if msn < 0 or (part is not None and part < 0):
            return "_HLS_msn and _HLS_part must not be negative"
        published, window = self._current()
        if published is None or window is None:
            return None
        last_msn, last_part = published.snapshot.last_msn, published.snapshot.last_part
        if msn > last_msn + 2:
            return f"_HLS_msn={msn} is more than two segments past the newest one ({last_msn})"
        if part is not None and msn >= last_msn:
            ahead = part - last_part if msn == last_msn else part + 1
            # hls.js with lowLatencyMode off asks for the open segment's last part (its maxPartIndex, the
            # longest segment's part count): a part index a segment of this stream reaches is never "too far"
            limit = max(playlist.advance_part_limit(window.part_target), window.most_parts)
            if ahead > limit:
                newest = f"{last_msn}.{last_part}"
                return f"_HLS_part={part} is more than {limit:g} parts past the newest one ({newest})"
        return None

    def is_ready(self, msn: int, part: int | None) -> bool:
        """Whether the playlist holds segment ``msn`` (or part ``part`` of it), or anything later."""
        _, window = self._current()
        return window is not None and _ready(window, msn, part)

    async def wait_ready(self, msn: int, part: int | None, timeout: float) -> bool:
        """Wait (on the attached loop) until ``is_ready``; False after ``timeout`` seconds."""
        return await self._wait_for(lambda: self.is_ready(msn, part), timeout)

    def resource(self, name: str) -> bytes | None:
        published = self._published
        return published.resources.get(name) if published is not None else None

    def _hinted(self, name: str) -> bool:
        _, window = self._current()
        return window is not None and window.hint == name

    async def wait_resource(self, name: str, timeout: float) -> bytes | None:
        """The resource; a preload-hinted part is waited for until it is complete (or ``timeout``)."""
        data = self.resource(name)
        if data is not None or not self._hinted(name):
            return data
        await self._wait_for(lambda: self.resource(name) is not None or not self._hinted(name), timeout)
        return self.resource(name)

    def content_type(self, name: str) -> str:
        if name.endswith(".m3u8"):
            return MPEGURL
        if name.endswith((".mp4", ".m4s")):
            return "video/mp4"
        return "application/octet-stream"


def _multivariant(snapshot: StreamSnapshot, query: str) -> str:
    return playlist.render_multivariant(
        bandwidth=snapshot.bandwidth,
        codecs=snapshot.codecs,
        width=snapshot.width,
        height=snapshot.height,
        fps=snapshot.fps,
        query=query,
    )


def _ready(window: MediaWindow, msn: int, part: int | None) -> bool:
    newest = window.segments[-1].msn if window.segments else -1
    if part is None:
        return msn <= newest
    first = window.segments[0].msn if window.segments else window.parts_from
    if msn < first:
        return True
    segment = window.segment(msn)
    if segment is None:
        return False
    if part < len(segment.parts):
        return True
    # past the end of a complete segment: part 0 of the next one (6.2.5.2)
    return segment.complete and _ready(window, msn + 1, 0)

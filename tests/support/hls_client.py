"""A low-latency HLS client of the tests' own that fetches like hls.js and plays on a virtual clock.

It does not decode: it asks for each next part with a blocking playlist reload (``_HLS_msn``/``_HLS_part``),
downloads every new part once, and "plays" them on the wall clock from PART-HOLD-BACK behind the live edge,
as hls.js does. A part that is not downloaded by the moment playback reaches it is a **stall** (playback
waits for it, then goes on from there). Many of them fit on one machine, so the load benchmark can run
tens of viewers without tens of browsers.

Latency of a part = the moment it is played minus its ingest time (PROGRAM-DATE-TIME of its segment plus
the durations of the parts before it): what a viewer would see on this machine's clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

import httpx

_ATTRIBUTE = re.compile(r'([A-Z0-9-]+)=("[^"]*"|[^,]*)')


def attributes(text: str) -> dict[str, str]:
    return {key: value.strip('"') for key, value in _ATTRIBUTE.findall(text)}


@dataclass(frozen=True)
class Part:
    msn: int
    index: int
    uri: str
    duration: float
    ingest: float  # epoch seconds the part's first frame reached the console
    independent: bool


@dataclass
class MediaPlaylist:
    target_duration: float = 0.0
    part_target: float = 0.0
    part_hold_back: float = 0.0
    media_sequence: int = 0
    map_uri: str = ""
    parts: list[Part] = field(default_factory=list)  # listed parts, oldest first
    preload_hint: str = ""

    @property
    def last(self) -> Part | None:
        return self.parts[-1] if self.parts else None


def parse_media_playlist(text: str) -> MediaPlaylist:
    """The tags this client needs (the tests check the full syntax with a real parser)."""
    playlist = MediaPlaylist()
    msn = None
    index = 0
    segment_start = 0.0
    offset = 0.0
    for line in text.splitlines():
        tag, _, value = line.partition(":")
        if tag == "#EXT-X-TARGETDURATION":
            playlist.target_duration = float(value)
        elif tag == "#EXT-X-PART-INF":
            playlist.part_target = float(attributes(value)["PART-TARGET"])
        elif tag == "#EXT-X-SERVER-CONTROL":
            playlist.part_hold_back = float(attributes(value).get("PART-HOLD-BACK", "0"))
        elif tag == "#EXT-X-MEDIA-SEQUENCE":
            playlist.media_sequence = int(value)
            msn = int(value)
        elif tag == "#EXT-X-MAP":
            playlist.map_uri = attributes(value)["URI"]
        elif tag == "#EXT-X-PROGRAM-DATE-TIME":
            segment_start = datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
            offset = 0.0
        elif tag == "#EXT-X-PART":
            fields = attributes(value)
            duration = float(fields["DURATION"])
            assert msn is not None, "EXT-X-PART before EXT-X-MEDIA-SEQUENCE"
            playlist.parts.append(
                Part(
                    msn,
                    index,
                    fields["URI"],
                    duration,
                    segment_start + offset,
                    fields.get("INDEPENDENT") == "YES",
                )
            )
            index += 1
            offset += duration
        elif tag == "#EXT-X-PRELOAD-HINT":
            playlist.preload_hint = attributes(value).get("URI", "")
        elif line and not line.startswith("#"):  # a segment URI closes the segment
            assert msn is not None
            msn += 1
            index = 0
            segment_start += offset
            offset = 0.0
    return playlist


@dataclass
class ViewerReport:
    parts: int = 0
    stalls: int = 0
    stalled_s: float = 0.0
    stalled_at: list[float] = field(default_factory=list)  # wall clock of each stall
    errors: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)  # per played part, seconds
    bytes: int = 0


class LowLatencyViewer:
    """One viewer of one camera: ``await run(seconds)`` returns what it saw."""

    def __init__(self, client: httpx.AsyncClient, playlist_url: str, query: str = "") -> None:
        self._client = client
        self._index_url = playlist_url
        self._query = query
        self.report = ViewerReport()

    async def _get(self, url: str) -> httpx.Response:
        response = await self._client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{response.status_code} for {url}: {response.text[:200]}")
        self.report.bytes += len(response.content)
        return response

    async def run(self, seconds: float) -> ViewerReport:
        try:
            await self._play(time.time() + seconds)
        except Exception as exc:  # the report says what went wrong; the caller asserts on it
            self.report.errors.append(f"{type(exc).__name__}: {exc}")
        return self.report

    async def _play(self, until: float) -> None:
        index = (await self._get(self._index_url)).text
        media_uri = next(line for line in index.splitlines() if line and not line.startswith("#"))
        media_url = urljoin(self._index_url, media_uri)
        playlist = parse_media_playlist((await self._get(media_url)).text)
        await self._get(urljoin(media_url, playlist.map_uri))
        # Start like hls.js: play from PART-HOLD-BACK behind the edge, loading from the independent
        # part before it (the decoder needs it; those parts are fetched but not played).
        first, start = self._start_parts(playlist)
        played_until = None  # wall clock when the part being played ends
        next_part = first
        known = {(p.msn, p.index): p for p in playlist.parts}
        queue = [p for p in playlist.parts if (p.msn, p.index) >= (first.msn, first.index)]
        while time.time() < until:
            while queue:
                part = queue.pop(0)
                await self._get(urljoin(media_url, part.uri))
                next_part = part
                if (part.msn, part.index) < (start.msn, start.index):
                    continue
                now = time.time()
                if played_until is None:
                    played_until = now
                elif now > played_until:  # playback reached this part before it was here
                    if now - played_until > 0.05:
                        self.report.stalls += 1
                        self.report.stalled_at.append(now)
                    self.report.stalled_s += now - played_until
                    played_until = now
                self.report.latencies.append(played_until - part.ingest)
                played_until += part.duration
                self.report.parts += 1
            directive = f"_HLS_msn={next_part.msn}&_HLS_part={next_part.index + 1}"
            separator = "&" if "?" in media_url else "?"
            text = (await self._get(f"{media_url}{separator}{directive}")).text
            playlist = parse_media_playlist(text)
            for part in playlist.parts:
                key = (part.msn, part.index)
                if key > (next_part.msn, next_part.index) and key not in known:
                    known[key] = part
                    queue.append(part)

    @staticmethod
    def _start_parts(playlist: MediaPlaylist) -> tuple[Part, Part]:
        """(the independent part to load from, the part PART-HOLD-BACK behind the edge to play from)."""
        hold_back = playlist.part_hold_back or 3 * playlist.part_target
        behind = 0.0
        start = playlist.parts[-1]
        for part in reversed(playlist.parts):
            behind += part.duration
            start = part
            if behind >= hold_back:
                break
        listed = playlist.parts[: playlist.parts.index(start) + 1]
        first = next((p for p in reversed(listed) if p.independent), listed[0])
        return first, start


async def watch(
    urls: list[str], seconds: float, *, verify: object = False, per_connection: int = 0, stagger_s: float = 0
) -> list[ViewerReport]:
    """Every URL watched by its own viewer; ``per_connection`` viewers share an HTTP/2 connection, as the
    players of one browser page do (0: all of them on one). With ``stagger_s`` the pages open one after
    another over that time, as people do, instead of all in the same millisecond."""
    size = per_connection or len(urls) or 1
    async with contextlib.AsyncExitStack() as stack:
        viewers = []
        for first in range(0, len(urls), size):
            client = httpx.AsyncClient(http2=True, verify=verify, timeout=30)  # type: ignore[arg-type]
            await stack.enter_async_context(client)
            viewers += [LowLatencyViewer(client, url) for url in urls[first : first + size]]
        pages = max(1, len(viewers) // size)

        async def start(number: int, viewer: LowLatencyViewer) -> ViewerReport:
            await asyncio.sleep(stagger_s * (number // size) / pages)
            return await viewer.run(seconds)

        return list(await asyncio.gather(*(start(n, viewer) for n, viewer in enumerate(viewers))))

"""A stand-in of one camera's ``LiveStream`` (the contract in the helpers' brief) that publishes real media.

It encodes a small synthetic H.264 picture with PyAV into fMP4 exactly as the packager's recipe does
(one muxer, ``empty_moov+default_base_moof+frag_keyframe``, ~0.9 × PART-TARGET fragments): the init is
the ftyp+moov, each moof+mdat one part, a segment the concatenation of its parts, cut at keyframes. The
playlists are real LL-HLS playlists. Tests publish part by part (``publish()``) or in real time
(``run()``). Until the core's ``LiveStream`` is merged the server's tests run on this; afterwards those
listed in the report switch to the real one fed by the real packager.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import io
import math
import secrets
import ssl
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from enum import StrEnum
from fractions import Fraction
from typing import Any

import av
import httpx
import numpy as np

PLAYLIST_TYPE = "application/vnd.apple.mpegurl"


class State(StrEnum):
    WAITING = "waiting"
    STARTING = "starting"
    LIVE = "live"


@dataclasses.dataclass(frozen=True)
class Snapshot:
    state: State
    codec: str
    codecs: str
    width: int
    height: int
    fps: float
    bandwidth: int
    part_target: float
    target_duration: int
    last_msn: int
    last_part: int
    session: str
    problem: str = ""


@dataclasses.dataclass
class Part:
    data: bytes
    duration: float
    independent: bool


@dataclasses.dataclass
class Segment:
    msn: int
    wallclock: float
    parts: list[Part] = dataclasses.field(default_factory=list)
    complete: bool = False

    @property
    def duration(self) -> float:
        return sum(p.duration for p in self.parts)


def encoded_parts(
    fps: int, gop: int, part_target: float, size: tuple[int, int]
) -> Iterator[tuple[bytes, Part]]:
    """(init, part) for ever: a moving gradient encoded with libx264 and cut into fMP4 fragments."""
    sink = io.BytesIO()
    out = av.open(
        sink,
        "w",
        format="mp4",
        options={
            "movflags": "empty_moov+default_base_moof+frag_keyframe+skip_trailer",
            "frag_duration": str(int(0.9 * part_target * 1e6)),
            "video_track_timescale": "90000",
        },
    )
    stream = out.add_stream("libx264", rate=fps)
    stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
    stream.codec_context.time_base = Fraction(1, fps)
    stream.options = {"g": str(gop), "keyint_min": str(gop), "sc_threshold": "0", "bf": "0"}
    stream.options |= {"preset": "ultrafast", "tune": "zerolatency"}
    ramp = np.linspace(0, 255, size[0], dtype=np.uint8)
    init = b""
    pending: list[bool] = []  # keyframe flags of the packets muxed since the last fragment
    for index in range(1 << 30):
        picture = np.empty((size[1], size[0], 3), np.uint8)
        picture[:] = np.roll(ramp, index * 4)[None, :, None]
        frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
        frame.pts = index
        for packet in stream.encode(frame):
            before = sink.tell()
            out.mux(packet)
            data = sink.getvalue()[before:]
            if not init:
                init = data
            elif data:
                yield init, Part(data, len(pending) / fps, pending[0])
                pending = []
            pending.append(packet.is_keyframe)
    raise AssertionError("unreachable")


class StandInLiveStream:
    """One camera's published stream: the contract's ``LiveStream`` methods over real fMP4 parts."""

    def __init__(
        self, camera: str, *, fps: int = 10, gop: int = 10, part_target: float = 0.2, size=(320, 240)
    ) -> None:
        self.camera = camera
        self.fps, self.gop, self.part_target, self.size = fps, gop, part_target, size
        self.target_duration = math.ceil(gop / fps)
        self.parts_per_segment = round(gop / fps / part_target)
        self.session = secrets.token_hex(6)
        self.segments: list[Segment] = []
        self._resources: dict[str, bytes] = {}
        self._init = b""
        self._source = encoded_parts(fps, gop, part_target, size)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiters: list[asyncio.Future[None]] = []
        self._started = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the producer (the packager's side) ----------------------------------------------
    def begin(self) -> None:
        """The camera's session starts (STARTING: nothing listed yet)."""
        self._started = True

    def publish(self, count: int = 1) -> None:
        """Publish the next ``count`` parts (encoding them now) and wake the waiters."""
        self.begin()
        for _ in range(count):
            init, part = next(self._source)
            with self._lock:
                self._init = init
                self._resources[f"init-{self.session}.mp4"] = init
                if not self.segments or (part.independent and self.segments[-1].parts):
                    if self.segments:
                        done = self.segments[-1]
                        done.complete = True
                        self._resources[self.segment_name(done.msn)] = b"".join(p.data for p in done.parts)
                    msn = self.segments[-1].msn + 1 if self.segments else 0
                    self.segments.append(Segment(msn, time.time()))
                segment = self.segments[-1]
                segment.parts.append(part)
                self._resources[self.part_name(segment.msn, len(segment.parts) - 1)] = part.data
                del self.segments[:-12]  # the playlist lists 7 complete ones; the rest stay downloadable
            self._wake()

    def run(self) -> StandInLiveStream:
        """Publish in real time on a thread of its own until ``stop()``."""

        def loop() -> None:
            while not self._stop.wait(self.part_target):
                self.publish()

        self._thread = threading.Thread(target=loop, name=f"stand-in {self.camera}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)

    def _wake(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._notify)

    def _notify(self) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    # -- names -----------------------------------------------------------------------
    def part_name(self, msn: int, index: int) -> str:
        return f"{self.session}-p{msn}.{index}.m4s"

    def segment_name(self, msn: int) -> str:
        return f"{self.session}-s{msn}.m4s"

    # -- the contract ------------------------------------------------------------------
    def snapshot(self) -> Snapshot | None:
        if not self._started:
            return None
        with self._lock:
            last = self.segments[-1] if self.segments else None
            live = any(s.complete for s in self.segments)
            done = [s for s in self.segments if s.complete]
            sizes = [sum(len(p.data) for p in s.parts) * 8 / max(s.duration, 1e-3) for s in done]
        return Snapshot(
            State.LIVE if live else State.STARTING,
            "h264",
            self.codecs(),
            self.size[0],
            self.size[1],
            float(self.fps),
            int(max(sizes, default=0)),
            self.part_target,
            self.target_duration,
            last.msn if last else -1,
            len(last.parts) - 1 if last else -1,
            self.session,
        )

    def codecs(self) -> str:
        at = self._init.find(b"avcC")
        if at < 0:
            return "avc1.42e01e"
        profile, compat, level = self._init[at + 5 : at + 8]
        return f"avc1.{profile:02x}{compat:02x}{level:02x}"

    def attach_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def detach_loop(self) -> None:
        self._loop = None

    def multivariant_playlist(self, query: str = "") -> bytes | None:
        snapshot = self.snapshot()
        if snapshot is None or snapshot.state is not State.LIVE:
            return None
        return (
            "#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-INDEPENDENT-SEGMENTS\n"
            f'#EXT-X-STREAM-INF:BANDWIDTH={snapshot.bandwidth},CODECS="{snapshot.codecs}",'
            f"RESOLUTION={snapshot.width}x{snapshot.height},FRAME-RATE={snapshot.fps:.3f}\n"
            f"{_q('media.m3u8', query)}\n"
        ).encode()

    def media_playlist(self, query: str = "", skip: bool = False) -> bytes | None:
        with self._lock:
            complete = [s for s in self.segments if s.complete][-7:]
            if not complete:
                return None
            listed = [*complete, self.segments[-1]] if not self.segments[-1].complete else complete
            open_segment = self.segments[-1]
            lines = [
                "#EXTM3U",
                "#EXT-X-VERSION:6",
                f"#EXT-X-TARGETDURATION:{self.target_duration}",
                f"#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,PART-HOLD-BACK={3 * self.part_target:.3f}",
                f"#EXT-X-PART-INF:PART-TARGET={self.part_target:.3f}",
                f"#EXT-X-MEDIA-SEQUENCE:{listed[0].msn}",
                f'#EXT-X-MAP:URI="{_q(f"init-{self.session}.mp4", query)}"',
            ]
            for segment in listed:
                stamp = datetime.fromtimestamp(segment.wallclock, UTC).isoformat(timespec="milliseconds")
                lines.append(f"#EXT-X-PROGRAM-DATE-TIME:{stamp.replace('+00:00', 'Z')}")
                if segment.msn >= open_segment.msn - 3:  # parts of the last ~3 target durations
                    for index, part in enumerate(segment.parts):
                        independent = ",INDEPENDENT=YES" if part.independent else ""
                        uri = _q(self.part_name(segment.msn, index), query)
                        lines.append(f'#EXT-X-PART:DURATION={part.duration:.3f},URI="{uri}"{independent}')
                if segment.complete:
                    lines += [f"#EXTINF:{segment.duration:.3f},", _q(self.segment_name(segment.msn), query)]
            hint = self._hint()
            lines.append(f'#EXT-X-PRELOAD-HINT:TYPE=PART,URI="{_q(self.part_name(*hint), query)}"')
        return ("\n".join(lines) + "\n").encode()

    def _hint(self) -> tuple[int, int]:
        last = self.segments[-1]
        if len(last.parts) >= self.parts_per_segment:
            return last.msn + 1, 0
        return last.msn, len(last.parts)

    def check_directives(self, msn: int | None, part: int | None) -> str | None:
        snapshot = self.snapshot()
        last_msn, last_part = (snapshot.last_msn, snapshot.last_part) if snapshot else (-1, -1)
        if part is not None and msn is None:
            return "_HLS_part without _HLS_msn"
        assert msn is not None
        if msn > last_msn + 2:
            return f"_HLS_msn={msn} is more than 2 segments past the last one ({last_msn})"
        limit = math.ceil(3 / self.part_target) if self.part_target < 1 else 3
        ahead = (part - last_part if msn == last_msn else part + 1) if part is not None else 0
        if msn >= last_msn and ahead > limit:
            return f"_HLS_part={part} is beyond the advance part limit ({limit} parts)"
        return None

    def is_ready(self, msn: int, part: int | None) -> bool:
        with self._lock:
            if not self.segments:
                return False
            by_msn = {s.msn: s for s in self.segments}
            segment = by_msn.get(msn)
            if part is None:
                return msn < self.segments[-1].msn or (segment is not None and segment.complete)
            if segment is not None and segment.complete and part >= len(segment.parts):
                msn, part = msn + 1, 0  # past the end of a segment: part 0 of the next (6.2.5.2)
            last = self.segments[-1]
            return (msn, part) <= (last.msn, len(last.parts) - 1)

    async def wait_ready(self, msn: int, part: int | None, timeout: float) -> bool:
        return await self._wait(lambda: self.is_ready(msn, part), timeout)

    async def _wait(self, condition, timeout: float) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not condition():
            left = deadline - loop.time()
            if left <= 0:
                return False
            waiter = loop.create_future()
            self._waiters.append(waiter)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(waiter, left)
        return True

    def resource(self, name: str) -> bytes | None:
        with self._lock:
            return self._resources.get(name)

    async def wait_resource(self, name: str, timeout: float) -> bytes | None:
        with self._lock:
            hinted = bool(self.segments) and name == self.part_name(*self._hint())
        if not hinted:
            return None
        await self._wait(lambda: name in self._resources, timeout)
        return self.resource(name)

    def content_type(self, name: str) -> str:
        return PLAYLIST_TYPE if name.endswith(".m3u8") else "video/mp4"


def _q(uri: str, query: str) -> str:
    return f"{uri}?{query}" if query else uri


def client_for(server: Any, **options: Any) -> httpx.Client:
    """An HTTP/2 client that trusts the server's own certificate (never ``verify=False``)."""
    if server.certificate is None:
        return httpx.Client(base_url=server.base_url, timeout=20, **options)
    context = ssl.create_default_context(cafile=str(server.certificate.cert_file))
    return httpx.Client(base_url=server.base_url, verify=context, http2=True, timeout=20, **options)

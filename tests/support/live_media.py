"""Real encoded video for the live packager's tests, and the checks every LL-HLS playlist must pass.

``encode`` makes H.264 (libx264, set up like the synthetic camera) or H.265 (libx265) packets as a
camera session would deliver them; ``decode`` plays init + media back with PyAV; ``check_media_playlist``
parses a playlist with the ``m3u8`` library and checks each MUST of the spec listed in
../shared/research/LLHLS.md §1.3 with plain regular expressions beside it.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import cast

import av
import m3u8
import numpy as np
from av.video.codeccontext import VideoCodecContext

from cgrconsole.core.camera.annexb import nal_units
from cgrconsole.core.camera.packets import EncodedPacket, StreamInfo
from cgrconsole.core.live.stream import LiveStream
from cgrconsole.core.synthetic.source import configure_encoder

TIME_BASE = Fraction(1, 90000)


def _frame(index: int, width: int, height: int) -> av.VideoFrame:
    """A picture that moves (so P-frames carry data) and differs from every other frame."""
    x = np.arange(width, dtype=np.uint16)[None, :]
    y = np.arange(height, dtype=np.uint16)[:, None]
    luma = ((x + 3 * index) ^ (y + index)) % 256
    image = np.repeat(luma.astype(np.uint8)[:, :, None], 3, axis=2)
    return av.VideoFrame.from_ndarray(image, format="rgb24")


def _encoder(codec: str, width: int, height: int, fps: float, gop: int, bframes: int) -> VideoCodecContext:
    ctx = cast(VideoCodecContext, av.CodecContext.create(codec, "w"))
    if codec == "libx264":
        configure_encoder(ctx, width, height, fps, 800, gop)
        if bframes:  # a camera with B-frames: decode order differs from presentation order
            params = ctx.options["x264-params"].replace("bframes=0", f"bframes={bframes}")
            ctx.options = {**ctx.options, "x264-params": params, "tune": "film"}
        return ctx
    ctx.width, ctx.height, ctx.pix_fmt = width, height, "yuv420p"
    ctx.time_base = Fraction(1, 1000)
    ctx.framerate = Fraction(fps).limit_denominator(1001)
    ctx.options = {
        "preset": "ultrafast",
        "x265-params": f"keyint={gop}:min-keyint={gop}:scenecut=0:bframes=0:repeat-headers=1:log-level=error",
    }
    return ctx


@dataclass(frozen=True)
class Session:
    info: StreamInfo
    packets: list[EncodedPacket]


def encode(
    frames: int,
    *,
    codec: str = "libx264",
    fps: float = 25.0,
    gop: int = 50,
    size: tuple[int, int] = (320, 240),
    start_ticks: int = 0,
    wallclock: float = 1_800_000_000.0,
    bframes: int = 0,
) -> Session:
    """``frames`` frames as a camera session: 90 kHz timestamps from ``start_ticks``, wall clock per frame."""
    width, height = size
    ctx = _encoder(codec, width, height, fps, gop, bframes)
    step = Fraction(90000) / Fraction(fps).limit_denominator(1001)
    encoded: list[av.Packet] = []
    for index in range(frames):
        picture = _frame(index, width, height)
        picture.pts = index if codec == "libx264" else round(index * 1000 / fps)
        encoded.extend(ctx.encode(picture))
    encoded.extend(ctx.encode(None))
    packets = []
    for number, packet in enumerate(encoded):
        ticks = start_ticks + round(number * step)
        pts = ticks
        if bframes:  # the encoder's own times (in frames), shifted so that decode times start at 0
            assert packet.pts is not None and packet.dts is not None
            pts = start_ticks + round((packet.pts - encoded[0].dts) * step)
            ticks = start_ticks + round((packet.dts - encoded[0].dts) * step)
        arrived = wallclock + number / fps
        packets.append(EncodedPacket(bytes(packet), pts, ticks, TIME_BASE, packet.is_keyframe, arrived))
    name = "h264" if codec == "libx264" else "hevc"
    sets = [u for u in nal_units(packets[0].data) if _parameter_set(name, u)]
    extradata = b"".join(b"\x00\x00\x00\x01" + u for u in sets)
    return Session(StreamInfo(name, width, height, fps, TIME_BASE, extradata), packets)


def _parameter_set(codec: str, nal: bytes) -> bool:
    return nal[0] & 0x1F in (7, 8) if codec == "h264" else (nal[0] >> 1) & 0x3F in (32, 33, 34)


def decode(init: bytes, media: Iterable[bytes]) -> list[int]:
    """Decode init + media with PyAV: the pts (1/90000 s) of every frame, in order."""
    data = init + b"".join(media)
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.video[0]
        return [
            round(frame.pts * stream.time_base * 90000)
            for frame in container.decode(stream)
            if frame.pts is not None
        ]


# -- playlist checks ---------------------------------------------------------------------------
_PART = re.compile(r'^#EXT-X-PART:DURATION=([0-9.]+),URI="([^"]+)"(,INDEPENDENT=YES)?$')
_EXTINF = re.compile(r"^#EXTINF:([0-9.]+),$")
_PDT = re.compile(r"^#EXT-X-PROGRAM-DATE-TIME:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


@dataclass
class Listed:
    """What a media playlist lists, as read by the checks."""

    playlist: m3u8.M3U8
    media_sequence: int
    target_duration: int
    part_target: float
    segments: list[tuple[int, str, float]]  # msn, uri, duration
    parts: list[tuple[str, float, bool, bool]]  # uri, duration, independent, last of its segment
    hint: str
    maps: list[str]
    discontinuities: int


def check_media_playlist(text: str, query: str = "") -> Listed:
    """Every MUST of §1.3 that one playlist shows; returns what it lists for further checks."""
    lines = text.splitlines()
    assert lines[0] == "#EXTM3U"
    assert "#EXT-X-VERSION:6" in lines, "VERSION 6: MAP needs it, nothing here needs more"
    playlist = m3u8.loads(text)
    target = int(_tag(lines, "#EXT-X-TARGETDURATION:"))
    part_target = float(re.search(r"PART-TARGET=([0-9.]+)", text).group(1))  # type: ignore[union-attr]
    hold_back = float(re.search(r"PART-HOLD-BACK=([0-9.]+)", text).group(1))  # type: ignore[union-attr]
    assert "CAN-BLOCK-RELOAD=YES" in text
    assert hold_back >= 3 * part_target - 1e-9, "PART-HOLD-BACK ≥ 3 × PART-TARGET (Apple's MUST)"
    assert playlist.target_duration == target and playlist.part_inf.part_target == part_target
    media_sequence = int(_tag(lines, "#EXT-X-MEDIA-SEQUENCE:"))
    assert playlist.media_sequence == media_sequence
    segments: list[tuple[int, str, float]] = []
    parts: list[tuple[str, float, bool, bool]] = []
    pending: list[tuple[str, float, bool, bool]] = []
    seen_pdt = seen_part = False
    maps = []
    hints = [line for line in lines if line.startswith("#EXT-X-PRELOAD-HINT:")]
    assert len(hints) == 1 and hints[0].startswith("#EXT-X-PRELOAD-HINT:TYPE=PART,URI="), "one part hint"
    for line in lines[1:]:
        if line.startswith(("#EXT-X-DISCONTINUITY", "#EXT-X-MAP", "#EXT-X-PROGRAM-DATE-TIME")):
            assert not seen_part, f"{line.split(':')[0]} must precede the first EXT-X-PART of its segment"
        if line.startswith("#EXT-X-MAP:"):
            maps.append(re.search(r'URI="([^"]+)"', line).group(1))  # type: ignore[union-attr]
        if line.startswith("#EXT-X-PROGRAM-DATE-TIME:"):
            assert _PDT.match(line), line
            seen_pdt = True
        elif match := _PART.match(line):
            seen_part = True
            pending.append((match.group(2), float(match.group(1)), bool(match.group(3)), False))
        elif line.startswith("#EXT-X-PART:"):
            raise AssertionError(f"malformed part: {line}")
        elif match := _EXTINF.match(line):
            assert seen_pdt, "PROGRAM-DATE-TIME on every segment"
            duration = float(match.group(1))
            assert round(duration) <= target, f"round(EXTINF {duration}) > TARGETDURATION {target}"
            if pending:
                assert abs(sum(d for _, d, _, _ in pending) - duration) < 0.002, "parts make their segment"
                pending[-1] = (*pending[-1][:3], True)
            segments.append((media_sequence + len(segments), "", duration))
        elif not line.startswith("#") and line:
            msn, _, duration = segments[-1]
            segments[-1] = (msn, line, duration)
            parts.extend(pending)
            pending, seen_pdt, seen_part = [], False, False
    parts.extend(pending)  # the open segment's (its last part is not known to be its last)
    for uri, duration, independent, last in parts:
        assert duration <= part_target + 1e-9, f"part {uri} of {duration} s > PART-TARGET {part_target}"
        if not (independent or last):
            assert duration >= 0.85 * part_target - 1e-9, f"part {uri} of {duration} s < 85 % of PART-TARGET"
    uris = [uri for uri, *_ in parts] + [uri for _, uri, _ in segments] + maps
    hint = re.search(r'URI="([^"]+)"', hints[0]).group(1)  # type: ignore[union-attr]
    for item in [*uris, hint]:
        assert item.endswith(f"?{query}") if query else "?" not in item, f"query on every URI: {item}"
    discontinuities = sum(1 for line in lines if line == "#EXT-X-DISCONTINUITY")
    return Listed(playlist, media_sequence, target, part_target, segments, parts, hint, maps, discontinuities)


class PlaylistWatcher:
    """Checks a stream's media playlist whenever asked, and keeps every part, segment and init it lists."""

    def __init__(self, stream: LiveStream, query: str = "") -> None:
        self.stream = stream
        self.query = query
        self.media: dict[str, bytes] = {}
        self.playlists: list[Listed] = []
        self.hints: list[str] = []
        self.fixed_target = True  # TARGETDURATION may only grow when a later GOP is longer (tested apart)

    def check(self) -> Listed | None:
        text = self.stream.media_playlist(self.query)
        if text is None:
            return None
        listed = check_media_playlist(text.decode(), self.query)
        if self.playlists:
            before = self.playlists[-1]
            assert listed.media_sequence >= before.media_sequence, "MEDIA-SEQUENCE never goes back"
            if self.fixed_target:
                assert listed.target_duration == before.target_duration, "TARGETDURATION never changes"
            old = {base_name(uri): d for _, uri, d in before.segments}
            for _, uri, duration in listed.segments:  # a listed segment never changes
                assert old.get(base_name(uri), duration) == duration
        self.playlists.append(listed)
        if not self.hints or self.hints[-1] != listed.hint:
            self.hints.append(listed.hint)
        for uri in [*listed.maps, *(u for u, *_ in listed.parts), *(u for _, u, _ in listed.segments)]:
            name = base_name(uri)
            data = self.stream.resource(name)
            assert data is not None, f"{name} is listed, so it must be downloadable"
            self.media.setdefault(name, data)
        return listed

    def segments(self, session: str = "") -> list[str]:
        """Every segment name ever listed (of ``session``), in order."""
        return self._names(lambda listed: [u for _, u, _ in listed.segments], session)

    def parts(self, session: str = "") -> list[str]:
        return self._names(lambda listed: [u for u, *_ in listed.parts], session)

    def _names(self, uris: Callable[[Listed], list[str]], session: str) -> list[str]:
        names: dict[str, None] = {}
        for listed in self.playlists:
            for uri in uris(listed):
                if base_name(uri).startswith(session):
                    names.setdefault(base_name(uri))
        return list(names)

    def init(self, session: str) -> bytes:
        return self.media[f"init-{session}.mp4"]


def _tag(lines: Sequence[str], prefix: str) -> str:
    found = [line[len(prefix) :] for line in lines if line.startswith(prefix)]
    assert len(found) == 1, f"exactly one {prefix}"
    return found[0]


def base_name(uri: str) -> str:
    """A URI without its query: the resource's name."""
    return uri.partition("?")[0]


def approx_frames(seconds: float, fps: float) -> int:
    return math.floor(seconds * fps + 0.5)

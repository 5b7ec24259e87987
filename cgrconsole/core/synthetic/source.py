"""The synthetic camera: a rendered drive-through scene encoded live to H.264.

``synthetic://NAME?seed=1&direction=entry`` in the configuration gives a camera that needs
no network. It encodes like an IP camera (x264, no B-frames, 2 s GOP, SPS/PPS repeated on
every keyframe) and yields the same ``EncodedPacket`` objects as an RTSP session, so the
rest of the console cannot tell the difference. Frame ``n`` of a session shows scene time
``n / fps``; ``Scene.truth(n)`` says which plate is where.

Like a real camera it keeps to the clock (``realtime``, the default): frame ``n`` is captured at
``n / fps`` seconds into the session and stamped with that time. When the machine is too busy to
render and encode every frame, the frames whose moment has passed are dropped (``dropped`` counts
them), so a minute of wall clock always holds a minute of video, and the scene stays where the
clock says. Without ``realtime`` every frame is made, as fast as possible (tests, benchmarks).

Each frame carries its capture time twice: as the ``wallclock`` of its packet and burned into the picture
as a block code (core/synthetic/timecode.py; ``timecode=0`` leaves it out), both read from the injected
clock once, just before the frame is rendered. Whatever shows the frame later can read how old it is.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, cast
from urllib.parse import parse_qsl

import av
from av.video.codeccontext import VideoCodecContext

from cgrconsole.core.camera.annexb import h264_parameter_sets
from cgrconsole.core.camera.packets import EncodedPacket, StreamInfo
from cgrconsole.core.camera.source import SourceError
from cgrconsole.core.camera.status import FailureReason
from cgrconsole.core.camera.url import CameraUrl
from cgrconsole.core.problem import QT_TRANSLATE_NOOP, Problem
from cgrconsole.core.synthetic import timecode
from cgrconsole.core.synthetic.scene import Scene, SceneSpec

TIME_BASE = Fraction(1, 90000)


@dataclass(frozen=True)
class SyntheticOptions:
    spec: SceneSpec
    bitrate_kbps: int = 1100  # a camera set up for the archive budget (50 MB per 5 min = 1333 kbit/s)
    gop: int = 50
    realtime: bool = True  # pace frames at fps like a camera; False = as fast as possible
    duration_s: float = 0.0  # 0 = endless
    timecode: bool = True  # burn the capture time into every frame (frames too small for it go without)


def options_from_url(url: CameraUrl, label: str = "") -> SyntheticOptions:
    """Read ``seed, size=WxH, fps, direction, gap, bitrate, gop, realtime, duration, timecode``."""
    query = dict(parse_qsl(url.path.partition("?")[2]))
    unknown = set(query) - {
        "seed",
        "size",
        "fps",
        "direction",
        "gap",
        "bitrate",
        "gop",
        "realtime",
        "duration",
        "timecode",
    }
    if unknown:
        template = QT_TRANSLATE_NOOP("ConfigProblem", "unknown synthetic option(s): {options}")
        raise SourceError(
            FailureReason.INVALID_URL, Problem("", template, options=", ".join(sorted(unknown)))
        )

    def number(name: str, default: str, kind: type[int] | type[float] = int) -> Any:
        text = query.get(name, default)
        try:
            return kind(text)
        except ValueError:
            if kind is int:
                template = QT_TRANSLATE_NOOP(
                    "ConfigProblem", "synthetic option {name}={text!r} must be a whole number"
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "ConfigProblem", "synthetic option {name}={text!r} must be a number"
                )
            raise SourceError(
                FailureReason.INVALID_URL, Problem("", template, name=name, text=text)
            ) from None

    size = query.get("size", "1280x720").lower()
    width_text, _, height_text = size.partition("x")
    if not (width_text.isdigit() and height_text.isdigit()):
        template = QT_TRANSLATE_NOOP("ConfigProblem", "synthetic option size={size!r} must be WIDTHxHEIGHT")
        raise SourceError(FailureReason.INVALID_URL, Problem("", template, size=size))
    width, height = int(width_text), int(height_text)
    direction = query.get("direction", "entry")
    if direction not in ("entry", "exit", "both"):
        template = QT_TRANSLATE_NOOP(
            "ConfigProblem", "synthetic option direction={direction!r} must be entry, exit or both"
        )
        raise SourceError(FailureReason.INVALID_URL, Problem("", template, direction=direction))
    try:
        spec = SceneSpec(
            seed=number("seed", "1"),
            width=width,
            height=height,
            fps=number("fps", "25", float),
            direction=direction,
            mean_gap_s=number("gap", "7", float),
            label=label or url.host,
        )
    except ValueError as exc:  # the scene's own limits (size, fps, gap)
        template = QT_TRANSLATE_NOOP("ConfigProblem", "synthetic options out of range: {error}")
        raise SourceError(FailureReason.INVALID_URL, Problem("", template, error=exc)) from None
    if width % 2 or height % 2:
        template = QT_TRANSLATE_NOOP("ConfigProblem", "synthetic option size={size!r} must be even numbers")
        raise SourceError(FailureReason.INVALID_URL, Problem("", template, size=size))
    options = SyntheticOptions(
        spec,
        bitrate_kbps=number("bitrate", "1100"),
        gop=number("gop", "50"),
        realtime=query.get("realtime", "1") not in ("0", "false", "no"),
        duration_s=number("duration", "0", float),
        timecode=query.get("timecode", "1") not in ("0", "false", "no"),
    )
    return options


def configure_encoder(
    ctx: VideoCodecContext, width: int, height: int, fps: float, bitrate_kbps: int, gop: int
) -> VideoCodecContext:
    """libx264 set up like an IP camera's encoder (no B-frames, fixed GOP, capped bitrate)."""
    ctx.width, ctx.height, ctx.pix_fmt = width, height, "yuv420p"
    ctx.time_base = Fraction(1, round(fps))
    ctx.framerate = Fraction(round(fps), 1)
    ctx.bit_rate = bitrate_kbps * 1000
    ctx.thread_count = 1
    ctx.options = {
        "preset": "ultrafast",
        "tune": "zerolatency",
        "x264-params": (
            f"keyint={gop}:min-keyint={gop}:scenecut=0:bframes=0:repeat-headers=1:"
            f"vbv-maxrate={bitrate_kbps}:vbv-bufsize={bitrate_kbps}"
        ),
    }
    return ctx


def make_encoder(width: int, height: int, fps: float, bitrate_kbps: int, gop: int) -> VideoCodecContext:
    ctx = cast(VideoCodecContext, av.CodecContext.create("libx264", "w"))
    return configure_encoder(ctx, width, height, fps, bitrate_kbps, gop)


CAMERA_NICE = 10  # how much lower than the console the demo's camera threads run (Linux)


def yield_cpu_to_console() -> None:
    """Run this thread ``CAMERA_NICE`` below the console's process (idempotent; a no-op where it cannot).

    A real camera renders and encodes on its own hardware; the demo's do it on the console's cores, and at
    the console's priority they made the window wait for a core (benchmarks/ui.py on a loaded machine:
    lag p99 115 -> 58 ms, a new plate's row painted at p95 725 -> 269 ms; docs/benchmarks.md, issue 13).
    """
    if not sys.platform.startswith("linux"):  # only Linux gives a thread a priority of its own this way
        return
    try:
        target = os.getpriority(os.PRIO_PROCESS, os.getpid()) + CAMERA_NICE
        me = threading.get_native_id()
        if os.getpriority(os.PRIO_PROCESS, me) < target:
            os.setpriority(os.PRIO_PROCESS, me, target)  # Linux: one thread (a task of its own)
    except OSError:  # not allowed here (a sandbox): the camera runs at the console's priority
        pass


class SyntheticSource:
    """A ``PacketSource`` that renders and encodes. One ingest thread owns it.

    ``background``: a camera's own thread consumes ``packets()`` (the camera workers' factory); a live
    source then lowers that thread's priority below the console's (:func:`yield_cpu_to_console`).
    """

    def __init__(
        self,
        options: SyntheticOptions,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        *,
        background: bool = False,
    ) -> None:
        self.options = options
        self.background = background
        self.scene = Scene(options.spec)
        self._clock = clock
        self._sleep = sleep
        self._monotonic = monotonic
        self._encoder: VideoCodecContext | None = None
        self._pending: list[av.Packet] = []
        self._pending_at = 0.0  # capture wall clock of the frame in _pending
        self._index = 0
        self.dropped = 0  # frames skipped because their moment had passed (realtime only)
        self._started = 0.0  # monotonic time of frame 0, set when packets() starts
        spec = options.spec
        self.info = StreamInfo("h264", spec.width, spec.height, spec.fps, TIME_BASE)

    def open(self) -> None:
        spec, opts = self.options.spec, self.options
        self._encoder = make_encoder(spec.width, spec.height, spec.fps, opts.bitrate_kbps, opts.gop)
        self._index = 0
        self.dropped = 0
        self._pending = self._encode_next()  # zerolatency: the first frame comes out at once
        first = bytes(self._pending[0]) if self._pending else b""
        self.info = StreamInfo(
            "h264", spec.width, spec.height, spec.fps, TIME_BASE, h264_parameter_sets(first)
        )

    def _encode_next(self) -> list[av.Packet]:
        assert self._encoder is not None
        self._pending_at = self._clock()  # the capture moment: burned in and stamped on the packet
        image = self.scene.frame(self._index)
        if self.options.timecode and timecode.fits(image.shape[1], image.shape[0]):
            timecode.burn(image, round(self._pending_at * 1000))
        frame = av.VideoFrame.from_ndarray(image, format="rgb24")
        frame.pts = self._index
        self._index += 1
        return list(self._encoder.encode(frame))  # zerolatency, no B-frames: this frame's packet only

    def packets(self) -> Iterator[EncodedPacket]:
        spec = self.options.spec
        ticks = Fraction(90000) / Fraction(spec.fps).limit_denominator(1001)
        limit = int(self.options.duration_s * spec.fps) if self.options.duration_s > 0 else None
        if self.background and self.options.realtime:
            yield_cpu_to_console()
        self._started = self._monotonic()  # the session's capture clock: frame n is due at n / fps
        while True:
            for packet in self._pending:
                pts = int(packet.pts * ticks) if packet.pts is not None else None
                yield EncodedPacket(bytes(packet), pts, pts, TIME_BASE, packet.is_keyframe, self._pending_at)
            if self.options.realtime:
                self._keep_to_the_clock(spec.fps)
            if limit is not None and self._index >= limit:
                return
            self._pending = self._encode_next()

    def _keep_to_the_clock(self, fps: float) -> None:
        """Wait for the next frame's moment, or skip the frames whose moment has already passed."""
        elapsed = self._monotonic() - self._started
        due = int(elapsed * fps)  # the frame being captured now
        if due > self._index:
            self.dropped += due - self._index
            self._index = due
        delay = self._index / fps - elapsed
        if delay > 0:
            self._sleep(delay)

    def close(self) -> None:
        self._encoder = None
        self._pending = []

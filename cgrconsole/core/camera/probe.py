"""The camera settings' *Test*: one short session that learns the stream's facts and keeps a preview.

``CameraProbe.run`` is meant for its own thread: it opens the source (the same ``PacketSource`` the
ingest uses, so the errors are the same ``SourceError`` reasons), decodes until it has a picture and
two keyframes (the GOP), reports ``ProbeFacts`` once, then keeps decoding for ``preview_s`` so that a
window can show a live picture by pulling ``latest`` (frames are never pushed through callbacks).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from cgrconsole.core.camera.decoder import FrameDecoder
from cgrconsole.core.camera.packets import EncodedPacket, StreamInfo
from cgrconsole.core.camera.source import PacketSource, SourceError
from cgrconsole.core.camera.status import FailureReason


@dataclass(frozen=True)
class ProbeFacts:
    """What the test learned: the stream as announced, the GOP and the frame rate as measured."""

    info: StreamInfo
    gop_frames: int | None  # frames from one keyframe to the next; None: only one keyframe came in time
    measured_fps: float  # from the packets' timestamps; 0.0 when too few came

    @property
    def fps(self) -> float:
        return self.info.fps if self.info.fps > 0 else self.measured_fps

    @property
    def gop_seconds(self) -> float | None:
        return self.gop_frames / self.fps if self.gop_frames and self.fps > 0 else None


def measured_fps(packets: list[EncodedPacket]) -> float:
    """Frames per second from the presentation times of ``packets`` (one frame each)."""
    stamps = sorted(p.pts for p in packets if p.pts is not None)
    if len(stamps) < 3 or stamps[-1] == stamps[0]:
        return 0.0
    span = float((stamps[-1] - stamps[0]) * packets[0].time_base)
    return (len(stamps) - 1) / span if span > 0 else 0.0


class CameraProbe:
    """One test session; ``stop`` (any thread) ends it at the next packet."""

    def __init__(
        self,
        source: PacketSource,
        *,
        facts_timeout_s: float = 8.0,
        preview_s: float = 20.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._source = source
        self._facts_timeout_s = facts_timeout_s
        self._preview_s = preview_s
        self._monotonic = monotonic
        self._stop = threading.Event()
        self.latest: np.ndarray | None = None  # the newest RGB picture (replaced whole, read by the window)
        self.pictures = 0

    def stop(self) -> None:
        self._stop.set()

    def run(self, on_facts: Callable[[ProbeFacts], None], on_error: Callable[[SourceError], None]) -> None:
        """Blocks until done; calls ``on_facts`` once, or ``on_error`` once (on this thread)."""
        try:
            self._run(on_facts)
        except SourceError as exc:
            on_error(exc)
        except Exception as exc:  # a decoder or library failure: say so, never crash the window
            on_error(SourceError(FailureReason.INTERNAL_ERROR, type(exc).__name__))

    def _run(self, on_facts: Callable[[ProbeFacts], None]) -> None:
        source = self._source
        source.open()
        try:
            started = self._monotonic()
            decoder = FrameDecoder(source.info)
            seen: list[EncodedPacket] = []
            keyframes: list[int] = []
            reported = False
            for packet in source.packets():
                if self._stop.is_set():
                    return
                if packet.is_keyframe:
                    keyframes.append(len(seen))
                seen.append(packet)
                if keyframes:
                    pictures = decoder.decode(packet)
                    if pictures:
                        self.latest = pictures[-1]
                        self.pictures += 1
                elapsed = self._monotonic() - started
                if not reported and (
                    (len(keyframes) >= 2 and self.latest is not None) or elapsed >= self._facts_timeout_s
                ):
                    if self.latest is None:
                        raise SourceError(FailureReason.STALLED, "no picture could be decoded")
                    gop = keyframes[1] - keyframes[0] if len(keyframes) >= 2 else None
                    on_facts(ProbeFacts(source.info, gop, measured_fps(seen)))
                    reported = True
                    seen = seen[-2:]
                if reported and elapsed >= self._facts_timeout_s + self._preview_s:
                    return
        finally:
            source.close()

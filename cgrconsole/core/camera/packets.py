"""What travels from a camera session to its consumers (recorder, HLS packager, tests).

Items are immutable so that several consumer threads can hold the same object safely.
A consumer sees ``SessionStarted`` before the first packet of every session and
``SessionEnded`` after its last one; timestamps restart with each session.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True, slots=True)
class StreamInfo:
    """The video stream of one camera session."""

    codec: str  # FFmpeg codec name: "h264", "hevc", ...
    width: int
    height: int
    fps: float  # nominal frame rate as announced or measured; 0.0 when unknown
    time_base: Fraction
    extradata: bytes = b""  # parameter sets (Annex B) when the source gives them


@dataclass(frozen=True, slots=True)
class EncodedPacket:
    """One compressed video packet (Annex B H.264/H.265 access unit)."""

    data: bytes
    pts: int | None
    dts: int | None
    time_base: Fraction
    is_keyframe: bool
    wallclock: float  # epoch seconds when the packet arrived (the archive cuts on this)


@dataclass(frozen=True, slots=True)
class SessionStarted:
    camera: str
    info: StreamInfo
    wallclock: float


@dataclass(frozen=True, slots=True)
class SessionEnded:
    camera: str
    reason: str  # FailureReason value, or "stopped"
    wallclock: float


StreamItem = SessionStarted | EncodedPacket | SessionEnded

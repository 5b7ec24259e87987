"""The packet-source interface every camera kind implements (RTSP, synthetic)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from cgrconsole.core.camera.packets import EncodedPacket, StreamInfo
from cgrconsole.core.camera.status import FailureReason

SUPPORTED_CODECS = ("h264", "hevc")


class SourceError(Exception):
    """A camera session could not start or broke; ``reason`` says why in a stable code."""

    def __init__(self, reason: FailureReason, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class SourceOptions:
    transport: str = "tcp"  # RTSP lower transport: "tcp" or "udp"
    open_timeout: float = 10.0  # seconds to connect and learn the stream
    read_timeout: float = 10.0  # seconds without a packet before the session is declared stalled


class PacketSource(Protocol):
    """One session with a camera. ``open`` connects; ``packets`` yields until the stream ends.

    ``packets`` raises ``SourceError`` when the session breaks and returns when the
    source ended normally or ``close`` was called from the reading thread's loop.
    """

    info: StreamInfo

    def open(self) -> None: ...

    def packets(self) -> Iterator[EncodedPacket]: ...

    def close(self) -> None: ...


def check_codec(info: StreamInfo) -> None:
    if info.codec not in SUPPORTED_CODECS:
        raise SourceError(FailureReason.UNSUPPORTED_CODEC, info.codec or "unknown codec")

"""Decoding compressed packets into RGB frames, once per camera."""

from __future__ import annotations

from typing import cast

import av
import numpy as np
from av.video.codeccontext import VideoCodecContext

from cgrconsole.core.camera.packets import EncodedPacket, StreamInfo


class FrameDecoder:
    """An H.264/H.265 decoder for one session.

    Single-threaded on purpose: frame threading would hold back ``thread_count`` frames
    and add that much display latency; slice threading gains nothing at 720p.
    """

    def __init__(self, info: StreamInfo) -> None:
        self._ctx = cast(VideoCodecContext, av.CodecContext.create(info.codec, "r"))
        if info.extradata:
            self._ctx.extradata = info.extradata
        self._ctx.thread_count = 1
        self.errors = 0

    def decode(self, packet: EncodedPacket) -> list[np.ndarray]:
        """RGB images decoded from this packet (usually one; none while the decoder waits for a keyframe)."""
        try:
            frames = self._ctx.decode(av.Packet(packet.data))
        except av.error.InvalidDataError:
            self.errors += 1  # a damaged packet: the next keyframe heals the picture
            return []
        return [frame.to_ndarray(format="rgb24") for frame in frames]

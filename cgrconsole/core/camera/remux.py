"""Stream copy into a PyAV output container: shared by the archive's files and the live stream's parts."""

from __future__ import annotations

import io
from fractions import Fraction
from typing import cast

import av
from av.container import OutputContainer
from av.video.stream import VideoStream

from cgrconsole.core.camera.packets import StreamInfo

OUT_TIME_BASE = Fraction(1, 90000)  # the MP4 track's timescale: exact for 25, 30, 12.5 and 29.97 fps
RAW_FORMATS = {"h264": "h264", "hevc": "hevc"}  # FFmpeg's raw (Annex B) demuxers


def add_copy_stream(container: OutputContainer, info: StreamInfo, first_keyframe: bytes) -> VideoStream:
    """A video stream in ``container`` that takes the camera's packets as they are (no encoder).

    FFmpeg's raw demuxer reads the parameter sets (from ``info.extradata`` and the first keyframe's
    in-band ones) and gives a template stream with the right codec parameters.
    """
    raw_format = RAW_FORMATS.get(info.codec)
    if raw_format is None:
        raise ValueError(f"cannot copy {info.codec or 'an unknown codec'} into MP4")
    template = av.open(io.BytesIO(info.extradata + first_keyframe), format=raw_format)
    try:
        stream = container.add_stream_from_template(template.streams.video[0])
    finally:
        template.close()
    stream.time_base = OUT_TIME_BASE
    if info.codec == "hevc":
        # hvc1 (parameter sets in the sample entry) is what Safari and the RFC 6381 string name;
        # FFmpeg's default hev1 is refused by Apple's players.
        stream.codec_context.codec_tag = "hvc1"
    return cast(VideoStream, stream)

"""Synthetic scenes written to MP4 files: test media for the RTSP server, benchmarks, evaluation sets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import av
import numpy as np

from cgrconsole.core.synthetic import timecode
from cgrconsole.core.synthetic.scene import Scene
from cgrconsole.core.synthetic.source import SyntheticOptions, configure_encoder


def write_clip(
    path: Path, options: SyntheticOptions, seconds: float, timecode_from: float | None = None
) -> int:
    """Encode ``seconds`` of the scene into an H.264 MP4 at ``path``; returns the number of frames.

    With ``timecode_from`` (s since the epoch) frame ``n`` carries the time ``timecode_from + n / fps``
    burned in, as a live synthetic camera's frames do (to test the recognizer on what the demo shows);
    without it, none: a file's burned time would not be anyone's capture time.
    """
    spec = options.spec
    scene = Scene(spec)

    def frame(index: int) -> np.ndarray:
        image = scene.frame(index)
        if timecode_from is not None:
            timecode.burn(image, round((timecode_from + index / spec.fps) * 1000))
        return image

    frames = round(seconds * spec.fps)
    return encode_frames(
        path, frame, frames, (spec.width, spec.height), spec.fps, options.bitrate_kbps, options.gop
    )


def encode_frames(
    path: Path,
    frame: Callable[[int], np.ndarray],
    count: int,
    size: tuple[int, int],
    fps: float,
    bitrate_kbps: int = 1100,
    gop: int = 50,
) -> int:
    """Encode ``frame(0) .. frame(count - 1)`` (RGB, ``size`` = width, height) as an IP camera would."""
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=round(fps))
        configure_encoder(stream.codec_context, size[0], size[1], fps, bitrate_kbps, gop)
        for index in range(count):
            video_frame = av.VideoFrame.from_ndarray(frame(index), format="rgb24")
            video_frame.pts = index
            container.mux(stream.encode(video_frame))
        container.mux(stream.encode(None))
    return count

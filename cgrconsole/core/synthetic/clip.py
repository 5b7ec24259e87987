"""Synthetic scenes written to MP4 files: test media for the RTSP server, benchmarks, evaluation sets."""

from __future__ import annotations

from pathlib import Path

import av

from cgrconsole.core.synthetic.scene import Scene
from cgrconsole.core.synthetic.source import SyntheticOptions, configure_encoder


def write_clip(path: Path, options: SyntheticOptions, seconds: float) -> int:
    """Encode ``seconds`` of the scene into an H.264 MP4 at ``path``; returns the number of frames."""
    spec = options.spec
    scene = Scene(spec)
    frames = round(seconds * spec.fps)
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=round(spec.fps))
        configure_encoder(
            stream.codec_context, spec.width, spec.height, spec.fps, options.bitrate_kbps, options.gop
        )
        for index in range(frames):
            frame = av.VideoFrame.from_ndarray(scene.frame(index), format="rgb24")
            frame.pts = index
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return frames

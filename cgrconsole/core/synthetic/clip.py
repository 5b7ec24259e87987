"""Synthetic scenes written to MP4 files: test media for the RTSP server, benchmarks, evaluation sets."""

from __future__ import annotations

from pathlib import Path

import av

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
    frames = round(seconds * spec.fps)
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=round(spec.fps))
        configure_encoder(
            stream.codec_context, spec.width, spec.height, spec.fps, options.bitrate_kbps, options.gop
        )
        for index in range(frames):
            image = scene.frame(index)
            if timecode_from is not None:
                timecode.burn(image, round((timecode_from + index / spec.fps) * 1000))
            frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            frame.pts = index
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return frames

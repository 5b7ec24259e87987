"""Check an archive file the way a player would: PyAV decodes every frame, ffprobe reads the container."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import av

from support.parts import missing_part


@dataclass(frozen=True)
class Probe:
    codec: str
    width: int
    height: int
    frames: int
    duration: float
    size: int


def probe(path: Path) -> Probe:
    """Decode every frame with PyAV (raises on damage) and cross-check with ffprobe."""
    if shutil.which("ffprobe") is None:
        missing_part("ffprobe is missing (Debian: apt install ffmpeg; Windows: choco install ffmpeg)")
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        frames = sum(1 for _ in container.decode(stream))
        codec, width, height = (
            stream.codec_context.name,
            stream.codec_context.width,
            stream.codec_context.height,
        )
    result = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration,format_name", "-of", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stderr == "", result.stderr
    duration = float(json.loads(result.stdout)["format"]["duration"])
    return Probe(codec, width, height, frames, duration, path.stat().st_size)

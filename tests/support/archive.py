"""Archive files put straight into the index, for retention and free-space tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import av
import numpy as np

from cgrconsole.core.archive.index import ArchiveIndex
from cgrconsole.core.archive.layout import choose_path, file_taken, slot_start
from cgrconsole.core.archive.segment import FinishedSegment


def add_archive_file(
    root: Path,
    index: ArchiveIndex,
    start: float,
    *,
    pending: bool,
    size: int,
    camera: str = "Gate",
    content: bytes = b"video",
) -> Path:
    """A finished 5-minute file starting at ``start``: ``content`` on disk, ``size`` in the index."""
    stamp = time.strftime("%Y/%m/%d/%H", time.gmtime(start))
    relative = f"{camera}/{stamp}/{camera}_{stamp.replace('/', '_')}_{time.gmtime(start).tm_min:02d}.mp4"
    (root / relative).parent.mkdir(parents=True, exist_ok=True)
    (root / relative).write_bytes(content)
    index.add(
        FinishedSegment(
            camera, relative, start, start + 300, 300, size, "h264", 1280, 720, "x", "copy", False
        ),
        upload_required=pending,
    )
    return root / relative


def write_h264_archive_file(
    root: Path,
    index: ArchiveIndex,
    camera: str,
    start: float,
    seconds: float,
    zone: ZoneInfo,
    color: tuple[int, int, int],
    fps: int = 10,
    picture: Callable[[int], np.ndarray] | None = None,
) -> str:
    """A real H.264 MP4 named and indexed as the recorder does: one ``color`` all through with a moving
    bar, or ``picture(i)`` (RGB) for frame ``i``.

    Returns the posix path under ``root`` (the event's archive link).
    """
    relative = choose_path(camera, slot_start(start), start, zone, file_taken(root)).as_posix()
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    width, height = (320, 180) if picture is None else picture(0).shape[1::-1]
    frames = int(seconds * fps)
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"preset": "ultrafast", "g": str(fps)}
        for i in range(frames):
            if picture is not None:
                image = picture(i)
            else:
                image = np.full((height, width, 3), color, np.uint8)
                image[:, (i * 4) % width : (i * 4) % width + 8] = 255  # a bar that moves: frames differ
            for packet in stream.encode(av.VideoFrame.from_ndarray(image, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    duration = frames / fps
    index.add(
        FinishedSegment(
            camera,
            relative,
            start,
            start + duration,
            duration,
            path.stat().st_size,
            "h264",
            width,
            height,
            "x",
            "copy",
            False,
            wall_start=start,
            wall_end=start + duration,
        ),
        upload_required=False,
    )
    return relative

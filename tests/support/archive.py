"""Archive files put straight into the index, for retention and free-space tests."""

from __future__ import annotations

import time
from pathlib import Path

from cgrconsole.core.archive.index import ArchiveIndex
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

"""Where an archive file goes and what it is called.

``<Camera>/<YYYY>/<MM>/<DD>/<HH>/<Camera>_<YYYY>_<MM>_<DD>_<HH>_<MM>.mp4`` in the site's local time.

Slots are multiples of ``segment_seconds`` on the epoch clock: every real time-zone offset is a
multiple of 15 minutes, so 5-minute slots are aligned to :00, :05, :10 ... in local time as well,
and a DST change only changes names, never the cut points.

A file takes its slot's name (the customer's layout). When that name is taken (a restart or an
outage inside the slot, the repeated hour when DST ends, the clock stepping back) the file is
named by the minute it really starts, and if that is taken too, ``_2``, ``_3`` ... is added.
A file is never overwritten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo

SEGMENT_SECONDS = 300
SUFFIX = ".mp4"


def slot_start(epoch: float, segment_seconds: int = SEGMENT_SECONDS) -> float:
    """Epoch seconds of the slot that contains ``epoch``."""
    return float(int(epoch // segment_seconds) * segment_seconds)


def local_time(epoch: float, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.fromtimestamp(epoch, tz=zone)


def relative_path(camera: str, start: dt.datetime, suffix_number: int = 1) -> PurePosixPath:
    """``Camera1/2025/08/18/14/Camera1_2025_08_18_14_05.mp4`` for ``start`` (local time)."""
    stamp = f"{start:%Y_%m_%d_%H_%M}"
    name = f"{camera}_{stamp}" + (f"_{suffix_number}" if suffix_number > 1 else "") + SUFFIX
    return PurePosixPath(camera, f"{start:%Y}", f"{start:%m}", f"{start:%d}", f"{start:%H}", name)


def windows_link(path: PurePosixPath) -> str:
    """The archive link as the CarGoRuqsat spec writes it: ``Camera1\\2025\\08\\18\\11\\Camera1_….mp4``."""
    return "\\".join(path.parts)


def choose_path(
    camera: str,
    slot_epoch: float,
    start_epoch: float,
    zone: ZoneInfo,
    taken: Callable[[PurePosixPath], bool],
) -> PurePosixPath:
    """The first free name: the slot's, else the real start minute's, else with a number suffix."""
    slot_name = relative_path(camera, local_time(slot_epoch, zone))
    if not taken(slot_name):
        return slot_name
    start_local = local_time(start_epoch, zone)
    for number in range(1, 1000):
        candidate = relative_path(camera, start_local, number)
        if not taken(candidate):
            return candidate
    raise RuntimeError(f"no free archive name for {camera} at {start_local}")  # 999 restarts in a minute


def file_taken(
    root: Path, extra: Callable[[PurePosixPath], bool] | None = None
) -> Callable[[PurePosixPath], bool]:
    """A ``taken`` test: the final file exists, or ``extra`` says it is reserved (in progress)."""

    def taken(relative: PurePosixPath) -> bool:
        return (root / relative).exists() or (extra is not None and extra(relative))

    return taken

"""PART-TARGET and TARGETDURATION from what the camera really sends.

A part is cut at whole frames: FFmpeg closes a fragment when the packet that arrives is
``frag_duration`` or more past the fragment's first one. So PART-TARGET is a whole number of the
camera's frame durations: ``ceil(part_target_s / frame) × frame`` (12.5 fps → 0.24 s, 25 fps → 0.2 s,
29.97 fps → 0.2002 s), and ``frag_duration`` = 0.9 × PART-TARGET lands between the last two frames.
As in gohlslib (findCompatiblePartDuration), every frame duration seen in the first segment must
then give parts within 85–100 % of it (spec 4.4.4.9, and iOS fails otherwise); if not, PART-TARGET
grows in 5 ms steps until they do. Gaps of 2, 3 … frames (a frame the camera skipped) are left out
of that check: they are rare and would fix PART-TARGET too long for every other part.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

TICKS = 90000  # the MP4 track's timescale and the packager's time unit
FRAG_FRACTION = 0.9
STEP_S = 0.005
MAX_PART_S = 5.0


def frame_duration(deltas: Sequence[int]) -> float:
    """The camera's frame duration in seconds: the median DTS step (in ticks) of the first packets."""
    steps = [d for d in deltas if d > 0]
    return statistics.median(steps) / TICKS if steps else 0.04


def _part_length(part_target: float, frame: float) -> float:
    """How long a part of ``frame``-long frames lasts when cut at FRAG_FRACTION × part_target."""
    frames = math.ceil(round(FRAG_FRACTION * part_target / frame, 9))
    return max(1, frames) * frame


def _compatible(part_target: float, frame: float) -> bool:
    if frame > part_target + 1e-9:
        return False
    length = _part_length(part_target, frame)
    return 0.85 * part_target <= length + 1e-9 and length <= part_target + 1e-9


def choose_part_target(wanted_s: float, deltas: Sequence[int]) -> tuple[float, float]:
    """(PART-TARGET, frame duration) in seconds for a camera whose first DTS steps were ``deltas``."""
    frame = frame_duration(deltas)
    part_target = max(1, math.ceil(round(wanted_s / frame, 9))) * frame
    observed = {d / TICKS for d in deltas if d > 0}
    regular = {f for f in observed if not _a_gap(f, frame)}
    while part_target < MAX_PART_S and not all(_compatible(part_target, f) for f in regular):
        part_target += STEP_S
    return part_target, frame


def _a_gap(duration: float, frame: float) -> bool:
    """Two or more frame durations: frames the camera (or its network) skipped."""
    ratio = duration / frame
    return ratio >= 1.9 and abs(ratio - round(ratio)) < 0.1


def frag_duration(part_target: float) -> float:
    return FRAG_FRACTION * part_target


def first_target_duration(segment_s: float) -> int:
    """TARGETDURATION from the first segment: its length rounded up (a hair of jitter tolerated), ≥ 1 s.

    Rounding up rather than to the nearest second leaves room for segments a frame longer than the
    first one (round(EXTINF) must never exceed it, and it must never change).
    """
    return max(1, math.ceil(segment_s - 0.02))

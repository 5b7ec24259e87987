"""Lanes of a camera's picture, each a polygon with its own direction, for the tracker.

A camera that sees two lanes (one in, one out, or two in that are mounted differently) gives each lane a
polygon of the picture, in fractions of its width and height (0..1, so the main stream and a sub-stream
of another resolution share one setting). An event takes the direction of the lane its plate was in:
the lane that holds the centre of the plate's box in most of the track's readings. A plate that was in
no lane in any reading takes the camera's own direction (or its own ``entry_motion``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from cgrconsole.core.camera.settings import LaneConfig

EntryMotion = Literal["down", "up", "towards", "away"]
Point = tuple[float, float]


@dataclass(frozen=True)
class Lane:
    """``direction`` is entry, exit or auto (then ``entry_motion`` says which motion is entry)."""

    polygon: tuple[Point, ...]
    direction: str = "auto"
    entry_motion: EntryMotion = "down"
    name: str = ""

    @classmethod
    def from_config(cls, lane: LaneConfig) -> Lane:
        direction = "auto" if lane.entry_motion else (lane.direction or "entry")
        return cls(lane.polygon, direction, lane.entry_motion or "down", lane.name)

    def contains(self, x: float, y: float) -> bool:
        """Whether the point (fractions of the picture) is inside the polygon (even-odd rule)."""
        inside = False
        points = self.polygon
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
        return inside


def lane_of(lanes: Sequence[Lane], box: tuple[int, int, int, int], size: tuple[int, int]) -> int | None:
    """The index of the first lane holding the centre of ``box`` in a ``size`` = (width, height) picture."""
    x = (box[0] + box[2]) / 2 / max(1, size[0])
    y = (box[1] + box[3]) / 2 / max(1, size[1])
    return next((i for i, lane in enumerate(lanes) if lane.contains(x, y)), None)


def majority_lane(indices: Iterable[int | None]) -> int | None:
    """The lane most readings were in (the earlier lane on a tie); None when none was in any lane."""
    counts = Counter(i for i in indices if i is not None)
    if not counts:
        return None
    return max(sorted(counts), key=lambda i: counts[i])

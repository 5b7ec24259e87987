"""A camera's settings (one ``[[cameras]]`` table) and how ingest retries: plain data, no parsing.

The configuration loader (``cgrconsole.config``) builds these from the TOML file; the core only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from cgrconsole.core.problem import QT_TRANSLATE_NOOP, Problem

EntryMotionName = Literal["down", "up", "towards", "away"]  # cgrconsole.core.anpr.tracker.ENTRY_MOTIONS


@dataclass(frozen=True)
class LaneConfig:
    """One lane a camera sees (a ``[[cameras.lanes]]`` table): a polygon of the picture and its direction.

    ``polygon`` is 3 or more ``[x, y]`` corners as fractions of the picture's width and height (0..1, like
    ``roi``; independent of the stream's resolution). The lane has either a fixed ``direction`` or its own
    ``entry_motion`` (which motion of a vehicle in this lane is entry), exactly one of the two.
    """

    polygon: tuple[tuple[float, float], ...]
    direction: Literal["entry", "exit"] | None = None
    entry_motion: EntryMotionName | None = None
    name: str = ""  # for the operator and the log only

    def problems(self, key: str) -> list[str]:
        """What is wrong, each as ``key.field: what`` (``key`` is e.g. ``cameras[1].lanes[2]``)."""
        found: list[str] = []
        polygon = f"{key}.polygon"
        if len(self.polygon) < 3:
            template = QT_TRANSLATE_NOOP("ConfigProblem", "needs at least 3 [x, y] corners, got {count}")
            found.append(Problem(polygon, template, count=len(self.polygon)))
        elif any(not (0 <= x <= 1 and 0 <= y <= 1) for x, y in self.polygon):
            template = QT_TRANSLATE_NOOP(
                "ConfigProblem",
                "corners are [x, y] fractions of the picture's width and height, each 0..1 "
                "(0, 0 is the top left)",
            )
            found.append(Problem(polygon, template))
        elif polygon_area(self.polygon) < 1e-4:
            template = QT_TRANSLATE_NOOP(
                "ConfigProblem", "encloses no area (its corners are on one line or repeated)"
            )
            found.append(Problem(polygon, template))
        if (self.direction is None) == (self.entry_motion is None):
            template = QT_TRANSLATE_NOOP(
                "ConfigProblem",
                "give the lane either direction (entry, exit) or entry_motion (down, up, towards, away), "
                "not both and not neither",
            )
            found.append(Problem(f"{key}.direction", template))
        return found


def polygon_area(points: tuple[tuple[float, float], ...]) -> float:
    """The area a polygon encloses (shoelace formula; the corners in order, either way round)."""
    twice = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True))
    return abs(twice) / 2


@dataclass(frozen=True)
class CameraConfig:
    """One IP camera. ``name`` is used in archive paths, so it is restricted to A-Z a-z 0-9 _ -."""

    name: str
    url: str
    direction: Literal["entry", "exit"] = "entry"
    enabled: bool = True
    anpr: bool = True
    auto_send: bool = False  # a trusted camera: confident readings go out without the officer
    transport: Literal["tcp", "udp"] = "tcp"
    roi: tuple[float, float, float, float] | None = None  # x1, y1, x2, y2 as fractions of the frame
    title: str = ""  # shown on the tile; may be in any language
    # a camera seeing both directions: each event's direction from the vehicle's motion, this motion
    # being entry (its plate goes down/up the picture, comes towards / drives away from the camera);
    # None: every event takes ``direction``. The same names as cgrconsole.core.anpr.tracker.ENTRY_MOTIONS.
    entry_motion: EntryMotionName | None = None
    # a camera seeing several lanes: each event takes the direction of the lane its plate was in (the
    # box centre, the lane most of its readings were in); a plate in no lane takes the camera's own
    lanes: tuple[LaneConfig, ...] = ()
    # set by the loader, never read from the file: why this camera is switched off
    problem: str = field(default="", metadata={"config": False})

    @property
    def label(self) -> str:
        return self.title or self.name


@dataclass(frozen=True)
class IngestConfig:
    open_timeout_s: float = 10.0
    read_timeout_s: float = 10.0
    backoff_initial_s: float = 1.0
    backoff_max_s: float = 30.0
    offline_after_s: float = 60.0
    frozen_picture_after_s: float = 5.0  # a live camera showing the same image this long is "frozen"

"""One event per vehicle pass: readings of the same plate over frames are grouped and voted.

A reading joins the open track whose last box is near (the plate moved a little and is about as
wide) or whose text is nearly the same, seen within ``gap_s``. A track becomes an event once, when the
vehicle has left the view (not seen for ``gap_s``) or has stood still for ``settle_s`` (at the
barrier). A vehicle standing for minutes stays one track and one event. The winning plate is
voted per character, weighted by confidence, among readings of the most supported length.

A track that has made its event lingers for ``linger_s`` after it was last seen: when the same
plate (one character may differ) shows up again (a person walked in front of it, frames were
dropped under load, the recognizer paused while nothing moved), the track resumes instead of
making a second event.

With ``direction="auto"`` each event's direction comes from the vehicle's motion, and
``entry_motion`` says which motion is entry, as the camera is mounted (see :data:`ENTRY_MOTIONS`).
With ``lanes`` (see :mod:`~cgrconsole.core.anpr.lanes`) an event takes the direction of the lane its
plate was in (most of its readings); a plate in no lane takes the tracker's own direction.

A frame may show several plates (two vehicles side by side): ``update`` takes every reading of the
frame, and each joins a different track.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cgrconsole.core.anpr.formats import match_formats, text_distance
from cgrconsole.core.anpr.interpret import PlateCandidate, best_candidates
from cgrconsole.core.anpr.lanes import EntryMotion, Lane, lane_of, majority_lane
from cgrconsole.core.anpr.reader import PlateReading

__all__ = ["ENTRY_MOTIONS", "PlateEvent", "PlateTracker", "text_distance", "vote"]

ENTRY_MOTIONS: tuple[EntryMotion, ...] = ("down", "up", "towards", "away")
# a box near the track's last one joins it by position only when the plate is about as wide: a plate does not
# grow or shrink this much between two readings of one vehicle (the next vehicle at the line after one that
# drove away, far and small, is near in widths of the larger box)
MAX_WIDTH_RATIO = 2.5
"""How an entering vehicle moves in the picture: its plate goes ``down`` or ``up`` the picture, or it
comes ``towards`` the camera (the plate grows) or drives ``away`` from it (the plate shrinks). The
opposite motion is exit. ``down`` is the default: a camera facing the traffic it lets in."""


@dataclass(frozen=True)
class PlateEvent:
    time_s: float  # when the best reading was taken
    plate: str
    confidence: float
    country: str
    direction: str  # entry | exit
    candidates: list[PlateCandidate]
    box: tuple[int, int, int, int]
    readings: int
    track_id: int
    frame: Any = None  # whatever the caller passed with the best reading (the live picture)


@dataclass
class _Track:
    id: int
    readings: list[tuple[float, PlateReading]] = field(default_factory=list)
    lanes: list[int | None] = field(default_factory=list)  # the lane of each reading (None: in no lane)
    emitted: bool = False
    still_since: float | None = None
    best_frame: Any = None
    best_confidence: float = -1.0
    best_plate: str = ""

    @property
    def last_time(self) -> float:
        return self.readings[-1][0]

    @property
    def last_box(self) -> tuple[int, int, int, int]:
        box = self.readings[-1][1].box
        assert box is not None
        return box


class PlateTracker:
    """Feed ``update(t, reading)`` per analysed frame in time order; it returns finished events."""

    def __init__(
        self,
        direction: str = "auto",
        gap_s: float = 1.2,
        settle_s: float = 2.0,
        min_readings: int = 2,
        min_confidence: float = 0.3,
        linger_s: float = 30.0,
        entry_motion: EntryMotion = "down",
        lanes: Sequence[Lane] = (),
    ) -> None:
        for motion in (entry_motion, *(lane.entry_motion for lane in lanes)):
            if motion not in ENTRY_MOTIONS:
                raise ValueError(f"entry_motion must be one of {', '.join(ENTRY_MOTIONS)}, not {motion!r}")
        self.lanes = tuple(lanes)
        self.direction = direction
        self.entry_motion = entry_motion
        self.gap_s = gap_s
        self.settle_s = settle_s
        self.linger_s = linger_s
        self.min_readings = min_readings
        self.min_confidence = min_confidence
        self._tracks: list[_Track] = []
        self._next_id = 1

    @property
    def watching(self) -> bool:
        """A vehicle is in view (or was a moment ago): keep reading frames even without motion."""
        return any(not track.emitted or track.still_since is not None for track in self._tracks)

    def update(
        self,
        t: float,
        reading: PlateReading | Sequence[PlateReading] | None,
        frame: Any = None,
        size: tuple[int, int] | None = None,
    ) -> list[PlateEvent]:
        """The readings of one frame (one, several, or none); ``size`` (width, height) places them in lanes.

        Each reading of the frame joins a different track: two plates seen at once are two vehicles.
        """
        readings = [] if reading is None else [reading] if isinstance(reading, PlateReading) else reading
        if self.lanes and readings and size is None:
            raise ValueError("a tracker with lanes needs the frame's size to place the plates")
        taken: set[int] = set()
        for one in readings:
            if not (one.plate and one.box and one.confidence >= self.min_confidence):
                continue
            track = self._match(t, one, taken)
            if track is None:
                track = _Track(self._next_id)
                self._next_id += 1
                self._tracks.append(track)
            taken.add(track.id)
            moved = _moved(track.last_box, one.box) if track.readings else True
            track.still_since = None if moved else (track.still_since or t)
            track.readings.append((t, one))
            track.lanes.append(lane_of(self.lanes, one.box, size) if self.lanes and size else None)
            if one.confidence > track.best_confidence:
                track.best_confidence, track.best_frame = one.confidence, frame
                track.best_plate = one.plate
        return self._due(t, final=False)

    def finish(self, t: float) -> list[PlateEvent]:
        """End of the video: every open track becomes an event."""
        return self._due(t, final=True)

    def _match(self, t: float, reading: PlateReading, taken: set[int]) -> _Track | None:
        assert reading.box is not None and reading.plate is not None
        best, best_cost = None, float("inf")
        for track in self._tracks:
            if track.id in taken:
                continue
            distance = _center_distance(track.last_box, reading.box)
            text = text_distance(track.readings[-1][1].plate or "", reading.plate)
            if t - track.last_time > self.gap_s:
                # past the gap (frames came slowly, or the plate was hidden) a vehicle may still
                # resume, recognized by its plate rather than by where it was
                if text_distance(track.best_plate, reading.plate) > 1:
                    continue
                distance = 0.0
            near = distance <= 1.5 and _width_ratio(track.last_box, reading.box) <= MAX_WIDTH_RATIO
            if near or text <= 2:
                cost = distance + text
                if cost < best_cost:
                    best, best_cost = track, cost
        return best

    def _due(self, t: float, final: bool) -> list[PlateEvent]:
        events = []
        for track in list(self._tracks):
            gone = final or t - track.last_time > self.gap_s
            settled = track.still_since is not None and t - track.still_since >= self.settle_s
            if not track.emitted and (gone or settled) and self._worthy(track):
                events.append(self._event(track))
                track.emitted = True
            lingered = final or t - track.last_time > self.gap_s + (self.linger_s if track.emitted else 0)
            if lingered:
                self._tracks.remove(track)
        return events

    def _worthy(self, track: _Track) -> bool:
        best = max(r.confidence for _, r in track.readings)
        return len(track.readings) >= self.min_readings or best >= 0.9

    def _event(self, track: _Track) -> PlateEvent:
        plate, confidence = vote([r for _, r in track.readings])
        best_t, best = max(track.readings, key=lambda item: item[1].confidence)
        candidates = best_candidates(c for _, reading in track.readings for c in reading.candidates)
        formats = match_formats(plate)
        country = formats[0].country if formats else best.country
        assert best.box is not None
        return PlateEvent(
            best_t,
            plate,
            confidence,
            country,
            self._direction(track),
            candidates,
            best.box,
            len(track.readings),
            track.id,
            track.best_frame,
        )

    def lane(self, track_lanes: Sequence[int | None]) -> Lane | None:
        """The lane of a track whose readings were in ``track_lanes`` (None: in no lane)."""
        index = majority_lane(track_lanes)
        return None if index is None else self.lanes[index]

    def _direction(self, track: _Track) -> str:
        lane = self.lane(track.lanes)
        direction, entry_motion = (
            (lane.direction, lane.entry_motion) if lane else (self.direction, self.entry_motion)
        )
        if direction in ("entry", "exit"):
            return direction
        boxes = [reading.box for _, reading in track.readings if reading.box is not None]
        first, last = boxes[0], boxes[-1]
        if entry_motion in ("down", "up"):
            moved_down = (last[1] + last[3]) >= (first[1] + first[3])
            return "entry" if moved_down == (entry_motion == "down") else "exit"
        # towards/away: the plate's width grows as the vehicle comes closer; the first and last few
        # readings are averaged because a single box's width jitters by a few pixels
        k = max(1, len(boxes) // 3)
        grew = _mean_width(boxes[-k:]) >= _mean_width(boxes[:k])
        return "entry" if grew == (entry_motion == "towards") else "exit"


def _mean_width(boxes: list[tuple[int, int, int, int]]) -> float:
    return sum(b[2] - b[0] for b in boxes) / len(boxes)


def vote(readings: list[PlateReading]) -> tuple[str, float]:
    """Per-character vote weighted by confidence, over readings of the best-supported length."""
    by_length: dict[int, float] = defaultdict(float)
    for reading in readings:
        by_length[len(reading.plate or "")] += reading.confidence
    length = max(by_length, key=lambda n: by_length[n])
    same = [r for r in readings if len(r.plate or "") == length]
    chars = []
    for i in range(length):
        weights: dict[str, float] = defaultdict(float)
        for reading in same:
            weights[(reading.plate or "")[i]] += reading.confidence
        chars.append(max(weights, key=lambda ch: weights[ch]))
    plate = "".join(chars)
    agreeing = [r.confidence for r in same if r.plate == plate]
    support = sum(agreeing) / sum(r.confidence for r in readings)
    confidence = max(agreeing, default=max(r.confidence for r in same)) * (0.5 + 0.5 * support)
    return plate, round(confidence, 4)


def _center_distance(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """Distance between box centres, in widths of the larger box."""
    width = max(a[2] - a[0], b[2] - b[0], 1)
    dx = (a[0] + a[2] - b[0] - b[2]) / 2
    dy = (a[1] + a[3] - b[1] - b[3]) / 2
    return float((dx * dx + dy * dy) ** 0.5 / width)


def _width_ratio(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """How many times wider the wider of two boxes is."""
    wa, wb = max(a[2] - a[0], 1), max(b[2] - b[0], 1)
    return max(wa, wb) / min(wa, wb)


def _moved(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return _center_distance(a, b) > 0.05

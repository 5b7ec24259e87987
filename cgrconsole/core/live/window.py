"""What a camera's live stream holds: parts, segments and inits, and which of them are listed or still served.

The packager's thread owns a ``PartWindow`` and changes it; after every change it takes an immutable
``MediaWindow`` (what the media playlist lists) and the resources by name (what may be downloaded), and
hands both to the ``LiveStream`` in one step, so a reader never sees half a change (spec 6.2.1).

Retention (spec 6.2.2): at least ``segments_kept`` complete segments are listed, and never less than
3 target durations. EXT-X-PART lines are listed for the last ~3 target durations (the open segment
included), and parts that left the playlist stay downloadable for another 3 target durations, as do
segments that left it. Media sequence numbers run on over the stream's life (a reconnect starts a new
init and an EXT-X-DISCONTINUITY, not a new count).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

EPSILON = 1e-6  # durations are sums of float part durations


def init_name(session: str) -> str:
    return f"init-{session}.mp4"


def part_name(session: str, msn: int, index: int) -> str:
    return f"{session}-p{msn}.{index}.m4s"


def segment_name(session: str, msn: int) -> str:
    return f"{session}-s{msn}.m4s"


@dataclass(frozen=True, slots=True)
class Part:
    """One fragment (moof+mdat) of a segment; ``wallclock`` is its first packet's ingest time."""

    msn: int
    index: int
    session: str
    duration: float
    independent: bool  # starts with a keyframe
    wallclock: float
    data: bytes = field(repr=False)

    @property
    def name(self) -> str:
        return part_name(self.session, self.msn, self.index)


@dataclass(frozen=True, slots=True)
class Segment:
    """A media segment: its parts, concatenated into ``data`` once it is complete."""

    msn: int
    session: str
    parts: tuple[Part, ...]
    discontinuity: int  # the stream's discontinuity count up to and including this segment
    starts_discontinuity: bool  # a new init and timeline begin here
    complete: bool
    data: bytes = field(default=b"", repr=False)

    @property
    def name(self) -> str:
        return segment_name(self.session, self.msn)

    @property
    def duration(self) -> float:
        return sum(part.duration for part in self.parts)

    @property
    def wallclock(self) -> float:
        return self.parts[0].wallclock if self.parts else 0.0

    @property
    def bitrate(self) -> int:
        return int(len(self.data) * 8 / self.duration) if self.duration > 0 else 0


@dataclass(frozen=True)
class MediaWindow:
    """What one media playlist shows (immutable)."""

    segments: tuple[Segment, ...]  # complete and listed, oldest first
    open: Segment | None  # the segment being written (its complete parts), None between sessions
    parts_from: int  # segments with msn >= parts_from list their EXT-X-PART lines
    target_duration: int
    part_target: float
    hint: str  # the next part's name (EXT-X-PRELOAD-HINT)

    @property
    def newest_part(self) -> Part | None:
        if self.open is not None and self.open.parts:
            return self.open.parts[-1]
        return self.segments[-1].parts[-1] if self.segments else None

    @property
    def most_parts(self) -> int:
        """The most parts any listed segment holds (a long GOP holds more than 3 s of parts)."""
        listed = [*self.segments, *([self.open] if self.open else [])]
        return max((len(segment.parts) for segment in listed), default=0)

    def segment(self, msn: int) -> Segment | None:
        if self.open is not None and self.open.msn == msn:
            return self.open
        first = self.segments[0].msn if self.segments else 0
        if 0 <= msn - first < len(self.segments):
            return self.segments[msn - first]
        return None


class PartWindow:
    """The producer's side. Not thread-safe: the packager's thread owns it."""

    def __init__(self, segments_kept: int) -> None:
        self.segments_kept = max(3, segments_kept)
        self._complete: deque[Segment] = deque()  # listed and retired-but-served, oldest first
        self._inits: dict[str, bytes] = {}
        self._parts: list[Part] = []  # of the open segment
        self._session = ""
        self._next_msn = 0
        self._discontinuity = 0
        self._discontinuity_pending = False

    @property
    def open_msn(self) -> int:
        """The segment the next part goes to."""
        return self._next_msn

    @property
    def open_duration(self) -> float:
        return sum(part.duration for part in self._parts)

    @property
    def has_media(self) -> bool:
        return bool(self._complete or self._parts)

    def start_session(self, session: str, init: bytes) -> None:
        """A new init: the next segment belongs to ``session`` (a discontinuity unless it is the first)."""
        self.close_segment()
        self._discontinuity_pending = self.has_media
        self._session = session
        self._inits[session] = init

    def add_part(self, data: bytes, duration: float, independent: bool, wallclock: float) -> Part:
        part = Part(self._next_msn, len(self._parts), self._session, duration, independent, wallclock, data)
        self._parts.append(part)
        return part

    def close_segment(self) -> Segment | None:
        """The open segment is complete (None when it has no part)."""
        if not self._parts:
            return None
        starts = self._discontinuity_pending
        if starts:
            self._discontinuity += 1
            self._discontinuity_pending = False
        segment = Segment(
            self._next_msn,
            self._session,
            tuple(self._parts),
            self._discontinuity,
            starts,
            True,
            b"".join(part.data for part in self._parts),
        )
        self._complete.append(segment)
        self._parts = []
        self._next_msn += 1
        return segment

    def next_part_name(self, session: str) -> str:
        """The part that comes next: the open segment's next one, or the first of a segment of ``session``."""
        if not self._parts:
            return part_name(session, self._next_msn, 0)
        return part_name(self._session, self._next_msn, len(self._parts))

    def window(self, target_duration: int, part_target: float, hint: str) -> MediaWindow:
        """Take what the playlist lists now; drops what is no longer served."""
        complete = list(self._complete)
        span = 3 * target_duration
        listed = _newest(complete, self.segments_kept, span)
        served = _newest(complete, len(listed), span + _duration(listed)) if listed else []
        open_segment = None
        if self._parts:
            starts = self._discontinuity_pending
            number = self._discontinuity + (1 if starts else 0)
            open_segment = Segment(self._next_msn, self._session, tuple(self._parts), number, starts, False)
        covered = open_segment.duration if open_segment else 0.0
        parts_from = self._next_msn
        for segment in reversed(listed):
            if covered >= span - EPSILON:
                break
            covered += segment.duration
            parts_from = segment.msn
        while len(self._complete) > len(served):
            self._complete.popleft()
        return MediaWindow(tuple(listed), open_segment, parts_from, target_duration, part_target, hint)

    def resources(self, window: MediaWindow) -> dict[str, bytes]:
        """Everything downloadable now, by exact name: served segments, recent parts, their inits."""
        span = 6 * window.target_duration
        found: dict[str, bytes] = {}
        sessions = {self._session} if self._session else set()
        covered = window.open.duration if window.open else 0.0
        for part in self._parts:
            found[part.name] = part.data
        for segment in reversed(self._complete):
            found[segment.name] = segment.data
            sessions.add(segment.session)
            if covered < span - EPSILON:
                covered += segment.duration
                for part in segment.parts:
                    found[part.name] = part.data
        for session in sessions:
            if session in self._inits:
                found[init_name(session)] = self._inits[session]
        for session in set(self._inits) - sessions:
            del self._inits[session]
        return found


def _duration(segments: list[Segment]) -> float:
    return sum(segment.duration for segment in segments)


def _newest(segments: list[Segment], count: int, span: float) -> list[Segment]:
    """The newest segments: at least ``count`` of them and ``span`` seconds (as far as there are)."""
    taken = 0
    covered = 0.0
    for segment in reversed(segments):
        if taken >= count and covered >= span - EPSILON:
            break
        taken += 1
        covered += segment.duration
    return segments[len(segments) - taken :]

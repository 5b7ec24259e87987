"""Where an event's moment is in the archive: the file on disk and the second inside it to start at.

The event's archive link names the file; the index knows the media time its first frame stands for
(``start_ts``), so the offset is the event's time minus that. A file that is still being recorded has
no final file yet (only fragments under ``.recording``): it can be watched once it is finished, at the
latest a segment (5 minutes) later. The file after it is the camera's next one in the index, for a
vehicle that passed just before a cut.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cgrconsole.core.archive.index import ArchiveFile, ArchiveIndex

# An event this close to its file's end may go on in the next file (the vehicle is still passing).
NEAR_END_S = 30.0

NO_LINK = "no_link"  # the event has no archive file (its archive note says why)
NOT_FINISHED = "not_finished"  # the file is still being recorded
NOT_ON_DISK = "not_on_disk"  # the file was deleted by retention (or the archive disk is not mounted)


@dataclass(frozen=True)
class PlaybackPoint:
    """A file to play and where; ``problem`` says why there is nothing to play (``path`` is then None)."""

    path: Path | None
    offset_s: float = 0.0
    duration_s: float = 0.0
    file: ArchiveFile | None = None
    problem: str | None = None

    @property
    def near_end(self) -> bool:
        return self.file is not None and self.duration_s - self.offset_s <= NEAR_END_S


def locate(index: ArchiveIndex, root: Path, archive_path: str | None, ts: float) -> PlaybackPoint:
    """The point to play for an event at ``ts`` linked to ``archive_path`` (posix, under ``root``)."""
    if not archive_path:
        return PlaybackPoint(None, problem=NO_LINK)
    path = root / PurePosixPath(archive_path)
    file = index.by_path(archive_path)
    if file is None:
        problem = NOT_FINISHED if not path.exists() else None
        if problem is not None:
            return PlaybackPoint(path, problem=problem)
        return PlaybackPoint(path)  # on disk but not indexed (an old copy): from its start
    if not path.exists():
        return PlaybackPoint(path, file=file, problem=NOT_ON_DISK)
    duration = max(0.0, file.end_ts - file.start_ts)
    return PlaybackPoint(path, min(max(0.0, ts - file.start_ts), duration), duration, file)


def next_point(index: ArchiveIndex, root: Path, point: PlaybackPoint) -> PlaybackPoint | None:
    """The camera's next file from its start, or None when there is none on disk (yet)."""
    if point.file is None:
        return None
    following = index.following(point.file)
    if following is None:
        return None
    path = root / PurePosixPath(following.path)
    if not path.exists():
        return None
    return PlaybackPoint(path, 0.0, max(0.0, following.end_ts - following.start_ts), following)

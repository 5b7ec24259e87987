"""An event's archive link: the file that really holds the camera's video at that moment, or why none does.

The recorder knows the file it is writing and the last ones it finished, by the wall-clock span each
covers; the index knows every older one. A moment no file covers gets no link and a note the officer
sees (``NOT_RECORDING``, ``ARCHIVE_OFF``); nothing is ever guessed from the slot's name, which a second
file in the same slot (after a reconnect or a restart) does not carry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cgrconsole.core.archive.index import ArchiveIndex
from cgrconsole.core.archive.recorder import SegmentRecorder

NOT_RECORDING = "not_recording"  # the camera's video was not being recorded at that moment
ARCHIVE_OFF = "archive_off"  # this camera is not recorded at all (archive disabled)


@dataclass(frozen=True)
class ArchiveLink:
    path: str | None  # posix, under the archive root
    note: str | None = None  # why there is no path


class ArchiveLinks:
    """``at()`` runs on the recognition thread (or any other); it may wait for a busy recorder."""

    def __init__(
        self, index: ArchiveIndex | None, recorders: Mapping[str, SegmentRecorder], wait: float = 3.0
    ) -> None:
        self._index = index
        self._recorders = recorders
        self._wait = wait

    def at(self, camera: str, epoch: float) -> ArchiveLink:
        recorder = self._recorders.get(camera)
        if recorder is not None:
            path = recorder.file_at(epoch, self._wait)
            if path is not None:
                return ArchiveLink(path)
        # asked after the recorder: every file it finished before answering is in the index
        found = self._index.file_at(camera, epoch) if self._index is not None else None
        if found is not None:
            return ArchiveLink(found.path)
        return ArchiveLink(None, NOT_RECORDING if recorder is not None else ARCHIVE_OFF)

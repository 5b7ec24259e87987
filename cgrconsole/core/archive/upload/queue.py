"""Who holds which file: the upload queue in memory, over the index's ``pending`` rows.

The index says what waits (oldest first); this says what is being sent now (claimed, by which
worker), what was put aside after a permanent failure (parked, shown with advice, tried again after
``PARK_S``) and what is held back after repeated transient failures (so it cannot block the rest).
All of it is memory only: after a restart every pending file is simply tried again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace

from cgrconsole.core.archive.index import ArchiveFile, ArchiveIndex
from cgrconsole.core.archive.upload.problems import UploadProblem
from cgrconsole.core.archive.upload.status import ParkedFile, TransferProgress
from cgrconsole.core.backoff import backoff_delay

PARK_S = 3600.0  # a permanently failing file is tried again after this (the admin may have fixed it)
HOLD_AFTER = 3  # consecutive transient failures of one file on a working link before it is held back


class UploadQueue:
    """Thread-safe; ``clock`` is the wall clock (parking), holds use the monotonic clock."""

    def __init__(
        self,
        index: ArchiveIndex,
        hold_initial_s: float,
        hold_max_s: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._index = index
        self._hold = (hold_initial_s, hold_max_s)
        self._clock = clock
        self._lock = threading.Lock()
        self._claimed: dict[int, TransferProgress] = {}
        self._owner: dict[int, int] = {}  # file id -> worker number
        self._parked: dict[int, ParkedFile] = {}
        self._failures: dict[int, int] = {}  # file id -> consecutive transient failures
        self._held: dict[int, float] = {}  # file id -> monotonic time it may be tried again

    def claim(self, worker: int) -> ArchiveFile | None:
        """The oldest pending file nobody holds and nothing keeps aside, now ``worker``'s."""
        now, mono = self._clock(), time.monotonic()
        with self._lock:
            for file_id in [i for i, p in self._parked.items() if p.retry_at <= now]:
                del self._parked[file_id]
            for file_id in [i for i, at in self._held.items() if at <= mono]:
                del self._held[file_id]
            exclude = set(self._claimed) | set(self._parked) | set(self._held)
            candidates = self._index.pending_uploads(1, exclude)
            if not candidates:
                return None
            file = candidates[0]
            self._claimed[file.id] = TransferProgress(file.path, file.size_bytes, 0, 0.0)
            self._owner[file.id] = worker
            return file

    def progress(self, file_id: int, done: int, resumed_from: int, bytes_per_s: float) -> None:
        with self._lock:
            before = self._claimed.get(file_id)
            if before is not None:
                self._claimed[file_id] = replace(
                    before, done_bytes=done, resumed_from=resumed_from, bytes_per_s=bytes_per_s
                )

    def done(self, file_id: int) -> None:
        """Uploaded: forget every trace of it."""
        with self._lock:
            for table in (self._claimed, self._owner, self._parked, self._failures, self._held):
                table.pop(file_id, None)

    def release(self, file_id: int, failed: bool = False) -> None:
        """Back to the queue; ``failed`` on a working link: after ``HOLD_AFTER`` in a row it waits aside."""
        with self._lock:
            self._claimed.pop(file_id, None)
            self._owner.pop(file_id, None)
            if failed:
                count = self._failures[file_id] = self._failures.get(file_id, 0) + 1
                if count >= HOLD_AFTER:
                    delay = backoff_delay(count - HOLD_AFTER, *self._hold)
                    self._held[file_id] = time.monotonic() + delay

    def release_worker(self, worker: int) -> None:
        """After a worker's crash: its files go back to the queue."""
        with self._lock:
            for file_id in [f for f, n in self._owner.items() if n == worker]:
                self._claimed.pop(file_id, None)
                self._owner.pop(file_id, None)

    def park(self, file: ArchiveFile, error: str, advice: str, problem: UploadProblem) -> ParkedFile:
        parked = ParkedFile(file.path, error, advice, self._clock() + PARK_S, problem)
        with self._lock:
            self._claimed.pop(file.id, None)
            self._owner.pop(file.id, None)
            self._parked[file.id] = parked
        return parked

    def snapshot(self) -> tuple[tuple[TransferProgress, ...], tuple[ParkedFile, ...]]:
        """(what is being sent, what is put aside) now."""
        with self._lock:
            return tuple(self._claimed.values()), tuple(self._parked.values())

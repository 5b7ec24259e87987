"""The segment recorder of one camera: packets in, 5-minute MP4 files out.

Cutting: in copy mode a file must start on a keyframe, so a file ends at the first keyframe at
or after its slot's end (a full file lasts 300 s +- one GOP; cameras should send a keyframe at
least every 2 s). In transcode mode our own encoder starts every file with a keyframe.

Copy or transcode: the camera's stream is copied when it is H.264 within 1280x720. Anything
else (H.265, 1080p) is transcoded. A copied stream whose file is on course to pass 50 MB
switches to transcoding at its next keyframe, and stays so until restart. A hard cap of 49 MB
closes any file regardless.

Disk problems (archive folder missing, read-only, full) become a status with a reason; the
recorder retries every 10 s and the camera's live view is unaffected (the packet queue drops).

Which file holds a moment: ``file_at(epoch)`` answers for events (their archive link) once the
recorder has handled every packet up to that moment, from the file being written and the last
files it finished, by the wall-clock span each covers.
"""

from __future__ import annotations

import errno
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from cgrconsole.core.archive.index import ArchiveIndex
from cgrconsole.core.archive.layout import choose_path, file_taken, slot_start
from cgrconsole.core.archive.segment import (
    FinishedSegment,
    SegmentPlan,
    SegmentWriter,
    TranscodeSettings,
    finalize,
)
from cgrconsole.core.camera.fanout import PacketQueue
from cgrconsole.core.camera.packets import EncodedPacket, SessionEnded, SessionStarted, StreamInfo
from cgrconsole.core.service_thread import ServiceThread
from cgrconsole.core.signals import Signal
from cgrconsole.core.supervision import Supervisor

log = logging.getLogger(__name__)

FILE_LIMIT = 50 * 1000 * 1000  # the customer's "50 MB" read strictly (decimal megabytes)
HARD_CAP = 49 * 1000 * 1000
PROJECTION_MARGIN = 0.95
PROJECT_AFTER = 15.0  # seconds of a file before its size is projected
SILENCE_CLOSE = 10.0  # a camera silent this long gets its file finished (it shows up in the archive)
RETRY_AFTER = 10.0
QUEUE_WAIT = 0.5  # seconds the thread waits for a packet; an idle wait means it has seen everything older
RECENT_FILES = 16  # finished files kept in memory for file_at(); older ones are in the index


class RecorderState(StrEnum):
    WAITING = "waiting"  # no video (camera down) or waiting for a keyframe
    RECORDING = "recording"
    FAILED = "failed"  # the archive cannot be written; see reason


class ArchiveProblem(StrEnum):
    ROOT_MISSING = "root_missing"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    WRITE_ERROR = "write_error"
    INTERNAL_ERROR = "internal_error"  # a bug or a stream we cannot mux; the recorder restarts itself

    @property
    def message(self) -> str:
        return {
            ArchiveProblem.ROOT_MISSING: "the archive folder does not exist; connect its disk or correct "
            "paths.archive_dir",
            ArchiveProblem.READ_ONLY: "the archive folder is read-only; give the console write access",
            ArchiveProblem.DISK_FULL: "the archive disk is full; free space or lower the retention",
            ArchiveProblem.WRITE_ERROR: "the archive file could not be written; check the disk",
            ArchiveProblem.INTERNAL_ERROR: "an internal error stopped recording; it restarts by itself "
            "(see the log)",
        }[self]


@dataclass(frozen=True)
class RecorderStatus:
    camera: str
    state: RecorderState
    problem: ArchiveProblem | None = None
    file: str = ""
    mode: str = ""


def problem_of(exc: OSError) -> ArchiveProblem:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ArchiveProblem.DISK_FULL
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ArchiveProblem.READ_ONLY
    if exc.errno == errno.ENOENT:
        return ArchiveProblem.ROOT_MISSING
    return ArchiveProblem.WRITE_ERROR


def needs_transcoding(info: StreamInfo) -> bool:
    return info.codec != "h264" or info.width > 1280 or info.height > 720


class SegmentRecorder:
    """One thread per camera; ``status_changed`` and ``file_finished`` are emitted on it."""

    def __init__(
        self,
        camera: str,
        queue: PacketQueue,
        root: Path,
        index: ArchiveIndex,
        zone: ZoneInfo,
        *,
        segment_seconds: int = 300,
        transcode: TranscodeSettings | None = None,
        upload_required: bool = False,
        clock: Callable[[], float] = time.time,
        supervisor: Supervisor | None = None,
    ) -> None:
        self.camera = camera
        self.root = root
        self._queue = queue
        self._index = index
        self._zone = zone
        self._segment = segment_seconds
        self._transcode = transcode or TranscodeSettings()
        self._upload_required = upload_required
        self._clock = clock
        self._info: StreamInfo | None = None
        self._writer: SegmentWriter | None = None
        self._force_transcode = False
        self._switch_pending = False
        self._retry_at = 0.0
        self.status_changed: Signal[[RecorderStatus]] = Signal(f"{camera} recorder status")
        self.file_finished: Signal[[FinishedSegment]] = Signal(f"{camera} archive file")
        self.status = RecorderStatus(camera, RecorderState.WAITING)
        self._service = ServiceThread(f"record-{camera}", self.run, supervisor, on_crash=self._on_crash)
        self._stop = self._service.stop_event
        # what file_at() reads from other threads, under this condition
        self._timeline = threading.Condition()
        self._handled_until = float("-inf")  # every packet that arrived before this was handled
        self._recent: deque[tuple[float, float, str]] = deque(maxlen=RECENT_FILES)  # wall span, path

    # -- thread ------------------------------------------------------------------------
    def start(self) -> None:
        self._service.start()

    def request_stop(self) -> None:
        self._service.request_stop()

    def stop(self, timeout: float = 10.0) -> bool:
        """Stop after finishing the current file."""
        return self._service.stop(timeout)

    def run(self) -> None:
        """The loop; public so tests can drive a recorder on their own thread."""
        while not self._stop.is_set():
            self.step(self._queue.get(timeout=QUEUE_WAIT))
        self._close("stopped")
        self._handled(float("inf"))  # nothing more will be recorded: file_at() answers at once

    def step(self, item: object) -> None:
        """Handle one queue item (None = nothing arrived for a while)."""
        if item is None:
            if self._writer is not None and self._clock() - self._writer.last_wallclock > SILENCE_CLOSE:
                self._close("no video")
            self._handled(self._clock() - QUEUE_WAIT)
        elif isinstance(item, SessionStarted):
            self._close("new session")
            self._info = item.info
            self._handled(item.wallclock)
        elif isinstance(item, SessionEnded):
            self._close("session ended")
            self._info = None
            self._handled(item.wallclock)
        elif isinstance(item, EncodedPacket):
            self._on_packet(item)
            self._handled(item.wallclock)

    # -- which file holds a moment ------------------------------------------------------
    def file_at(self, epoch: float, wait: float = 3.0) -> str | None:
        """The file (posix path under the root) holding this camera's video at ``epoch``, or None.

        Waits up to ``wait`` seconds until every packet that arrived before ``epoch`` was handled
        (the recorder may be finishing a file); after that it answers from what it knows. None means
        no file of the recent ones covers ``epoch``: nothing was recorded then, or the file is older
        than those kept in memory (ask the index). Thread-safe.
        """
        with self._timeline:
            self._timeline.wait_for(lambda: self._handled_until >= epoch, timeout=wait)
            writer = self._writer
            if writer is not None and writer.plan.start_epoch <= epoch:
                return writer.plan.relative_path
            for start, end, path in reversed(self._recent):
                if start <= epoch < end:
                    return path
        return None

    def _handled(self, until: float) -> None:
        with self._timeline:
            if until > self._handled_until:
                self._handled_until = until
                self._timeline.notify_all()

    # -- packets -----------------------------------------------------------------------
    def _on_packet(self, packet: EncodedPacket) -> None:
        if self._info is None:
            return
        slot = slot_start(packet.wallclock, self._segment)
        writer = self._writer
        if writer is not None:
            boundary = slot != writer.plan.slot_epoch or self._switch_pending
            if writer.size >= HARD_CAP:
                log.warning(
                    "%s: %s reached %d MB; closed early",
                    self.camera,
                    writer.plan.relative_path,
                    HARD_CAP // 1_000_000,
                )
                self._force_transcode = True
                self._close("size cap")
            elif boundary and (packet.is_keyframe or writer.plan.mode == "transcode"):
                why = "slot boundary" if not self._switch_pending else "switching to transcoding"
                self._close(why, packet.wallclock)  # the next file takes over with this packet
        if self._writer is None:
            if not packet.is_keyframe or self._clock() < self._retry_at:
                return
            self._open(packet, slot)
        if self._writer is not None:
            try:
                self._writer.write(packet)
            except OSError as exc:
                self._fail(exc)
                return
            self._check_budget(self._writer, packet.wallclock)

    def _open(self, packet: EncodedPacket, slot: float) -> None:
        assert self._info is not None
        mode = "transcode" if self._force_transcode or needs_transcoding(self._info) else "copy"
        self._switch_pending = False
        if not self.root.is_dir():
            self._fail(FileNotFoundError(errno.ENOENT, "archive folder missing", str(self.root)))
            return
        relative = choose_path(self.camera, slot, packet.wallclock, self._zone, file_taken(self.root))
        plan = SegmentPlan(self.camera, relative.as_posix(), slot, packet.wallclock, mode, self._zone.key)
        try:
            self._writer = SegmentWriter(
                self.root, plan, self._info, self._transcode if mode == "transcode" else None, packet.data
            )
        except OSError as exc:
            self._fail(exc)
            return
        self._set_status(RecorderStatus(self.camera, RecorderState.RECORDING, None, plan.relative_path, mode))

    def _check_budget(self, writer: SegmentWriter, now: float) -> None:
        if writer.plan.mode != "copy" or self._switch_pending:
            return
        elapsed = now - writer.plan.start_epoch
        if elapsed < PROJECT_AFTER:
            return
        slot_end = writer.plan.slot_epoch + self._segment
        projected = writer.size + writer.size / elapsed * max(0.0, slot_end - now)
        if projected > PROJECTION_MARGIN * FILE_LIMIT:
            rate = writer.size * 8 / elapsed / 1e6
            log.warning(
                "%s: the camera sends %.1f Mbit/s; a 5-minute file would pass 50 MB, so recording "
                "switches to transcoding at %d kbit/s",
                self.camera,
                rate,
                self._transcode.bitrate_kbps,
            )
            self._force_transcode = True
            self._switch_pending = True

    def _close(self, why: str, wall_end: float | None = None) -> None:
        writer = self._writer
        if writer is None:
            return
        try:
            finished = writer.finish(wall_end, commit=self._commit)
        except OSError as exc:
            self._fail(exc)
            return
        self._archived(finished, why)  # only then: a crash inside finish() leaves it for _on_crash
        if self.status.state is RecorderState.RECORDING:
            self._set_status(RecorderStatus(self.camera, RecorderState.WAITING))

    def _commit(self, finished: FinishedSegment) -> None:
        """The file is under its final name: index it (before its fragments are removed)."""
        self._index.add(finished, self._upload_required)

    def _archived(self, finished: FinishedSegment | None, why: str) -> None:
        """The current file is finished (discarded when None); file_at() finds it among the recent ones."""
        with self._timeline:
            if finished is not None:
                self._recent.append((*finished.wall_span, finished.relative_path))
            self._writer = None
        if finished is None:
            return
        log.info(
            "%s: archived %s (%.1f s, %.1f MB, %s; %s)",
            self.camera,
            finished.relative_path,
            finished.duration_s,
            finished.size_bytes / 1e6,
            finished.mode,
            why,
        )
        self.file_finished.emit(finished)

    def _on_crash(self, error: BaseException) -> None:
        """The supervisor caught ``error`` on this thread: show it, and finish the file it interrupted.

        The interrupted file is fragmented MP4 up to its last fragment; it is finished like a file
        recovered after a crash, so nothing under a final name is ever broken. The recorder starts
        a new file at the next keyframe once the supervisor restarts it.
        """
        writer = self._writer
        self._retry_at = 0.0
        self._set_status(RecorderStatus(self.camera, RecorderState.FAILED, ArchiveProblem.INTERNAL_ERROR))
        if writer is None:
            return
        writer.abort()
        span = (writer.plan.start_epoch, writer.last_wallclock)
        try:
            finished = finalize(
                self.root, writer.temp_path, writer.plan, recovered=True, commit=self._commit, wall_span=span
            )
        finally:
            with self._timeline:
                self._writer = None
        self._archived(finished, "after an error")

    def _fail(self, exc: OSError) -> None:
        if self._writer is not None:
            self._writer.abort()  # its fragments stay in .recording/ for recovery at the next start
            with self._timeline:
                self._writer = None
        problem = problem_of(exc)
        self._retry_at = self._clock() + RETRY_AFTER
        if self.status.problem is not problem:
            log.error("%s: recording stopped: %s (%s)", self.camera, problem.message, exc.strerror or exc)
        self._set_status(RecorderStatus(self.camera, RecorderState.FAILED, problem))

    def _set_status(self, status: RecorderStatus) -> None:
        if status == self.status:
            return
        self.status = status
        self.status_changed.emit(status)

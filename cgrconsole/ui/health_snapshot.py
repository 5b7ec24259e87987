"""Everything the health view shows, read from the engine at once into one immutable snapshot.

``read_health`` touches the database (outbox counts, the archive index) and the disks, and may read the
keyring (the live stream's link token): call it off the GUI thread (``BackgroundPoll``). No Qt here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from cgrconsole.core.anpr.recognizer import RecognitionStatus
from cgrconsole.core.archive.recorder import RecorderState, RecorderStatus
from cgrconsole.core.archive.retention import ArchiveStatus
from cgrconsole.core.archive.upload.status import UploadStatus
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.camera.status import CameraState, CameraStatus
from cgrconsole.core.live.view import LiveView, live_view
from cgrconsole.core.reachability.monitor import Reachability
from cgrconsole.core.storage.space import DiskReading
from cgrconsole.core.supervision import WorkerFault
from cgrconsole.core.uplink import outbox as ob

DAY = 86_400.0
MEASURED_AFTER_S = 3600.0  # below an hour of archive the cameras' bitrates say more than the files
FAULTS_WITHIN_S = 3600.0


@dataclass(frozen=True)
class CameraHealth:
    camera: CameraConfig
    status: CameraStatus
    recording: RecorderStatus | None  # None: the archive is off


@dataclass(frozen=True)
class RetentionNeed:
    """What keeping ``days`` of archive takes at the rate recorded so far (or the cameras' bitrates)."""

    days: int
    bytes_per_s: float
    measured: bool  # from the archive's own files (True), or from the cameras' bitrates now
    room_bytes: int  # free on the archive's disk plus what the archive holds already

    @property
    def need_bytes(self) -> int:
        return int(self.bytes_per_s * self.days * DAY)

    @property
    def enough(self) -> bool:
        return self.need_bytes <= self.room_bytes

    @property
    def days_that_fit(self) -> float:
        return self.room_bytes / (self.bytes_per_s * DAY) if self.bytes_per_s > 0 else float("inf")


@dataclass(frozen=True)
class DestinationHealth:
    name: str
    waiting: int
    failed: int
    delivered: int
    last: ob.Attempt | None


@dataclass(frozen=True)
class HealthSnapshot:
    at: float
    cameras: tuple[CameraHealth, ...]
    archive: ArchiveStatus | None  # None: the archive is off
    retention: RetentionNeed | None  # None: the archive is off, or nothing recorded yet
    disks: tuple[DiskReading, ...]  # as the free-space guard last read them
    min_free_bytes: int
    destinations: tuple[DestinationHealth, ...]
    reachability: tuple[Reachability, ...]
    live: LiveView | None
    upload: UploadStatus | None  # None: the archive upload (SFTP) is off
    recognition: RecognitionStatus | None  # None: recognition is off
    faults: tuple[WorkerFault, ...]


def read_health(engine: Any, clock: Any = time.time) -> HealthSnapshot | None:
    """The engine now (blocking: the database, the disks); None before it started or after it stopped."""
    if engine.started_at is None:
        return None
    statuses = {s.camera: s for s in engine.cameras.statuses()}
    cameras = tuple(
        CameraHealth(
            camera,
            statuses.get(camera.name, CameraStatus(camera.name, CameraState.DISABLED)),
            engine.recorders[camera.name].status if camera.name in engine.recorders else None,
        )
        for camera in engine.config.cameras
    )
    archive = engine.janitor.status() if engine.janitor is not None else None
    counts = engine.outbox.counts()
    destinations = tuple(
        DestinationHealth(
            d.name,
            counts.get(d.name, {}).get(ob.PENDING, 0) + counts.get(d.name, {}).get(ob.IN_FLIGHT, 0),
            counts.get(d.name, {}).get(ob.FAILED, 0),
            counts.get(d.name, {}).get(ob.DELIVERED, 0),
            engine.outbox.last_attempt(d.name),
        )
        for d in engine.destinations
    )
    server = engine.live_server
    live = live_view(engine.config.live, server, engine.live_streams or {}, engine.live_access)
    recognition = engine.recognition.status if engine.recognition is not None else None
    return HealthSnapshot(
        at=clock(),
        cameras=cameras,
        archive=archive,
        retention=retention_need(engine, archive, cameras),
        disks=tuple(engine.space.disks),
        min_free_bytes=int(engine.config.archive.min_free_gb * 1024**3),
        destinations=destinations,
        reachability=tuple(engine.reachability.states()),
        live=live,
        upload=engine.uploader.status() if engine.uploader is not None else None,
        recognition=recognition,
        faults=tuple(engine.supervisor.recent(within_s=FAULTS_WITHIN_S)),
    )


def retention_need(
    engine: Any, archive: ArchiveStatus | None, cameras: tuple[CameraHealth, ...]
) -> RetentionNeed | None:
    """The archive's rate: its files once it holds an hour, before that what the cameras send now."""
    if archive is None:
        return None
    settings = engine.config.archive
    held_s = archive.days_held * DAY
    if held_s >= MEASURED_AFTER_S and archive.size_bytes:
        rate, measured = archive.size_bytes / held_s, True
    else:
        rate, measured = sum(_recorded_rate(c, settings.transcode_bitrate_kbps) for c in cameras), False
    if rate <= 0:
        return None
    room = archive.free_bytes + archive.size_bytes - int(settings.min_free_gb * 1024**3)
    return RetentionNeed(settings.retention_days, rate, measured, max(0, room))


def _recorded_rate(camera: CameraHealth, transcode_kbps: int) -> float:
    """Bytes per second this camera's recording writes now (0 when it does not record)."""
    recording = camera.recording
    if recording is None or recording.state is not RecorderState.RECORDING:
        return 0.0
    if recording.mode == "transcode":
        return transcode_kbps * 1000 / 8
    return camera.status.bitrate_bps / 8

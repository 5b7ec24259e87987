"""Turns the engine's thread callbacks into Qt signals that arrive on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cgrconsole.core.archive.retention import ArchiveAlarm
from cgrconsole.core.camera.status import CameraStatus
from cgrconsole.engine import Engine


class EngineBridge(QObject):
    """Lives on the GUI thread. Engine listeners emit from worker threads; Qt queues the calls."""

    camera_status_changed = Signal(object)  # CameraStatus
    archive_alarm_changed = Signal(object)  # ArchiveAlarm
    # Plate event id: added, decided, sent or failed. Connect it queued: the store may call its
    # listeners on the GUI thread inside a transaction (a dismissal settles the event there).
    event_changed = Signal(str)
    worker_fault = Signal(object)  # WorkerFault: an unexpected error, already logged and audited
    recognition_status_changed = Signal(object)  # RecognitionStatus
    upload_status_changed = Signal(object)  # UploadStatus of the archive upload (SFTP)
    reachability_changed = Signal(object)  # tuple[Reachability, ...]: the uplinks' servers through the VPN

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        engine.cameras.status_changed.connect(self._on_camera_status)
        # every disk the console writes to, the archive's or not: the data disk matters without an archive too
        engine.space.alarm_changed.connect(self._on_archive_alarm)
        engine.events.changed.connect(self._on_event_changed)
        engine.supervisor.fault.connect(self.worker_fault.emit)  # any thread
        if engine.recognition is not None:
            engine.recognition.status_changed.connect(self.recognition_status_changed.emit)  # anpr thread
        engine.reachability.changed.connect(self.reachability_changed.emit)  # the reach thread
        if engine.uploader is not None:
            engine.uploader.status_changed.connect(self.upload_status_changed.emit)  # an sftp-N thread

    def _on_archive_alarm(self, alarm: ArchiveAlarm) -> None:  # the maintenance janitor's thread
        self.archive_alarm_changed.emit(alarm)

    def _on_camera_status(self, status: CameraStatus) -> None:  # a camera's ingest thread
        self.camera_status_changed.emit(status)

    def _on_event_changed(self, event_id: str) -> None:  # recognition, dispatcher or GUI thread
        self.event_changed.emit(event_id)

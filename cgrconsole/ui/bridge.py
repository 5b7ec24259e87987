"""Turns the engine's thread callbacks into Qt signals that arrive on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cgrconsole.core.camera.status import CameraStatus
from cgrconsole.engine import Engine


class EngineBridge(QObject):
    """Lives on the GUI thread. Engine listeners emit from worker threads; Qt queues the calls."""

    camera_status_changed = Signal(object)  # CameraStatus

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        engine.cameras.add_status_listener(self._on_camera_status)

    def _on_camera_status(self, status: CameraStatus) -> None:  # a camera's ingest thread
        self.camera_status_changed.emit(status)

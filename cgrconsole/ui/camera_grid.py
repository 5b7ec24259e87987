"""The grid of live tiles (1x1, 2x2, 3x3, 4x4), one enlarged on double-click."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QWidget

from cgrconsole.core.archive.recorder import SegmentRecorder
from cgrconsole.core.camera.manager import CameraManager
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.camera.status import CameraStatus
from cgrconsole.ui.camera_tile import CameraTileWidget

REFRESH_MS = 40  # 25 Hz: tiles pull the newest frame; an unchanged frame costs nothing


def grid_side(mode: str, count: int) -> int:
    if mode == "auto":
        return max(1, min(4, math.ceil(math.sqrt(max(count, 1)))))
    return int(mode.split("x")[0])


class CameraGridWidget(QWidget):
    """Pulls frames from the cameras' latest-frame slots on a timer and lays out the tiles."""

    def __init__(
        self,
        cameras: Sequence[CameraConfig],
        manager: CameraManager,
        mode: str = "auto",
        parent: QWidget | None = None,
        recorders: Mapping[str, SegmentRecorder] | None = None,
    ) -> None:
        super().__init__(parent)
        self._manager = manager
        self._recorders = recorders or {}
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.setSpacing(2)
        self.tiles = {camera.name: CameraTileWidget(camera, self) for camera in cameras}
        for tile in self.tiles.values():
            tile.double_clicked.connect(self._on_tile_double_clicked)
        self.mode = mode
        self.enlarged: str | None = None
        self.page = 0
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._relayout()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def set_mode(self, mode: str) -> None:
        self.mode, self.enlarged, self.page = mode, None, 0
        self._relayout()

    def on_camera_status(self, status: CameraStatus) -> None:
        tile = self.tiles.get(status.camera)
        if tile is not None:
            tile.set_status(status)

    def refresh(self) -> None:
        """One timer tick: newest frame and status into every visible tile."""
        for name, tile in self.tiles.items():
            if not tile.isVisible():
                continue
            tile.set_status(self._manager.status(name))
            recorder = self._recorders.get(name)
            tile.set_recording(recorder.status if recorder else None)
            worker = self._manager.workers.get(name)
            frame = worker.slot.get() if worker else None
            if frame is None:
                if tile.frame_seq != -1:
                    tile.set_frame(None)
            elif frame.seq != tile.frame_seq:
                tile.set_frame(frame)
            elif tile.is_stale():
                tile.update()

    def _on_tile_double_clicked(self, name: str) -> None:
        self.enlarged = None if self.enlarged == name else name
        self._relayout()

    def _relayout(self) -> None:
        for tile in self.tiles.values():
            self._layout.removeWidget(tile)
            tile.hide()
        if self.enlarged:
            shown = [self.tiles[self.enlarged]]
            side = 1
        else:
            side = grid_side(self.mode, len(self.tiles))
            per_page = side * side
            shown = list(self.tiles.values())[self.page * per_page : (self.page + 1) * per_page]
        for index, tile in enumerate(shown):
            self._layout.addWidget(tile, index // side, index % side)
            tile.show()
        for i in range(4):
            self._layout.setRowStretch(i, 1 if i < side else 0)
            self._layout.setColumnStretch(i, 1 if i < side else 0)

"""The grid of live tiles (1x1, 2x2, 3x3, 4x4) in pages, one enlarged on double-click.

No camera is ever out of sight without a sign: when some do not fit (more cameras than cells, or one
enlarged), a strip under the grid says which page is shown, and a red button counts the hidden cameras
that have a problem and goes to them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from cgrconsole.core.archive.recorder import SegmentRecorder
from cgrconsole.core.camera.manager import CameraManager
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.camera.status import CameraStatus
from cgrconsole.ui.camera_tile import CameraTileWidget
from cgrconsole.ui.grid_pager import GridPagerWidget

REFRESH_MS = 40  # 25 Hz: tiles pull the newest frame; an unchanged frame costs nothing


def grid_side(mode: str, count: int) -> int:
    if mode == "auto":
        return max(1, min(4, math.ceil(math.sqrt(max(count, 1)))))
    return int(mode.split("x")[0])


class CameraGridWidget(QWidget):
    """Pulls frames from the cameras' latest-frame slots on a timer and lays out the tiles.

    Every tile is refreshed, shown or not, so a hidden camera's problem is known at once. PgUp/PgDn turn
    the pages while the grid has the focus (a click on a tile), Ctrl+PgUp/Ctrl+PgDn anywhere in the
    window (plain PgUp/PgDn belong to the plate list there).
    """

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
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        cells = QWidget(self)
        self._layout = QGridLayout(cells)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.setSpacing(2)
        column.addWidget(cells, 1)
        self.pager = GridPagerWidget(self)
        self.pager.previous_requested.connect(self.previous_page)
        self.pager.next_requested.connect(self.next_page)
        self.pager.problems_requested.connect(self.show_hidden_problem)
        column.addWidget(self.pager)
        self.tiles = {camera.name: CameraTileWidget(camera, cells) for camera in cameras}
        for tile in self.tiles.values():
            tile.double_clicked.connect(self._on_tile_double_clicked)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click on a tile gives the grid the keys
        for key, turn in ((Qt.Key.Key_PageUp, self.previous_page), (Qt.Key.Key_PageDown, self.next_page)):
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(turn)
        self.mode = mode
        self.enlarged: str | None = None
        self.page = 0
        self._hidden_problems: tuple[str, ...] = ()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._relayout()

    @property
    def per_page(self) -> int:
        return grid_side(self.mode, len(self.tiles)) ** 2

    @property
    def page_count(self) -> int:
        return max(1, math.ceil(len(self.tiles) / self.per_page))

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def set_mode(self, mode: str) -> None:
        self.mode, self.enlarged, self.page = mode, None, 0
        self._relayout()

    def set_page(self, page: int) -> None:
        """Show page ``page`` (wraps around), leaving an enlarged camera."""
        self.page, self.enlarged = page % self.page_count, None
        self._relayout()

    def next_page(self) -> None:
        self.set_page(self.page + 1)

    def previous_page(self) -> None:
        self.set_page(self.page - 1)

    def show_hidden_problem(self) -> None:
        """Go to the next page (after this one) holding a camera with a problem that is not shown."""
        if not self._hidden_problems:
            return
        names = list(self.tiles)
        pages = {names.index(name) // self.per_page for name in self._hidden_problems}
        after = [p for p in sorted(pages) if p > self.page] or sorted(pages)
        self.set_page(after[0])

    def hidden_problems(self) -> tuple[str, ...]:
        """Cameras with a problem that are not on screen now, in grid order."""
        return tuple(n for n, t in self.tiles.items() if t.problem and not t.isVisibleTo(self))

    def on_camera_status(self, status: CameraStatus) -> None:
        tile = self.tiles.get(status.camera)
        if tile is not None:
            tile.set_status(status)
        self._update_problems()

    def refresh(self) -> None:
        """One timer tick: newest frame and status into every tile (a hidden one only remembers them)."""
        for name, tile in self.tiles.items():
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
        self._update_problems()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_PageDown:
            self.next_page()
        elif event.key() == Qt.Key.Key_PageUp:
            self.previous_page()
        else:
            super().keyPressEvent(event)

    def _on_tile_double_clicked(self, name: str) -> None:
        self.enlarged = None if self.enlarged == name else name
        self._relayout()

    def _update_problems(self) -> None:
        hidden = self.hidden_problems()
        if hidden != self._hidden_problems:
            self._hidden_problems = hidden
            self.pager.show_problems([self.tiles[n].camera.label for n in hidden])

    def _relayout(self) -> None:
        for tile in self.tiles.values():
            self._layout.removeWidget(tile)
            tile.hide()
        tiles = list(self.tiles.values())
        if self.enlarged:
            shown = [self.tiles[self.enlarged]]
            side = 1
            self.pager.show_enlarged(shown[0].camera.label, self.page_count)
        else:
            side = grid_side(self.mode, len(self.tiles))
            first = self.page * self.per_page
            shown = tiles[first : first + self.per_page]
            self.pager.show_page(self.page, self.page_count, first + 1, first + len(shown), len(tiles))
        for index, tile in enumerate(shown):
            self._layout.addWidget(tile, index // side, index % side)
            tile.show()
        for i in range(4):
            self._layout.setRowStretch(i, 1 if i < side else 0)
            self._layout.setColumnStretch(i, 1 if i < side else 0)
        self.pager.setVisible(len(shown) < len(tiles))
        self._update_problems()

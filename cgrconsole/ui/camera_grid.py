"""The grid of live tiles (auto: the shape showing the most picture; 1x1 … 4x4) in pages, one enlarged
on double-click.

No camera is ever out of sight without a sign: when some do not fit (more cameras than cells, or one
enlarged), a strip under the grid says which page is shown, and a red button counts the hidden cameras
that have a problem and goes to them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from cgrconsole.core.archive.recorder import SegmentRecorder
from cgrconsole.core.camera.manager import CameraManager
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.camera.status import CameraStatus
from cgrconsole.ui.camera_tile import CameraTileWidget
from cgrconsole.ui.grid_pager import GridPagerWidget

REFRESH_MS = 40  # 25 Hz: tiles pull the newest frame; an unchanged frame costs nothing


MAX_SIDE = 4  # at most 4x4 tiles on a page; more cameras go to further pages
TITLE_SHARE = 1 / 12  # a tile's title bar sits above its picture: about this share of the tile's height


def picture_area(columns: int, rows: int, count: int, width: float, height: float, aspect: float) -> float:
    """The screen area the pictures of ``count`` cameras cover in a ``columns`` x ``rows`` grid."""
    tile_w, tile_h = width / columns, height / rows * (1 - TITLE_SHARE)
    picture_w = min(tile_w, tile_h * aspect)
    return min(count, columns * rows) * picture_w * (picture_w / aspect)


def auto_shape(count: int, width: float, height: float, aspect: float = 16 / 9) -> tuple[int, int]:
    """(columns, rows) whose pictures cover the most of a ``width`` x ``height`` grid.

    6 cameras on a wide grid: 3x2, on a narrow one: 2x3 (never 3x3 with a third of it empty). Among
    shapes within 1 % of the best, the one with the fewest empty cells, then the fewest columns.
    """
    count = max(1, count)
    if count >= MAX_SIDE * MAX_SIDE:
        return MAX_SIDE, MAX_SIDE
    width, height = max(width, 1.0), max(height, 1.0)
    shapes = [(c, math.ceil(count / c)) for c in range(1, min(count, MAX_SIDE) + 1) if count / c <= MAX_SIDE]
    areas = {shape: picture_area(*shape, count, width, height, aspect) for shape in shapes}
    best = max(areas.values())
    near = [shape for shape in shapes if areas[shape] >= best * 0.99]
    return min(near, key=lambda s: (s[0] * s[1] - count, s[0]))


def grid_shape(mode: str, count: int, width: float = 16, height: float = 9) -> tuple[int, int]:
    """(columns, rows) of a page: fixed by the mode, or the best for the grid's size ("auto")."""
    if mode == "auto":
        return auto_shape(count, width, height)
    side = int(mode.split("x")[0])
    return side, side


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
        self._cells = cells
        self._layout = QGridLayout(cells)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.setSpacing(2)
        column.addWidget(cells, 1)
        self.pager = GridPagerWidget(self)
        self.pager.previous_requested.connect(self.previous_page)
        self.pager.next_requested.connect(self.next_page)
        self.pager.problems_requested.connect(self.show_hidden_problem)
        column.addWidget(self.pager)
        self.tiles: dict[str, CameraTileWidget] = {}
        self._make_tiles(cameras)
        # Without cameras the grid says so where the pictures would be (a status-bar message is cut)
        self.empty_label = QLabel(cells)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("QLabel { color: #9aa0a6; font-size: 15px; padding: 24px; }")
        self.empty_label.hide()
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click on a tile gives the grid the keys
        for key, turn in ((Qt.Key.Key_PageUp, self.previous_page), (Qt.Key.Key_PageDown, self.next_page)):
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(turn)
        self.mode = mode
        self.shape = grid_shape(mode, len(self.tiles))
        self.enlarged: str | None = None
        self.page = 0
        self._hidden_problems: tuple[str, ...] = ()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._relayout()

    @property
    def per_page(self) -> int:
        columns, rows = self.shape
        return columns * rows

    @property
    def page_count(self) -> int:
        return max(1, math.ceil(len(self.tiles) / self.per_page))

    def _make_tiles(self, cameras: Sequence[CameraConfig]) -> list[CameraTileWidget]:
        """``self.tiles`` become the tiles of ``cameras`` in their order: a camera kept as it was keeps its
        tile; a new or changed one gets a new tile; a removed one's tile is deleted. Returns the new tiles."""
        old, made = self.tiles, []
        self.tiles = {}
        for camera in cameras:
            tile = old.pop(camera.name, None)
            if tile is not None and tile.camera != camera:
                old[camera.name] = tile  # changed: its title, direction or URL; a new tile shows it
                tile = None
            if tile is None:
                tile = CameraTileWidget(camera, self._cells)
                tile.double_clicked.connect(self._on_tile_double_clicked)
                made.append(tile)
            self.tiles[camera.name] = tile
        for tile in old.values():
            self._layout.removeWidget(tile)
            tile.deleteLater()
        return made

    def set_cameras(
        self, cameras: Sequence[CameraConfig], recorders: Mapping[str, SegmentRecorder]
    ) -> list[CameraTileWidget]:
        """The cameras as the settings left them (added, removed, changed, reordered), without a restart.

        Returns the tiles made for new or changed cameras."""
        self._recorders = recorders
        made = self._make_tiles(cameras)
        if self.enlarged not in self.tiles:
            self.enlarged = None
        self._relayout()
        return made

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.mode == "auto" and self._best_shape() != self.shape:
            self._relayout()

    def _best_shape(self) -> tuple[int, int]:
        margins = self._layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        height = self._cells.height() if self.pager.isVisible() else self.height()
        return grid_shape(self.mode, len(self.tiles), width, height - margins.top() - margins.bottom())

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

    def show_empty(self, text: str) -> None:
        """``text`` in the middle of the grid while it has no camera."""
        self.empty_label.setText(text)
        if not self.tiles:
            self._layout.addWidget(self.empty_label, 0, 0)
            self.empty_label.show()

    def _relayout(self) -> None:
        for tile in self.tiles.values():
            self._layout.removeWidget(tile)
            tile.hide()
        if self.tiles:  # the settings added the first camera: its tile replaces the "no cameras" text
            self._layout.removeWidget(self.empty_label)
            self.empty_label.hide()
        tiles = list(self.tiles.values())
        self.shape = self._best_shape()
        self.page = min(self.page, self.page_count - 1)
        if self.enlarged:
            shown = [self.tiles[self.enlarged]]
            columns = rows = 1
            self.pager.show_enlarged(shown[0].camera.label, self.page_count)
        else:
            columns, rows = self.shape
            first = self.page * self.per_page
            shown = tiles[first : first + self.per_page]
            self.pager.show_page(self.page, self.page_count, first + 1, first + len(shown), len(tiles))
        for index, tile in enumerate(shown):
            self._layout.addWidget(tile, index // columns, index % columns)
            tile.show()
        for i in range(MAX_SIDE):
            self._layout.setRowStretch(i, 1 if i < rows else 0)
            self._layout.setColumnStretch(i, 1 if i < columns else 0)
        self.pager.setVisible(len(shown) < len(tiles))
        self._update_problems()

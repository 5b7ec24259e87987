"""Tile display latency (R-LIVE-2): the capture time burned into a synthetic camera's frame, read back
from what a live tile really painted, against the clock when the paint finished.

:class:`TileLatencyProbe` watches the tiles' paint events. After a paint that showed a new frame it grabs
the tile (``QWidget.grab()``: the tile paints itself again into a pixmap, the same picture), cuts out the
video rectangle, reads the code (core/synthetic/timecode.py) and keeps
``latency = paint finished − capture``. Used by benchmarks/tile_latency.py and tests/ui/test_tile_latency.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QImage

from cgrconsole.core.synthetic import timecode
from cgrconsole.ui.camera_tile import CameraTileWidget


@dataclass(frozen=True)
class TileSample:
    camera: str
    capture_ms: int  # read from the grabbed tile
    painted: float  # wall clock (s) when the paint that first showed this frame had finished
    latency: float  # seconds


def rgb_array(image: QImage) -> np.ndarray:
    """A QImage as an RGB uint8 array (a copy)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def read_tile(tile: CameraTileWidget) -> int | None:
    """The capture time (ms) of the frame the tile shows, read from its grabbed picture; None if absent."""
    if tile._image is None:
        return None
    picture = rgb_array(tile.grab().toImage())
    rect = tile._video_rect()  # the tile letterboxes the frame; the code is laid out on the frame
    x1, y1 = round(rect.left()), round(rect.top())
    x2, y2 = round(rect.left() + rect.width()), round(rect.top() + rect.height())
    return timecode.read(picture[max(0, y1) : y2, max(0, x1) : x2])


class TileLatencyProbe(QObject):
    """Samples every tile's display latency on the GUI thread while running; ``samples`` grows."""

    def __init__(self, tiles: Iterable[CameraTileWidget], clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self.tiles = list(tiles)
        self.samples: list[TileSample] = []
        self.unread = 0  # paints of a new frame whose grab carried no readable code
        self.running = False
        self._clock = clock
        self._shown: dict[str, int] = {}  # camera -> frame seq last measured
        self._grabbing = False
        for tile in self.tiles:
            tile.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.running and not self._grabbing:
            tile = watched
            assert isinstance(tile, CameraTileWidget)
            if tile.frame_seq >= 0 and self._shown.get(tile.camera.name) != tile.frame_seq:
                seq = tile.frame_seq
                # runs as soon as the event loop is back, i.e. right after this paint has finished
                QTimer.singleShot(0, lambda: self._after_paint(tile, seq))
        return False

    def _after_paint(self, tile: CameraTileWidget, seq: int) -> None:
        painted = self._clock()
        name = tile.camera.name
        if not self.running or self._shown.get(name) == seq or tile.frame_seq != seq:
            return  # measured already, or a newer frame came in: its own paint is measured
        self._shown[name] = seq
        self._grabbing = True
        try:
            capture = read_tile(tile)
        finally:
            self._grabbing = False
        if capture is None:
            self.unread += 1
            return
        self.samples.append(TileSample(name, capture, painted, painted - capture / 1000))

    def start(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False

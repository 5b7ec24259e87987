"""Tile texts never overlap: a long title stops before the state badge, the numbers before REC, and
the title bar sits above the picture (the camera's own date in its top-left corner stays visible)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontMetrics

from cgrconsole.config import CameraConfig
from cgrconsole.core.archive.recorder import ArchiveProblem, RecorderState, RecorderStatus
from cgrconsole.core.camera.frames import Frame
from cgrconsole.core.camera.status import CameraState, CameraStatus
from cgrconsole.ui.camera_tile import CameraTileWidget
from cgrconsole.ui.status_text import ENTRY_COLOR, EXIT_COLOR

LONG = "Въезд со стороны автодороги Алматы — Хоргос, полоса для грузовиков 3"
SIZES = [(160, 90), (240, 135), (320, 180), (420, 300), (640, 360), (1260, 900)]


def tile_at(
    qtbot, width: int, height: int, state: CameraState, recording: RecorderStatus
) -> CameraTileWidget:
    tile = CameraTileWidget(CameraConfig("Gate", "synthetic://Gate", title=LONG))
    qtbot.addWidget(tile)
    tile.resize(width, height)
    tile.set_status(
        CameraStatus("Gate", state, fps=25, bitrate_bps=12_345_000, width=2560, height=1440, codec="h264")
    )
    tile.set_recording(recording)
    image = np.zeros((1440 // 8, 2560 // 8, 3), np.uint8)
    tile.set_frame(Frame("Gate", 1, image, 0.0))
    return tile


def disjoint(a: QRect, b: QRect) -> bool:
    return not a.intersects(b)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("state", [CameraState.LIVE, CameraState.RECONNECTING])
@pytest.mark.parametrize(
    "recording",
    [
        RecorderStatus("Gate", RecorderState.RECORDING),
        RecorderStatus("Gate", RecorderState.FAILED, ArchiveProblem.DISK_FULL),
    ],
)
def test_no_text_overlaps_another(qtbot, size, state, recording) -> None:
    tile = tile_at(qtbot, *size, state, recording)
    top = tile.top_bar_layout()
    assert top.left and top.right
    assert disjoint(top.left_rect, top.right_rect), (top.left_rect, top.right_rect)
    assert top.right_rect.right() < tile.width() and top.left_rect.left() >= 0
    font = tile._font(1.0, bold=True)
    assert QFontMetrics(font).horizontalAdvance(top.left) <= top.left_rect.width()
    if size[0] < 800:
        assert top.left.startswith(LONG[:2]) and "…" in top.left, "the long title is elided"
    if size[0] >= 320:
        assert top.left.endswith("·  ↓ ENTRY"), "the name gives way, not the direction"
    bottom = tile.bottom_bar_layout()
    assert bottom.right, "REC or the archive's problem is shown"
    assert disjoint(bottom.left_rect, bottom.right_rect), (bottom.left_rect, bottom.right_rect)
    small = QFontMetrics(tile._font(0.8))
    assert small.horizontalAdvance(bottom.left) <= bottom.left_rect.width()
    assert small.horizontalAdvance(bottom.right) <= bottom.right_rect.width()
    assert bottom.right_rect.left() >= 0 and bottom.right_rect.right() < tile.width()
    assert disjoint(top.left_rect, bottom.left_rect) and disjoint(top.right_rect, bottom.right_rect)
    assert tile._video_rect().top() >= top.left_rect.bottom(), "the title bar covers no picture"
    tile.grab()  # paints without error at this size


def test_the_numbers_shorten_before_they_reach_rec(qtbot) -> None:
    recording = RecorderStatus("Gate", RecorderState.RECORDING)
    wide = tile_at(qtbot, 640, 360, CameraState.LIVE, recording).bottom_bar_layout()
    assert wide.left == "25 fps · 2560×1440 · 12345 kbit/s" and wide.right == "REC"
    narrow = tile_at(qtbot, 200, 112, CameraState.LIVE, recording).bottom_bar_layout()
    assert narrow.left in ("25 fps · 12345 kbit/s", "25 fps"), narrow.left


def test_a_short_title_is_whole(qtbot) -> None:
    tile = CameraTileWidget(CameraConfig("Entry1", "synthetic://Entry1"))
    qtbot.addWidget(tile)
    tile.resize(420, 240)
    assert tile.top_bar_layout().left == "Entry1  ·  ↓ ENTRY"


def test_the_picture_keeps_its_aspect_under_the_bar(qtbot) -> None:
    tile = tile_at(qtbot, 400, 400, CameraState.LIVE, RecorderStatus("Gate", RecorderState.RECORDING))
    video = tile._video_rect()
    assert abs(video.width() / video.height() - 16 / 9) < 0.01
    assert abs((video.top() + video.bottom()) / 2 - 200) < 1, "centred when the letterbox holds the bar"


@pytest.mark.parametrize(("direction", "color"), [("entry", ENTRY_COLOR), ("exit", EXIT_COLOR)])
def test_the_title_shows_the_direction_in_its_colour(qtbot, direction: str, color: str) -> None:
    tile = CameraTileWidget(CameraConfig("Gate", "synthetic://Gate", direction, title="Gate"))
    qtbot.addWidget(tile)
    tile.resize(640, 360)
    tile.set_status(CameraStatus("Gate", CameraState.LIVE, fps=25, width=1280, height=720, codec="h264"))
    image = tile.grab().toImage()
    bar = tile.top_bar_layout().left_rect
    wanted = QColor(color)

    def near(pixel: QColor) -> bool:
        return (
            max(
                abs(pixel.red() - wanted.red()),
                abs(pixel.green() - wanted.green()),
                abs(pixel.blue() - wanted.blue()),
            )
            < 40
        )

    hits = sum(
        1
        for x in range(bar.left(), bar.right())
        for y in range(bar.top(), bar.bottom())
        if near(image.pixelColor(x, y))
    )
    assert hits > 20, f"the {direction} arrow and word are not drawn in {color} ({hits} pixels)"

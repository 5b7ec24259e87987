"""One live camera tile: the picture, its name, status, fps, and what to do when it is dark."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from cgrconsole.core.archive.recorder import RecorderState, RecorderStatus
from cgrconsole.core.camera.frames import Frame
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.camera.status import CameraState, CameraStatus
from cgrconsole.ui.config_problems import problem_text
from cgrconsole.ui.status_text import (
    archive_problem_text,
    direction_color,
    direction_text,
    reason_text,
    state_color,
    state_text,
)

STALE_AFTER = 2.0  # seconds without a new frame before a live tile says its picture is old
PROBLEM_STATES = (CameraState.RECONNECTING, CameraState.OFFLINE)
BAR_COLOR = QColor(0, 0, 0, 120)  # the bottom bar lies over the picture: let it show through
MAX_FONT_PX = 18  # the bars' text on a big tile: readable, without eating the picture


@dataclass(frozen=True)
class TileTexts:
    """One bar of a tile: the text on the left (elided to fit) and the one on the right, with their rects."""

    left: str
    left_rect: QRect
    right: str
    right_rect: QRect
    accent: str = ""  # the end of ``left`` painted in its own colour (the direction), "" for none


class CameraTileWidget(QWidget):
    """Paints the latest frame it was given; never decodes and never blocks."""

    double_clicked = Signal(str)  # camera name
    first_picture_painted = Signal(str)  # camera name; once per tile (start-up diagnostics)

    def __init__(self, camera: CameraConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.camera = camera
        self.status = CameraStatus(camera.name, CameraState.CONNECTING)
        self._frame: Frame | None = None
        self._image: QImage | None = None
        self._frame_at = 0.0
        self._painted_picture = False
        self.recording: RecorderStatus | None = None
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setToolTip(camera.label)

    @property
    def frame_seq(self) -> int:
        return self._frame.seq if self._frame else -1

    def set_frame(self, frame: Frame | None) -> None:
        self._frame = frame
        if frame is None:
            self._image = None
        else:
            image = frame.image
            # The QImage borrows the array's memory; self._frame keeps the array alive.
            self._image = QImage(
                image.data, frame.width, frame.height, image.strides[0], QImage.Format.Format_RGB888
            )
            self._frame_at = time.monotonic()
        self.update()

    def set_status(self, status: CameraStatus) -> None:
        if status != self.status:
            self.status = status
            self.update()

    def set_recording(self, status: RecorderStatus | None) -> None:
        if status != self.recording:
            self.recording = status
            self.update()

    def is_stale(self) -> bool:
        """No new frame for a while: the stream stalls (the camera may still count as live)."""
        return self._image is not None and time.monotonic() - self._frame_at > STALE_AFTER

    @property
    def problem(self) -> bool:
        """Something the officer must notice: no video, an old or frozen picture, or no recording."""
        state = self.status.state
        if state in PROBLEM_STATES:
            return True
        if state is CameraState.LIVE and (self.is_stale() or self.status.same_picture_since is not None):
            return True
        return self.recording is not None and self.recording.state is RecorderState.FAILED

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit(self.camera.name)
        event.accept()

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#101418"))
        live = self.status.state is CameraState.LIVE
        if self._image is not None and live:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self._video_rect(), self._image)
            if not self._painted_picture:
                self._painted_picture = True
                self.first_picture_painted.emit(self.camera.name)
        self._paint_top_bar(painter)
        if live:
            self._paint_bottom_bar(painter)
            frozen = self._frozen_text()
            if frozen:
                self._paint_banner(painter, frozen)
        else:
            self._paint_problem(painter)
        painter.end()

    def _frozen_text(self) -> str:
        """Which kind of frozen: frames stopped coming, or they keep coming with the same image."""
        if self.is_stale():
            return self.tr("No new frames for %n s", "", int(time.monotonic() - self._frame_at))
        since = self.status.same_picture_since
        if since is not None:
            return self.tr("The camera sends the same picture for %n s", "", int(time.time() - since))
        return ""

    def _video_rect(self) -> QRectF:
        """The picture, under the title bar: the bar never covers the camera's own date and time.

        Centred in the tile when the letterbox above it holds the bar; right under the bar otherwise.
        """
        assert self._image is not None
        bar_h = self.title_bar_height()
        w, h = self.width(), self.height() - bar_h
        scale = min(w / self._image.width(), h / self._image.height())
        vw, vh = self._image.width() * scale, self._image.height() * scale
        top = max(float(bar_h), (self.height() - vh) / 2)
        return QRectF((w - vw) / 2, top, vw, vh)

    def _font(self, scale: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(11, int(min(self.height() / 18, self.width() / 30, MAX_FONT_PX) * scale)))
        font.setBold(bold)
        return font

    def title_bar_height(self) -> int:
        return int(self._font(1.0).pixelSize() * 1.6)

    def top_bar_layout(self) -> TileTexts:
        """Where the title and the state badge go: the title elided so that it ends before the badge."""
        font = self._font(1.0, bold=True)
        metrics = QFontMetrics(font)
        bar_h = self.title_bar_height()
        pad = font.pixelSize() // 2
        badge = state_text(self.status.state)
        badge_w = metrics.horizontalAdvance(badge) + 2
        dot = font.pixelSize() * 0.6
        badge_left = self.width() - pad - badge_w - int(dot * 1.6)
        badge_rect = QRect(badge_left, 0, self.width() - pad - badge_left, bar_h)
        title_rect = QRect(pad, 0, max(0, badge_left - 2 * pad), bar_h)
        direction = direction_text(self.camera.direction)
        room = title_rect.width() - metrics.horizontalAdvance(f"  ·  {direction}")
        if room >= metrics.horizontalAdvance("MMM…"):  # the direction stays whole; the name gives way
            name = metrics.elidedText(self.camera.label, Qt.TextElideMode.ElideRight, room)
            return TileTexts(f"{name}  ·  {direction}", title_rect, badge, badge_rect, accent=direction)
        title = metrics.elidedText(self.camera.label, Qt.TextElideMode.ElideRight, title_rect.width())
        return TileTexts(title, title_rect, badge, badge_rect)

    def bottom_bar_layout(self) -> TileTexts:
        """The numbers on the left, REC on the right; the numbers shortened (then elided) to fit."""
        font = self._font(0.8)
        metrics = QFontMetrics(font)
        bar_h = int(font.pixelSize() * 1.7)
        top = self.height() - bar_h
        pad = bar_h // 3
        left = font.pixelSize() // 2
        usable = self.width() - left - pad
        rec = self._recording_text()
        rec_text = ""
        rec_rect = QRect()
        if rec is not None:  # the archive's state comes first: the numbers get what is left
            dot = int(bar_h * 0.4 * 1.5) if rec[2] else 0
            rec_w = min(metrics.horizontalAdvance(rec[0]) + 2, max(0, usable - dot))
            rec_text = metrics.elidedText(rec[0], Qt.TextElideMode.ElideRight, rec_w)
            rec_rect = QRect(self.width() - pad - rec_w - dot, top, rec_w + dot, bar_h)
        room = max(0, (rec_rect.left() - pad if rec is not None else self.width() - pad) - left)
        numbers_rect = QRect(left, top, room, bar_h)
        choices = self._numbers_texts()
        text = next((t for t in choices if metrics.horizontalAdvance(t) <= room), choices[-1])
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        return TileTexts(text, numbers_rect, rec_text, rec_rect)

    def _numbers_texts(self) -> list[str]:
        """The measured numbers, longest first: fps, size and bitrate; without the size; fps alone."""
        s = self.status
        if s.fps <= 0:  # the first second of a session: nothing measured yet
            return [f"{s.width}×{s.height}"]
        fps = self.tr("%1 fps").replace("%1", f"{s.fps:.0f}")
        rate = self.tr("%1 kbit/s").replace("%1", f"{s.bitrate_bps / 1000:.0f}")
        return [f"{fps} · {s.width}×{s.height} · {rate}", f"{fps} · {rate}", fps]

    def _recording_text(self) -> tuple[str, QColor, bool] | None:
        """Red "REC" while recording; amber with the reason when the archive cannot be written."""
        rec = self.recording
        if rec is None or rec.state is RecorderState.WAITING:
            return None
        if rec.state is RecorderState.RECORDING:
            return self.tr("REC"), QColor("#ff3b30"), True
        problem = archive_problem_text(rec.problem) if rec.problem else ""
        return self.tr("NOT RECORDING: %1").replace("%1", problem), QColor("#ffb020"), False

    def _paint_top_bar(self, painter: QPainter) -> None:
        font = self._font(1.0, bold=True)
        bar = self.top_bar_layout()
        painter.fillRect(0, 0, self.width(), bar.left_rect.height(), BAR_COLOR)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        name = bar.left.removesuffix(bar.accent)
        painter.drawText(bar.left_rect, align, name)
        if bar.accent:  # the direction in its colour, as in the plates list
            after = bar.left_rect.adjusted(QFontMetrics(font).horizontalAdvance(name), 0, 0, 0)
            painter.setPen(direction_color(self.camera.direction))
            painter.drawText(after, align, bar.accent)
            painter.setPen(QColor("white"))
        painter.drawText(
            bar.right_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, bar.right
        )
        dot = font.pixelSize() * 0.6
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(state_color(self.status.state))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(bar.right_rect.x(), (bar.right_rect.height() - dot) / 2, dot, dot))

    def _paint_bottom_bar(self, painter: QPainter) -> None:
        painter.setFont(self._font(0.8))
        bar = self.bottom_bar_layout()
        rect = bar.left_rect
        painter.fillRect(0, rect.top(), self.width(), rect.height(), BAR_COLOR)
        painter.setPen(QColor("#e8eaed"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, bar.left)
        rec = self._recording_text()
        if rec is None:
            return
        _, color, dot_shown = rec
        painter.setPen(color)
        painter.drawText(
            bar.right_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, bar.right
        )
        if dot_shown:
            dot = rect.height() * 0.4
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(bar.right_rect.x(), rect.top() + (rect.height() - dot) / 2, dot, dot))

    def _paint_banner(self, painter: QPainter, text: str) -> None:
        """Amber across the middle; the text wraps on a small tile instead of being cut off."""
        font = self._font(0.9, bold=True)
        painter.setFont(font)
        pad = font.pixelSize() // 2
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        needed = painter.fontMetrics().boundingRect(QRect(0, 0, self.width() - 2 * pad, 0), flags, text)
        h = needed.height() + pad
        rect = QRect(0, (self.height() - h) // 2, self.width(), h)
        painter.fillRect(rect, QColor(255, 176, 32, 200))
        painter.setPen(QColor("black"))
        painter.drawText(rect.adjusted(pad, 0, -pad, 0), flags, text)

    def _paint_problem(self, painter: QPainter) -> None:
        s = self.status
        margin = self.width() // 12
        area = QRect(margin, self.height() // 4, self.width() - 2 * margin, self.height() * 2 // 3)
        painter.setPen(state_color(s.state))
        painter.setFont(self._font(1.6, bold=True))
        title_h = int(self._font(1.6).pixelSize() * 1.6)
        title = self.tr("Configuration error") if self.camera.problem else state_text(s.state)
        painter.drawText(
            QRect(area.x(), area.y(), area.width(), title_h), Qt.AlignmentFlag.AlignCenter, title
        )
        lines = []
        if self.camera.problem:  # switched off by the loader: the key and what is wrong (admin's words)
            lines.append(self.tr("This camera is off until the configuration is corrected:"))
            lines.append(problem_text(self.camera.problem))
        if s.reason is not None:
            lines.append(reason_text(s.reason))
        if s.retry_at is not None and s.state is not CameraState.LIVE:
            wait = max(0, round(s.retry_at - time.time()))
            lines.append(self.tr("Next attempt in %n s", "", wait) if wait else self.tr("Connecting…"))
        painter.setPen(QColor("#e8eaed"))
        painter.setFont(self._font(0.9))
        painter.drawText(
            QRect(area.x(), area.y() + title_h, area.width(), area.height() - title_h),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            "\n".join(lines),
        )

"""Everything about one event: the frame with the plate boxed, the crop, the other readings, who decided
what and when (from the audit log), the delivery per destination, and the archive video at that moment."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.core.archive.playback import PlaybackPoint, locate, next_point
from cgrconsole.core.review.decisions import Decision, decisions
from cgrconsole.core.review.events import AMENDED, CONFIRMED, CORRECTED, REJECTED, PlateEventRecord
from cgrconsole.core.review.intake import ADDED, AUTO
from cgrconsole.engine import Engine
from cgrconsole.ui.archive_player import ArchivePlayerWidget, clock_text
from cgrconsole.ui.delivery_dialog import DeliveryDialog
from cgrconsole.ui.event_text import GREEN, confidence_text, destination_text, local_time_text
from cgrconsole.vlc_runtime import Vlc, VlcMissing, load_vlc

PICTURE = QSize(540, 304)
CROP_HEIGHT = 56
BOX_COLOR = QColor(GREEN)


def boxed_picture(path: Path | None, box: tuple[int, int, int, int] | None, size: QSize) -> QPixmap:
    """The event's frame scaled to fit ``size``, the plate's box drawn on it (empty when the file is gone)."""
    pixmap = QPixmap(str(path)) if path is not None else QPixmap()
    if pixmap.isNull():
        return pixmap
    scaled = pixmap.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    if box is not None:
        factor = scaled.width() / pixmap.width()
        x1, y1, x2, y2 = (round(v * factor) for v in box)
        painter = QPainter(scaled)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(BOX_COLOR, 3))
        painter.drawRect(QRect(x1 - 3, y1 - 3, x2 - x1 + 6, y2 - y1 + 6))
        painter.end()
    return scaled


class EventDetailsDialog(DeliveryDialog):
    """The delivery dialog, with the whole story of the event and its video. Non-modal, follows the event."""

    def __init__(
        self,
        engine: Engine,
        event_id: str,
        parent: QWidget | None = None,
        loader: Callable[[], Vlc | VlcMissing] | None = None,
        player_mode: str | None = None,
    ) -> None:
        super().__init__(engine, event_id, parent)
        self.setWindowTitle(self.tr("Event %1").replace("%1", self.record.plate))
        self.resize(1180, 720)  # fits a 1280 x 800 screen; the delivery scrolls when it is long
        if loader is not None or player_mode is not None:
            self.player.set_loader(loader or load_vlc, player_mode)
        self.playback: PlaybackPoint | None = None
        QTimer.singleShot(0, self.open_video)  # the dialog shows first; libvlc starts after

    # -- the layout (called by DeliveryDialog) ---------------------------------------------
    def _arrange(self, buttons: QHBoxLayout) -> None:
        """Two columns that both fill: on the left the frame, the crop under it, then the plate, its facts,
        the other readings and who decided what; on the right the archive video at that moment and under it
        the delivery (which scrolls when long: the dialog never outgrows the screen)."""
        self._show_pictures()
        video = self._video_box()
        self._add_details()
        left = QVBoxLayout()
        for widget in (self.picture, self.crop, self.plate):
            left.addWidget(widget)
        left.addLayout(self._state_row())
        for widget in (self.facts, self.readings, self.decisions_box):
            left.addWidget(widget)
        left.addStretch(1)
        delivery = QWidget(self)
        column = QVBoxLayout(delivery)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.sections_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(delivery)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)  # the dialog's own background, not a panel
        delivery.setAutoFillBackground(False)
        right = QVBoxLayout()
        right.addWidget(video)
        right.addWidget(scroll, 1)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.message, 1, 0, 1, 2)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)

    def _show_pictures(self) -> None:
        media = self.engine.events.media_dir
        event = self.record
        frame = boxed_picture(media / event.frame_path if event.frame_path else None, event.box, PICTURE)
        if not frame.isNull():
            self.picture.setPixmap(frame)
        self.picture.setMinimumHeight(PICTURE.height())
        crop = QPixmap(str(media / event.crop_path)) if event.crop_path else QPixmap()
        self.crop.setPixmap(
            crop.scaledToHeight(CROP_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            if not crop.isNull()
            else QPixmap()
        )
        self.crop.setVisible(not crop.isNull())

    def _video_box(self) -> QGroupBox:
        self.player = ArchivePlayerWidget(load_vlc, parent=self)
        self.player.setMinimumWidth(PICTURE.width())
        self.player.surface.setMinimumSize(PICTURE)
        self.player.next_point = self._next_point
        video = QGroupBox(self.tr("Archive video"), self)
        video.setStyleSheet("QGroupBox { font-weight: bold; font-size: 14px; }")
        box = QVBoxLayout(video)
        box.addWidget(self.player)
        return video

    def _add_details(self) -> None:
        self._decisions_key: tuple[str, str | None, str] | None = None
        self.readings = QLabel(self)
        self.readings.setWordWrap(True)
        self.readings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.decisions_box = QGroupBox(self.tr("Decisions"), self)
        self.decisions_box.setStyleSheet("QGroupBox { font-weight: bold; font-size: 14px; }")
        self.decisions_text = QLabel(self.decisions_box)
        self.decisions_text.setWordWrap(True)
        self.decisions_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.decisions_text.setStyleSheet("QLabel { font-size: 13px; font-weight: normal; }")
        self.decisions_text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self.decisions_box)
        layout.addWidget(self.decisions_text)

    def _decision_facts(self, event: PlateEventRecord) -> list[str]:
        return []  # the Decisions box below tells who decided what and when, once

    # -- following the event ---------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        if self.engine.started_at is None or not hasattr(self, "decisions_text"):
            return
        event = self.record
        others = [c for c in event.candidates if c.get("plate") and c.get("plate") != event.original_plate]
        if others:
            shown = "   ".join(
                f"{c['plate']} {confidence_text(float(c.get('score') or 0))}" for c in others[:5]
            )
            self.readings.setText(self.tr("Other readings: %1").replace("%1", shown))
        self.readings.setVisible(bool(others))
        key = (event.state, event.decided_by, event.plate)
        if key != self._decisions_key:  # the audit is read when the event changed, not every 2 s
            self._decisions_key = key
            found = decisions(self.engine.database, self.event_id)
            now = time.time()
            lines = [f"{local_time_text(d.ts, self._zone, now)}  {self.decision_text(d)}" for d in found]
            if not lines:
                lines = [self.tr("Not decided yet.")]
            self.decisions_text.setText("\n".join(lines))

    def decision_text(self, decision: Decision) -> str:
        by = self.tr("automatically") if decision.by == AUTO else decision.by
        plate = decision.plate or ""
        if decision.action == ADDED:
            text = self.tr("Added by hand by %1: %2 (the recognizer missed it)")
        elif decision.action == CONFIRMED:
            text = self.tr("Confirmed by %1: %2")
        elif decision.action == CORRECTED:
            text = self.tr("Corrected by %1: %3 → %2").replace("%3", decision.original_plate or "")
        elif decision.action == AMENDED and decision.detail.get("previous_state") == REJECTED:
            text = self.tr("Re-opened by %1 and confirmed: %2")
        elif decision.action == AMENDED and decision.detail.get("resend"):
            text = self.tr("Corrected after sending by %1: %3 → %2, sent again").replace(
                "%3", str(decision.detail.get("previous_plate") or "")
            )
        elif decision.action == AMENDED:
            text = self.tr("Changed before sending by %1: %3 → %2").replace(
                "%3", str(decision.detail.get("previous_plate") or "")
            )
        elif decision.action == REJECTED:
            text = self.tr("Rejected by %1: %2")
            plate = decision.reason or ""
        elif decision.action == "dismissed":
            text = self.tr("Sending to %3 dismissed by %1: %2").replace(
                "%3", destination_text(decision.destination or "")
            )
            plate = decision.reason or ""
        else:
            text = f"{decision.action} · %1 · %2"
        return text.replace("%1", by).replace("%2", plate)

    # -- the archive video -----------------------------------------------------------------
    def open_video(self) -> None:
        event = self.record
        self.playback = locate(
            self.engine.archive_index, self.engine.paths.archive_dir, event.archive_path, event.ts
        )
        self.player.show_point(self.playback)
        if self.playback.near_end and self.player.next_button.isEnabled():
            self.player.next_button.setStyleSheet("QPushButton { font-weight: bold; }")
            self.player.next_button.setToolTip(
                self.tr(
                    "The event is %1 before the end of this file: the vehicle goes on in the next one"
                ).replace("%1", clock_text(self.playback.duration_s - self.playback.offset_s))
            )

    def _next_point(self, point: PlaybackPoint) -> PlaybackPoint | None:
        return next_point(self.engine.archive_index, self.engine.paths.archive_dir, point)

    def done(self, result: int) -> None:
        self.player.release()
        super().done(result)

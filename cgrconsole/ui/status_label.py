"""A status bar item the officer can click to open its details (the live stream, the archive upload)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

PADDING = "padding: 0 10px;"


class ClickableStatusLabel(QLabel):
    """A status bar line; a left click emits ``clicked``. Hidden until there is something to say."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()

    def set_look(self, color: str = "", bold: bool = False) -> None:
        """Plain, or in ``color`` (event_text.RED/AMBER/GREEN), bold for an alarm."""
        style = PADDING + (f" color: {color};" if color else "") + (" font-weight: bold;" if bold else "")
        self.setStyleSheet(f"QLabel {{ {style} }}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

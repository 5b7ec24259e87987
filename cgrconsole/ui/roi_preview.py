"""The camera Test's picture, on which the admin drags the recognition area (the camera's ``roi``).

The area is kept as fractions of the frame (x1, y1, x2, y2), as ``[[cameras]] roi`` has it, so it does
not depend on the stream's resolution or on the preview's size; the picture is letterboxed in the
label, and only the picture's own rectangle counts.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QWidget

Roi = tuple[float, float, float, float]
MIN_SIDE = 0.02  # a click, not a drag: no area


class RoiPreview(QLabel):
    roi_drawn = Signal(object)  # the new area (Roi)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, alignment=Qt.AlignmentFlag.AlignCenter)
        self.roi: Roi | None = None
        self._start: QPointF | None = None
        self._end: QPointF | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)

    def set_roi(self, roi: Roi | None) -> None:
        self.roi = roi
        self.update()

    def picture_rect(self) -> QRectF | None:
        """Where the picture is drawn in the label (centred, aspect kept); None without a picture."""
        pixmap = self.pixmap()
        if pixmap is None or pixmap.isNull():
            return None
        width, height = pixmap.width(), pixmap.height()
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _fraction(self, point: QPointF, rect: QRectF) -> tuple[float, float]:
        x = min(max((point.x() - rect.left()) / rect.width(), 0.0), 1.0)
        y = min(max((point.y() - rect.top()) / rect.height(), 0.0), 1.0)
        return x, y

    def mousePressEvent(self, event: QMouseEvent) -> None:
        rect = self.picture_rect()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and rect is not None
            and rect.contains(event.position())
        ):
            self._start = self._end = event.position()
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._end = event.position()
            self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        rect, start = self.picture_rect(), self._start
        self._start = self._end = None
        if start is not None and rect is not None:
            (ax, ay), (bx, by) = self._fraction(start, rect), self._fraction(event.position(), rect)
            x1, x2, y1, y2 = min(ax, bx), max(ax, bx), min(ay, by), max(ay, by)
            if x2 - x1 >= MIN_SIDE and y2 - y1 >= MIN_SIDE:
                self.roi = (round(x1, 3), round(y1, 3), round(x2, 3), round(y2, 3))
                self.roi_drawn.emit(self.roi)
        self.update()
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        rect = self.picture_rect()
        if rect is None:
            return
        painter = QPainter(self)
        if self._start is not None and self._end is not None:
            painter.setPen(QPen(QColor("#fbbc04"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(self._start, self._end).normalized())
        elif self.roi is not None:
            x1, y1, x2, y2 = self.roi
            painter.setPen(QPen(QColor("#34a853"), 2))
            painter.drawRect(
                QRectF(
                    rect.left() + x1 * rect.width(),
                    rect.top() + y1 * rect.height(),
                    (x2 - x1) * rect.width(),
                    (y2 - y1) * rect.height(),
                )
            )
        painter.end()

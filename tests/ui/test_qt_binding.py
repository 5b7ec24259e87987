"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 decrefs None on every void call.

None is not immortal before Python 3.12, so the console aborted ("none_dealloc") after a few
seconds of painting. This test fails on such a binding long before an officer would see it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter


def test_painting_does_not_leak_references_to_none(qapp) -> None:
    image = QImage(64, 36, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    color = QColor(0, 0, 0, 120)
    try:
        painter.fillRect(QRect(0, 0, 4, 4), color)  # warm up caches before counting
        before = sys.getrefcount(None)
        for _ in range(5000):
            painter.fillRect(QRect(0, 0, 4, 4), color)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.setPen(Qt.PenStyle.NoPen)
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert abs(after - before) < 100, f"None refcount moved by {after - before} over 15000 void calls"

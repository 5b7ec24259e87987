"""The strip under the camera grid when not every camera fits: pages, and a red sign for hidden problems."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from cgrconsole.ui.event_text import RED

NAMES_SHOWN = 3  # names of hidden problem cameras on the red button; more become "…"


class ElidedButton(QPushButton):
    """A button whose long text ends in "…" when space is short (the whole text in its tooltip),
    instead of widening the grid and squeezing the plate list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        self.ensurePolished()  # the style sheet's bold 14 px font, not the default one
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self.full_text) + 36)  # 4 px for rounding
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.width() - 32)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room))


class GridPagerWidget(QWidget):
    """◀ 2 / 3 ▶ … [⚠ 2 hidden camera(s) with a problem: Gate 3, Yard] (red, a click goes there)."""

    previous_requested = Signal()
    next_requested = Signal()
    problems_requested = Signal()  # the officer wants to see the hidden cameras with a problem (a click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous cameras (PgUp, or Ctrl+PgUp anywhere)"))
        self.previous_button.clicked.connect(self.previous_requested.emit)
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next cameras (PgDn, or Ctrl+PgDn anywhere)"))
        self.next_button.clicked.connect(self.next_requested.emit)
        self.page_label = QLabel(self)
        self.page_label.setStyleSheet("QLabel { font-size: 14px; font-weight: bold; padding: 0 8px; }")
        self.problems_button = ElidedButton(self)
        self.problems_button.setStyleSheet(
            f"QPushButton {{ background: {RED}; color: black; font-weight: bold; font-size: 14px;"
            " padding: 3px 12px; border-radius: 3px; }"
        )
        self.problems_button.clicked.connect(self.problems_requested.emit)
        self.problems_button.hide()
        for widget in (self.previous_button, self.page_label, self.next_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.problems_button)

    def show_page(self, page: int, pages: int, first: int, last: int, total: int) -> None:
        """Page ``page`` (0-based) of ``pages`` shows cameras ``first``..``last`` (1-based) of ``total``."""
        self.page_label.setText(f"{page + 1} / {pages}")
        self.page_label.setToolTip(
            self.tr("Page %1 of %2: cameras %3–%4 of %5")
            .replace("%1", str(page + 1))
            .replace("%2", str(pages))
            .replace("%3", str(first))
            .replace("%4", str(last))
            .replace("%5", str(total))
        )
        self._show_arrows(pages > 1)

    def show_enlarged(self, label: str, pages: int) -> None:
        self.page_label.setText(self.tr("%1 enlarged").replace("%1", label))
        self.page_label.setToolTip(self.tr("Double-click the picture to see all cameras again"))
        self._show_arrows(pages > 1)

    def show_problems(self, labels: Sequence[str]) -> None:
        """The red button: how many cameras with a problem are out of sight, and which."""
        if not labels:
            self.problems_button.hide()
            return
        names = ", ".join(labels[:NAMES_SHOWN]) + (", …" if len(labels) > NAMES_SHOWN else "")
        text = self.tr("⚠ %n hidden camera(s) with a problem: %1", "", len(labels)).replace("%1", names)
        self.problems_button.set_full_text(text)
        self.problems_button.show()

    def _show_arrows(self, shown: bool) -> None:
        self.previous_button.setVisible(shown)
        self.next_button.setVisible(shown)

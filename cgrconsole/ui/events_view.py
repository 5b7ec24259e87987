"""The plate list's table view: keys go to the panel first, new rows never move what the officer looks at,
and the columns that matter are always wide enough for their text in the current language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from cgrconsole.core.review import events as ev
from cgrconsole.ui.event_text import confidence_text, event_state_list_text
from cgrconsole.ui.events_model import Column, plate_font
from cgrconsole.ui.status_text import direction_text

CAMERA_MIN_WIDTH = 64  # px: the camera's name is the only text that gives way (elided, full in its tooltip)
FONT_PX = 13


class CameraDelegate(QStyledItemDelegate):
    """The camera's name elided in the middle: "Entry lane 1" and "Entry lane 2" differ at their end."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def fixed_texts(column: Column) -> list[str]:
    """Every text a column with a closed set of values can show, in the current language."""
    if column is Column.CONFIDENCE:
        return [confidence_text(1.0)]
    if column is Column.STATE:
        return [event_state_list_text(s) for s in (ev.NEW, ev.CONFIRMED, ev.CORRECTED, ev.REJECTED)] + [
            event_state_list_text(s) for s in (ev.SENT, ev.FAILED, ev.KEPT)
        ]
    if column is Column.DIRECTION:
        return [direction_text("entry"), direction_text("exit")]
    if column is Column.TIME:
        return ["88:88:88"]
    if column is Column.PLATE:
        return ["88888888"]
    if column is Column.QUEUE:
        return ["✓", "✗"]
    return []


class EventsTableView(QTableView):
    """``on_key(event) -> handled`` sees every key first. Rows arriving above the first visible row while
    the list is scrolled (or under the mouse) are compensated for: nothing on screen moves, and
    ``hidden_arrivals`` counts them until the officer scrolls back to the top."""

    hidden_arrivals_changed = Signal(int)
    pointer_moved = Signal()  # over the rows: the officer may be aiming at one
    pointer_left = Signal()

    def __init__(self, on_key: Callable[[QKeyEvent], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_key = on_key
        self.hidden_arrivals = 0
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        font = self.font()
        font.setPixelSize(FONT_PX)
        self.setFont(font)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.viewport().setMouseTracking(True)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseMove, QEvent.Type.Enter):
            self.pointer_moved.emit()
        elif event.type() == QEvent.Type.Leave:
            self.pointer_left.emit()
        return super().viewportEvent(event)

    def fits(self) -> bool:
        """Every row is in view: a row inserted above cannot be scrolled away, it pushes the others."""
        return self.verticalScrollBar().maximum() == 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._on_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def rowsInserted(self, parent: QModelIndex | QPersistentModelIndex, start: int, end: int) -> None:
        bar = self.verticalScrollBar()
        value = bar.value()
        step = self.verticalHeader().defaultSectionSize()
        hold = value > 0 or self.viewport().underMouse()
        super().rowsInserted(parent, start, end)
        if not hold or start > value // step:
            return  # at the top, out of the mouse's way: the officer sees the new plate arrive
        added = end - start + 1
        self.updateGeometries()  # the scroll range must include the new rows before moving within it
        bar.setValue(value + added * step)
        hidden = min(added, -(-(bar.value() - value) // step))  # a short list cannot scroll them all away
        if hidden:
            self.hidden_arrivals += hidden
            self.hidden_arrivals_changed.emit(self.hidden_arrivals)

    def show_arrivals(self) -> None:
        """Scroll to the newest (the selection stays where it is)."""
        self.verticalScrollBar().setValue(0)

    def _on_scrolled(self, value: int) -> None:
        if value == 0 and self.hidden_arrivals:
            self.hidden_arrivals = 0
            self.hidden_arrivals_changed.emit(0)

    # -- column widths -------------------------------------------------------------------
    def text_margin(self) -> int:
        """What Qt's item delegate adds around a cell's text (the focus frame on both sides), and a little."""
        return 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 6

    def column_font(self, column: Column) -> QFont:
        return plate_font() if column is Column.PLATE else self.font()

    def minimum_width(self, column: Column) -> int:
        """The header's translated text and every fixed value of the column, whole."""
        header = self.horizontalHeader()
        metrics = QFontMetrics(self.column_font(column))
        values = [metrics.horizontalAdvance(t) + self.text_margin() for t in fixed_texts(column)]
        return max([header.sectionSizeFromContents(column).width() + 4, *values])

    def fit_columns(self, first: int, last: int, shrink: bool = False) -> None:
        """Size every column except the camera's to its header and to rows ``first..last`` (only widening,
        unless ``shrink``: the language changed); the view may then not get narrower than their sum."""
        header = self.horizontalHeader()
        model = self.model()
        for column in Column:
            if column is Column.CAMERA or self.isColumnHidden(column):
                continue
            needed = max(
                [self.minimum_width(column)]
                + [self.sizeHintForIndex(model.index(row, column)).width() for row in range(first, last + 1)]
            )
            if needed > header.sectionSize(column) or (shrink and needed != header.sectionSize(column)):
                header.resizeSection(column, needed)
        fixed = sum(
            header.sectionSize(c) for c in Column if c is not Column.CAMERA and not self.isColumnHidden(c)
        )
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        self.setMinimumWidth(fixed + CAMERA_MIN_WIDTH + scrollbar + 2 * self.frameWidth() + 2)

    def setup_columns(self) -> None:
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(16)
        # Fixed widths grown from the rows that change: Qt's ResizeToContents re-measured every row on
        # each change (~0.2 s of the GUI thread per delivered event after an outage).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.CAMERA, QHeaderView.ResizeMode.Stretch)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegateForColumn(Column.CAMERA, CameraDelegate(self))

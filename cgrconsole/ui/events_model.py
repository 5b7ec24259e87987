"""The officer's list of detected plates as a read-only table model, newest first.

The list holds every event still waiting for the officer (new, or refused by a server) however old, and
the newest ``limit`` others: an undecided plate never drops off the list.
"""

from __future__ import annotations

import bisect
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from enum import IntEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cgrconsole.core.review.events import (
    DECIDABLE,
    FAILED,
    KEPT,
    NEW,
    EventError,
    EventStore,
    PlateEventRecord,
)
from cgrconsole.ui.event_text import (
    AMBER,
    BLUE,
    GREEN,
    confidence_text,
    event_state_color,
    event_state_list_text,
    event_state_text,
    local_time_text,
)
from cgrconsole.ui.status_text import direction_color, direction_text

log = logging.getLogger(__name__)

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's PlateEventRecord
THUMB_HEIGHT = 30  # px: a plate crop stays legible at this height, rows stay compact
ModelIndex = QModelIndex | QPersistentModelIndex
ORIGINAL_ROLE = Qt.ItemDataRole.UserRole + 2  # the plate as read, on a corrected row's plate cell
DOUBTFUL_BELOW = 0.8  # a reading less sure than this is shown amber: look twice before Enter


class Column(IntEnum):
    CROP = 0
    PLATE = 1
    CONFIDENCE = 2
    TIME = 3
    CAMERA = 4
    DIRECTION = 5
    STATE = 6
    QUEUE = 7  # in today's CarGoRuqsat queue (TruckNumbers): yes / no / unknown


def plate_font(point_size: int = 14) -> QFont:
    """Monospace and bold: 0/O and 1/I must be told apart at a glance."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setBold(True)
    return font


class CropCache:
    """Plate crops as scaled pixmaps, loaded once from the event pictures folder (LRU, bounded)."""

    def __init__(self, media_dir: Path, height: int = THUMB_HEIGHT, size: int = 400) -> None:
        self._media_dir = media_dir
        self._height = height
        self._size = size
        self._pixmaps: OrderedDict[str, QPixmap | None] = OrderedDict()

    def get(self, relative_path: str | None) -> QPixmap | None:
        if not relative_path:
            return None
        if relative_path in self._pixmaps:
            self._pixmaps.move_to_end(relative_path)
            return self._pixmaps[relative_path]
        image = QImage(str(self._media_dir / relative_path))
        pixmap = None
        if image.isNull():  # a missing crop is not worth more than a log line: the plate text is there
            log.warning("cannot read the plate crop %s", relative_path)
        else:
            pixmap = QPixmap.fromImage(
                image.scaledToHeight(self._height, Qt.TransformationMode.SmoothTransformation)
            )
        self._pixmaps[relative_path] = pixmap
        if len(self._pixmaps) > self._size:
            self._pixmaps.popitem(last=False)
        return pixmap


class EventsTableModel(QAbstractTableModel):
    """Read-only over ``EventStore.recent(limit)``; ``on_event_changed`` updates one row in place.

    Call ``reload()`` once the database is open; until then changes are ignored.
    """

    held_changed = Signal(int)  # how many new events wait for ``release()``

    def __init__(
        self,
        store: EventStore,
        zone: ZoneInfo,
        camera_labels: Mapping[str, str] | None = None,
        limit: int = 200,
        clock: Callable[[], float] = time.time,
        parent: Any = None,
        queued: Callable[[str], bool | None] | None = None,
        undecided: Callable[[], list[PlateEventRecord]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._queued = queued or (lambda plate: None)
        self._undecided = undecided or (lambda: [])
        self.hold: Callable[[], bool] = lambda: False  # new rows wait while this says so (the pointer aims)
        self._held: list[str] = []
        self._releasing = False
        self._zone = zone
        self._labels = dict(camera_labels or {})
        self._limit = limit
        self._clock = clock
        self._crops = CropCache(store.media_dir)
        self._events: list[PlateEventRecord] = []
        self._rows: dict[str, int] = {}
        self._loaded = False
        self._plate_font = plate_font()

    # -- content --------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        events = {e.id: e for e in self._undecided()}
        events.update((e.id, e) for e in self._store.recent(limit=self._limit))
        self._events = sorted(events.values(), key=lambda e: -e.ts)
        self._held = []
        self._reindex()
        self._loaded = True
        self.endResetModel()

    def on_event_changed(self, event_id: str) -> None:
        """One event was added or changed state: update its row, or insert it where its time puts it."""
        if not self._loaded:
            return
        try:
            event = self._store.get(event_id)
        except EventError:
            log.warning("event %s changed but cannot be read", event_id)
            return
        row = self._rows.get(event_id)
        if row is None and not self._releasing and self.hold():
            if event_id not in self._held:  # shown once the pointer rests or leaves (``release``)
                self._held.append(event_id)
                self.held_changed.emit(len(self._held))
            return
        if row is not None:
            self._events[row] = event
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            self._trim()
            return
        # newest first: the rows' negated times are ascending, which bisect needs
        row = bisect.bisect_right([-e.ts for e in self._events], -event.ts)
        if event.state not in DECIDABLE and row >= len(self._events) and self._decided() >= self._limit:
            return  # a decided event older than everything the list shows
        self.beginInsertRows(QModelIndex(), row, row)
        self._events.insert(row, event)
        self._reindex()
        self.endInsertRows()
        self._trim()

    @property
    def held(self) -> int:
        """New events waiting for ``release()`` (not rows yet)."""
        return len(self._held)

    def release(self) -> None:
        """Insert the events held back while ``hold()`` said so."""
        held, self._held = self._held, []
        if held:
            self.held_changed.emit(0)
        self._releasing = True
        try:
            for event_id in held:
                self.on_event_changed(event_id)
        finally:
            self._releasing = False

    def _decided(self) -> int:
        return sum(1 for e in self._events if e.state not in DECIDABLE)

    def _trim(self) -> None:
        """Drop the oldest decided rows beyond ``limit``; undecided ones stay whatever their age."""
        extra = self._decided() - self._limit
        row = len(self._events) - 1
        while extra > 0 and row >= 0:
            if self._events[row].state not in DECIDABLE:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._events.pop(row)
                self._reindex()
                self.endRemoveRows()
                extra -= 1
            row -= 1

    def counts(self) -> tuple[int, int]:
        """(waiting for the officer's decision, refused by a server): every such event is in the list."""
        waiting = sum(1 for e in self._events if e.state == NEW)
        failed = sum(1 for e in self._events if e.state == FAILED)
        return waiting, failed

    def event_at(self, row: int) -> PlateEventRecord | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def row_of(self, event_id: str) -> int | None:
        return self._rows.get(event_id)

    def _reindex(self) -> None:
        self._rows = {e.id: i for i, e in enumerate(self._events)}

    # -- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tooltip(Column(section))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.CROP: QCoreApplication.translate("EventsTable", "Picture"),
            Column.PLATE: QCoreApplication.translate("EventsTable", "Plate"),
            Column.CONFIDENCE: QCoreApplication.translate("EventsTable", "Conf."),
            Column.TIME: QCoreApplication.translate("EventsTable", "Time"),
            Column.CAMERA: QCoreApplication.translate("EventsTable", "Camera"),
            Column.DIRECTION: QCoreApplication.translate("EventsTable", "Direction"),
            Column.STATE: QCoreApplication.translate("EventsTable", "State"),
            Column.QUEUE: QCoreApplication.translate("EventsTable", "Today's queue"),
        }.get(Column(section))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event_at(index.row()) if index.isValid() else None
        if event is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.CROP:
            return self._crops.get(event.crop_path)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATE:
            return event_state_color(event.state)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.QUEUE:
            return QColor(GREEN if self._queued(event.plate) else AMBER)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.CONFIDENCE:
            return QColor(AMBER) if event.confidence < DOUBTFUL_BELOW else None
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.DIRECTION:
            return direction_color(event.direction)
        if role == Qt.ItemDataRole.FontRole and column is Column.PLATE:
            return self._plate_font
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.CONFIDENCE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(event, column)
        if role == EVENT_ROLE:
            return event
        if role == ORIGINAL_ROLE and column is Column.PLATE and event.corrected:
            return event.original_plate
        return None

    def _display(self, event: PlateEventRecord, column: Column) -> str | None:
        if column is Column.PLATE:
            return event.plate
        if column is Column.CONFIDENCE:
            return confidence_text(event.confidence)
        if column is Column.TIME:
            return local_time_text(event.ts, self._zone, self._clock())
        if column is Column.CAMERA:
            return self._labels.get(event.camera, event.camera)
        if column is Column.DIRECTION:
            return direction_text(event.direction)
        if column is Column.STATE:
            return event_state_list_text(event.state)
        if column is Column.QUEUE:
            queued = self._queued(event.plate)
            return None if queued is None else ("✓" if queued else "✗")
        return None

    def _tooltip(self, event: PlateEventRecord, column: Column) -> str | None:
        if column is Column.PLATE and event.corrected:
            return corrected_text(event.original_plate)
        if column is Column.CAMERA:
            return self._labels.get(event.camera, event.camera)
        if column is Column.QUEUE:
            queued = self._queued(event.plate)
            if queued is None:
                return QCoreApplication.translate("EventsTable", "Today's CarGoRuqsat queue is not known yet")
            if queued:
                return QCoreApplication.translate("EventsTable", "In today's CarGoRuqsat queue")
            return QCoreApplication.translate("EventsTable", "Not in today's CarGoRuqsat queue")
        if column is Column.STATE and event.decided_by:
            text = QCoreApplication.translate("EventsTable", "Decided by %1").replace("%1", event.decided_by)
            lines = [event_state_text(event.state)] if event.state == KEPT else []
            return "\n".join([*lines, text, *([event.note] if event.note else [])])
        return None


def corrected_text(original: str) -> str:
    return QCoreApplication.translate("EventsTable", "Corrected by the officer; read as %1").replace(
        "%1", original
    )


def header_tooltip(column: Column) -> str | None:
    if column is Column.QUEUE:
        return QCoreApplication.translate(
            "EventsTable", "Is the plate in today's CarGoRuqsat queue (TruckNumbers)? ✓ yes, ✗ no"
        )
    if column is Column.CONFIDENCE:
        return QCoreApplication.translate("EventsTable", "How sure the recognizer is of its reading")
    return None


class PlateDelegate(QStyledItemDelegate):
    """The plate cell: the plate, and on a corrected row under it the reading it replaced, struck out —
    "read as X, corrected to Y" at a glance (under it, not beside it: the list must not get wider)."""

    SCALE = 0.75  # of the plate's size: 10.5 pt under a 14 pt plate, as wide as the plate above it
    MIN_POINTS = 10.0
    COLOR = BLUE  # the colour of the "corrected" state, bright on the dark rows (not a faint grey)

    @classmethod
    def small_font(cls, base: QFont) -> QFont:
        """The struck-out reading's font, from the plate's: the same monospace, legible at 3 a.m."""
        font = QFont(base)
        font.setPointSizeF(max(cls.MIN_POINTS, font.pointSizeF() * cls.SCALE))
        font.setBold(False)  # a bold glyph's strike line hides what the reading was (1 or 7?)
        font.setStrikeOut(True)
        return font

    @staticmethod
    def original_text(original: str) -> str:
        return "✎ " + original

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        original = index.data(ORIGINAL_ROLE)
        if not original:
            super().paint(painter, option, index)
            return
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        plate = view_option.text
        view_option.text = ""
        widget = view_option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, view_option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect.adjust(margin, 1, -margin, -1)  # where Qt's own delegate puts a cell's text
        small = self.small_font(view_option.font)
        small_height = QFontMetrics(small).height()
        painter.save()
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(view_option.palette.color(role))
        painter.setFont(view_option.font)
        left = Qt.AlignmentFlag.AlignLeft
        above = rect.adjusted(0, 0, 0, -small_height + 2)
        painter.drawText(above, left | Qt.AlignmentFlag.AlignVCenter, plate)
        painter.setFont(small)
        painter.setPen(view_option.palette.color(role) if selected else QColor(self.COLOR))
        below = rect.adjusted(0, rect.height() - small_height, 0, 0)
        painter.drawText(below, left | Qt.AlignmentFlag.AlignTop, self.original_text(str(original)))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> Any:
        size = super().sizeHint(option, index)
        original = index.data(ORIGINAL_ROLE)
        if original:
            view_option = QStyleOptionViewItem(option)
            self.initStyleOption(view_option, index)
            metrics = QFontMetrics(self.small_font(view_option.font))
            plate_width = QFontMetrics(view_option.font).horizontalAdvance(view_option.text)
            extra = metrics.horizontalAdvance(self.original_text(str(original))) - plate_width
            size.setWidth(size.width() + max(0, extra))
        return size

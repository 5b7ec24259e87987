"""The table model of a list read from SQLite page by page: rows so far, and a signal for the next page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Signal

ModelIndex = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Rows read so far in ``_rows``; scrolling to the end asks for the next page (``more_wanted``).

    The owner reads the page off the GUI thread while ``loading`` and says with ``has_more`` whether
    another page exists.
    """

    more_wanted = Signal()

    def __init__(self, column_count: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._column_count = column_count
        self._rows: list[Any] = []
        self.has_more = False
        self.loading = False

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and self.has_more and not self.loading

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.more_wanted.emit()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._column_count

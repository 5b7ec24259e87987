"""One destination's send attempts for one event, as a read-only table model (oldest first)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from cgrconsole.core.uplink.outbox import Attempt
from cgrconsole.ui.event_text import AMBER, GREEN, RED, attempt_outcome_text, local_time_text
from cgrconsole.ui.reason_text import reason_text

ModelIndex = QModelIndex | QPersistentModelIndex
_OUTCOME_COLORS = {"delivered": GREEN, "rejected": RED, "retry": AMBER, "interrupted": AMBER}


class AttemptColumn(IntEnum):
    STARTED = 0
    OUTCOME = 1
    HTTP = 2
    DETAIL = 3


class AttemptsTableModel(QAbstractTableModel):
    """Replaced whole by ``set_attempts``: a destination has a handful of attempts, not thousands."""

    def __init__(self, zone: ZoneInfo, clock: Callable[[], float] = time.time, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._clock = clock
        self._attempts: list[Attempt] = []

    def set_attempts(self, attempts: Sequence[Attempt]) -> None:
        if list(attempts) == self._attempts:
            return  # the dialog refreshes every 2 s; an unchanged table must not lose its scroll position
        self.beginResetModel()
        self._attempts = list(attempts)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._attempts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AttemptColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            AttemptColumn.STARTED: QCoreApplication.translate("AttemptsTable", "Started"),
            AttemptColumn.OUTCOME: QCoreApplication.translate("AttemptsTable", "Outcome"),
            AttemptColumn.HTTP: QCoreApplication.translate("AttemptsTable", "HTTP"),
            AttemptColumn.DETAIL: QCoreApplication.translate("AttemptsTable", "Detail"),
        }.get(AttemptColumn(section))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._attempts):
            return None
        attempt = self._attempts[index.row()]
        column = AttemptColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is AttemptColumn.STARTED:
                return local_time_text(attempt.started_ts, self._zone, self._clock())
            if column is AttemptColumn.OUTCOME:
                return attempt_outcome_text(attempt.outcome, attempt.code)
            if column is AttemptColumn.HTTP:
                return str(attempt.http_status) if attempt.http_status else "—"
            return attempt_detail_text(attempt)
        if role == Qt.ItemDataRole.ForegroundRole and column is AttemptColumn.OUTCOME:
            color = _OUTCOME_COLORS.get(attempt.outcome)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.ToolTipRole and column is AttemptColumn.DETAIL:
            return attempt_detail_text(attempt) or None
        return None


def attempt_detail_text(attempt: Attempt) -> str:
    """The attempt's detail in words: a delivery's bare server reference ("6") says what it is."""
    if attempt.outcome == "delivered" and attempt.reason is None and attempt.detail:
        text = QCoreApplication.translate("AttemptsTable", "received; the server's number for it: %1")
        return text.replace("%1", attempt.detail)
    return reason_text(attempt.reason, attempt.detail)

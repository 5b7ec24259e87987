"""A time period in site time: "any", "the last hour", …, or "from … to …" with two date-time edits.

``bounds()`` gives (since, until) as UTC epoch seconds, None where open; ``changed`` fires on every change.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QWidget

RECENT_S = {"1h": 3600.0, "24h": 86400.0, "7d": 7 * 86400.0}


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(
        self, zone: ZoneInfo, parent: QWidget | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(parent)
        self._zone = zone
        self._clock = clock
        self.choice = QComboBox(self)
        for key, text in (
            ("any", self.tr("Any time")),
            ("1h", self.tr("Last hour")),
            ("24h", self.tr("Last 24 hours")),
            ("7d", self.tr("Last 7 days")),
            ("range", self.tr("From … to …")),
        ):
            self.choice.addItem(text, key)
        now = QDateTime.currentDateTime()
        self.since = QDateTimeEdit(now.addDays(-1), self)
        self.until = QDateTimeEdit(now.addSecs(3600), self)
        for edit, tip in ((self.since, self.tr("From (site time)")), (self.until, self.tr("To (site time)"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy HH:mm")
            edit.setToolTip(tip)
            edit.hide()
            edit.dateTimeChanged.connect(lambda _value: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.choice, self.since, self.until):
            row.addWidget(widget)
        self.choice.currentIndexChanged.connect(self._on_choice)

    def choose(self, key: str) -> None:
        self.choice.setCurrentIndex(self.choice.findData(key))

    def set_range(self, since: float, until: float) -> None:
        """From ``since`` to ``until`` (to the minute, site time)."""
        for edit, ts in ((self.since, since), (self.until, until)):
            moment = datetime.fromtimestamp(ts, self._zone)
            edit.setDateTime(QDateTime.fromString(moment.strftime("%Y-%m-%d %H:%M"), "yyyy-MM-dd HH:mm"))
        self.choose("range")

    def bounds(self) -> tuple[float | None, float | None]:
        key = self.choice.currentData()
        if key in RECENT_S:
            return self._clock() - RECENT_S[key], None
        if key == "range":
            return self._site_time(self.since), self._site_time(self.until) + 60  # to the end of that minute
        return None, None

    def _site_time(self, edit: QDateTimeEdit) -> float:
        """The edit's wall clock read as the site's (the console's PC may be in another zone)."""
        value = edit.dateTime()
        day, clock = value.date(), value.time()
        moment = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self._zone)
        return moment.timestamp()

    def _on_choice(self, _index: int) -> None:
        custom = self.choice.currentData() == "range"
        self.since.setVisible(custom)
        self.until.setVisible(custom)
        self.changed.emit()

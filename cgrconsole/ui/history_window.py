"""The history: every stored event, searched by plate (any part, look-alike glyphs alike), time, camera,
direction and state; newest first, a page at a time as the officer scrolls; exported as CSV or as a ZIP of
the photos; a row opens the event's details.

Queries and exports run on a thread of the window's own (``Database.read()`` gives it its own connection):
the window keeps painting while SQLite or a slow disk works. An answer that arrives after the officer has
typed on is dropped (each search has a number).
"""

from __future__ import annotations

import concurrent.futures
import logging
import time
from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.core.review import events as ev
from cgrconsole.core.review.events import PlateEventRecord
from cgrconsole.core.review.history import (
    PAGE_SIZE,
    EventHistory,
    HistoryPage,
    HistoryQuery,
    PageCursor,
    write_csv,
    write_photos_zip,
)
from cgrconsole.engine import Engine
from cgrconsole.ui.event_text import (
    confidence_text,
    event_state_color,
    event_state_list_text,
    event_state_text,
)
from cgrconsole.ui.events_model import plate_font
from cgrconsole.ui.paged_model import PagedTableModel
from cgrconsole.ui.status_text import direction_color, direction_text

log = logging.getLogger(__name__)
TYPING_PAUSE_MS = 250  # the search starts when the officer stops typing this long
ModelIndex = QModelIndex | QPersistentModelIndex
STATES = (ev.NEW, ev.CONFIRMED, ev.CORRECTED, ev.SENT, ev.FAILED, ev.REJECTED, ev.KEPT)


class Column(IntEnum):
    TIME = 0
    PLATE = 1
    READ_AS = 2
    CAMERA = 3
    DIRECTION = 4
    STATE = 5
    CONFIDENCE = 6
    DECIDED_BY = 7


class HistoryTableModel(PagedTableModel):
    """The rows found so far; scrolling to the end asks for the next page (``more_wanted``)."""

    def __init__(self, zone: ZoneInfo, labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(len(Column), parent)
        self._zone = zone
        self._labels = labels
        self._rows: list[PlateEventRecord] = []
        self._plate_font = plate_font(12)

    def set_page(self, page: HistoryPage, first: bool) -> None:
        if first:
            self.beginResetModel()
            self._rows = list(page.events)
            self.endResetModel()
        elif page.events:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.events) - 1)
            self._rows += page.events
            self.endInsertRows()
        self.has_more = page.next is not None

    def event_at(self, row: int) -> PlateEventRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def events(self) -> list[PlateEventRecord]:
        return self._rows

    def replace_event(self, event: PlateEventRecord) -> bool:
        """A shown event changed (decided, sent): its row shows it now. False when it is not shown."""
        row = next((i for i, e in enumerate(self._rows) if e.id == event.id), None)
        if row is None:
            return False
        self._rows[row] = event
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {  # the plate list's words where the columns are the same
            Column.TIME: QCoreApplication.translate("EventsTable", "Time"),
            Column.PLATE: QCoreApplication.translate("EventsTable", "Plate"),
            Column.READ_AS: QCoreApplication.translate("HistoryTable", "Read as"),
            Column.CAMERA: QCoreApplication.translate("EventsTable", "Camera"),
            Column.DIRECTION: QCoreApplication.translate("EventsTable", "Direction"),
            Column.STATE: QCoreApplication.translate("EventsTable", "State"),
            Column.CONFIDENCE: QCoreApplication.translate("EventsTable", "Conf."),
            Column.DECIDED_BY: QCoreApplication.translate("HistoryTable", "Decided by"),
        }.get(Column(section))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event_at(index.row()) if index.isValid() else None
        if event is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATE:
            return event_state_color(event.state)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.DIRECTION:
            return direction_color(event.direction)
        if role == Qt.ItemDataRole.FontRole and column in (Column.PLATE, Column.READ_AS):
            return self._plate_font
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.CONFIDENCE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.STATE:
            return "\n".join(filter(None, [event_state_text(event.state), event.note]))
        return None

    def _display(self, event: PlateEventRecord, column: Column) -> str | None:
        if column is Column.TIME:
            return datetime.fromtimestamp(event.ts, self._zone).strftime("%d.%m.%Y %H:%M:%S")
        if column is Column.PLATE:
            return event.plate
        if column is Column.READ_AS:
            return event.original_plate if event.corrected else ""
        if column is Column.CAMERA:
            return self._labels.get(event.camera, event.camera)
        if column is Column.DIRECTION:
            return direction_text(event.direction)
        if column is Column.STATE:
            return event_state_list_text(event.state)
        if column is Column.CONFIDENCE:
            return confidence_text(event.confidence)
        if column is Column.DECIDED_BY:
            return event.decided_by or ""
        return None


class _Answers(QObject):
    """Carries what the worker thread found to the GUI thread (a queued signal)."""

    page = Signal(int, object, bool, float)  # search number, HistoryPage, first page?, seconds taken
    exported = Signal(str, object)  # "csv" | "zip", (count, missing, path) or the exception
    failed = Signal(int, object)  # search number, the exception


class HistoryWindow(QDialog):
    """Non-modal; ``details_requested(event_id)`` when the officer opens a row (Enter or double click)."""

    details_requested = Signal(str)

    def __init__(self, engine: Engine, parent: QWidget | None = None, clock: Callable[[], float] = time.time):
        super().__init__(parent)
        self.engine = engine
        self._clock = clock
        self._zone = ZoneInfo(engine.config.site.timezone)
        self._history = EventHistory(engine.database)
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="history")
        self._answers = (
            _Answers()
        )  # no parent: a worker finishing after the window is gone still emits safely
        self._answers.page.connect(self._on_page)
        self._answers.failed.connect(self._on_failed)
        self._answers.exported.connect(self._on_exported)
        self._search_number = 0
        self._query = HistoryQuery()
        self._cursor: PageCursor | None = None
        self.last_search_s: float | None = None
        self.exporting = False
        self.setWindowTitle(self.tr("History"))
        self.resize(1100, 680)

        self.plate = QLineEdit(self)
        self.plate.setPlaceholderText(self.tr("Plate or any part of it"))
        self.plate.setToolTip(
            self.tr(
                "Any part of the plate. 0 and O, 8 and B, 1 and I, Cyrillic and Latin letters "
                "match each other."
            )
        )
        self.plate.setFont(plate_font(14))
        self.plate.setClearButtonEnabled(True)
        self.period = QComboBox(self)
        for key, text in (
            ("any", self.tr("Any time")),
            ("today", self.tr("Today")),
            ("24h", self.tr("Last 24 hours")),
            ("7d", self.tr("Last 7 days")),
            ("30d", self.tr("Last 30 days")),
            ("range", self.tr("From … to …")),
        ):
            self.period.addItem(text, key)
        now = QDateTime.currentDateTime()
        self.since = QDateTimeEdit(now.addDays(-1), self)
        self.until = QDateTimeEdit(now, self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy HH:mm")
            edit.setVisible(False)
        self.since.setToolTip(self.tr("From (site time)"))
        self.until.setToolTip(self.tr("To (site time)"))
        self.camera = QComboBox(self)
        self.camera.addItem(self.tr("All cameras"), "")
        for camera in engine.config.cameras:
            self.camera.addItem(camera.label, camera.name)
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("Both directions"), "")
        for direction in ("entry", "exit"):
            self.direction.addItem(direction_text(direction), direction)
        self.state = QComboBox(self)
        self.state.addItem(self.tr("Any state"), "")
        for state in STATES:
            self.state.addItem(event_state_list_text(state), state)
        filters = QHBoxLayout()
        filters.addWidget(self.plate, 2)
        for widget in (self.period, self.since, self.until, self.camera, self.direction, self.state):
            filters.addWidget(widget)

        self.model = HistoryTableModel(self._zone, {c.name: c.label for c in engine.config.cameras}, self)
        self.model.more_wanted.connect(self.load_more)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # nothing cut, any language
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.setToolTip(self.tr("Open the selected event (Enter or a double click)"))
        self.details_button.setEnabled(False)
        self.details_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.details_button.setEnabled(current.isValid())
        )
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.csv_button.setToolTip(self.tr("Every event found (all pages) as a table for a spreadsheet"))
        self.csv_button.clicked.connect(self._on_csv_clicked)
        self.zip_button = QPushButton(self.tr("Export photos (ZIP)…"), self)
        self.zip_button.setToolTip(
            self.tr("The pictures of every event found, with the table, in one ZIP file")
        )
        self.zip_button.clicked.connect(self._on_zip_clicked)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.close)
        for button in (self.details_button, self.csv_button, self.zip_button, close_button):
            button.setAutoDefault(False)  # Enter in the plate field searches, on a row opens it
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.details_button, self.csv_button, self.zip_button, close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.search)
        self.plate.textChanged.connect(lambda _text: self._typing.start())
        self.plate.returnPressed.connect(self.search)
        self.period.currentIndexChanged.connect(self._on_period_changed)
        for combo in (self.camera, self.direction, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.search())
        for edit in (self.since, self.until):
            edit.dateTimeChanged.connect(lambda _dt: self._typing.start())
        self.search()

    # -- the query ---------------------------------------------------------------------
    def query(self) -> HistoryQuery:
        since, until = self._period()
        camera, direction, state = (c.currentData() for c in (self.camera, self.direction, self.state))
        return HistoryQuery(
            plate=self.plate.text(),
            since=since,
            until=until,
            cameras=(camera,) if camera else (),
            direction=direction or "",
            states=(state,) if state else (),
        )

    def _period(self) -> tuple[float | None, float | None]:
        key = self.period.currentData()
        now = self._clock()
        if key == "today":
            midnight = datetime.fromtimestamp(now, self._zone).replace(
                hour=0, minute=0, second=0, microsecond=0
            )
            return midnight.timestamp(), None
        if key in ("24h", "7d", "30d"):
            return now - {"24h": 1, "7d": 7, "30d": 30}[key] * 86400.0, None
        if key == "range":
            return self._site_time(self.since), self._site_time(self.until) + 60  # to the end of that minute
        return None, None

    def _site_time(self, edit: QDateTimeEdit) -> float:
        """The edit's date and time read as the site's wall clock (the console's machine may differ)."""
        value = edit.dateTime()
        date, clock = value.date(), value.time()
        moment = datetime(
            date.year(), date.month(), date.day(), clock.hour(), clock.minute(), tzinfo=self._zone
        )
        return moment.timestamp()

    def set_range(self, since: float, until: float) -> None:
        """Show events from ``since`` to ``until`` (site time, to the minute)."""
        for edit, ts in ((self.since, since), (self.until, until)):
            moment = datetime.fromtimestamp(ts, self._zone)
            edit.setDateTime(
                QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
            )
        self.period.setCurrentIndex(self.period.findData("range"))

    def _on_period_changed(self, _index: int) -> None:
        custom = self.period.currentData() == "range"
        self.since.setVisible(custom)
        self.until.setVisible(custom)
        self.search()

    # -- searching (on the worker) -------------------------------------------------------
    def search(self) -> None:
        """The first page of what the filters say now; anything still on its way is dropped."""
        self._typing.stop()
        self._search_number += 1
        self._query = self.query()
        self._cursor = None
        self.model.loading = True
        self.summary.setText(self.tr("Searching…"))
        self._submit(self._query, None, first=True)

    def load_more(self) -> None:
        if self._cursor is None or self.model.loading:
            return
        self.model.loading = True
        self._submit(self._query, self._cursor, first=False)

    def _submit(self, query: HistoryQuery, cursor: PageCursor | None, first: bool) -> None:
        number = self._search_number

        def work() -> None:
            started = time.perf_counter()
            try:
                page = self._history.page(query, cursor, PAGE_SIZE)
            except Exception as exc:
                log.exception("history search failed")
                self._answers.failed.emit(number, exc)
                return
            self._answers.page.emit(number, page, first, time.perf_counter() - started)

        self._pool.submit(work)

    def _on_page(self, number: int, page: HistoryPage, first: bool, took_s: float) -> None:
        if number != self._search_number:
            return  # the officer has changed the query since
        self.model.loading = False
        self._cursor = page.next
        self.model.set_page(page, first)
        if first:
            self.last_search_s = took_s
            if self.model.rowCount():
                self.table.selectRow(0)
        self._show_summary()

    def _on_failed(self, number: int, exc: Exception) -> None:
        if number != self._search_number:
            return
        self.model.loading = False
        self.summary.setText(self.tr("The search failed: %1").replace("%1", str(exc)))

    def _show_summary(self) -> None:
        shown = self.model.rowCount()
        if not shown:
            text = self.tr("Nothing found.")
            if self._query.plate and len(self._query.key) < len(self._query.plate.replace(" ", "")):
                text += " " + self.tr("Only letters and digits of a plate are searched.")
        elif self.model.has_more:
            text = self.tr("Shown: %1, newest first; scroll down for older ones.").replace("%1", str(shown))
        else:
            text = self.tr("Found: %1, newest first.").replace("%1", str(shown))
        self.summary.setText(text)

    def on_event_changed(self, event_id: str) -> None:
        """A row already shown follows its event (a new event waits for the next search)."""
        if not any(e.id == event_id for e in self.model.events):
            return
        try:
            event = self.engine.events.get(event_id)
        except ev.EventError:
            return
        self.model.replace_event(event)

    # -- the rows ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: Any) -> bool:
        pressed = isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
        if watched is self.table and pressed and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_row(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def _open_row(self, row: int) -> None:
        event = self.model.event_at(row)
        if event is not None:
            self.details_requested.emit(event.id)

    # -- exports (on the worker) ----------------------------------------------------------
    def _on_csv_clicked(self) -> None:
        path = self._ask_target("events", self.tr("Export CSV"), self.tr("CSV files (*.csv)"))
        if path is not None:
            self.export_csv_to(path)

    def _on_zip_clicked(self) -> None:
        path = self._ask_target("photos", self.tr("Export photos"), self.tr("ZIP files (*.zip)"))
        if path is not None:
            self.export_photos_to(path)

    def _ask_target(self, stem: str, title: str, kinds: str) -> Path | None:
        """Where to save, offered as <stem>_<site date and time>.<extension of ``kinds``> at home."""
        extension = kinds[kinds.index("*.") + 1 : kinds.index(")")]
        name = f"{stem}_{datetime.fromtimestamp(self._clock(), self._zone):%Y-%m-%d_%H-%M}{extension}"
        path, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), kinds)
        return Path(path) if path else None

    def export_csv_to(self, path: Path) -> None:
        """Every event the current search finds (all pages, not only those shown) into ``path``."""
        query, zone = self._query, self._zone

        def work() -> tuple[int, int, Path]:
            partial = path.with_name(path.name + ".part")
            with partial.open("w", encoding="utf-8-sig", newline="") as out:  # the BOM: Excel reads UTF-8
                count = write_csv(self._history.all(query), out, zone)
            partial.replace(path)
            return count, 0, path

        self._export("csv", work)

    def export_photos_to(self, path: Path) -> None:
        query, zone, media = self._query, self._zone, self.engine.events.media_dir

        def work() -> tuple[int, int, Path]:
            partial = path.with_name(path.name + ".part")
            count, missing = write_photos_zip(self._history.all(query), media, partial, zone)
            partial.replace(path)
            return count, missing, path

        self._export("zip", work)

    def _export(self, kind: str, work: Callable[[], tuple[int, int, Path]]) -> None:
        self.exporting = True
        self.csv_button.setEnabled(False)
        self.zip_button.setEnabled(False)
        self.summary.setText(self.tr("Exporting…"))

        def run() -> None:
            try:
                result: object = work()
            except Exception as exc:
                log.exception("history export failed")
                result = exc
            self._answers.exported.emit(kind, result)

        self._pool.submit(run)

    def _on_exported(self, kind: str, result: object) -> None:
        self.exporting = False
        self.csv_button.setEnabled(True)
        self.zip_button.setEnabled(True)
        if isinstance(result, Exception):
            self.summary.setText(self.tr("Not exported: %1").replace("%1", str(result)))
            return
        count, missing, path = result  # type: ignore[misc]
        text = self.tr("Exported to %2 (events: %1)").replace("%1", str(count)).replace("%2", str(path))
        if missing:
            text += " " + self.tr("(pictures already deleted: %1)").replace("%1", str(missing))
        self.summary.setText(text)

    def done(self, result: int) -> None:
        self._search_number += 1  # answers still on their way are dropped
        self._pool.shutdown(wait=False, cancel_futures=True)
        super().done(result)

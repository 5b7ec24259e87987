"""The connection and transfer log (the contract's): the audit log filtered by kind, time and text,
newest first, a page at a time as the admin scrolls; new rows appear while it is open (the live tail)
without moving what is being read; exported as CSV. The rotating file logs' folder and cap are named
under the table.

Queries run on a thread of the window's own (``Database.read()`` gives it its own connection); an
answer that arrives after the filters changed is dropped (each search has a number).
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
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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

from cgrconsole.core.storage.audit import AuditEntry, AuditKind
from cgrconsole.core.storage.audit_query import (
    GROUPS,
    PAGE_SIZE,
    AuditCursor,
    AuditPage,
    AuditQuery,
    AuditReader,
    write_csv,
)
from cgrconsole.logs import LOG_BACKUPS, LOG_FILE, LOG_MAX_BYTES
from cgrconsole.ui.audit_text import audit_detail_lines, audit_detail_text, stored_forms
from cgrconsole.ui.event_text import RED
from cgrconsole.ui.paged_model import PagedTableModel
from cgrconsole.ui.period_picker import PeriodPicker

log = logging.getLogger(__name__)
TAIL_MS = 1000  # how often the open viewer looks for new rows
TYPING_PAUSE_MS = 250
ModelIndex = QModelIndex | QPersistentModelIndex
PROBLEMS = ("failed", "rejected", "refused", "login_refused", "offline", "reconnecting", "worker_error")


# lupdate finds only literal QCoreApplication.translate("Context", "text") calls, hence no helper.
def group_text(group: str) -> str:
    return {
        "camera": QCoreApplication.translate("LogViewer", "Cameras"),
        "hls": QCoreApplication.translate("LogViewer", "Live stream clients (HLS)"),
        "api": QCoreApplication.translate("LogViewer", "API (sending events)"),
        "sftp": QCoreApplication.translate("LogViewer", "SFTP (archive upload)"),
        "admin": QCoreApplication.translate("LogViewer", "Administrator"),
        "archive": QCoreApplication.translate("LogViewer", "Archive and retention"),
        "review": QCoreApplication.translate("LogViewer", "Officer's decisions"),
        "app": QCoreApplication.translate("LogViewer", "Console"),
    }[group]


def kind_text(kind: AuditKind) -> str:
    group = next((g for g, kinds in GROUPS.items() if kind in kinds), "app")
    return group_text(group)


def is_problem(entry: AuditEntry) -> bool:
    """Shown in red: a failure, a refusal, a camera gone, an internal error."""
    values = (entry.detail.get(key) for key in ("event", "result", "state"))
    return any(v in PROBLEMS for v in values) or bool(entry.detail.get("error"))


def file_logs_text(log_dir: Path) -> str:
    return (
        QCoreApplication.translate(
            "LogViewer", "File logs: %1 (a new file every %2 MB, the last %3 files kept)"
        )
        .replace("%1", str(log_dir / LOG_FILE))
        .replace("%2", f"{LOG_MAX_BYTES / 1024**2:.0f}")
        .replace("%3", str(LOG_BACKUPS))
    )


class Column(IntEnum):
    TIME = 0
    KIND = 1
    SUBJECT = 2
    DETAIL = 3


class AuditTableModel(PagedTableModel):
    """The rows read so far, newest first; scrolling to the end asks for the next page (``more_wanted``)."""

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(len(Column), parent)
        self._zone = zone
        self._rows: list[AuditEntry] = []
        self._ids: set[int] = set()

    @property
    def entries(self) -> list[AuditEntry]:
        return self._rows

    def set_page(self, page: AuditPage, first: bool) -> None:
        if first:
            self.beginResetModel()
            self._rows, self._ids = [], set()
            self.endResetModel()
        fresh = [e for e in page.entries if e.id not in self._ids]
        if fresh:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self._rows += fresh
            self._ids.update(e.id for e in fresh)
            self.endInsertRows()
        self.has_more = page.next is not None

    def prepend(self, entries: list[AuditEntry]) -> int:
        """New rows (newest first) on top; returns how many were new."""
        fresh = [e for e in entries if e.id not in self._ids]
        if fresh:
            self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
            self._rows[:0] = fresh
            self._ids.update(e.id for e in fresh)
            self.endInsertRows()
        return len(fresh)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.TIME: QCoreApplication.translate("LogViewer", "Time"),
            Column.KIND: QCoreApplication.translate("LogViewer", "Kind"),
            Column.SUBJECT: QCoreApplication.translate("LogViewer", "Who or what"),
            Column.DETAIL: QCoreApplication.translate("LogViewer", "Details"),
        }.get(Column(section))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.TIME:
                return datetime.fromtimestamp(entry.ts, self._zone).strftime("%d.%m.%Y %H:%M:%S")
            if column is Column.KIND:
                return kind_text(entry.kind)
            if column is Column.SUBJECT:
                return entry.subject
            return audit_detail_text(entry.detail)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.DETAIL:
            return audit_detail_lines(entry.detail)
        if role == Qt.ItemDataRole.ForegroundRole and is_problem(entry):
            return QColor(RED)
        return None


class _Answers(QObject):
    """Carries what the worker thread read to the GUI thread (a queued signal)."""

    page = Signal(int, object, bool, int)  # search number, AuditPage, first page?, the last id at the search
    tail = Signal(int, object)  # search number, the new entries
    exported = Signal(object)  # (count, path) or the exception


class LogViewer(QDialog):
    """Non-modal; opened from the Console menu (Ctrl+L)."""

    def __init__(
        self,
        reader: AuditReader,
        zone: ZoneInfo,
        log_dir: Path,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._zone = zone
        self._clock = clock
        self._log_dir = log_dir
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="audit-viewer")
        self._answers = _Answers()  # no parent: a worker finishing after the window is gone emits safely
        self._answers.page.connect(self._on_page)
        self._answers.tail.connect(self._on_tail)
        self._answers.exported.connect(self._on_exported)
        self._search_number = 0
        self._query = AuditQuery()
        self._cursor: AuditCursor | None = None
        self._last_id: int | None = None  # the tail reads the rows after this one
        self._tailing = False
        self.unseen = 0  # rows added on top while the admin reads further down
        self.exporting = False
        self.setWindowTitle(self.tr("Connection and transfer log"))
        self.resize(1100, 680)

        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All kinds"), "")
        for group in GROUPS:
            self.kind.addItem(group_text(group), group)
        self.period = PeriodPicker(zone, self, clock)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Text: camera, address, file, event…"))
        self.text.setToolTip(self.tr("Rows whose subject or details contain this text"))
        self.text.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.period)
        filters.addWidget(self.text, 1)

        self.model = AuditTableModel(zone, self)
        self.model.more_wanted.connect(self.load_more)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)  # rows, for the tail
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (Column.TIME, Column.KIND, Column.SUBJECT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalScrollBar().valueChanged.connect(self._on_scrolled)

        self.new_rows = QPushButton(self)  # "N new ↑": back to the top
        self.new_rows.setToolTip(self.tr("New rows arrived above; click to show them"))
        self.new_rows.clicked.connect(self.scroll_to_top)
        self.new_rows.hide()
        self.live = QCheckBox(self.tr("Live"), self)
        self.live.setToolTip(self.tr("Show new rows as they are written"))
        self.live.setChecked(True)
        self.summary = QLabel(self)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.csv_button.setToolTip(self.tr("Every row found (all pages) as a table for a spreadsheet"))
        self.csv_button.clicked.connect(self._on_csv_clicked)
        folder = QPushButton(self.tr("Open log folder"), self)
        folder.setToolTip(self.tr("The console's file logs (technical details for support)"))
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_dir))))
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.close)
        for button in (self.new_rows, self.csv_button, folder, close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_rows)
        buttons.addWidget(self.live)
        buttons.addWidget(self.summary, 1)
        for button in (self.csv_button, folder, close_button):
            buttons.addWidget(button)
        self.files = QLabel(file_logs_text(log_dir), self)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files.setStyleSheet("QLabel { color: palette(mid); }")

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.files)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.search)
        self.text.textChanged.connect(lambda _text: self._typing.start())
        self.text.returnPressed.connect(self.search)
        self.kind.currentIndexChanged.connect(lambda _i: self.search())
        self.period.changed.connect(self._typing.start)
        self._tail_timer = QTimer(self)
        self._tail_timer.setInterval(TAIL_MS)
        self._tail_timer.timeout.connect(self.poll_tail)
        self._tail_timer.start()
        self.search()

    # -- the query ---------------------------------------------------------------------
    def query(self) -> AuditQuery:
        since, until = self.period.bounds()
        group = self.kind.currentData()
        text = self.text.text()
        return AuditQuery(GROUPS[group] if group else (), since, until, text, stored_forms(text))

    def show_group(self, group: str) -> None:
        """Only the rows of ``group`` (a key of ``GROUPS``)."""
        self.kind.setCurrentIndex(self.kind.findData(group))

    def search(self) -> None:
        """The first page of what the filters say now; anything still on its way is dropped."""
        self._typing.stop()
        self._search_number += 1
        self._query = self.query()
        self._cursor = None
        self._last_id = None
        self.model.loading = True
        self.summary.setText(self.tr("Searching…"))
        number, query = self._search_number, self._query

        def work() -> None:
            last = self._reader.last_id()  # before the page: a row written meanwhile comes in the tail
            self._answers.page.emit(number, self._reader.page(query, None, PAGE_SIZE), True, last)

        self._run(work)

    def load_more(self) -> None:
        if self._cursor is None or self.model.loading:
            return
        self.model.loading = True
        number, query, cursor = self._search_number, self._query, self._cursor
        self._run(lambda: self._answers.page.emit(number, self._reader.page(query, cursor), False, -1))

    def _run(self, work: Callable[[], None]) -> None:
        def guarded() -> None:
            try:
                work()
            except Exception:
                log.exception("reading the audit log failed")

        self._pool.submit(guarded)

    def _on_page(self, number: int, page: AuditPage, first: bool, last_id: int) -> None:
        if number != self._search_number:
            return
        self.model.loading = False
        self._cursor = page.next
        if first:
            self._last_id = last_id
            self.unseen = 0
            self._show_unseen()
        self.model.set_page(page, first)
        self._show_summary()

    def _show_summary(self) -> None:
        shown = self.model.rowCount()
        if not shown:
            text = self.tr("Nothing found.")
        elif self.model.has_more:
            text = self.tr("Shown: %1, newest first; scroll down for older ones.").replace("%1", str(shown))
        else:
            text = self.tr("Found: %1, newest first.").replace("%1", str(shown))
        self.summary.setText(text)

    # -- the live tail --------------------------------------------------------------------
    def poll_tail(self) -> None:
        """Look for rows written since the last look (the timer's tick; tests call it too)."""
        if not self.live.isChecked() or self._last_id is None or self._tailing:
            return
        self._tailing = True
        number, query, after = self._search_number, self._query, self._last_id

        def work() -> None:
            try:
                self._answers.tail.emit(number, self._reader.newer(query, after))
            except Exception:
                self._answers.tail.emit(number, None)
                raise

        self._run(work)

    def _on_tail(self, number: int, entries: list[AuditEntry] | None) -> None:
        self._tailing = False
        if number != self._search_number or not entries:
            return
        assert self._last_id is not None
        self._last_id = max(self._last_id, max(e.id for e in entries))
        bar = self.table.verticalScrollBar()
        before = bar.value()
        added = self.model.prepend(entries)
        if before > 0:  # reading further down: the same rows stay in view
            bar.setValue(before + added)
            self.unseen += added
        self._show_unseen()
        self._show_summary()

    def _on_scrolled(self, value: int) -> None:
        if value == 0 and self.unseen:
            self.unseen = 0
            self._show_unseen()

    def _show_unseen(self) -> None:
        self.new_rows.setText(self.tr("%1 new ↑").replace("%1", str(self.unseen)))
        self.new_rows.setVisible(self.unseen > 0)

    def scroll_to_top(self) -> None:
        self.table.scrollToTop()
        self.unseen = 0
        self._show_unseen()

    # -- export (on the worker) -------------------------------------------------------------
    def _on_csv_clicked(self) -> None:
        stamp = datetime.fromtimestamp(self._clock(), self._zone).strftime("%Y-%m-%d_%H-%M")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export CSV"),
            str(Path.home() / f"connection_log_{stamp}.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_csv_to(Path(path))

    def export_csv_to(self, path: Path) -> None:
        """Every row the current filters find (all pages, not only those shown) into ``path``."""
        query, zone = self._query, self._zone
        self.exporting = True
        self.csv_button.setEnabled(False)
        self.summary.setText(self.tr("Exporting…"))

        def work() -> None:
            try:
                partial = path.with_name(path.name + ".part")
                with partial.open("w", encoding="utf-8-sig", newline="") as out:  # the BOM: Excel reads UTF-8
                    count = write_csv(self._reader.all(query), out, zone)
                partial.replace(path)
                result: object = (count, path)
            except Exception as exc:
                log.exception("audit export failed")
                result = exc
            self._answers.exported.emit(result)

        self._pool.submit(work)

    def _on_exported(self, result: object) -> None:
        self.exporting = False
        self.csv_button.setEnabled(True)
        if isinstance(result, Exception):
            self.summary.setText(self.tr("Not exported: %1").replace("%1", str(result)))
            return
        count, path = result  # type: ignore[misc]
        self.summary.setText(
            self.tr("Exported to %2 (rows: %1)").replace("%1", str(count)).replace("%2", str(path))
        )

    def done(self, result: int) -> None:
        self._search_number += 1  # answers still on their way are dropped
        self._tail_timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
        super().done(result)

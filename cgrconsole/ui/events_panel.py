"""The officer's list of detected plates, keyboard first: Enter confirms, F2 corrects, Delete rejects."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.core.review.events import DECIDABLE, NEW, EventError, PlateEventRecord
from cgrconsole.engine import Engine
from cgrconsole.ui.child_dialog import open_child
from cgrconsole.ui.correction_dialog import PlateCorrectionDialog
from cgrconsole.ui.event_text import RED
from cgrconsole.ui.events_model import EVENT_ROLE, THUMB_HEIGHT, Column, EventsTableModel
from cgrconsole.ui.reason_dialog import ReasonDialog
from cgrconsole.ui.shift import ask_officer

log = logging.getLogger(__name__)


class EventsTableView(QTableView):
    """Forwards the decision keys to the panel's actions, so they work without window-wide shortcuts."""

    def __init__(self, keys: dict[int, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._keys.get(event.key())
        if action is not None and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)


class EventsPanelWidget(QWidget):
    """The table of recent events and the officer's decisions on the selected one."""

    delivery_requested = Signal(str)  # event id: the main window opens its delivery dialog

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        labels = {c.name: c.label for c in engine.config.cameras}
        trucks = engine.uplinks.trucks
        self.model = EventsTableModel(
            engine.events,
            ZoneInfo(engine.config.site.timezone),
            labels,
            parent=self,
            queued=trucks.is_queued if trucks is not None else None,
        )
        self.confirm_action = QAction(self.tr("Confirm"), self)
        self.confirm_action.setToolTip(self.tr("Confirm the selected plate and send it (Enter)"))
        self.correct_action = QAction(self.tr("Correct…"), self)
        self.correct_action.setToolTip(self.tr("Type the right plate, then send it (F2)"))
        self.reject_action = QAction(self.tr("Reject…"), self)
        self.reject_action.setToolTip(self.tr("Not a plate or a false reading: say why (Delete)"))
        self.delivery_action = QAction(self.tr("Delivery…"), self)
        self.delivery_action.setToolTip(self.tr("Where this event was sent and what the servers said"))
        self.confirm_action.triggered.connect(self.confirm_selected)
        self.correct_action.triggered.connect(self.correct_selected)
        self.reject_action.triggered.connect(self.reject_selected)
        self.delivery_action.triggered.connect(self._on_delivery_triggered)
        keys = {
            Qt.Key.Key_Return: self.confirm_action,
            Qt.Key.Key_Enter: self.confirm_action,
            Qt.Key.Key_F2: self.correct_action,
            Qt.Key.Key_Delete: self.reject_action,
        }
        self.table = EventsTableView(keys, self)
        self._build_table()
        self.message = QLabel(self)  # plain-words result of the last decision that went wrong
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"QLabel {{ color: {RED}; font-weight: bold; padding: 4px; }}")
        self.message.hide()
        buttons = QHBoxLayout()
        for action in (self.confirm_action, self.correct_action, self.reject_action, self.delivery_action):
            button = QPushButton(action.text(), self)
            button.setToolTip(action.toolTip())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table keeps the keyboard
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.active_dialog: QDialog | None = None  # the open correction/reason dialog (tests reach it here)
        self._update_actions()

    def _build_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(THUMB_HEIGHT + 8)
        table.setIconSize(
            QSize(THUMB_HEIGHT * 9 // 2, THUMB_HEIGHT)
        )  # plates are about 4.5 times wider than tall
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        # Widths grow to fit what the rows hold, measured only for the rows that change: Qt's
        # ResizeToContents re-measured all 200 rows on every change (~0.2 s of the GUI thread per
        # delivered event after an outage). The camera's name gives way (elided, full in its tooltip).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.CAMERA, QHeaderView.ResizeMode.Stretch)
        for column in Column:
            if column is not Column.CAMERA:
                header.resizeSection(column, header.sectionSizeFromContents(column).width())
        self.model.modelReset.connect(lambda: self._fit_columns(0, self.model.rowCount() - 1))
        self.model.rowsInserted.connect(lambda _parent, first, last: self._fit_columns(first, last))
        self.model.dataChanged.connect(lambda top, bottom, *_: self._fit_columns(top.row(), bottom.row()))
        # the day's queue exists only with the CarGoRuqsat uplink; a column of blanks would only cost width
        table.setColumnHidden(Column.QUEUE, self.engine.uplinks.trucks is None)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setStyleSheet("QTableView { font-size: 13px; }")
        table.doubleClicked.connect(self._on_double_clicked)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self.model.dataChanged.connect(lambda *_: self._update_actions())

    def _fit_columns(self, first: int, last: int) -> None:
        """Widen (never narrow: no jumping) the fixed columns to what rows ``first..last`` show."""
        table, header = self.table, self.table.horizontalHeader()
        for column in Column:
            if column is Column.CAMERA or table.isColumnHidden(column):
                continue
            needed = max(
                (
                    table.sizeHintForIndex(self.model.index(row, column)).width()
                    for row in range(first, last + 1)
                ),
                default=0,
            )
            if needed > header.sectionSize(column):
                header.resizeSection(column, needed)

    def start(self) -> None:
        """After the engine started: the database is open."""
        self.model.reload()
        self._select_next_new(0)

    # -- the selected event ----------------------------------------------------------
    def selected_event(self) -> PlateEventRecord | None:
        index = self.table.currentIndex()
        return self.model.event_at(index.row()) if index.isValid() else None

    def select_event(self, event_id: str) -> None:
        row = self.model.row_of(event_id)
        if row is not None:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, Column.PLATE)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _select_next_new(self, start: int) -> None:
        """After a decision the next undecided plate is selected: below first (older), then above."""
        count = self.model.rowCount()
        for row in [*range(start, count), *range(min(start, count) - 1, -1, -1)]:
            event = self.model.event_at(row)
            if event is not None and event.state == NEW:
                self._select_row(row)
                return

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        # Selection follows its event as rows are inserted above it; only an idle list jumps to the new one.
        if not self.table.currentIndex().isValid():
            self._select_next_new(first)

    def _on_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        event = self.selected_event()
        decidable = event is not None and event.state in DECIDABLE
        self.confirm_action.setEnabled(event is not None and event.state == NEW)
        self.correct_action.setEnabled(decidable)
        self.reject_action.setEnabled(event is not None and event.state == NEW)
        self.delivery_action.setEnabled(event is not None)

    # -- decisions ---------------------------------------------------------------------
    def confirm_selected(self) -> None:
        event = self.selected_event()
        if event is not None and event.state == NEW:
            self._confirm(event, None)

    def correct_selected(self) -> None:
        event = self.selected_event()
        if event is None or event.state not in DECIDABLE:
            return
        dialog = PlateCorrectionDialog(event, self.engine.events.media_dir, self)
        dialog.accepted.connect(lambda: self._confirm(event, dialog.plate))
        self._open(dialog)

    def reject_selected(self) -> None:
        event = self.selected_event()
        if event is None or event.state != NEW:
            return
        dialog = ReasonDialog(
            self.tr("Reject %1").replace("%1", event.plate),
            self.tr("Why is this not a vehicle to report? The reason is kept in the audit log."),
            [
                self.tr("Not a plate"),
                self.tr("Plate unreadable"),
                self.tr("Same vehicle already listed"),
                self.tr("Service vehicle"),
            ],
            self.tr("Reject"),
            self,
        )
        dialog.accepted.connect(lambda: self._reject(event, dialog.reason))
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = open_child(dialog, self._on_dialog_finished)

    def _on_dialog_finished(self, _result: int) -> None:
        self.active_dialog = None
        self.table.setFocus()

    def _confirm(self, event: PlateEventRecord, plate: str | None) -> None:
        ask_officer(self.engine.shift, self, lambda by: self._confirm_by(event, plate, by))

    def _confirm_by(self, event: PlateEventRecord, plate: str | None, by: str) -> None:
        try:
            self.engine.events.confirm(event.id, by=by, plate=plate)
        except EventError as exc:
            self._failed(
                self.tr("Not sent: this event was already decided. The list shows its state now."), exc
            )
            self.model.on_event_changed(event.id)
            return
        if self.engine.dispatcher is not None:
            self.engine.dispatcher.wake()
        self._decided(event.id)

    def _reject(self, event: PlateEventRecord, reason: str) -> None:
        ask_officer(self.engine.shift, self, lambda by: self._reject_by(event, reason, by))

    def _reject_by(self, event: PlateEventRecord, reason: str, by: str) -> None:
        try:
            self.engine.events.reject(event.id, by=by, reason=reason)
        except EventError as exc:
            self._failed(self.tr("Not rejected: this event was already decided."), exc)
            self.model.on_event_changed(event.id)
            return
        self._decided(event.id)

    def _decided(self, event_id: str) -> None:
        """The store's listener updates the row soon; updating now makes Enter-Enter-Enter safe."""
        self.message.hide()
        self.model.on_event_changed(event_id)
        row = self.model.row_of(event_id)
        if row is not None:
            self._select_next_new(row + 1)
        self._update_actions()

    def _failed(self, text: str, exc: Exception) -> None:
        log.warning("decision refused: %s", exc)
        self.message.setText(text)
        self.message.show()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        event = index.data(EVENT_ROLE)
        if event is not None:
            self.delivery_requested.emit(event.id)

    def _on_delivery_triggered(self) -> None:
        event = self.selected_event()
        if event is not None:
            self.delivery_requested.emit(event.id)

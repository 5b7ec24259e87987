"""The officer's list of detected plates, keyboard first to the end.

On a selected undecided plate: Enter confirms, typing the plate's first character starts the correction
with it (F2 opens it with the reading), Delete rejects with a reason, Space opens the details. A key that
cannot act on the selected row says why instead of doing nothing.
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.core.review.events import DECIDABLE, FAILED, NEW, REJECTED, EventError, PlateEventRecord
from cgrconsole.core.review.history import EventHistory, HistoryQuery
from cgrconsole.engine import Engine
from cgrconsole.ui.child_dialog import open_child
from cgrconsole.ui.correction_dialog import PlateCorrectionDialog
from cgrconsole.ui.event_text import AMBER, GREY, RED, event_state_text
from cgrconsole.ui.events_model import EVENT_ROLE, THUMB_HEIGHT, Column, EventsTableModel, PlateDelegate
from cgrconsole.ui.events_view import EventsTableView
from cgrconsole.ui.reason_dialog import ReasonDialog
from cgrconsole.ui.shift import ask_officer

log = logging.getLogger(__name__)

HOLD_MS = 1000  # a new plate waits this long after the pointer's last move over a list that cannot scroll
HINT_SHOWN_MS = 10_000  # ms a "cannot do that here" hint is shown (an error stays)
DECISION_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_F2, Qt.Key.Key_Space)
KEYBOARD_WIDGETS = (QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit, QAbstractItemView)


class EventsPanelWidget(QWidget):
    """The table of recent and undecided events and the officer's decisions on the selected one."""

    delivery_requested = Signal(str)  # event id: the main window opens its delivery dialog

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        labels = {c.name: c.label for c in engine.config.cameras}
        trucks = engine.uplinks.trucks
        history = EventHistory(engine.database)
        self.model = EventsTableModel(
            engine.events,
            ZoneInfo(engine.config.site.timezone),
            labels,
            parent=self,
            queued=trucks.is_queued if trucks is not None else None,
            undecided=lambda: list(history.all(HistoryQuery(states=DECIDABLE))),
        )
        self.confirm_action = QAction(self.tr("Confirm"), self)
        self.confirm_action.setToolTip(self.tr("Confirm the selected plate and send it (Enter)"))
        self.correct_action = QAction(self.tr("Correct…"), self)
        self.correct_action.setToolTip(
            self.tr("Type the right plate on the list (or press F2), then Enter sends it")
        )
        self.reject_action = QAction(self.tr("Reject…"), self)
        self.reject_action.setToolTip(self.tr("Not a plate or a false reading: say why (Delete)"))
        self.delivery_action = QAction(self.tr("Details…"), self)
        self.delivery_action.setToolTip(
            self.tr("The event's pictures, video and where it was sent (Space or a double click)")
        )
        self.confirm_action.triggered.connect(self.confirm_selected)
        self.correct_action.triggered.connect(lambda: self.correct_selected())
        self.reject_action.triggered.connect(self.reject_selected)
        self.delivery_action.triggered.connect(self._on_delivery_triggered)
        self.table = EventsTableView(self._on_key, self)
        self._build_table()
        self.new_button = QPushButton(self)  # "↑ N new": plates that arrived above the visible rows
        self.new_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_button.setStyleSheet(f"QPushButton:disabled {{ color: {GREY}; }}")  # nothing new: looks so
        self.new_button.clicked.connect(self._on_new_clicked)
        self.waiting_label = QLabel(self)
        self.failed_label = QLabel(self)
        counters = QHBoxLayout()
        counters.addWidget(self.new_button)
        counters.addWidget(self.waiting_label)
        counters.addWidget(self.failed_label)
        counters.addStretch(1)
        self.message = QLabel(self)  # why a key did nothing, or what went wrong with the last decision
        self.message.setWordWrap(True)
        self.message.hide()
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_SHOWN_MS)
        self._hint_timer.timeout.connect(self.message.hide)
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
        layout.addLayout(counters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.active_dialog: QDialog | None = None  # the open correction/reason dialog (tests reach it here)
        self.table.hidden_arrivals_changed.connect(lambda _n: self._update_counters())
        # Rows arriving above push the others down when the list cannot scroll them away: while the pointer
        # moves over the rows (aiming at one), they wait until it rests or leaves.
        self._aiming = False
        self._hold_timer = QTimer(self, singleShot=True, interval=HOLD_MS)
        self._hold_timer.timeout.connect(self._release_held)
        self.table.pointer_moved.connect(self._on_pointer_moved)
        self.table.pointer_left.connect(self._release_held)
        self.model.hold = lambda: self._aiming and self.table.fits()
        for changed in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged):
            changed.connect(lambda *_: self._update_counters())
        self.model.modelReset.connect(self._update_counters)
        self.model.held_changed.connect(lambda _n: self._update_counters())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._update_actions()
        self._update_counters()

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
        table.setItemDelegateForColumn(Column.PLATE, PlateDelegate(table))
        table.setup_columns()
        # the day's queue exists only with the CarGoRuqsat uplink; a column of blanks would only cost width
        table.setColumnHidden(Column.QUEUE, self.engine.uplinks.trucks is None)
        self._fit_columns(0, -1, shrink=True)  # from Qt's default width of 100 px to the texts'
        self.model.modelReset.connect(lambda: self._fit_columns(0, self.model.rowCount() - 1, shrink=True))
        self.model.rowsInserted.connect(lambda _parent, first, last: self._fit_columns(first, last))
        self.model.dataChanged.connect(lambda top, bottom, *_: self._fit_columns(top.row(), bottom.row()))
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.doubleClicked.connect(self._on_double_clicked)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self.model.rowsRemoved.connect(self._on_rows_removed)
        self.model.dataChanged.connect(lambda *_: self._update_actions())

    def _fit_columns(self, first: int, last: int, shrink: bool = False) -> None:
        self.table.fit_columns(first, last, shrink)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # other words, other widths
            self._fit_columns(0, self.model.rowCount() - 1, shrink=True)
            self._update_counters()
        super().changeEvent(event)

    def start(self) -> None:
        """After the engine started: the database is open."""
        self.model.reload()
        self._select_next_new(0)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self._select_row(0)
        self.table.setFocus()

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

    def _on_rows_removed(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self._select_row(min(first, self.model.rowCount() - 1))

    def _on_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        event = self.selected_event()
        decidable = event is not None and event.state in DECIDABLE
        self.confirm_action.setEnabled(event is not None and event.state == NEW)
        self.correct_action.setEnabled(decidable)
        self.reject_action.setEnabled(event is not None and event.state == NEW)
        self.delivery_action.setEnabled(event is not None)

    def _update_counters(self) -> None:
        waiting, failed = self.model.counts()
        hidden = self.table.hidden_arrivals + self.model.held
        self.new_button.setText(self.tr("↑ %1 new").replace("%1", str(hidden)))
        self.new_button.setEnabled(hidden > 0)
        self.new_button.setToolTip(
            self.tr("%1 new plates arrived above the rows you see; click to scroll up to them").replace(
                "%1", str(hidden)
            )
            if hidden
            else self.tr("No new plates above the rows you see")
        )
        self.waiting_label.setText(self.tr("Waiting for decision: %1").replace("%1", str(waiting)))
        self.waiting_label.setStyleSheet(
            f"QLabel {{ padding: 0 8px; {f'color: {AMBER}; font-weight: bold;' if waiting else ''} }}"
        )
        self.failed_label.setText(self.tr("Failed delivery: %1").replace("%1", str(failed)))
        self.failed_label.setStyleSheet(
            f"QLabel {{ padding: 0 8px; {f'color: {RED}; font-weight: bold;' if failed else ''} }}"
        )

    def _on_pointer_moved(self) -> None:
        self._aiming = True
        self._hold_timer.start()

    def _release_held(self) -> None:
        self._aiming = False
        self._hold_timer.stop()
        if self.model.held:
            self.model.release()

    def _on_new_clicked(self) -> None:
        self._release_held()
        self.table.show_arrivals()

    # -- the keyboard ------------------------------------------------------------------
    def _on_key(self, key_event: QKeyEvent) -> bool:
        """The decision keys and typed plate characters; False leaves the key to the table (arrows…)."""
        self._release_held()  # the keyboard is in use: nobody aims the pointer
        key = key_event.key()
        modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = key_event.text()
        typed = (
            len(text) == 1
            and text.isalnum()
            and modifiers
            in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ShiftModifier,
            )
        )
        decision = key in DECISION_KEYS and modifiers == Qt.KeyboardModifier.NoModifier
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and modifiers == Qt.KeyboardModifier.NoModifier:
            if self.model.rowCount():  # rows are selected whole: Home is the newest plate, End the oldest
                self._select_row(0 if key == Qt.Key.Key_Home else self.model.rowCount() - 1)
            return True
        if not (typed or decision):
            return False
        event = self.selected_event()
        if event is None:
            self._say(
                self.tr("No plates yet: they appear here as the cameras read them.")
                if not self.model.rowCount()
                else self.tr("Select a plate first (arrow keys).")
            )
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm_selected()
        elif key == Qt.Key.Key_Delete:
            self.reject_selected()
        elif key == Qt.Key.Key_F2:
            self.correct_selected()
        elif key == Qt.Key.Key_Space:
            self._on_delivery_triggered()
        else:
            self.correct_selected(text)
        return True

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The table keeps the keyboard in its window, except from widgets that need keys of their own
        (text fields, and those that take the focus only when clicked, like the camera grid)."""
        if new is None or new is self.table or new.window() is not self.window():
            return
        if isinstance(new, KEYBOARD_WIDGETS) or new.focusPolicy() == Qt.FocusPolicy.ClickFocus:
            return
        self.table.setFocus()

    def _say(self, text: str, error: bool = False) -> None:
        """Show why a key did nothing (for a while) or what went wrong (until the next decision)."""
        color = RED if error else AMBER
        self.message.setStyleSheet(f"QLabel {{ color: {color}; font-weight: bold; padding: 4px; }}")
        self.message.setText(text)
        self.message.show()
        if error:
            self._hint_timer.stop()
        else:
            self._hint_timer.start()

    def _cannot(self, event: PlateEventRecord) -> None:
        """Why the key pressed cannot act on this event, and what can."""
        if event.state == FAILED:
            text = self.tr(
                "%1: the server refused it. Type the right plate (or press F2) to correct and resend it; "
                "Space opens its delivery."
            )
        elif event.state == REJECTED:
            text = self.tr("%1 was rejected. Open its details (Space) to see why.")
        else:
            text = self.tr("%1 is already %2 — open its details (Space) to correct it.").replace(
                "%2", event_state_text(event.state)
            )
        self._say(text.replace("%1", event.plate))

    # -- decisions ---------------------------------------------------------------------
    def confirm_selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        if event.state != NEW:
            self._cannot(event)
            return
        self._confirm(event, None)

    def correct_selected(self, typed: str | None = None) -> None:
        """The correction of the selected plate; ``typed``: the first character the officer typed."""
        event = self.selected_event()
        if event is None:
            return
        if event.state not in DECIDABLE:
            self._cannot(event)
            return
        trucks = self.engine.uplinks.trucks
        suggestions = sorted(trucks.current().plates) if trucks is not None else []
        dialog = PlateCorrectionDialog(
            event, self.engine.events.media_dir, self, initial_text=typed, suggestions=suggestions
        )
        dialog.accepted.connect(lambda: self._confirm(event, dialog.plate))
        self._open(dialog)

    def reject_selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        if event.state != NEW:
            self._cannot(event)
            return
        media = self.engine.events.media_dir
        crop = QPixmap(str(media / event.crop_path)) if event.crop_path else None
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
            picture=crop,
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
        self._say(text, error=True)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        event = index.data(EVENT_ROLE)
        if event is not None:
            self.delivery_requested.emit(event.id)

    def _on_delivery_triggered(self) -> None:
        event = self.selected_event()
        if event is not None:
            self.delivery_requested.emit(event.id)

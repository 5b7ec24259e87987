"""One event's delivery: the picture, the plate, and per destination its state and every attempt."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.core.review.events import (
    AMENDABLE,
    FAILED,
    KEPT,
    NEW,
    EventBusy,
    EventError,
    PlateEventRecord,
)
from cgrconsole.core.uplink import outbox as ob
from cgrconsole.engine import Engine
from cgrconsole.ui.child_dialog import open_child
from cgrconsole.ui.correction_dialog import PlateCorrectionDialog
from cgrconsole.ui.delivery_model import AttemptsTableModel
from cgrconsole.ui.event_text import (
    RED,
    archive_note_text,
    confidence_text,
    destination_text,
    event_state_color,
    event_state_text,
    local_time_text,
    no_destination_advice,
    outbox_advice,
    outbox_state_color,
    outbox_state_text,
)
from cgrconsole.ui.events_model import plate_font
from cgrconsole.ui.reason_dialog import ReasonDialog
from cgrconsole.ui.reason_text import reason_text
from cgrconsole.ui.shift import ask_officer
from cgrconsole.ui.status_text import direction_color, direction_text

log = logging.getLogger(__name__)
REFRESH_MS = 2000  # retries change attempts without an event change; the dialog looks again this often


def _picture_label(media_dir: Path, relative: str | None, size: QSize, parent: QWidget) -> QLabel:
    """A label showing an event picture scaled to fit ``size`` (empty when the file is missing)."""
    label = QLabel(parent)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
    pixmap = QPixmap(str(media_dir / relative)) if relative else QPixmap()
    if not pixmap.isNull():
        label.setPixmap(
            pixmap.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
    return label


class DestinationSectionWidget(QGroupBox):
    """One outbox row: state, attempts, last error in plain words, the attempt table, Dismiss…"""

    def __init__(self, destination: str, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(destination_text(destination), parent)
        self.setStyleSheet("QGroupBox { font-weight: bold; font-size: 14px; }")
        self.row: ob.OutboxRow | None = None
        self._zone = zone
        self.state = QLabel(self)
        self.state.setStyleSheet("QLabel { font-size: 15px; font-weight: bold; }")
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = AttemptsTableModel(zone, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)  # a server's explanation is read whole, not guessed from "…"
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.dismiss_button = QPushButton(self.tr("Dismiss…"), self)
        self.dismiss_button.setToolTip(self.tr("Stop trying to send this event here; a reason is required"))
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        layout.addWidget(self.table)

    def set_row(self, row: ob.OutboxRow, attempts: list[ob.Attempt], now: float) -> None:
        self.row = row
        count = self.tr("attempts: %1").replace("%1", str(row.attempts))
        self.state.setText(f"{outbox_state_text(row.state)}  ·  {count}")
        self.state.setStyleSheet(
            f"QLabel {{ font-size: 15px; font-weight: bold; color: {outbox_state_color(row.state).name()}; }}"
        )
        lines = []
        last = reason_text(row.last_reason, row.last_error)
        if last and row.state != ob.DELIVERED:
            lines.append(self.tr("Last answer: %1").replace("%1", last))
        if row.state == ob.PENDING and row.next_attempt_ts and row.attempts:
            when = local_time_text(row.next_attempt_ts, self._zone, now)
            lines.append(self.tr("Next try at %1.").replace("%1", when))
        advice = outbox_advice(row.state)
        if advice:
            lines.append(advice)
        self.detail.setText("\n".join(lines))
        self.detail.setVisible(bool(lines))
        self.dismiss_button.setVisible(row.state == ob.FAILED)
        self.model.set_attempts(attempts)
        self.table.resizeRowsToContents()
        # as tall as its rows (up to a limit): a short history leaves no empty box, a long one scrolls
        rows = self.table.verticalHeader().length() or 24
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(min(220, self.table.horizontalHeader().height() + rows + frame + 2))


class DeliveryDialog(QDialog):
    """Non-modal; follows the event live (bridge signal + a 2 s look for new attempts)."""

    def __init__(self, engine: Engine, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.event_id = event_id
        self.record: PlateEventRecord = engine.events.get(event_id)
        self._zone = ZoneInfo(engine.config.site.timezone)
        self._labels = {c.name: c.label for c in engine.config.cameras}
        self.setWindowTitle(self.tr("Delivery of %1").replace("%1", self.record.plate))
        self.resize(1100, 620)
        media = engine.events.media_dir
        self.picture = _picture_label(media, self.record.frame_path, QSize(560, 420), self)
        if self.picture.pixmap().isNull():
            self.picture.setText(self.tr("The picture of this event is missing."))
        self.crop = _picture_label(media, self.record.crop_path, QSize(560, 110), self)
        self.plate = QLabel(self)
        self.plate.setFont(plate_font(30))
        self.plate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet("QLabel { font-size: 14px; }")
        self.state = QLabel(self)
        self.direction = QLabel(self)  # its arrow and colour, as in the list
        self.sections_box = QVBoxLayout()
        self.sections: dict[str, DestinationSectionWidget] = {}
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"QLabel {{ color: {RED}; font-weight: bold; }}")
        self.message.hide()
        self.resend_button = QPushButton(self.tr("Resend"), self)
        self.resend_button.setToolTip(self.tr("Send the event again to every server that refused it"))
        self.correct_button = QPushButton(self.tr("Correct and resend…"), self)
        close_button = QPushButton(self.tr("Close"), self)
        for button in (self.resend_button, self.correct_button):
            button.setAutoDefault(False)  # Enter must not resend by accident: sending is a decision
        close_button.setDefault(True)
        self.resend_button.clicked.connect(self._on_resend_clicked)
        self.correct_button.clicked.connect(self._on_correct_clicked)
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resend_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        self._arrange(buttons)
        self.active_dialog: QDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def _state_row(self) -> QHBoxLayout:
        """The event's state and, beside it, its direction (both coloured: read at a glance)."""
        row = QHBoxLayout()
        row.addWidget(self.state)
        row.addSpacing(24)
        row.addWidget(self.direction)
        row.addStretch(1)
        return row

    def _arrange(self, buttons: QHBoxLayout) -> None:
        """The pictures on the left; the plate, its facts and the delivery on the right (the details dialog
        lays out more)."""
        right = QVBoxLayout()
        right.addWidget(self.plate)
        right.addLayout(self._state_row())
        right.addWidget(self.facts)
        right.addLayout(self.sections_box)
        right.addStretch(1)
        right.addWidget(self.message)
        right.addLayout(buttons)
        left = QVBoxLayout()
        left.addWidget(self.picture)
        left.addWidget(self.crop)
        left.addStretch(1)
        columns = QHBoxLayout(self)
        columns.addLayout(left)
        columns.addLayout(right, 1)

    def on_event_changed(self, event_id: str) -> None:
        if event_id == self.event_id:
            self.refresh()

    def refresh(self) -> None:
        if self.engine.started_at is None:
            return  # the database is closed (the console is stopping)
        try:
            self.record = self.engine.events.get(self.event_id)
        except EventError as exc:
            self._show_error(self.tr("This event cannot be read any more."), exc)
            return
        event = self.record
        self.plate.setText(event.plate)
        color = event_state_color(event.state).name()
        self.state.setText(event_state_text(event.state))
        self.state.setStyleSheet(f"QLabel {{ font-size: 18px; font-weight: bold; color: {color}; }}")
        self.direction.setText(direction_text(event.direction))
        heading = direction_color(event.direction).name()
        self.direction.setStyleSheet(f"QLabel {{ font-size: 18px; font-weight: bold; color: {heading}; }}")
        now = time.time()
        rows = self.engine.outbox.rows(self.event_id)
        facts = [
            f"{local_time_text(event.ts, self._zone, now)}  ·  {self._labels.get(event.camera, event.camera)}"
            f"  ·  {confidence_text(event.confidence)}"
        ]
        facts += self._decision_facts(event)
        if not event.archive_path and event.archive_note:
            facts.append(archive_note_text(event.archive_note))
        if event.state == KEPT:
            facts.append(no_destination_advice())
        elif not rows:
            facts.append(self.tr("Not queued for sending: only confirmed plates are sent."))
        self.facts.setText("\n".join(facts))
        for row in rows:
            section = self.sections.get(row.destination)
            if section is None:
                section = DestinationSectionWidget(row.destination, self._zone, self)
                section.dismiss_button.clicked.connect(lambda _=False, d=row.destination: self.dismiss(d))
                self.sections[row.destination] = section
                self.sections_box.addWidget(section)
            section.set_row(row, self.engine.outbox.attempts(row.id), now)
        refused = any(r.state in (ob.FAILED, ob.DISMISSED) for r in rows)
        self.resend_button.setEnabled(event.state == FAILED and refused)
        self._update_correct_button(event, rows)
        self._explain_resend(event.state, refused)

    def _decision_facts(self, event: PlateEventRecord) -> list[str]:
        """Who decided what, in a line or two (the details dialog tells it in its Decisions box instead)."""
        facts = []
        if event.corrected:
            facts.append(self.tr("Read as %1, corrected by the officer").replace("%1", event.original_plate))
        if event.decided_by:
            facts.append(self.tr("Decided by %1").replace("%1", event.decided_by))
        if event.note:
            facts.append(self.tr("Reason: %1").replace("%1", event.note))
        return facts

    def _update_correct_button(self, event: PlateEventRecord, rows: list[ob.OutboxRow]) -> None:
        """ "Correct…" while nothing went out; "Correct and resend…" once a server has had the event."""
        sent = any(r.state in (ob.DELIVERED, ob.FAILED, ob.DISMISSED) for r in rows) or event.state == FAILED
        busy = any(r.state == ob.IN_FLIGHT for r in rows)
        button = self.correct_button
        button.setText(self.tr("Correct and resend…") if sent else self.tr("Correct…"))
        button.setEnabled((event.state == NEW or event.state in AMENDABLE) and not busy)
        if busy:
            button.setToolTip(
                self.tr("The event is being sent right now; correct it once the server answered")
            )
        elif sent:
            button.setToolTip(
                self.tr("Type the right plate: it is sent again to every server, and the change is audited")
            )
        elif event.state == NEW:
            button.setToolTip(self.tr("Type the right plate, then send it"))
        else:
            button.setToolTip(
                self.tr("Change the decision before it is sent: the servers get only the new plate")
            )

    def _explain_resend(self, state: str, refused: bool) -> None:
        """A disabled Resend says why in its tooltip."""
        if state != FAILED:
            why = self.tr("Only a refused event can be resent; this one is: %1")
            self.resend_button.setToolTip(why.replace("%1", event_state_text(state)))
        elif refused:
            self.resend_button.setToolTip(self.tr("Send the event again to every server that refused it"))
        else:
            self.resend_button.setToolTip(self.tr("No server refused it: the sending is retried by itself"))

    # -- the officer's actions ---------------------------------------------------------
    def resend(self, plate: str | None = None) -> None:
        """Confirm again (with a corrected plate when given): the store re-queues the refused rows."""
        ask_officer(self.engine.shift, self, lambda by: self._resend_by(plate, by))

    def _resend_by(self, plate: str | None, by: str) -> None:
        try:
            self.engine.events.confirm(self.event_id, by=by, plate=plate)
        except EventError as exc:
            self._show_error(self.tr("Not resent: the event is no longer waiting for a decision."), exc)
            self.refresh()
            return
        if self.engine.dispatcher is not None:
            self.engine.dispatcher.wake()
        self.message.hide()
        self.refresh()

    def dismiss(self, destination: str) -> None:
        section = self.sections.get(destination)
        if section is None or section.row is None or section.row.state != ob.FAILED:
            return
        row = section.row
        dialog = ReasonDialog(
            self.tr("Dismiss sending to %1").replace("%1", destination_text(destination)),
            self.tr("The event will not be sent there again. Why? The reason is kept in the audit log."),
            [self.tr("The server will never accept this plate"), self.tr("Reported by phone instead")],
            self.tr("Dismiss"),
            self,
        )
        dialog.accepted.connect(lambda: self._dismiss(row, dialog.reason))
        self._open(dialog)

    def _dismiss(self, row: ob.OutboxRow, reason: str) -> None:
        ask_officer(self.engine.shift, self, lambda by: self._dismiss_by(row, reason, by))

    def _dismiss_by(self, row: ob.OutboxRow, reason: str, by: str) -> None:
        try:
            self.engine.events.dismiss_delivery(self.engine.outbox, row.id, by, reason)
        except ValueError as exc:
            self._show_error(self.tr("Not dismissed: this delivery is not refused any more."), exc)
        else:
            self.message.hide()
        self.refresh()

    def _on_resend_clicked(self) -> None:
        self.resend()

    def _on_correct_clicked(self) -> None:
        self.correct()

    def correct(self) -> QDialog:
        """The correction dialog over this one; its plate decides a new event, re-opens a decided one."""
        dialog = PlateCorrectionDialog(self.record, self.engine.events.media_dir, self)
        if self.record.state == NEW:
            dialog.accepted.connect(lambda: self.resend(dialog.plate))
        else:
            dialog.accepted.connect(lambda: self.amend(dialog.plate))
        self._open(dialog)
        return dialog

    def amend(self, plate: str) -> None:
        """Re-open the decision as ``plate``: edited if not sent yet, else corrected and sent again."""
        ask_officer(self.engine.shift, self, lambda by: self._amend_by(plate, by))

    def _amend_by(self, plate: str, by: str) -> None:
        try:
            self.engine.events.amend(self.event_id, by=by, plate=plate)
        except EventBusy as exc:
            self._show_error(
                self.tr("Not changed: the event is being sent right now. Try again in a moment."), exc
            )
        except EventError as exc:
            self._show_error(
                self.tr("Not changed: the plate is the same, or the event changed meanwhile."), exc
            )
        else:
            if self.engine.dispatcher is not None:
                self.engine.dispatcher.wake()
            self.message.hide()
        self.refresh()

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = open_child(dialog, self._on_dialog_finished)

    def _on_dialog_finished(self, _result: int) -> None:
        self.active_dialog = None

    def _show_error(self, text: str, exc: Exception) -> None:
        log.warning("delivery action refused: %s", exc)
        self.message.setText(text)
        self.message.show()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)

"""The archive upload (SFTP) in the console: a status bar line and a dialog with the queue.

``UploadView`` gets the uploader's ``UploadStatus`` from the bridge (a worker thread emits it on
every change and twice a second during a transfer) and reads it again every few seconds on a thread
of its own (the backlog's age grows while nothing happens); it shows one line in the status bar and
opens ``UploadDialog`` from the Console menu or a click on that line.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.core.archive.upload.connection import HostKeyState
from cgrconsole.core.archive.upload.status import UploaderState, UploadStatus
from cgrconsole.ui.event_text import RED, local_time_text
from cgrconsole.ui.status_label import DetailsStatusItem
from cgrconsole.ui.upload_text import (
    alarm_text,
    backlog_text,
    duration_text,
    problem_text,
    size_text,
    speed_text,
    state_color,
    state_text,
    summary_text,
    verification_text,
)

REFRESH_MS = 5000
ATTENTION = (UploaderState.RETRYING, UploaderState.LOGIN_REFUSED, UploaderState.HOST_KEY_NOT_PINNED)


def _label(parent: QWidget, selectable: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _fit_rows(table: QTableWidget, most: int = 4) -> None:
    """As tall as its rows (up to ``most``, then it scrolls): nothing is cut, no empty space."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(min(most, table.rowCount())))
    table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2)


def _table(parent: QWidget, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class UploadDialog(QDialog):
    """Non-modal; ``show_status`` refreshes it."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Archive upload to the SFTP server"))
        self.resize(920, 680)
        self._zone = zone
        self.status: UploadStatus | None = None
        self.state = _label(self, selectable=True)
        self.advice = _label(self, selectable=True)
        self.alarm = _label(self)
        self.alarm.setStyleSheet(f"QLabel {{ color: {RED}; font-weight: bold; }}")

        key_box = QGroupBox(self.tr("The server's key"), self)
        self.pinned = _label(key_box, selectable=True)
        self.seen = _label(key_box, selectable=True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.pinned.setFont(mono)
        self.seen.setFont(mono)
        self.copy_key = QPushButton(self.tr("Copy the key shown"), key_box)
        self.copy_key.clicked.connect(self._copy_key)
        key_line = QHBoxLayout()
        key_line.addWidget(self.seen, 1)
        key_line.addWidget(self.copy_key)
        key_column = QVBoxLayout(key_box)
        key_column.addWidget(self.pinned)
        key_column.addLayout(key_line)

        sending_box = QGroupBox(self.tr("Sending now"), self)
        self.transfers = _table(sending_box, [self.tr("File"), self.tr("Done"), self.tr("Speed")], 0)
        self.nothing_sent = QLabel(self.tr("Nothing is being sent now."), sending_box)
        sending_column = QVBoxLayout(sending_box)
        sending_column.addWidget(self.transfers)
        sending_column.addWidget(self.nothing_sent)

        queue_box = QGroupBox(self.tr("Waiting to be sent"), self)
        self.backlog = _label(queue_box)
        self.oldest = _label(queue_box)
        self.eta = _label(queue_box)
        self.sent = _label(queue_box)
        self.last_error = _label(queue_box, selectable=True)
        queue_column = QVBoxLayout(queue_box)
        for label in (self.backlog, self.oldest, self.eta, self.sent, self.last_error):
            queue_column.addWidget(label)

        self.parked_box = QGroupBox(self.tr("Files that need someone to act"), self)
        self.parked = _table(
            self.parked_box,
            [self.tr("File"), self.tr("What happened and what to do"), self.tr("Next try")],
            1,
        )
        QVBoxLayout(self.parked_box).addWidget(self.parked)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        for widget in (self.state, self.advice, self.alarm, key_box):
            layout.addWidget(widget)
        layout.addWidget(sending_box)
        layout.addWidget(queue_box)
        layout.addWidget(self.parked_box)
        layout.addStretch(1)
        layout.addWidget(close)

    def show_status(self, status: UploadStatus, now: float | None = None) -> None:
        now = time.time() if now is None else now
        self.status = status
        server = f"{status.host}:{status.port}"
        self.state.setText(
            self.tr("Archive upload to %1: %2").replace("%1", server).replace("%2", state_text(status.state))
        )
        color = state_color(status)
        self.state.setStyleSheet(
            "QLabel { font-size: 15px; font-weight: bold; %s }" % (f"color: {color};" if color else "")
        )
        self._show_advice(status, now)
        self._show_key(status)
        self._show_transfers(status)
        self._show_queue(status, now)
        self._show_parked(status, now)

    def _show_advice(self, status: UploadStatus, now: float) -> None:
        """What to do about the state now (a changed key: the alarm says it, with the key)."""
        lines = []
        if status.state in ATTENTION and status.last_problem is not None:
            lines.append(problem_text(status.last_problem))
            if status.retry_at is not None and status.retry_at > now:
                at = local_time_text(status.retry_at, self._zone, now)
                lines.append(self.tr("Next try at %1.").replace("%1", at))
        self.advice.setText("\n".join(lines))
        self.advice.setVisible(bool(lines))
        alarm = alarm_text(status, now)
        self.alarm.setText(alarm)
        self.alarm.setVisible(bool(alarm))

    def _show_key(self, status: UploadStatus) -> None:
        pinned = status.pinned_fingerprint or self.tr("none yet")
        self.pinned.setText(self.tr("Confirmed key (sftp.host_key): %1").replace("%1", pinned))
        if status.seen_fingerprint and status.host_key is not HostKeyState.TRUSTED:
            self.seen.setText(
                self.tr("The server shows: %1 (%2)")
                .replace("%1", status.seen_fingerprint)
                .replace("%2", status.seen_key_type)
            )
        elif status.host_key is HostKeyState.TRUSTED:
            self.seen.setText(self.tr("The server shows the confirmed key."))
        else:
            self.seen.setText(self.tr("Not connected yet."))
        changed = status.host_key is HostKeyState.CHANGED
        self.seen.setStyleSheet(f"QLabel {{ color: {RED}; font-weight: bold; }}" if changed else "")
        self.copy_key.setVisible(
            bool(status.seen_fingerprint) and status.host_key is not HostKeyState.TRUSTED
        )

    def _show_transfers(self, status: UploadStatus) -> None:
        rows = status.transfers
        self.transfers.setVisible(bool(rows))
        self.nothing_sent.setVisible(not rows)
        self.transfers.setRowCount(len(rows))
        for row, transfer in enumerate(rows):
            self.transfers.setItem(row, 0, QTableWidgetItem(transfer.path))
            bar = self.transfers.cellWidget(row, 1)
            if not isinstance(bar, QProgressBar):
                bar = QProgressBar(self.transfers)
                bar.setRange(0, 1000)
                self.transfers.setCellWidget(row, 1, bar)
            bar.setValue(round(10 * transfer.percent))
            done, size = size_text(transfer.done_bytes), size_text(transfer.size_bytes)
            bar.setFormat(f"{transfer.percent:.0f}% · {done} / {size}")
            bar.setMinimumWidth(bar.fontMetrics().horizontalAdvance(bar.text()) + 40)
            if transfer.resumed_from:
                bar.setToolTip(self.tr("Continued at %1").replace("%1", size_text(transfer.resumed_from)))
            self.transfers.setItem(row, 2, QTableWidgetItem(speed_text(transfer.bytes_per_s)))
        _fit_rows(self.transfers)

    def _show_queue(self, status: UploadStatus, now: float) -> None:
        self.backlog.setText(
            self.tr("%1 file(s), %2 in all")
            .replace("%1", str(status.backlog_files))
            .replace("%2", size_text(status.backlog_bytes))
            if status.backlog_files
            else self.tr("Nothing waits.")
        )
        oldest = status.oldest_pending_ts
        self.oldest.setVisible(oldest is not None)
        if oldest is not None:
            self.oldest.setText(
                self.tr("The oldest was recorded at %1 (waits %2)")
                .replace("%1", local_time_text(oldest, self._zone, now))
                .replace("%2", duration_text(now - oldest))
            )
        self.eta.setVisible(bool(status.backlog_files))
        self.eta.setText(
            self.tr("All sent in about %1 at the current speed").replace("%1", duration_text(status.eta_s))
            if status.eta_s is not None
            else self.tr("Time to send it all: unknown until a file has been sent")
        )
        sent = (
            self.tr("Sent since the console started: %1 file(s), %2")
            .replace("%1", str(status.uploaded_files))
            .replace("%2", size_text(status.uploaded_bytes))
        )
        how = verification_text(status.verification)
        self.sent.setText(f"{sent} ({how})" if how else sent)
        # an error the lines above do not say already: what happened while sending goes on
        past = status.state not in (*ATTENTION, UploaderState.HOST_KEY_CHANGED)
        self.last_error.setVisible(past)
        if status.last_problem is not None and status.last_error_ts is not None:
            self.last_error.setText(
                self.tr("Last error at %1: %2")
                .replace("%1", local_time_text(status.last_error_ts, self._zone, now))
                .replace("%2", problem_text(status.last_problem))
            )
        else:
            self.last_error.setText(self.tr("No error since the console started."))

    def _show_parked(self, status: UploadStatus, now: float) -> None:
        rows = status.parked
        self.parked_box.setVisible(bool(rows))
        self.parked.setRowCount(len(rows))
        for row, parked in enumerate(rows):
            cells = [
                parked.path,
                problem_text(parked.problem),
                local_time_text(parked.retry_at, self._zone, now),
            ]
            for column, text in enumerate(cells):
                self.parked.setItem(row, column, QTableWidgetItem(text))
        _fit_rows(self.parked, most=3)

    def _copy_key(self) -> None:
        if self.status is not None and self.status.seen_fingerprint:
            QGuiApplication.clipboard().setText(self.status.seen_fingerprint)


class UploadView(DetailsStatusItem):
    """The status bar's line about the archive upload, the Console menu's action, and the one dialog."""

    alarm_changed = Signal(str)  # the red banner's text about the upload ("" when none)

    def __init__(self, read: Callable[[], UploadStatus | None], zone: ZoneInfo, parent: QWidget) -> None:
        super().__init__("archive upload", read, REFRESH_MS, parent)
        self._zone = zone
        self.alarm = ""
        self.action.setText(self.tr("Archive upload (SFTP)…"))
        self.action.setToolTip(self.tr("What is being sent to the archive server, what waits, what failed"))

    @property
    def status(self) -> UploadStatus | None:
        return self.value  # type: ignore[no-any-return]

    def make_dialog(self, window: QWidget) -> UploadDialog:
        return UploadDialog(self._zone, window)

    def fill_dialog(self, dialog: QDialog, value: Any) -> None:
        assert isinstance(dialog, UploadDialog)
        dialog.show_status(value)

    def show_value(self, value: Any) -> None:
        """On the GUI thread: an ``UploadStatus`` from the bridge's signal or the poll (None: not yet)."""
        if value is None:
            return
        status: UploadStatus = value
        self.value = status
        now = time.time()
        self.label.setText(summary_text(status))
        color = state_color(status)
        self.label.set_look(color, bold=color == RED)
        lines = [
            self.tr("Server: %1:%2").replace("%1", status.host).replace("%2", str(status.port)),
            backlog_text(status),
        ]
        if status.host_key is HostKeyState.CHANGED:
            lines.append(self.tr("It shows another key: %1").replace("%1", status.seen_fingerprint))
        if status.last_problem is not None and status.state is not UploaderState.IDLE:
            lines.append(problem_text(status.last_problem))
        lines.append(self.tr("Click for the details"))
        self.label.setToolTip("\n".join(lines))
        self.label.show()
        alarm = alarm_text(status, now)
        if alarm != self.alarm:
            self.alarm = alarm
            self.alarm_changed.emit(alarm)
        if isinstance(self.dialog, UploadDialog):
            self.dialog.show_status(status, now)

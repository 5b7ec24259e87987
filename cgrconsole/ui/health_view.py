"""The health view: every camera, the disks and the archive's retention, sending, the uplinks, the live
stream, the archive upload and internal errors on one page, refreshed every 2 s.

Each status bar item opens it at its own part (``show_part``). The snapshot is read on a thread of its
own (``BackgroundPoll``: the database, the disks); the page is filled on the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.core.camera.status import CameraState
from cgrconsole.ui.background import BackgroundPoll
from cgrconsole.ui.event_text import (
    GREEN,
    GREY,
    RED,
    destination_text,
    local_time_text,
    no_destination_advice,
)
from cgrconsole.ui.health_snapshot import CameraHealth, HealthSnapshot, read_health
from cgrconsole.ui.health_text import (
    archive_lines,
    disk_lines,
    faults_lines,
    live_lines,
    recording_text,
    retention_lines,
    upload_lines,
)
from cgrconsole.ui.reach_status import NAMES, failure_text
from cgrconsole.ui.reason_text import reason_text as delivery_reason_text
from cgrconsole.ui.status_text import reason_text, state_color, state_text

REFRESH_MS = 2000
HIGHLIGHT_MS = 2500
PARTS = ("cameras", "disk", "outbox", "uplinks", "live", "sftp", "problems")
_BOX = "QGroupBox {{ font-weight: bold; font-size: 14px; {extra} }}"
_MARKED_TITLE = "QGroupBox::title { subcontrol-origin: margin; left: 0px; padding: 0px; }"


def _table(columns: Sequence[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[tuple[str, str]]]) -> None:
    """Rows of (text, colour) cells; the table as tall as its rows (the page scrolls, not the table)."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, (text, color) in enumerate(row):
            item = table.item(r, c)
            if item is None:
                item = QTableWidgetItem()
                table.setItem(r, c, item)
            if item.text() != text:
                item.setText(text)
                item.setToolTip(text)
            item.setForeground(QColor(color) if color else table.palette().text().color())
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + table.verticalHeader().length() + 2 * table.frameWidth()
    table.setFixedHeight(height + 2)


def _label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class HealthWindow(QDialog):
    """Non-modal; ``show_part("disk")`` scrolls to that part and marks it for a moment."""

    def __init__(
        self,
        engine: Any,
        zone: ZoneInfo,
        parent: QWidget | None = None,
        details: Mapping[str, Callable[[], None]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Health of the console"))
        self.resize(980, 760)
        self._zone = zone
        self.snapshot: HealthSnapshot | None = None
        self.current_part = ""
        self.waiting = _label(self)
        self.waiting.setText(self.tr("Reading the state of the console…"))
        page = QWidget(self)
        column = QVBoxLayout(page)
        self._column = column
        titles = {
            "cameras": self.tr("Cameras"),
            "disk": self.tr("Disks and the archive"),
            "outbox": self.tr("Sending of plate events"),
            "uplinks": self.tr("Servers reachable through the VPN"),
            "live": self.tr("Live stream for the remote party (HLS)"),
            "sftp": self.tr("Archive upload (SFTP)"),
            "problems": self.tr("Internal errors and recognition"),
        }
        self.parts: dict[str, QGroupBox] = {}
        rows: dict[str, QVBoxLayout] = {}
        for part in PARTS:
            box = QGroupBox(titles[part], page)
            box.setObjectName(f"health_{part}")
            box.setStyleSheet(_BOX.format(extra=""))
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            rows[part] = QVBoxLayout(box)
            self.parts[part] = box
            column.addWidget(box)
        column.addStretch(1)
        self.cameras = _table(
            [
                self.tr("Camera"),
                self.tr("State"),
                self.tr("fps"),
                self.tr("Bitrate"),
                self.tr("Recording"),
                self.tr("Dropped"),
                self.tr("Why / what to do"),
            ],
            self.parts["cameras"],
        )
        self.disk = _label(self.parts["disk"])
        self.retention = _label(self.parts["disk"])
        self.outbox = _table(
            [
                self.tr("Destination"),
                self.tr("Waiting"),
                self.tr("Failed"),
                self.tr("Sent"),
                self.tr("Last answer"),
            ],
            self.parts["outbox"],
        )
        self.no_destination = _label(self.parts["outbox"])
        self.uplinks = _table(
            [
                self.tr("Server"),
                self.tr("Address"),
                self.tr("Reachable"),
                self.tr("Since"),
                self.tr("What failed"),
            ],
            self.parts["uplinks"],
        )
        self.no_uplink = _label(self.parts["uplinks"])
        self.live = _label(self.parts["live"])
        self.sftp = _label(self.parts["sftp"])
        self.problems = _label(self.parts["problems"])
        contents: dict[str, list[QWidget]] = {
            "cameras": [self.cameras],
            "disk": [self.disk, self.retention],
            "outbox": [self.outbox, self.no_destination],
            "uplinks": [self.uplinks, self.no_uplink],
            "live": [self.live],
            "sftp": [self.sftp],
            "problems": [self.problems],
        }
        for part, widgets in contents.items():
            for widget in widgets:
                rows[part].addWidget(widget)
        self.details_buttons: dict[str, QPushButton] = {}
        for part, open_details in (details or {}).items():
            button = QPushButton(self.tr("Details…"), self.parts[part])
            button.setToolTip(self.tr("Open the full details of this part"))
            button.clicked.connect(open_details)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            rows[part].addLayout(row)
            self.details_buttons[part] = button
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(page)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.waiting, 1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(buttons)
        self._unmark = QTimer(self)
        self._unmark.setSingleShot(True)
        self._unmark.setInterval(HIGHLIGHT_MS)
        self._unmark.timeout.connect(self._mark_part)
        self._poll = BackgroundPoll("health", lambda: read_health(engine), REFRESH_MS, self)
        self._poll.result.connect(self.show_snapshot)
        self._poll.start()

    # -- where the officer looks -------------------------------------------------------------
    def show_part(self, part: str) -> None:
        """Scroll to ``part`` (one of PARTS), give it the focus and frame it for a moment."""
        box = self.parts.get(part)
        if box is None:
            return
        self.current_part = part
        self._column.activate()  # the parts' places, before the page is first shown
        self.scroller.verticalScrollBar().setValue(box.y() - 6)
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        self._mark_part(part)
        self._unmark.start()

    def _mark_part(self, part: str = "") -> None:
        for name, box in self.parts.items():
            extra = (
                f"border: 2px solid {GREEN}; border-radius: 4px; margin-top: 1.4em;" if name == part else ""
            )
            # the title above the green frame, not struck through by it or over the table under it
            title = _MARKED_TITLE if name == part else ""
            box.setStyleSheet(_BOX.format(extra=extra) + title)

    def part_in_view(self, part: str) -> bool:
        """Whether the top of ``part`` is inside the scrolled area now."""
        box = self.parts[part]
        top = box.mapTo(self.scroller.viewport(), box.rect().topLeft()).y()
        return 0 <= top < self.scroller.viewport().height()

    # -- the snapshot --------------------------------------------------------------------------
    def show_snapshot(self, snapshot: HealthSnapshot | None) -> None:
        """On the GUI thread: what ``read_health`` returned."""
        if snapshot is None:
            self.waiting.setText(self.tr("The console is not running: nothing to read."))
            return
        self.snapshot = snapshot
        now = time.time()
        self.waiting.setText(
            self.tr("Updated at %1 (every 2 s)").replace("%1", local_time_text(snapshot.at, self._zone, now))
        )
        _fill(self.cameras, [self._camera_row(c, now) for c in snapshot.cameras])
        self.disk.setText(
            "\n".join(disk_lines(snapshot.disks, snapshot.min_free_bytes) + archive_lines(snapshot))
        )
        retention, alarm = retention_lines(snapshot)
        self.retention.setText("\n".join(retention))
        self.retention.setStyleSheet(f"QLabel {{ color: {RED}; font-weight: bold; }}" if alarm else "")
        self._show_outbox(snapshot)
        self._show_uplinks(snapshot, now)
        self.live.setText("\n".join(live_lines(snapshot.live, self._zone, now)))
        lines, color = upload_lines(snapshot.upload, self._zone, now)
        self.sftp.setText("\n".join(lines))
        self.sftp.setStyleSheet(f"QLabel {{ color: {color}; }}" if color else "")
        if "sftp" in self.details_buttons:
            self.details_buttons["sftp"].setVisible(snapshot.upload is not None)
        if "live" in self.details_buttons:
            self.details_buttons["live"].setVisible(
                snapshot.live is not None and snapshot.live.state != "off"
            )
        problems, bad = faults_lines(snapshot.recognition, snapshot.faults, self._zone, now)
        self.problems.setText("\n".join(problems))
        self.problems.setStyleSheet(f"QLabel {{ color: {RED}; }}" if bad else "")

    def _camera_row(self, health: CameraHealth, now: float) -> list[tuple[str, str]]:
        s, camera = health.status, health.camera
        live = s.state is CameraState.LIVE
        why = ""
        if camera.problem:
            why = camera.problem
        elif s.reason is not None:
            why = reason_text(s.reason)
        elif live and s.same_picture_since is not None:
            why = self.tr("The camera sends the same picture since %1").replace(
                "%1", local_time_text(s.same_picture_since, self._zone, now)
            )
        recording, bad = recording_text(health.recording)
        return [
            (camera.label, ""),
            (state_text(s.state), state_color(s.state).name()),
            (f"{s.fps:.1f}" if live else "—", ""),
            (self.tr("%1 kbit/s").replace("%1", f"{s.bitrate_bps / 1000:.0f}") if live else "—", ""),
            (recording, RED if bad else ""),
            (str(s.dropped), ""),
            (why, RED if s.state is CameraState.OFFLINE else ""),
        ]

    def _show_outbox(self, snapshot: HealthSnapshot) -> None:
        rows = []
        for d in snapshot.destinations:
            last = ""
            if d.last is not None:
                last = (
                    delivery_reason_text(d.last.reason, d.last.detail)
                    if d.last.outcome != "delivered"
                    else ""
                )
                last = last or self.tr("delivered")
            rows.append(
                [
                    (destination_text(d.name), ""),
                    (str(d.waiting), ""),
                    (str(d.failed), RED if d.failed else ""),
                    (str(d.delivered), ""),
                    (last, RED if d.last is not None and d.last.outcome == "rejected" else ""),
                ]
            )
        _fill(self.outbox, rows)
        self.outbox.setVisible(bool(rows))
        self.no_destination.setVisible(not rows)
        self.no_destination.setText(no_destination_advice())

    def _show_uplinks(self, snapshot: HealthSnapshot, now: float) -> None:
        rows = []
        for state in snapshot.reachability:
            endpoint = state.endpoint
            if not state.checked:
                reachable, color = self.tr("not checked yet"), GREY
            elif state.ok:
                reachable, color = self.tr("yes"), GREEN
            else:
                reachable, color = self.tr("NO"), RED
            failed = ""
            if state.checked and not state.ok and state.failed_step is not None:
                failed = failure_text(state.failed_step, state.failure, endpoint.address)
            since = local_time_text(state.since, self._zone, now) if state.since else "—"
            rows.append(
                [
                    (NAMES.get(endpoint.name, endpoint.name), ""),
                    (endpoint.address, ""),
                    (reachable, color),
                    (since, ""),
                    (failed, RED if failed else ""),
                ]
            )
        _fill(self.uplinks, rows)
        self.uplinks.setVisible(bool(rows))
        self.no_uplink.setVisible(not rows)
        self.no_uplink.setText(self.tr("No server to send to is configured: nothing to check."))

    def done(self, result: int) -> None:
        self._poll.stop()
        super().done(result)

    def closeEvent(self, event: Any) -> None:
        self._poll.stop()
        super().closeEvent(event)

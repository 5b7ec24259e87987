"""The console's main window: the live camera grid, the list of detected plates, and status summaries."""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cgrconsole import __version__
from cgrconsole.core.admin import AdminAccount, AdminSession
from cgrconsole.core.anpr.recognizer import RecognitionState
from cgrconsole.core.archive.recorder import RecorderState
from cgrconsole.core.archive.retention import ArchiveStatus
from cgrconsole.core.camera.status import CameraState, CameraStatus
from cgrconsole.core.review.events import EventError
from cgrconsole.core.storage.audit_query import AuditReader
from cgrconsole.core.uplink import outbox as ob
from cgrconsole.engine import Engine
from cgrconsole.process import STARTED_AT
from cgrconsole.self_test import SelfTestOptions
from cgrconsole.ui.admin_badge import AdminBadgeWidget
from cgrconsole.ui.background import BackgroundPoll
from cgrconsole.ui.bridge import EngineBridge
from cgrconsole.ui.camera_grid import CameraGridWidget
from cgrconsole.ui.child_dialog import bring_to_front, keep_one
from cgrconsole.ui.event_details import EventDetailsDialog
from cgrconsole.ui.event_text import (
    AMBER,
    RED,
    destination_text,
    drvn_health_text,
    last_answer_text,
    no_destination_advice,
    no_destination_text,
    uplink_problem_text,
    uplink_summary_text,
)
from cgrconsole.ui.events_panel import EventsPanelWidget
from cgrconsole.ui.health_view import HealthWindow
from cgrconsole.ui.history_window import HistoryWindow
from cgrconsole.ui.live_dialog import LiveStatus, engine_live_view
from cgrconsole.ui.log_viewer import LogViewer
from cgrconsole.ui.missed_vehicle_dialog import MissedVehicleDialog
from cgrconsole.ui.reach_status import ReachabilityWidget
from cgrconsole.ui.secret_text import stored_in_text
from cgrconsole.ui.self_test_dialog import SelfTestDialog
from cgrconsole.ui.settings_dialog import open_settings
from cgrconsole.ui.shift import ShiftWidget
from cgrconsole.ui.status_label import ClickableStatusLabel
from cgrconsole.ui.status_text import (
    archive_alarm_text,
    archive_summary_text,
    recognition_text,
    state_text,
    worker_faults_text,
)
from cgrconsole.ui.upload_dialog import UploadView

log = logging.getLogger(__name__)
GRID_MODES = ("auto", "1x1", "2x2", "3x3", "4x4")
ARCHIVE_REFRESH_MS = 10_000
UPLINK_REFRESH_MS = 2_000
FAULT_SHOWN_S = 600.0  # an internal error stays in the status bar this long after it happened
EVENTS_PANEL_WIDTH = 660  # px: the plate list readable in Russian too (the camera column gives way first)


def uplink_totals(counts: Iterable[Mapping[str, int]]) -> tuple[int, int, int]:
    """(delivered, waiting, failed) outbox rows; dismissed ones are the officer's decision, not shown."""
    rows = list(counts)
    delivered = sum(c.get(ob.DELIVERED, 0) for c in rows)
    waiting = sum(c.get(ob.PENDING, 0) + c.get(ob.IN_FLIGHT, 0) for c in rows)
    return delivered, waiting, sum(c.get(ob.FAILED, 0) for c in rows)


class MainWindow(QMainWindow):
    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self._show_title()
        self.restart_requested = False  # the settings' "Restart the console now": the run starts again
        self.resize(1280, 800)
        self.bridge = EngineBridge(engine, self)
        self.grid = CameraGridWidget(
            engine.config.cameras, engine.cameras, engine.config.ui.grid, self, recorders=engine.recorders
        )
        self.alarm = QLabel(self)  # a red banner over the cameras, until the cause is gone
        self.alarm.setWordWrap(True)
        self.alarm.setStyleSheet(
            "QLabel { background: #b3261e; color: white; font-weight: bold; font-size: 15px;"
            " padding: 8px 12px; }"
        )
        self.alarm.hide()
        self._alarms: dict[str, str] = {}  # the banner's lines by source: "disk", "upload"
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.alarm)
        column.addWidget(self.grid, 1)
        self.setCentralWidget(central)
        self.events_panel = EventsPanelWidget(engine, self)
        self.events_dock = QDockWidget(self.tr("Detected plates"), self)
        self.events_dock.setObjectName("events_dock")
        self.events_dock.setWidget(self.events_panel)
        self.events_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.events_dock)
        self.resizeDocks([self.events_dock], [EVENTS_PANEL_WIDTH], Qt.Orientation.Horizontal)
        self.events_panel.delivery_requested.connect(self._on_delivery_requested)
        self.delivery_dialogs: dict[str, EventDetailsDialog] = {}
        self.history: HistoryWindow | None = None
        self.config_path: Path | None = None  # the file the settings write (None: the demo)
        self.admin: AdminSession | None = (
            None  # the administrator's session, made at the first use of the settings
        )
        self.log_viewer: LogViewer | None = None
        self.self_test_dialog: SelfTestDialog | None = None
        self.config_problems: QMessageBox | None = None  # shown at start when the file has problems
        self.bridge.event_changed.connect(self._on_event_changed, Qt.ConnectionType.QueuedConnection)
        self.bridge.camera_status_changed.connect(self._on_camera_status)
        self._waiting_for_picture = {c.name for c in engine.config.cameras if c.enabled}
        for tile in self.grid.tiles.values():
            tile.first_picture_painted.connect(self._on_first_picture)
        # each line of the status bar opens the health view at its part (a click)
        self._summary = ClickableStatusLabel(self)
        self._summary.show()
        self._archive = ClickableStatusLabel(self)
        self._archive.show()
        self._uplink = ClickableStatusLabel(self)  # hidden until there is something to send to
        self._faults = ClickableStatusLabel(self)  # internal errors of the last minutes, recognition off
        self.health: HealthWindow | None = None
        for label in (self._uplink, self._archive, self._summary):
            label.setStyleSheet("QLabel { padding: 0 10px; }")
        self._faults.setStyleSheet(f"QLabel {{ padding: 0 10px; color: {RED}; font-weight: bold; }}")
        zone = ZoneInfo(engine.config.site.timezone)
        self.live = LiveStatus(lambda: engine_live_view(engine), zone, self)
        self.upload = self._upload_view(zone)
        self.reach = ReachabilityWidget(engine.reachability.states(), zone, self)
        self.bridge.reachability_changed.connect(self.reach.show_states)
        self.statusBar().addPermanentWidget(self._faults)
        self.statusBar().addPermanentWidget(self.reach)
        self.statusBar().addPermanentWidget(self.live.label)
        if self.upload is not None:
            self.statusBar().addPermanentWidget(self.upload.label)
        self.statusBar().addPermanentWidget(self._uplink)
        self.statusBar().addPermanentWidget(self._archive)
        self.statusBar().addPermanentWidget(self._summary)
        self._link_status_to_health()
        # the archive's disk may be a network share that hangs: read it off the GUI thread
        self._archive_poll = BackgroundPoll(
            "archive status", self._read_archive_status, ARCHIVE_REFRESH_MS, self
        )
        self._archive_poll.result.connect(self._show_archive)
        self.bridge.archive_alarm_changed.connect(lambda _alarm: self._archive_poll.poll())
        self.bridge.worker_fault.connect(lambda _fault: self._update_faults())
        self.bridge.recognition_status_changed.connect(lambda _status: self._update_faults())
        self._uplink_timer = QTimer(self)
        self._uplink_timer.setInterval(UPLINK_REFRESH_MS)
        self._uplink_timer.timeout.connect(self._update_uplink)
        self._uplink_timer.timeout.connect(self._update_faults)  # faults age out of the status bar
        self._build_actions()
        self.shift_bar = QToolBar(self.tr("Officer on shift"), self)  # who decides: always in sight
        self.shift_bar.setObjectName("shift_bar")
        self.shift_bar.setMovable(False)
        self.shift_widget = ShiftWidget(engine.shift, self.shift_bar)
        self.shift_bar.addWidget(self.shift_widget)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.shift_bar)
        self._update_summary()
        if not engine.config.cameras:
            self.grid.show_empty(
                self.tr(
                    "No cameras are configured. Add them in the configuration "
                    "file, or start the demo: cgrconsole --demo"
                )
            )

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Layout"), self)
        toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        group = QActionGroup(self)
        names = {"auto": self.tr("Auto"), "1x1": "1", "2x2": "2×2", "3x3": "3×3", "4x4": "4×4"}
        self.grid_actions: dict[str, QAction] = {}
        for mode in GRID_MODES:
            action = QAction(names[mode], self, checkable=True)
            action.setChecked(mode == self.grid.mode)
            action.setToolTip(self.tr("Show the cameras in a %1 grid").replace("%1", names[mode]))
            action.triggered.connect(lambda _=False, m=mode: self.grid.set_mode(m))
            group.addAction(action)
            toolbar.addAction(action)
            self.grid_actions[mode] = action
        menu = self.menuBar().addMenu(self.tr("&Console"))
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.health_action = QAction(self.tr("Health…"), self, shortcut=QKeySequence("Ctrl+H"))
        self.health_action.setToolTip(
            self.tr("Cameras, disks, sending, servers, live stream and upload on one page (Ctrl+H)")
        )
        self.health_action.triggered.connect(lambda: self.open_health())
        view_menu.addAction(self.health_action)
        full = QAction(self.tr("Full screen"), self, shortcut=QKeySequence(Qt.Key.Key_F11))
        full.triggered.connect(lambda: self.showNormal() if self.isFullScreen() else self.showFullScreen())
        about = QAction(self.tr("About"), self)
        about.triggered.connect(self._about)
        quit_action = QAction(self.tr("Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_asking)
        plates = self.events_dock.toggleViewAction()
        plates.setText(self.tr("Plates"))
        plates.setToolTip(self.tr("Show or hide the list of detected plates (F9)"))
        plates.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.history_action = QAction(self.tr("History…"), self, shortcut=QKeySequence.StandardKey.Find)
        self.history_action.setToolTip(self.tr("Search every stored event by plate, time, camera (Ctrl+F)"))
        self.history_action.triggered.connect(self.open_history)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setToolTip(self.tr("Cameras and the site's settings (administrator only)"))
        self.settings_action.triggered.connect(self.open_settings)
        self.missed_action = QAction(self.tr("Add a missed vehicle…"), self)
        self.missed_action.setShortcuts([QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+N")])
        self.missed_action.setToolTip(
            self.tr("Freeze a camera's picture and type the plate the recognizer missed (Insert, Ctrl+N)")
        )
        self.missed_action.triggered.connect(lambda: self.open_missed_vehicle())
        toolbar.addSeparator()
        toolbar.addAction(plates)
        toolbar.addAction(self.history_action)
        toolbar.addAction(self.missed_action)
        self.log_action = QAction(self.tr("Connection log…"), self, shortcut=QKeySequence("Ctrl+L"))
        self.log_action.setToolTip(self.tr("Cameras, live stream clients, sending, uploads, admin (Ctrl+L)"))
        self.log_action.triggered.connect(lambda: self.open_log_viewer())
        for action in (
            plates,
            self.history_action,
            self.missed_action,
            self.log_action,
            self.settings_action,
            full,
            about,
            quit_action,
        ):
            menu.addAction(action)
        if self.engine.reconciler is not None:
            self.reconcile_action = QAction(self.tr("Check with ĐBVN now"), self)
            self.reconcile_action.setToolTip(
                self.tr("Ask the Vietnamese server which sent images it lacks, and send those again")
            )
            self.reconcile_action.triggered.connect(self._on_reconcile_triggered)
            menu.insertAction(about, self.reconcile_action)
        menu.insertAction(about, self.live.action)
        if self.upload is not None:
            menu.insertAction(about, self.upload.action)
        self.self_test_action = QAction(self.tr("Run self-test…"), self)
        self.self_test_action.setToolTip(
            self.tr("Check recognition, archive, database, live stream, secrets, player and disk on this PC")
        )
        self.self_test_action.triggered.connect(lambda: self.open_self_test())
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.self_test_action)

    def _link_status_to_health(self) -> None:
        """A click on a status bar line opens the health view at that line's part."""
        lines: list[tuple[ClickableStatusLabel, str]] = [
            (self._summary, "cameras"),
            (self._archive, "disk"),
            (self._uplink, "outbox"),
            (self._faults, "problems"),
            (self.live.label, "live"),
        ]
        self.live.label.clicked.disconnect(self.live.open_dialog)  # its details: a button in the view
        if self.upload is not None:
            self.upload.label.clicked.disconnect(self.upload.open_dialog)
            lines.append((self.upload.label, "sftp"))
        for label, part in lines:
            label.clicked.connect(lambda p=part: self.open_health(p))
        self.reach.clicked.connect(lambda: self.open_health("uplinks"))
        self._summary.setToolTip(self.tr("Click: each camera's state, fps, bitrate and recording (Ctrl+H)"))
        self._archive.setToolTip(self.tr("Click: the disks, and the space the retention needs"))

    def open_health(self, part: str = "") -> HealthWindow:
        """One health view, brought to the front (at ``part``: one of health_view.PARTS) when asked again."""
        if self.health is None:
            details = {"live": self.live.open_dialog}
            if self.upload is not None:
                details["sftp"] = self.upload.open_dialog
            zone = ZoneInfo(self.engine.config.site.timezone)
            self.health = HealthWindow(self.engine, zone, self, details)
            keep_one(self.health, lambda: setattr(self, "health", None))
        bring_to_front(self.health)
        if part:
            self.health.show_part(part)
        return self.health

    def _upload_view(self, zone: ZoneInfo) -> UploadView | None:
        """The archive upload's line and dialog, while [sftp] is on."""
        uploader = self.engine.uploader
        if uploader is None:
            return None
        view = UploadView(lambda: uploader.status() if self.engine.started_at else None, zone, self)
        self.bridge.upload_status_changed.connect(view.show_value)
        view.alarm_changed.connect(lambda text: self._show_alarm("upload", text))
        return view

    def _show_alarm(self, source: str, text: str) -> None:
        """The red banner over the cameras: every alarm of every source, until its cause is gone."""
        self._alarms[source] = text
        lines = [line for line in self._alarms.values() if line]
        self.alarm.setText("\n".join(lines))
        self.alarm.setVisible(bool(lines))

    def _on_reconcile_triggered(self) -> None:
        future = self.engine.reconcile_drvn_now()
        if future is None:
            return
        self.reconcile_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Checking with ĐBVN…"))

        def poll() -> None:  # the answer arrives on the uplink's thread: look for it from the GUI thread
            if not future.done():
                QTimer.singleShot(200, poll)
                return
            self.reconcile_action.setEnabled(True)
            try:
                report = future.result()
            except Exception as exc:
                log.warning("ĐBVN check failed: %s", exc)
                self.statusBar().showMessage(self.tr("ĐBVN check failed; see the log"), 10_000)
                return
            text = self.tr("ĐBVN has %1 of our recent images; %2 missing were queued again")
            text = text.replace("%1", str(report.confirmed)).replace("%2", str(len(report.missing)))
            self.statusBar().showMessage(text, 15_000)

        poll()

    def show_starting(self) -> None:
        """Shown while the engine starts in its thread (the database, finishing interrupted recordings)."""
        self.statusBar().showMessage(
            self.tr("Starting: opening the database and finishing recordings interrupted by the last stop…")
        )

    def on_engine_started(self, error: Exception | None) -> None:
        """The engine's start ended (on the GUI thread): go live, or say why the console cannot run."""
        self.statusBar().clearMessage()
        if error is None:
            self.start()
            return
        QMessageBox.critical(
            self,
            self.tr("The console cannot start"),
            self.tr("The console could not start: %1\n\nThe log has the details: %2")
            .replace("%1", f"{type(error).__name__}: {error}")
            .replace("%2", str(self.engine.paths.log_dir)),
        )
        self.close()

    def start(self) -> None:
        self.shift_widget.update_text()  # the engine has read who is on shift
        self.grid.start()
        self.events_panel.start()
        self._uplink_timer.start()
        self._update_uplink()
        self._update_faults()
        self.live.start()
        if self.upload is not None:
            self.upload.start()
        self._archive_poll.start()  # also without an archive: the data disk's alarm

    def _read_archive_status(self) -> ArchiveStatus | None:
        """On the poll's thread: the disk and the index (nothing here touches a widget)."""
        janitor = self.engine.janitor
        if janitor is None or self.engine.started_at is None:
            return None
        return janitor.status()

    def _show_archive(self, status: ArchiveStatus | None) -> None:
        if status is not None:
            self._archive.setText(
                archive_summary_text(status.days_held, status.size_bytes, status.free_bytes)
            )
        self._archive.setVisible(status is not None)
        space = self.engine.space  # the guard of every disk: the archive's and the data's
        self._show_alarm("disk", archive_alarm_text(space.alarm, space.alarm_files))

    def _update_faults(self) -> None:
        """Red in the status bar: recognition that is off, or an internal error of the last minutes."""
        recognition = self.engine.recognition
        lines = [recognition_text(recognition.status)] if recognition is not None else []
        faults = self.engine.supervisor.recent(within_s=FAULT_SHOWN_S)
        if recognition is not None and recognition.status.state is RecognitionState.FAILED:
            faults = [f for f in faults if not f.worker.startswith("anpr")]  # said by the line above
        lines.append(worker_faults_text(faults))
        lines = [line for line in lines if line]
        self._faults.setText(" · ".join(lines))
        self._faults.setToolTip("\n".join(f"{f.worker}: {f.error}" for f in faults))
        self._faults.setVisible(bool(lines))

    def _update_uplink(self) -> None:
        """Sent · waiting · failed over every destination; red while anything failed or the admin must act.

        With no destination configured it says so: confirmed plates are kept, not sent (never "sent").
        """
        if self.engine.started_at is None:
            return
        counts = self.engine.outbox.counts()
        if not self.engine.destinations:
            self._uplink.setText(no_destination_text())
            self._uplink.setStyleSheet(f"QLabel {{ padding: 0 10px; color: {AMBER}; font-weight: bold; }}")
            self._uplink.setToolTip(no_destination_advice())
            self._uplink.show()
            return
        delivered, waiting, failed = uplink_totals(counts.values())
        zone = ZoneInfo(self.engine.config.site.timezone)
        health, alarm = drvn_health_text(self.engine.uplinks.drvn_health, zone)
        last = {d.name: self.engine.outbox.last_attempt(d.name) for d in self.engine.destinations}
        problems = [text for name, attempt in last.items() if (text := uplink_problem_text(name, attempt))]
        parts = [uplink_summary_text(delivered, waiting, failed), health, *problems]
        self._uplink.setText(" · ".join(p for p in parts if p))
        color = f"color: {RED}; font-weight: bold;" if failed or alarm or problems else ""
        self._uplink.setStyleSheet(f"QLabel {{ padding: 0 10px; {color} }}")
        lines = [
            f"{destination_text(name)}: {uplink_summary_text(*uplink_totals([c]))}"
            for name, c in sorted(counts.items())
        ]
        lines += [text for name, attempt in last.items() if (text := last_answer_text(name, attempt))]
        self._uplink.setToolTip("\n".join(lines))
        self._uplink.show()

    def _on_event_changed(self, event_id: str) -> None:
        if self.engine.started_at is None:
            return  # queued before the engine stopped: its database is closed now
        self.events_panel.model.on_event_changed(event_id)
        dialog = self.delivery_dialogs.get(event_id)
        if dialog is not None:
            dialog.on_event_changed(event_id)
        if self.history is not None:
            self.history.on_event_changed(event_id)

    def _on_delivery_requested(self, event_id: str) -> None:
        """One dialog per event: asking again brings the open one to the front."""
        dialog = self.delivery_dialogs.get(event_id)
        if dialog is None:
            try:
                dialog = EventDetailsDialog(self.engine, event_id, self)
            except EventError as exc:
                log.warning("cannot open the delivery of %s: %s", event_id, exc)
                return
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _r, e=event_id: self.delivery_dialogs.pop(e, None))
            self.delivery_dialogs[event_id] = dialog
        bring_to_front(dialog)

    def open_history(self) -> HistoryWindow | None:
        """One history window: asking again brings it to the front (its search kept)."""
        if self.engine.started_at is None:
            self.statusBar().showMessage(self.tr("The history opens once the console has started."), 5000)
            return None
        if self.history is None:
            self.history = HistoryWindow(self.engine, self)
            keep_one(self.history, self._on_history_gone)
            self.history.details_requested.connect(self._on_delivery_requested)
        bring_to_front(self.history)
        self.history.plate.setFocus()
        return self.history

    def show_fitted(self) -> None:
        """Shown at its 1280 x 800, or as large as the screen where that is smaller (a 1366 x 768 laptop):
        the status bar and the list's buttons are never below the screen's edge."""
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            frame = self.frameGeometry().size() - self.geometry().size()  # the title bar, where there is one
            self.resize(
                min(self.width(), room.width() - frame.width()),
                min(self.height(), room.height() - frame.height()),
            )
        self.show()

    def open_settings(self) -> None:
        """The settings after the administrator's sign-in (officers cannot open them)."""
        if self.config_path is None or self.engine.started_at is None:
            self.statusBar().showMessage(
                self.tr("Settings need the console started from a configuration file."), 5000
            )
            return
        if self.admin is None:
            account = AdminAccount(self.engine.paths.data_dir / "admin_password")
            self.admin = AdminSession(account, self.engine.audit)
            self.admin_badge = AdminBadgeWidget(self.admin, self)  # shown while admin, with Sign out
            self.admin_badge.ended.connect(
                lambda _why: self.statusBar().showMessage(
                    self.tr("Administrator mode ended: the settings need the password again."), 10000
                )
            )
            self.statusBar().addPermanentWidget(self.admin_badge)
        dialog = open_settings(self.engine, self.admin, self.config_path, self)
        if dialog is not None:
            dialog.restart_requested.connect(self.restart)
            dialog.exec()
            self._follow_cameras()
            self._show_title()  # the site's name applies at once

    def _show_title(self) -> None:
        self.setWindowTitle(self.tr("CarGoRuqsat Console — %1").replace("%1", self.engine.config.site.name))

    def restart(self) -> None:
        """Close, and the console starts again with the saved settings (``app.run`` starts it once this
        process has let go of the data folder)."""
        self.restart_requested = True
        self.close()

    def _follow_cameras(self) -> None:
        """Tiles for the cameras the settings added or changed; none for those removed."""
        for tile in self.grid.set_cameras(self.engine.config.cameras, self.engine.recorders):
            tile.first_picture_painted.connect(self._on_first_picture)

    def open_missed_vehicle(self, camera: str | None = None) -> MissedVehicleDialog | None:
        """The officer adds a vehicle the recognizer missed (window-modal; the plate list shows it after)."""
        if self.engine.started_at is None or not self.engine.cameras.workers:
            self.statusBar().showMessage(self.tr("A vehicle can be added once a camera is running."), 5000)
            return None
        dialog = MissedVehicleDialog(self.engine, camera, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_history_gone(self) -> None:
        self.history = None

    def open_self_test(self) -> SelfTestDialog:
        """One self-test dialog, started at once (or the open one brought to the front)."""
        if self.self_test_dialog is None:
            options = SelfTestOptions(
                data_dir=self.engine.paths.data_dir, secrets=self.engine.secrets, config=self.engine.config
            )
            self.self_test_dialog = SelfTestDialog(options, self)
            keep_one(self.self_test_dialog, lambda: setattr(self, "self_test_dialog", None))
            self.self_test_dialog.start()
        bring_to_front(self.self_test_dialog)
        return self.self_test_dialog

    def open_log_viewer(self, group: str = "") -> LogViewer | None:
        """One log viewer, brought to the front when asked again; ``group``: one of audit_query.GROUPS."""
        if self.engine.started_at is None:
            self.statusBar().showMessage(self.tr("The log opens once the console has started."), 5000)
            return None
        if self.log_viewer is None:
            zone = ZoneInfo(self.engine.config.site.timezone)
            self.log_viewer = LogViewer(
                AuditReader(self.engine.database), zone, self.engine.paths.log_dir, self
            )
            keep_one(self.log_viewer, lambda: setattr(self, "log_viewer", None))
        if group:
            self.log_viewer.show_group(group)
        bring_to_front(self.log_viewer)
        return self.log_viewer

    def _on_camera_status(self, status: CameraStatus) -> None:
        self.grid.on_camera_status(status)
        self._update_summary()

    def _on_first_picture(self, name: str) -> None:
        """Logs how long the officer waited for each camera's first picture after launch."""
        launched = float(os.environ.get("CGR_LAUNCHED_AT", STARTED_AT))
        elapsed = time.time() - launched
        self._waiting_for_picture.discard(name)
        log.info("%s: first picture on screen %.2f s after launch", name, elapsed)
        if not self._waiting_for_picture:
            log.info("all cameras on screen %.2f s after launch", elapsed)

    def _update_summary(self) -> None:
        counts = Counter(s.state for s in self.engine.cameras.statuses())
        parts = [f"{state_text(state)}: {counts[state]}" for state in CameraState if counts[state]]
        self._summary.setText(
            self.tr("Cameras: %1").replace("%1", str(sum(counts.values())))
            + ("  —  " + ", ".join(parts) if parts else "")
        )

    def about_text(self) -> str:
        """The version, where the console's files are (to copy for a support call), where secrets are."""
        paths = self.engine.paths
        config = str(self.config_path) if self.config_path is not None else self.tr("none (the demo)")
        lines = [
            self.tr("CarGoRuqsat Console %1").replace("%1", __version__),
            "",
            self.tr("Configuration: %1").replace("%1", config),
            self.tr("Data: %1").replace("%1", str(paths.data_dir)),
            self.tr("Archive: %1").replace("%1", str(paths.archive_dir)),
            self.tr("Logs: %1").replace("%1", str(paths.log_dir)),
        ]
        backend = self.engine.secrets_backend
        if backend is not None:
            lines += ["", stored_in_text(backend)]
        return "\n".join(lines)

    def _about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About"), self.about_text(), parent=self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # paths to copy
        box.exec()

    def quit_asking(self) -> None:
        """Ctrl+Q: at once when nothing records; otherwise only once the officer agrees to stop recording."""
        recording = [n for n, r in self.engine.recorders.items() if r.status.state == RecorderState.RECORDING]
        if not recording:
            self.close()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit the console?"), "", parent=self)
        box.setText(
            self.tr(
                "Recording stops on %1 camera(s) and no plates are read until the console runs again."
            ).replace("%1", str(len(recording)))
        )
        quit_button = box.addButton(self.tr("Quit and stop recording"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep running"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: self.close() if box.clickedButton() is quit_button else None)
        self.quit_question = box  # tests answer it
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.grid.stop()
        self._archive_poll.stop()
        self._uplink_timer.stop()
        self.live.stop()
        if self.upload is not None:
            self.upload.stop()
        for dialog in list(self.delivery_dialogs.values()):
            dialog.close()
        if self.history is not None:
            self.history.close()
        if self.log_viewer is not None:
            self.log_viewer.close()
        if self.health is not None:
            self.health.close()
        event.accept()

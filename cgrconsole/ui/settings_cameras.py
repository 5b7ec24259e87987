"""The Cameras page: add, edit, remove, reorder; RTSP URL with user and password (to the keyring),
direction, recognition, auto-send; *Test* connects with the fields as typed."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.config import Config
from cgrconsole.config_edit import ConfigEditor, url_with_user
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.camera.url import CameraUrlError, parse_camera_url
from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.source_factory import camera_secret_key
from cgrconsole.ui.camera_test import CameraTestWidget
from cgrconsole.ui.config_problems import problem_text
from cgrconsole.ui.settings_page import ERROR_STYLE, Change, SettingsPage, put, tr

CAMERA_KEY = re.compile(r"cameras\[(?P<index>\d+)\](?:\.(?P<field>\w+))?[^:]*: (?P<detail>.*)", re.S)


class CamerasPage(SettingsPage):
    """``[[cameras]]`` and ``[anpr] auto_send_min_confidence``; the cameras are applied live by the dialog."""

    sections = ("cameras", "anpr")

    def __init__(self, config: Config, secrets: SecretStore, parent: QWidget | None = None) -> None:
        super().__init__(config, parent)
        self.store = secrets
        self.cameras = list(config.cameras)
        self.passwords: dict[str, str] = {}  # camera name -> password typed (to the keyring on save)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        side = QWidget(self)
        side.setMaximumWidth(280)  # names and titles; the form needs the room
        left = QVBoxLayout(side)
        left.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._show)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for text, tip, slot in (
            (tr("Add"), tr("Add a camera"), self.add),
            (tr("Remove"), tr("Remove the chosen camera (its recording is finished)"), self.remove),
            ("↑", tr("Move up: the tiles follow this order"), lambda: self.move_camera(-1)),
            ("↓", tr("Move down: the tiles follow this order"), lambda: self.move_camera(1)),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left.addLayout(buttons)
        row.addWidget(side, 1)

        host = QWidget(self)
        form = QFormLayout(host)
        self.name = QLineEdit(host, placeholderText="Camera1")
        self.name.setToolTip(tr("1-40 of A-Z a-z 0-9 _ -: it names the archive's folders"))
        self.title_edit = QLineEdit(host, placeholderText=tr("e.g. Entry, lane 1"))
        self.url = QLineEdit(host, placeholderText="rtsp://192.0.2.10:554/Streaming/Channels/101")
        self.user = QLineEdit(host)
        self.password = QLineEdit(host, echoMode=QLineEdit.EchoMode.Password)
        self.direction = QComboBox(host)
        self.direction.addItem(tr("Entry"), "entry")
        self.direction.addItem(tr("Exit"), "exit")
        self.anpr = QCheckBox(tr("Recognize plates"), host)
        self.auto_send = QCheckBox(tr("Send without the officer"), host)
        self.auto_send.setToolTip(
            tr(
                "Off by default. A reading is sent at once when its format is valid and its confidence "
                "is at least the threshold below."
            )
        )
        self.threshold = QDoubleSpinBox(host, minimum=0.5, maximum=1.0, decimals=2, singleStep=0.01)
        self.threshold.setValue(config.anpr.auto_send_min_confidence)
        for label, widget in (
            (tr("Name"), self.name),
            (tr("Title"), self.title_edit),
            (tr("RTSP URL"), self.url),
            (tr("User"), self.user),
            (tr("Password"), self.password),
            (tr("Direction"), self.direction),
        ):
            form.addRow(label, widget)
        form.addRow(self.anpr)
        form.addRow(self.auto_send)
        form.addRow(tr("Auto-send threshold (all cameras)"), self.threshold)
        self.queued_only = QCheckBox(tr("Only plates in today's queue"), host)
        self.queued_only.setToolTip(tr("Auto-send only plates in today's CarGoRuqsat queue (all cameras)"))
        self.queued_only.setChecked(config.anpr.auto_send_queued_only)
        form.addRow(self.queued_only)
        self.field_problem = QLabel(host, wordWrap=True)
        self.field_problem.setStyleSheet(ERROR_STYLE)
        form.addRow(self.field_problem)
        self.tester = CameraTestWidget(config.ingest, config.archive.enabled, host)
        self.tester.finished.connect(lambda name, outcome: self.tested.emit(f"camera {name}", outcome))
        self.tester.button.clicked.connect(self.test)
        self.tester.preview.roi_drawn.connect(self.set_roi)
        self.tester.preview.setToolTip(tr("Drag a rectangle on the picture: plates are read only inside it"))
        self.roi_text = QLabel(host)
        self.roi_clear = QPushButton(tr("Whole picture"), host)
        self.roi_clear.setToolTip(tr("Read plates in the whole picture (no area)"))
        self.roi_clear.clicked.connect(lambda: self.set_roi(None))
        roi_row = QHBoxLayout()
        roi_row.addWidget(self.roi_text, 1)
        roi_row.addWidget(self.roi_clear)
        form.addRow(tr("Recognition area"), roi_row)
        form.addRow(self.tester)
        row.addWidget(host, 3)
        for widget in (self.name, self.title_edit, self.url, self.user, self.password):
            widget.editingFinished.connect(self.apply_current)
        for box in (self.anpr, self.auto_send):
            box.toggled.connect(self.apply_current)
        self.direction.currentIndexChanged.connect(self.apply_current)
        self._filling = False
        self._fill()

    def title(self) -> str:
        return tr("Cameras")

    def _fill(self, select: int = 0) -> None:
        self._filling = True
        self.list.clear()
        for camera in self.cameras:
            self.list.addItem(camera.name if not camera.title else f"{camera.title} ({camera.name})")
        self._filling = False
        if self.cameras:
            self.list.setCurrentRow(max(0, min(select, len(self.cameras) - 1)))

    def _show(self, row: int) -> None:
        if self._filling or not 0 <= row < len(self.cameras):
            return
        self._filling = True
        self.tester.stop()
        camera = self.cameras[row]
        self.name.setText(camera.name)
        self.title_edit.setText(camera.title)
        try:
            parsed = parse_camera_url(camera.url)
            self.user.setText(parsed.username)
            self.url.setText(url_with_user(camera.url, "") if parsed.scheme != "synthetic" else camera.url)
        except CameraUrlError:
            self.user.clear()
            self.url.setText(camera.url)
        self.password.clear()
        stored = camera.name in self.passwords or bool(self.store.get(camera_secret_key(camera.name)))
        self.password.setPlaceholderText(
            tr("stored in the keyring; type to replace") if stored else tr("not set")
        )
        self.direction.setCurrentIndex(max(0, self.direction.findData(camera.direction)))
        self.anpr.setChecked(camera.anpr)
        self.auto_send.setChecked(camera.auto_send)
        self.field_problem.clear()
        self._show_roi(camera.roi)
        self._filling = False

    def current(self) -> CameraConfig | None:
        """The chosen camera as its fields say now; None (and the field named) when the URL is unusable."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.cameras):
            return None
        url = self.url.text().strip()
        if self.user.text().strip():
            try:
                url = url_with_user(url, self.user.text())
            except CameraUrlError as exc:
                self.field_problem.setText(tr("RTSP URL: %1").replace("%1", problem_text(exc.detail)))
                return None
        return dataclasses.replace(
            self.cameras[row],
            name=self.name.text().strip(),
            title=self.title_edit.text().strip(),
            url=url,
            direction=self.direction.currentData(),
            anpr=self.anpr.isChecked(),
            auto_send=self.auto_send.isChecked(),
        )

    def apply_current(self) -> None:
        if self._filling:
            return
        row = self.list.currentRow()
        camera = self.current()
        if camera is None:
            return
        self.field_problem.clear()
        old_name = self.cameras[row].name
        self.cameras[row] = camera
        if old_name != camera.name and old_name in self.passwords:
            self.passwords[camera.name] = self.passwords.pop(old_name)
        if self.password.text():
            self.passwords[camera.name] = self.password.text()
        item = self.list.item(row)
        item.setText(camera.name if not camera.title else f"{camera.title} ({camera.name})")

    def set_roi(self, roi: tuple[float, float, float, float] | None) -> None:
        """The chosen camera's recognition area (fractions of the frame), as dragged on the Test picture."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.cameras):
            return
        self.apply_current()
        self.cameras[row] = dataclasses.replace(self.cameras[row], roi=roi)
        self._show_roi(roi)

    def _show_roi(self, roi: tuple[float, float, float, float] | None) -> None:
        self.tester.preview.set_roi(roi)
        self.roi_clear.setEnabled(roi is not None)
        if roi is None:
            self.roi_text.setText(tr("Whole picture (drag a rectangle on the Test picture to narrow it)"))
            return
        x1, y1, x2, y2 = (round(v * 100) for v in roi)
        self.roi_text.setText(
            tr("Across %1–%2 %, down %3–%4 % of the picture")
            .replace("%1", str(x1))
            .replace("%2", str(x2))
            .replace("%3", str(y1))
            .replace("%4", str(y2))
        )

    def test(self) -> None:
        self.apply_current()
        camera = self.current()
        if camera is None:
            return
        password = self.password.text() or self.passwords.get(camera.name)
        self.tester.start(camera, password or self.store.get(camera_secret_key(camera.name)))

    def add(self) -> None:
        taken = {c.name for c in self.cameras}
        number = next(n for n in range(1, 1000) if f"Camera{n}" not in taken)
        self.cameras.append(CameraConfig(f"Camera{number}", "rtsp://192.0.2.10:554/"))
        self._fill(len(self.cameras) - 1)
        self.name.setFocus()

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.cameras):
            del self.cameras[row]
            self._fill(row)

    def move_camera(self, step: int) -> None:
        row, other = self.list.currentRow(), self.list.currentRow() + step
        if 0 <= row < len(self.cameras) and 0 <= other < len(self.cameras):
            self.cameras[row], self.cameras[other] = self.cameras[other], self.cameras[row]
            self._fill(other)

    def explain(self, problem: str) -> str:
        """``cameras[2].url: …`` as "Camera Exit1, RTSP URL: …", and that camera chosen in the list."""
        match = CAMERA_KEY.match(problem)
        if match is None or not 1 <= int(match["index"]) <= len(self.cameras):
            return problem_text(problem)
        row = int(match["index"]) - 1
        self.list.setCurrentRow(row)
        fields = {
            "name": tr("Name"),
            "title": tr("Title"),
            "url": tr("RTSP URL"),
            "direction": tr("Direction"),
        }
        field = fields.get(match["field"] or "", match["field"] or "")
        return (
            tr("Camera %1, field “%2”: %3")
            .replace("%1", self.cameras[row].name)
            .replace("%2", field)
            .replace("%3", problem_text(problem).partition(": ")[2])
        )

    def check(self) -> list[str]:
        self.apply_current()
        return [self.field_problem.text()] if self.field_problem.text() else []

    def write(self, editor: ConfigEditor) -> list[Change]:
        editor.set_cameras(self.cameras)
        changes: list[Change] = []
        threshold = round(self.threshold.value(), 2)
        put(
            editor,
            "anpr",
            "auto_send_min_confidence",
            threshold,
            self.config.anpr.auto_send_min_confidence,
            changes,
        )
        queued = self.queued_only.isChecked()
        put(editor, "anpr", "auto_send_queued_only", queued, self.config.anpr.auto_send_queued_only, changes)
        return changes

    def secrets(self) -> dict[str, str]:
        return {camera_secret_key(name): value for name, value in self.passwords.items()}

    def stop(self) -> None:
        self.tester.stop()

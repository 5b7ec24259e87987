"""The admin's settings (cameras page) and the admin sign-in: the dialogs over core/admin.py and config_edit.

Officers cannot open the settings: ``open_settings`` asks for the admin password first (or, at first
use, for a new one twice). Saving writes the TOML file with its comments kept, the passwords to the
keyring, starts the cameras added and stops those removed, and says what needs a restart.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.config import ConfigError
from cgrconsole.config_edit import ConfigEditor, changed_sections, url_with_user
from cgrconsole.core.admin import AdminPasswordError, AdminSession
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.camera.url import CameraUrlError, parse_camera_url
from cgrconsole.engine import Engine


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class AdminSignInDialog(QDialog):
    """The admin password; at first use asked twice to set it."""

    def __init__(self, session: AdminSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.first = not session.account.is_set
        self.setWindowTitle(tr("Administrator sign-in"))
        form = QFormLayout(self)
        hint = tr("Settings need the administrator. Set the administrator password (at least 8 characters):")
        form.addRow(QLabel(hint if self.first else tr("Settings need the administrator password.")))
        self.password = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        form.addRow(tr("Password"), self.password)
        if self.first:
            form.addRow(tr("Password again"), self.again)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def try_accept(self) -> None:
        if self.first:
            try:
                self.session.set_first_password(self.password.text(), self.again.text())
            except AdminPasswordError as exc:
                self.message.setText(str(exc))
                return
        elif not self.session.sign_in(self.password.text()):
            self.message.setText(tr("Wrong password (the attempt is recorded in the audit log)."))
            self.password.clear()
            return
        self.accept()


class SettingsDialog(QDialog):
    """Cameras: add, edit, remove, reorder; saved to the file, applied to the running engine."""

    def __init__(
        self, engine: Engine, session: AdminSession, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.engine, self.session, self.path = engine, session, path
        self.setWindowTitle(tr("Settings — cameras"))
        self.cameras = list(engine.config.cameras)
        self.passwords: dict[str, str] = {}
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._show)
        row.addWidget(self.list, 1)
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        self.name = QLineEdit(form_host)
        self.title = QLineEdit(form_host)
        self.url = QLineEdit(form_host, placeholderText="rtsp://192.0.2.10:554/Streaming/Channels/101")
        self.user = QLineEdit(form_host)
        self.password = QLineEdit(form_host, echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("unchanged"))
        self.direction = QComboBox(form_host)
        self.direction.addItem(tr("Entry"), "entry")
        self.direction.addItem(tr("Exit"), "exit")
        self.anpr = QCheckBox(tr("Recognize plates"), form_host)
        self.auto_send = QCheckBox(tr("Send confident readings without the officer"), form_host)
        for label, widget in (
            (tr("Name"), self.name),
            (tr("Title"), self.title),
            (tr("RTSP URL"), self.url),
            (tr("User"), self.user),
            (tr("Password"), self.password),
            (tr("Direction"), self.direction),
        ):
            form.addRow(label, widget)
        form.addRow(self.anpr)
        form.addRow(self.auto_send)
        apply = QPushButton(tr("Apply to this camera"), form_host)
        apply.clicked.connect(self.apply_current)
        form.addRow(apply)
        row.addWidget(form_host, 2)
        column.addLayout(row)
        buttons_row = QHBoxLayout()
        for text, slot in (
            (tr("Add"), self.add),
            (tr("Remove"), self.remove),
            (tr("Up"), lambda: self.move(-1)),
            (tr("Down"), lambda: self.move(1)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        column.addLayout(buttons_row)
        self.problems = QLabel(self, wordWrap=True)
        self.problems.setStyleSheet("color: #b3261e;")
        column.addWidget(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(860, 480)
        self._fill()

    def _fill(self, select: int = 0) -> None:
        self.list.clear()
        for camera in self.cameras:
            self.list.addItem(
                camera.label if camera.label == camera.name else f"{camera.label} ({camera.name})"
            )
        if self.cameras:
            self.list.setCurrentRow(max(0, min(select, len(self.cameras) - 1)))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.cameras):
            return
        camera = self.cameras[row]
        self.name.setText(camera.name)
        self.title.setText(camera.title)
        try:
            parsed = parse_camera_url(camera.url)
            self.user.setText(parsed.username)
            self.url.setText(url_with_user(camera.url, "") if parsed.scheme != "synthetic" else camera.url)
        except CameraUrlError:
            self.user.clear()
            self.url.setText(camera.url)
        self.password.clear()
        self.direction.setCurrentIndex(max(0, self.direction.findData(camera.direction)))
        self.anpr.setChecked(camera.anpr)
        self.auto_send.setChecked(camera.auto_send)

    def apply_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.cameras):
            return
        url = self.url.text().strip()
        if self.user.text().strip():
            try:
                url = url_with_user(url, self.user.text())
            except CameraUrlError as exc:
                self.problems.setText(tr("RTSP URL: %1").replace("%1", exc.detail))
                return
        old = self.cameras[row]
        camera = dataclasses.replace(
            old,
            name=self.name.text().strip(),
            title=self.title.text().strip(),
            url=url,
            direction=self.direction.currentData(),
            anpr=self.anpr.isChecked(),
            auto_send=self.auto_send.isChecked(),
        )
        self.cameras[row] = camera
        if self.password.text():
            self.passwords[camera.name] = self.password.text()
        self.session.touch()
        self._fill(row)

    def add(self) -> None:
        taken = {c.name for c in self.cameras}
        number = next(n for n in range(1, 1000) if f"Camera{n}" not in taken)
        self.cameras.append(CameraConfig(f"Camera{number}", "rtsp://192.0.2.10:554/"))
        self._fill(len(self.cameras) - 1)

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.cameras):
            del self.cameras[row]
            self._fill(row)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if 0 <= row < len(self.cameras) and 0 <= other < len(self.cameras):
            self.cameras[row], self.cameras[other] = self.cameras[other], self.cameras[row]
            self._fill(other)

    def save(self) -> None:
        if not self.session.is_admin:
            self.problems.setText(tr("Administrator mode has ended: sign in again to save."))
            return
        editor = ConfigEditor(self.path)
        editor.set_cameras(self.cameras)
        try:
            saved = editor.save(self.engine.secrets, self.passwords)
        except ConfigError as exc:
            self.problems.setText("\n".join(exc.problems))
            return
        self.apply(saved.cameras)
        restart = changed_sections(self.engine.config, saved)
        if restart:
            QMessageBox.information(
                self,
                tr("Restart needed"),
                tr("Saved. A restart applies: %1").replace("%1", ", ".join(restart)),
            )
        self.accept()

    def apply(self, cameras: tuple[CameraConfig, ...]) -> None:
        """Start the cameras added, stop those removed, restart those changed; audited."""
        old = {c.name: c for c in self.engine.config.cameras}
        new = {c.name: c for c in cameras}
        for name, camera in old.items():
            if new.get(name) != camera or name in self.passwords:
                self.engine.remove_camera(name)
                self.session.record(f"cameras.{name}", dataclasses.asdict(camera), None)
        for name, camera in new.items():
            if old.get(name) != camera or name in self.passwords:
                self.engine.add_camera(camera)
                self.session.record(f"cameras.{name}", None, dataclasses.asdict(camera))
            if name in self.passwords:
                self.session.record(f"cameras.{name}.password", secret=True)


def open_settings(
    engine: Engine, session: AdminSession, path: Path, parent: QWidget | None = None
) -> SettingsDialog | None:
    """The settings, after the admin signed in; None when the sign-in was cancelled or refused."""
    if not session.is_admin and AdminSignInDialog(session, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    return SettingsDialog(engine, session, path, parent)

"""The admin's settings and the admin sign-in: the dialogs over core/admin.py and config_edit.

Officers cannot open the settings: ``open_settings`` asks for the admin password first (or, at first
use, for a new one twice). The pages (cameras, site, archive, language, destinations) each write their
keys; saving checks the whole file (problems named by key, the page shown), stores the secrets in the
keyring, writes the TOML with its comments kept, audits every change (old → new, secrets never shown),
and applies what is safe at once, each through the engine as the cameras are (a camera added starts, one
removed stops and finishes its file; the archive upload connects with its new settings at its next file;
the site's name; the live stream restarts when nobody watches it). What is not safe says by name that it
needs a restart, and offers it: the console's (``restart_requested``), or the live stream's when remote
viewers would be cut off.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.config import Config, ConfigError
from cgrconsole.config_edit import ConfigEditor
from cgrconsole.core.admin import AdminPasswordError, AdminSession
from cgrconsole.core.archive.upload.settings import PASSWORD_KEY as SFTP_PASSWORD
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.engine import Engine
from cgrconsole.ui.admin_badge import AdminBadgeWidget
from cgrconsole.ui.config_problems import problem_text
from cgrconsole.ui.settings_cameras import CamerasPage
from cgrconsole.ui.settings_destinations import DestinationsPage
from cgrconsole.ui.settings_network import LivePage, SftpPage
from cgrconsole.ui.settings_page import ERROR_STYLE, Change, SettingsPage, restart_title, tr
from cgrconsole.ui.settings_pages import ArchivePage, LanguagePage, SitePage


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
        self.message.setStyleSheet(ERROR_STYLE)
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
            except AdminPasswordError:
                if self.password.text() != self.again.text():
                    self.message.setText(tr("The two passwords differ: type the same password twice."))
                else:
                    self.message.setText(tr("The password must have at least 8 characters."))
                return
        elif not self.session.sign_in(self.password.text()):
            self.message.setText(tr("Wrong password (the attempt is recorded in the audit log)."))
            self.password.clear()
            return
        self.accept()


APPLIED_AT_ONCE = ("cameras", "site", "sftp", "live")  # each through the engine (``apply_at_once``)


def changed_keys(changes: list[Change], secrets: dict[str, str]) -> list[str]:
    """The keys a save changed (``site.name``), a destination's secret as its section ``uplink``."""
    keys = [change.what for change in changes]
    keys += ["uplink" for key in secrets if key.startswith(("cgr/", "drvn/"))]
    keys += ["sftp.password" for key in secrets if key == SFTP_PASSWORD]
    return list(dict.fromkeys(keys))


def section_of(key: str) -> str:
    return key.split(".")[0].split("[")[0]


def read_at_start(keys: list[str]) -> list[str]:
    """The sections the running console reads only at start (the folders, the archive, the destinations,
    the language): a change to them needs a restart."""
    return [s for s in dict.fromkeys(map(section_of, keys)) if s not in APPLIED_AT_ONCE]


class SettingsDialog(QDialog):
    """Pages on the left, the page on the right; Save writes every page, Cancel none."""

    restart_requested = Signal()  # the admin chose to restart the console now (the main window does it)

    def __init__(
        self, engine: Engine, session: AdminSession, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.engine, self.session, self.path = engine, session, path
        self.setWindowTitle(tr("Settings"))
        config = ConfigEditor(path).config() if path.exists() else engine.config
        config = dataclasses.replace(config, cameras=engine.config.cameras)  # what runs now
        self.cameras_page = CamerasPage(config, engine.secrets, self)
        self.site_page = SitePage(config, self)
        self.archive_page = ArchivePage(config, str(engine.paths.archive_dir), self)
        self.language_page = LanguagePage(config, self)
        self.destinations_page = DestinationsPage(config, engine.secrets, self)
        self.live_page = LivePage(config, self)
        self.sftp_page = SftpPage(config, engine.secrets, self)
        self.pages: list[SettingsPage] = [
            self.cameras_page,
            self.site_page,
            self.archive_page,
            self.destinations_page,
            self.sftp_page,
            self.live_page,
            self.language_page,
        ]
        for page in self.pages:
            page.tested.connect(self._record_test)
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        saved_to = QLabel(tr("Changes are saved to %1").replace("%1", str(path)), self)
        saved_to.setToolTip(str(path))
        saved_to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long path never widens the dialog past the screen: the label gives way (its tooltip holds it all)
        saved_to.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(saved_to, 1)
        self.badge = AdminBadgeWidget(session, self)
        self.badge.ended.connect(self._on_admin_ended)
        top.addWidget(self.badge)
        column.addLayout(top)
        row = QHBoxLayout()
        self.page_list = QListWidget(self)
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.page_list.addItem(page.title())
            self.stack.addWidget(page)
        self.page_list.setFixedWidth(self.page_list.sizeHintForColumn(0) + 24)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        row.addWidget(self.page_list)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.problems = QLabel(self, wordWrap=True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.restart_needed: list[str] = []  # what the last save changed that needs the console's restart
        self.live_waiting: Config | None = None  # new [live] settings held back: remote viewers watch now
        self.live_restart: threading.Thread | None = None
        self.restart_box: QMessageBox | None = None
        self.restart_now_button: QPushButton | None = None
        self.restart_live_button: QPushButton | None = None
        self.ended_by: str = ""  # "timeout" / "signed_out" when admin mode ended with the dialog open
        self.resize(940, 620)

    def show_page(self, page: SettingsPage) -> None:
        self.page_list.setCurrentRow(self.pages.index(page))

    def _record_test(self, what: str, outcome: str) -> None:
        """Every Test is an admin action in the audit (who, what, the outcome; never a secret)."""
        if self.session.is_admin:  # a late answer after admin mode ended is not the admin's act
            self.session.record_test(what, outcome)

    def _on_admin_ended(self, why: str) -> None:
        """Admin mode ended (idle or signed out): nothing more may be changed; unsaved changes are dropped."""
        self.ended_by = why
        self.reject()

    def done(self, result: int) -> None:
        for page in self.pages:
            page.stop()
        super().done(result)

    def save(self) -> None:
        if not self.session.is_admin:
            self.problems.setText(tr("Administrator mode has ended: sign in again to save."))
            return
        self.session.touch()
        self.problems.clear()
        for page in self.pages:
            local = page.check()
            if local:
                self.show_page(page)
                self.problems.setText("\n".join(local))
                return
        editor = ConfigEditor(self.path)
        changes = [change for page in self.pages for change in page.write(editor)]
        problems = editor.problems()
        if problems:
            owner = next((p for p in self.pages if p.owns(problems[0])), None)
            if owner is not None:
                self.show_page(owner)
            said = [
                next((p.explain(x) for p in self.pages if p.owns(x)), problem_text(x))
                for x in reversed(problems)
            ]
            self.problems.setText(tr("Not saved:") + "\n" + "\n".join(reversed(said)))
            return
        secrets = {key: value for page in self.pages for key, value in page.secrets().items()}
        camera_keys = {key for key in self.cameras_page.secrets()}
        try:
            for key, value in secrets.items():
                if key not in camera_keys:
                    self.engine.secrets.set(key, value)
            saved = editor.save(self.engine.secrets, self.cameras_page.passwords)
        except ConfigError as exc:
            self.problems.setText("\n".join(map(problem_text, exc.problems)))
            return
        except Exception as exc:  # the keyring refused: nothing was written to the file
            self.problems.setText(
                tr("The keyring cannot store the secret (%1); nothing was saved.").replace(
                    "%1", type(exc).__name__
                )
            )
            return
        for change in changes:
            self.session.record(change.what, change.old, change.new)
        for key in secrets:
            self.session.record(key, secret=True)
        self.apply(saved.cameras)
        keys = changed_keys(changes, secrets)
        viewers = self.engine.live_viewers()  # asked once: the live stream restarts now or waits, not both
        self.restart_needed = self.apply_at_once(saved, keys, viewers) + read_at_start(keys)
        if self.live_waiting is None:
            viewers = 0  # nothing waits for them
        if self.restart_needed or viewers:
            self._say_what_waits(viewers)
        self.accept()

    def apply_at_once(self, saved: Config, keys: list[str], viewers: int) -> list[str]:
        """The site, the archive upload and the live stream (restarted only while no one of its ``viewers``
        watches), as the cameras: what is safe applies now; the keys that must wait for a restart are
        returned."""
        waiting = []
        if "site.name" in keys:
            self.engine.rename_site(saved.site.name)
        if "site.timezone" in keys:  # the running recorders' hour folders, the times in open lists
            waiting.append("site.timezone")
        if any(section_of(k) == "sftp" for k in keys) and not self.engine.apply_sftp(saved.sftp):
            waiting.append("sftp.enabled")
        if any(section_of(k) == "live" for k in keys):
            self.live_waiting = saved
            if viewers == 0:
                self.restart_live()
        return waiting

    def restart_live(self) -> None:
        """The live stream with the saved settings, off the GUI thread (its server stops, then starts)."""
        if self.live_waiting is None:
            return
        self.engine.set_live(self.live_waiting.live)
        self.live_waiting = None
        self.live_restart = threading.Thread(
            target=self.engine.restart_live, name="live-restart", daemon=True
        )
        self.live_restart.start()

    def _say_what_waits(self, viewers: int) -> None:
        """Exactly what needs a restart, and the restart offered (not modal: this dialog closes now)."""
        lines = []
        if self.restart_needed:
            names = "; ".join(restart_title(key) for key in self.restart_needed)
            lines.append(
                tr("Saved. These apply when the console starts again: %1. The rest already applies.").replace(
                    "%1", names
                )
            )
        if viewers:
            lines.append(
                tr(
                    "The live stream's new settings wait: %1 remote viewer(s) watch it now, and restarting "
                    "the stream cuts them off for a few seconds."
                ).replace("%1", str(viewers))
            )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Restart needed"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.NoButton,
            self.parentWidget(),
        )
        if self.restart_needed:
            self.restart_now_button = box.addButton(
                tr("Restart the console now"), QMessageBox.ButtonRole.AcceptRole
            )
            self.restart_now_button.setToolTip(tr("Recording pauses for a few seconds while it starts again"))
            self.restart_now_button.clicked.connect(self.restart_requested.emit)
        if viewers:
            self.restart_live_button = box.addButton(
                tr("Restart the live stream now"), QMessageBox.ButtonRole.ActionRole
            )
            self.restart_live_button.clicked.connect(self.restart_live)
        later = box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)  # Enter restarts nothing by accident
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.restart_box = box
        box.open()

    def apply(self, cameras: tuple[CameraConfig, ...]) -> None:
        """Start the cameras added, stop those removed, restart those changed; audited."""
        passwords = self.cameras_page.passwords
        old = {c.name: c for c in self.engine.config.cameras}
        new = {c.name: c for c in cameras}
        for name, camera in old.items():
            if new.get(name) != camera or name in passwords:
                self.engine.remove_camera(name)
                self.session.record(f"cameras.{name}", dataclasses.asdict(camera), None)
        for name, camera in new.items():
            if old.get(name) != camera or name in passwords:
                self.engine.add_camera(camera)
                self.session.record(f"cameras.{name}", None, dataclasses.asdict(camera))
        order = [new[c.name] for c in cameras]
        if [c.name for c in self.engine.config.cameras] != [c.name for c in order]:
            self.engine.config = dataclasses.replace(self.engine.config, cameras=tuple(order))


def open_settings(
    engine: Engine, session: AdminSession, path: Path, parent: QWidget | None = None
) -> SettingsDialog | None:
    """The settings, after the admin signed in; None when the sign-in was cancelled or refused."""
    if not session.is_admin and AdminSignInDialog(session, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    return SettingsDialog(engine, session, path, parent)

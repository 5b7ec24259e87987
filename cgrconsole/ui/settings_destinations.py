"""The Destinations page: CarGoRuqsat (``[uplink.cgr]``) and ĐBVN (``[uplink.drvn]``) site fields.

The registration token and the ĐBVN password go to the keyring (never the file); *Test* logs in with
what is typed (or what is stored) and reads the server's queue or status (``core/uplink/check.py``).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.config import Config
from cgrconsole.config_edit import ConfigEditor
from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.uplink.cgr.auth import REGISTRATION_KEY
from cgrconsole.core.uplink.check import CheckResult, check_cgr, check_drvn
from cgrconsole.core.uplink.drvn.session import PASSWORD_KEY
from cgrconsole.core.uplink.reasons import Reason
from cgrconsole.ui.reason_text import reason_text
from cgrconsole.ui.settings_page import (
    ERROR_STYLE,
    OK_STYLE,
    BackgroundJob,
    Change,
    SettingsPage,
    put,
    tr,
)


def _secret_field(parent: QWidget, stored: bool) -> QLineEdit:
    field = QLineEdit(parent, echoMode=QLineEdit.EchoMode.Password)
    field.setPlaceholderText(tr("stored in the keyring; type to replace") if stored else tr("not set"))
    return field


def check_problem_text(reason: Reason) -> str:
    """What a failed Test means and what to do, in the UI language."""
    codes = set(reason.codes())
    answered = QCoreApplication.translate("DeliveryReason", "Server answered: %1")
    said = f" {answered.replace('%1', reason.server)}" if reason.server else ""
    if "cgr.no_registration_token" in codes:
        return tr("No registration token: enter the one CarGoRuqsat issued for this site.")
    if "cgr.registration_refused" in codes or "cgr.forbidden" in codes:
        return (
            tr("CarGoRuqsat refused the registration token: check it and the mode, then type it again.")
            + said
        )
    if "drvn.no_password" in codes:
        return tr("No ĐBVN password: enter the password ĐBVN issued with the user name.")
    if "drvn.login_refused" in codes:
        return tr("ĐBVN refused the login: check the provider ID, the user name and the password.") + said
    return reason_text(reason)


class DestinationsPage(SettingsPage):
    sections = ("uplink",)

    def __init__(self, config: Config, secrets: SecretStore, parent: QWidget | None = None) -> None:
        super().__init__(config, parent)
        self.store = secrets
        cgr, drvn = config.uplink.cgr, config.uplink.drvn
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)

        box = QGroupBox("CarGoRuqsat", self)
        form = QFormLayout(box)
        self.cgr_enabled = QCheckBox(tr("Send events to CarGoRuqsat"), box)
        self.cgr_enabled.setChecked(cgr.enabled)
        self.cgr_url = QLineEdit(cgr.base_url, box)
        self.cgr_mode = QComboBox(box)
        self.cgr_mode.addItem(tr("Checkpoint"), "Checkpoint")
        self.cgr_mode.addItem(tr("Waiting area"), "WaitingArea")
        self.cgr_mode.setCurrentIndex(max(0, self.cgr_mode.findData(cgr.mode)))
        self.cgr_token = _secret_field(box, bool(secrets.get(REGISTRATION_KEY)))
        form.addRow(self.cgr_enabled)
        form.addRow(tr("Server address"), self.cgr_url)
        form.addRow(tr("Mode"), self.cgr_mode)
        form.addRow(tr("Registration token"), self.cgr_token)
        self.cgr_test, self.cgr_result = self._test_row(form, box, self.test_cgr)
        column.addWidget(box)

        box = QGroupBox("ĐBVN", self)
        form = QFormLayout(box)
        self.drvn_enabled = QCheckBox(tr("Send pictures to ĐBVN"), box)
        self.drvn_enabled.setChecked(drvn.enabled)
        self.drvn_url = QLineEdit(drvn.base_url, box)
        self.drvn_provider = QSpinBox(box, maximum=2_000_000_000, value=drvn.provider_id)
        self.drvn_user = QLineEdit(drvn.user_name, box)
        self.drvn_password = _secret_field(box, bool(secrets.get(PASSWORD_KEY)))
        self.drvn_camera_id = QSpinBox(box, maximum=2_000_000_000, value=drvn.default_camera.camera_id)
        self.drvn_lat = QDoubleSpinBox(box, minimum=-90, maximum=90, decimals=6, value=drvn.gps_lat)
        self.drvn_lon = QDoubleSpinBox(box, minimum=-180, maximum=180, decimals=6, value=drvn.gps_lon)
        form.addRow(self.drvn_enabled)
        form.addRow(tr("Server address"), self.drvn_url)
        form.addRow(tr("Provider ID"), self.drvn_provider)
        form.addRow(tr("User name"), self.drvn_user)
        form.addRow(tr("Password"), self.drvn_password)
        form.addRow(tr("Camera ID (registered)"), self.drvn_camera_id)
        position = QHBoxLayout()
        position.addWidget(self.drvn_lat)
        position.addWidget(self.drvn_lon)
        form.addRow(tr("Position (latitude, longitude)"), position)
        self.drvn_test, self.drvn_result = self._test_row(form, box, self.test_drvn)
        column.addWidget(box)
        column.addStretch(1)
        self._cgr_job = BackgroundJob(
            self, lambda result: self._show(self.cgr_result, self.cgr_test, result, "uplink.cgr")
        )
        self._drvn_job = BackgroundJob(
            self, lambda result: self._show(self.drvn_result, self.drvn_test, result, "uplink.drvn")
        )

    def title(self) -> str:
        return tr("Destinations")

    @staticmethod
    def _test_row(form: QFormLayout, parent: QWidget, slot) -> tuple[QPushButton, QLabel]:  # type: ignore[no-untyped-def]
        button = QPushButton(tr("Test"), parent)
        button.setToolTip(tr("Log in with these fields and read the server's status (nothing is sent)"))
        button.clicked.connect(slot)
        result = QLabel(parent, wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addWidget(result, 1)
        form.addRow(row)
        return button, result

    # -- the values as typed --------------------------------------------------------------------
    def cgr_settings(self):  # type: ignore[no-untyped-def]
        return dataclasses.replace(
            self.config.uplink.cgr,
            enabled=self.cgr_enabled.isChecked(),
            base_url=self.cgr_url.text().strip(),
            mode=self.cgr_mode.currentData(),
        )

    def drvn_settings(self):  # type: ignore[no-untyped-def]
        drvn = self.config.uplink.drvn
        return dataclasses.replace(
            drvn,
            enabled=self.drvn_enabled.isChecked(),
            base_url=self.drvn_url.text().strip(),
            provider_id=self.drvn_provider.value(),
            user_name=self.drvn_user.text().strip(),
            gps_lat=self.drvn_lat.value(),
            gps_lon=self.drvn_lon.value(),
            default_camera=dataclasses.replace(drvn.default_camera, camera_id=self.drvn_camera_id.value()),
        )

    # -- Test ----------------------------------------------------------------------------------
    def test_cgr(self) -> None:
        settings = self.cgr_settings()
        token = self.cgr_token.text() or self.store.get(REGISTRATION_KEY)
        self._start(self._cgr_job, self.cgr_test, self.cgr_result, lambda: check_cgr(settings, token))

    def test_drvn(self) -> None:
        settings = self.drvn_settings()
        password = self.drvn_password.text() or self.store.get(PASSWORD_KEY)
        self._start(self._drvn_job, self.drvn_test, self.drvn_result, lambda: check_drvn(settings, password))

    def _start(self, job: BackgroundJob, button: QPushButton, result: QLabel, work) -> None:  # type: ignore[no-untyped-def]
        if job.running:
            return
        button.setEnabled(False)
        result.setStyleSheet("")
        result.setText(tr("Connecting…"))
        job.start(work, "settings-destination-test")

    def _show(self, label: QLabel, button: QPushButton, result: CheckResult | Exception, what: str) -> None:
        button.setEnabled(True)
        if isinstance(result, Exception):
            outcome = type(result).__name__
        elif result.problem is not None:
            outcome = ",".join(result.problem.codes()) or "failed"
        else:
            outcome = "ok"
        self.tested.emit(what, outcome)
        if isinstance(result, Exception):
            label.setStyleSheet(ERROR_STYLE)
            label.setText(tr("Test failed: %1").replace("%1", type(result).__name__))
            return
        if result.problem is not None:
            label.setStyleSheet(ERROR_STYLE)
            label.setText(check_problem_text(result.problem))
            return
        label.setStyleSheet(OK_STYLE)
        if result.queued_plates is not None:
            text = tr("Signed in. Today's queue: %1 plates.").replace("%1", str(result.queued_plates))
        elif result.server_ready is not None:
            state = tr("ready") if result.server_ready else tr("busy")
            text = tr("Signed in. Server: %1.").replace("%1", state)
            if result.skew_s is not None:
                text += " " + tr("Clock difference: %1 s.").replace("%1", f"{result.skew_s:+.0f}")
        else:
            text = tr("The server answers.")
        label.setText(text)

    # -- saving ---------------------------------------------------------------------------------
    def write(self, editor: ConfigEditor) -> list[Change]:
        changes: list[Change] = []
        old, new = self.config.uplink.cgr, self.cgr_settings()
        for key in ("enabled", "base_url", "mode"):
            put(editor, "uplink.cgr", key, getattr(new, key), getattr(old, key), changes)
        old_d, new_d = self.config.uplink.drvn, self.drvn_settings()
        for key in ("enabled", "base_url", "provider_id", "user_name", "gps_lat", "gps_lon"):
            put(editor, "uplink.drvn", key, getattr(new_d, key), getattr(old_d, key), changes)
        put(
            editor,
            "uplink.drvn.default_camera",
            "camera_id",
            new_d.default_camera.camera_id,
            old_d.default_camera.camera_id,
            changes,
        )
        return changes

    def secrets(self) -> dict[str, str]:
        typed = {REGISTRATION_KEY: self.cgr_token.text(), PASSWORD_KEY: self.drvn_password.text()}
        return {key: value for key, value in typed.items() if value}

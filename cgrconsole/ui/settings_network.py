"""The Live stream (``[live]``) and Archive upload (``[sftp]``) pages.

Both are checked by the loader itself (``cgrconsole.config``: ``_check_live`` and
``SftpConfig.problems``), the one implementation of their rules: a problem comes back as
``live.bind: …`` and ``explain`` names the field as the page shows it. The SFTP password (or the key's
passphrase) goes to the keyring as ``sftp/password``, never the file; *Test* connects as the uploader
does (the pinned host key checked before anything is sent) and lists the remote folder.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.config import Config
from cgrconsole.config_edit import ConfigEditor
from cgrconsole.core.archive.upload.check import SftpCheck, check_sftp
from cgrconsole.core.archive.upload.connection import HostKeyState
from cgrconsole.core.archive.upload.settings import PASSWORD_KEY, SftpConfig
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.secrets import SecretStore
from cgrconsole.ui.settings_page import (
    ERROR_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    BackgroundJob,
    Change,
    SettingsPage,
    put,
    tr,
)
from cgrconsole.ui.upload_text import problem_text


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    """One entry a line (commas and spaces also separate), blanks dropped."""
    text = edit.toPlainText().replace(",", "\n")
    return tuple(part.strip() for part in text.split() if part.strip())


def _field_problem(problem: str, fields: dict[str, str]) -> str:
    """``live.bind: detail`` as "Field “Listen address”: detail" (the key's own text if unknown)."""
    key, _, detail = problem.partition(":")
    field = fields.get(key.split(".", 1)[-1])
    if field is None:
        return problem
    return tr("Field “%1”: %2").replace("%1", field).replace("%2", detail.strip())


def _form(page: QWidget) -> QFormLayout:
    """The page's form at the top, the spare height below it (not spread between the rows)."""
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    form = QFormLayout()
    column.addLayout(form)
    column.addStretch(1)
    return form


def _restart_note(parent: QWidget, text: str) -> QLabel:
    note = QLabel(text, parent, wordWrap=True)
    note.setStyleSheet(WARNING_STYLE)
    return note


class LivePage(SettingsPage):
    """``[live]``: the LL-HLS server for the remote operator (saved: the stream restarts, once nobody watches
    or the admin agrees to cut the viewers off)."""

    sections = ("live",)

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(config, parent)
        live = config.live
        form = _form(self)
        self.enabled = QCheckBox(tr("Serve the live stream (HLS) to the remote operator"), self)
        self.enabled.setChecked(live.enabled)
        form.addRow(self.enabled)
        self.bind = QLineEdit(live.bind, self, placeholderText="0.0.0.0")
        form.addRow(self.fields["bind"], self.bind)
        self.port = QSpinBox(self, minimum=0, maximum=65535, value=live.port)
        form.addRow(self.fields["port"], self.port)
        self.tls = QComboBox(self)
        self.tls.addItem(tr("Automatic (a self-signed certificate made at the first start)"), "auto")
        self.tls.addItem(tr("Certificate files (PEM)"), "files")
        self.tls.addItem(tr("Off (plain HTTP, only inside a VPN)"), "off")
        self.tls.setCurrentIndex(max(0, self.tls.findData(live.tls)))
        form.addRow(self.fields["tls"], self.tls)
        self.cert_file = QLineEdit(live.cert_file, self)
        self.key_file = QLineEdit(live.key_file, self)
        form.addRow(self.fields["cert_file"], self._file_row(self.cert_file))
        form.addRow(self.fields["key_file"], self._file_row(self.key_file))
        self.allow = QPlainTextEdit("\n".join(live.allow), self)
        self.allow.setPlaceholderText("10.8.0.0/24")
        self.allow.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.fields["allow"], self.allow)
        form.addRow(
            QLabel(
                tr(
                    "One address or network a line; only these clients may watch "
                    "(e.g. the VPN's 10.8.0.0/24)."
                ),
                self,
                wordWrap=True,
            )
        )
        self.cors = QPlainTextEdit("\n".join(live.cors_origins), self)
        self.cors.setPlaceholderText("https://iuc.example.kz")
        self.cors.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form.addRow(self.fields["cors_origins"], self.cors)
        self.part = QDoubleSpinBox(self, minimum=0.1, maximum=2.0, decimals=2, singleStep=0.1)
        self.part.setValue(live.part_target_s)
        self.part.setSuffix(tr(" s"))
        form.addRow(self.fields["part_target_s"], self.part)
        form.addRow(
            _restart_note(
                self,
                tr(
                    "Saved changes restart the live stream at once; if remote viewers are watching, "
                    "you are asked first."
                ),
            )
        )
        self.tls.currentIndexChanged.connect(self._show_files)
        self._show_files()

    @property
    def fields(self) -> dict[str, str]:
        return {
            "bind": tr("Listen address"),
            "port": tr("Port"),
            "tls": tr("Encryption (TLS)"),
            "cert_file": tr("Certificate file"),
            "key_file": tr("Key file"),
            "allow": tr("Allowed clients"),
            "cors_origins": tr("Web players allowed (CORS origins)"),
            "part_target_s": tr("Part length"),
            "min_segment_s": tr("Part length"),
        }

    def _file_row(self, field: QLineEdit) -> QHBoxLayout:
        browse = QPushButton(tr("Choose…"), self)
        browse.clicked.connect(lambda: self._browse(field))
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(browse)
        return row

    def _browse(self, field: QLineEdit) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Choose…"), field.text(), "PEM (*.pem *.crt *.key);;*")
        if name:
            field.setText(name)

    def _show_files(self) -> None:
        files = self.tls.currentData() == "files"
        self.cert_file.setEnabled(files)
        self.key_file.setEnabled(files)

    def title(self) -> str:
        return tr("Live stream (HLS)")

    def settings(self) -> LiveConfig:
        return dataclasses.replace(
            self.config.live,
            enabled=self.enabled.isChecked(),
            bind=self.bind.text().strip(),
            port=self.port.value(),
            tls=self.tls.currentData(),
            cert_file=self.cert_file.text().strip(),
            key_file=self.key_file.text().strip(),
            allow=_lines(self.allow),
            cors_origins=_lines(self.cors),
            part_target_s=round(self.part.value(), 2),
        )

    def explain(self, problem: str) -> str:
        return _field_problem(problem, self.fields)

    def write(self, editor: ConfigEditor) -> list[Change]:
        changes: list[Change] = []
        old, new = self.config.live, self.settings()
        for key in ("enabled", "bind", "port", "tls", "cert_file", "key_file", "part_target_s"):
            put(editor, "live", key, getattr(new, key), getattr(old, key), changes)
        for key in ("allow", "cors_origins"):
            put(editor, "live", key, list(getattr(new, key)), list(getattr(old, key)), changes)
        return changes


class SftpPage(SettingsPage):
    """``[sftp]``: where the archive is copied; the password (or passphrase) in the keyring."""

    sections = ("sftp",)

    def __init__(self, config: Config, secrets: SecretStore, parent: QWidget | None = None) -> None:
        super().__init__(config, parent)
        self.store = secrets
        sftp = config.sftp
        form = _form(self)
        self.enabled = QCheckBox(tr("Copy the archive to the server"), self)
        self.enabled.setChecked(sftp.enabled)
        form.addRow(self.enabled)
        self.host = QLineEdit(sftp.host, self, placeholderText="archive.example.kz")
        form.addRow(self.fields["host"], self.host)
        self.port = QSpinBox(self, minimum=1, maximum=65535, value=sftp.port)
        form.addRow(self.fields["port"], self.port)
        self.user = QLineEdit(sftp.user, self)
        form.addRow(self.fields["user"], self.user)
        self.remote_root = QLineEdit(sftp.remote_root, self, placeholderText=".")
        form.addRow(self.fields["remote_root"], self.remote_root)
        self.key_file = QLineEdit(sftp.key_file, self, placeholderText=tr("none: log in with the password"))
        browse = QPushButton(tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.key_file, 1)
        row.addWidget(browse)
        form.addRow(self.fields["key_file"], row)
        stored = bool(secrets.get(PASSWORD_KEY))
        self.password = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            tr("stored in the keyring; type to replace") if stored else tr("not set")
        )
        form.addRow(tr("Password (or the key's passphrase)"), self.password)
        self.host_key = QLineEdit(sftp.host_key, self, placeholderText="SHA256:…")
        self.trust = QPushButton(tr("Trust the key shown"), self)
        self.trust.setToolTip(tr("Pin the key the server showed in the last Test"))
        self.trust.setEnabled(False)
        self.trust.setVisible(False)  # shown when a Test saw a key other than the pinned one
        self.trust.clicked.connect(self._trust)
        form.addRow(self.fields["host_key"], self.host_key)
        row = QHBoxLayout()
        row.addWidget(self.trust)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow(
            QLabel(
                tr(
                    "Nothing is sent to a server whose key is not pinned here. Compare the key the Test "
                    "shows with `ssh-keygen -lf` on the server before you trust it."
                ),
                self,
                wordWrap=True,
            )
        )
        self.test_button = QPushButton(tr("Test"), self)
        self.test_button.setToolTip(
            tr("Connect with these fields and list the remote folder (nothing is sent)")
        )
        self.test_button.clicked.connect(self.test)
        self.result = QLabel(self, wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.result, 1)
        form.addRow(row)
        form.addRow(
            _restart_note(
                self,
                tr(
                    "Saved changes apply from the next file sent. Switching the upload on or off applies "
                    "at the next start of the console."
                ),
            )
        )
        self.shown_key = ""  # the fingerprint the last Test saw
        self._job = BackgroundJob(self, self._show)

    @property
    def fields(self) -> dict[str, str]:
        return {
            "host": tr("Server"),
            "port": tr("Port"),
            "user": tr("User name"),
            "remote_root": tr("Remote folder"),
            "key_file": tr("Key file"),
            "host_key": tr("Server's host key"),
        }

    def title(self) -> str:
        return tr("Archive upload (SFTP)")

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Key file"), self.key_file.text())
        if name:
            self.key_file.setText(name)

    def settings(self) -> SftpConfig:
        return dataclasses.replace(
            self.config.sftp,
            enabled=self.enabled.isChecked(),
            host=self.host.text().strip(),
            port=self.port.value(),
            user=self.user.text().strip(),
            remote_root=self.remote_root.text().strip(),
            key_file=self.key_file.text().strip(),
            host_key=self.host_key.text().strip(),
        )

    # -- Test ----------------------------------------------------------------------------------
    def test(self) -> None:
        if self._job.running:
            return
        settings = self.settings()
        problems = [
            p for p in settings.problems() if p.startswith(("sftp.host:", "sftp.user:", "sftp.host_key:"))
        ]
        if problems:
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(self.explain(problems[0]))
            return
        password = self.password.text() or self.store.get(PASSWORD_KEY)
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(tr("Connecting…"))
        self._job.start(lambda: check_sftp(settings, password), "settings-sftp-test")

    def _show(self, answer: SftpCheck | Exception) -> None:
        self.test_button.setEnabled(True)
        if isinstance(answer, Exception):  # check_sftp catches what connecting raises; a bug lands here
            self.tested.emit("sftp", type(answer).__name__)
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(tr("Test failed: %1").replace("%1", type(answer).__name__))
            return
        self.tested.emit("sftp", answer.outcome)
        self.shown_key = answer.fingerprint
        offer = bool(answer.fingerprint) and answer.fingerprint != self.host_key.text().strip()
        self.trust.setEnabled(offer)
        self.trust.setVisible(offer)
        key = (
            tr("Server's host key: %1 (%2).").replace("%1", answer.fingerprint).replace("%2", answer.key_type)
            if answer.fingerprint
            else ""
        )
        if answer.host_key is HostKeyState.NOT_PINNED:
            self.result.setStyleSheet(WARNING_STYLE)
            self.result.setText(
                key
                + " "
                + tr(
                    "No key is pinned: compare it with `ssh-keygen -lf` on the server, "
                    "then press “Trust the key shown”."
                )
            )
            return
        if answer.problem is not None:
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(" ".join(t for t in (problem_text(answer.problem), key) if t))
            return
        if answer.folder_missing:
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(
                tr(
                    "Logged in, but the remote folder “%1” cannot be read: check the field “Remote folder”."
                ).replace("%1", self.remote_root.text().strip())
                + " "
                + key
            )
            return
        names = ", ".join(answer.entries or ())
        more = " …" if answer.entries is not None and answer.count > len(answer.entries) else ""
        listing = (
            tr("Logged in. The remote folder has %1 entries: %2")
            .replace("%1", str(answer.count))
            .replace("%2", names + more)
            if answer.count
            else tr("Logged in. The remote folder is empty.")
        )
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(listing + "\n" + key)

    def _trust(self) -> None:
        if self.shown_key:
            self.host_key.setText(self.shown_key)
            self.trust.setEnabled(False)
            self.trust.setVisible(False)

    def stop(self) -> None:
        """A Test's thread ends by its own timeouts; its late answer goes to a closed page."""

    # -- saving ---------------------------------------------------------------------------------
    def explain(self, problem: str) -> str:
        return _field_problem(problem, self.fields)

    def check(self) -> list[str]:
        if not self.enabled.isChecked():
            return []
        settings = self.settings()
        found = [self.explain(p) for p in settings.problems()]
        if not settings.key_file and not (self.password.text() or self.store.get(PASSWORD_KEY)):
            found.append(
                tr("Field “%1”: %2")
                .replace("%1", tr("Password (or the key's passphrase)"))
                .replace("%2", tr("required without a key file."))
            )
        return found

    def write(self, editor: ConfigEditor) -> list[Change]:
        changes: list[Change] = []
        old, new = self.config.sftp, self.settings()
        for key in ("enabled", "host", "port", "user", "remote_root", "key_file", "host_key"):
            put(editor, "sftp", key, getattr(new, key), getattr(old, key), changes)
        return changes

    def secrets(self) -> dict[str, str]:
        return {PASSWORD_KEY: self.password.text()} if self.password.text() else {}

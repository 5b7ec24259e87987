"""The live stream for the remote party: the addresses to hand over, the certificate, who is watching.

``LiveStatus`` reads a ``LiveView`` every 2 s on a thread of its own (the view may read the keyring
for the token the links carry), shows one line in the status bar, and opens ``LiveDialog`` from the
Console menu or a click on that line.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.core.live.view import LiveView, StreamLink, live_view
from cgrconsole.ui.event_text import AMBER, RED, local_time_text
from cgrconsole.ui.status_label import DetailsStatusItem

REFRESH_MS = 2000
COPIED_SHOWN_MS = 4000
_TOKEN = re.compile(r"(token=)[^&#]*")


def engine_live_view(engine: Any) -> LiveView | None:
    """The engine's live stream now (on the poll's thread); None while the engine has none at all."""
    if not hasattr(engine, "live_server"):
        return None
    streams = getattr(engine, "live_streams", None) or {}
    return live_view(engine.config.live, engine.live_server, streams, getattr(engine, "live_access", None))


def masked(url: str) -> str:
    """The address as shown on screen: the token hidden (the copy carries it)."""
    return _TOKEN.sub(r"\1•••", url)


def data_text(size: int) -> str:
    if size >= 100_000:
        return QCoreApplication.translate("LiveDialog", "%1 MB").replace("%1", f"{size / 1e6:.1f}")
    return QCoreApplication.translate("LiveDialog", "%1 kB").replace("%1", f"{size / 1e3:.0f}")


class LiveDialog(QDialog):
    """Non-modal; ``show_view`` refreshes it (the owner calls it every 2 s)."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Live stream for the remote party"))
        self.resize(860, 620)
        self._zone = zone
        self.view: LiveView | None = None
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setStyleSheet("QLabel { font-size: 15px; font-weight: bold; }")
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        links_box = QGroupBox(self.tr("Addresses to hand over to the remote party"), self)
        self.links = QTableWidget(0, 3, links_box)
        self.links.setHorizontalHeaderLabels([self.tr("Camera"), self.tr("Address (HLS)"), ""])
        self._setup_table(self.links, stretch=1)
        self.copy_all = QPushButton(self.tr("Copy all addresses"), links_box)
        self.copy_all.clicked.connect(self._copy_all)
        self.copied = QLabel(links_box)
        self.access = QLabel(links_box)
        self.access.setWordWrap(True)
        self.allowed = QLabel(links_box)
        self.allowed.setWordWrap(True)
        self.allowed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_all)
        buttons.addWidget(self.copied, 1)
        column = QVBoxLayout(links_box)
        column.addWidget(self.links)
        column.addLayout(buttons)
        column.addWidget(self.access)
        column.addWidget(self.allowed)

        cert_box = QGroupBox(self.tr("TLS certificate of the console"), self)
        self.fingerprint = QLabel(cert_box)
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setWordWrap(True)
        self.copy_fingerprint = QPushButton(self.tr("Copy"), cert_box)
        self.copy_fingerprint.clicked.connect(self._copy_fingerprint)
        self.cert_hint = QLabel(cert_box)
        self.cert_hint.setWordWrap(True)
        line = QHBoxLayout()
        line.addWidget(self.fingerprint, 1)
        line.addWidget(self.copy_fingerprint)
        cert_column = QVBoxLayout(cert_box)
        cert_column.addLayout(line)
        cert_column.addWidget(self.cert_hint)

        watch_box = QGroupBox(self.tr("Watching now"), self)
        self.watchers = QTableWidget(0, 6, watch_box)
        self.watchers.setHorizontalHeaderLabels(
            [
                self.tr("Address"),
                self.tr("Cameras"),
                self.tr("Since"),
                self.tr("Last request"),
                self.tr("Requests"),
                self.tr("Sent"),
            ]
        )
        self._setup_table(self.watchers, stretch=1)
        self.nobody = QLabel(self.tr("Nobody is watching now."), watch_box)
        watch_column = QVBoxLayout(watch_box)
        watch_column.addWidget(self.watchers)
        watch_column.addWidget(self.nobody)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(links_box, 3)
        layout.addWidget(cert_box)
        layout.addWidget(watch_box, 2)
        layout.addWidget(close)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.timeout.connect(self.copied.clear)
        self._shown_links: tuple[StreamLink, ...] | None = None

    @staticmethod
    def _setup_table(table: QTableWidget, stretch: int) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def show_view(self, view: LiveView) -> None:
        self.view = view
        self.state.setText(self._state_text(view))
        self.state.setStyleSheet(
            "QLabel { font-size: 15px; font-weight: bold; %s }"
            % ("" if view.state == "serving" else f"color: {RED};" if view.state == "not_running" else "")
        )
        if view.links != self._shown_links:
            self._show_links(view.links)
        self.copy_all.setEnabled(bool(view.links))
        self.access.setText(self._access_text(view))
        self.access.setStyleSheet(f"QLabel {{ color: {AMBER}; }}" if view.auth == "none" else "")
        self.allowed.setText(self.tr("Allowed client addresses: %1").replace("%1", ", ".join(view.allow)))
        if view.fingerprint:
            self.fingerprint.setText(view.fingerprint)
            self.cert_hint.setText(
                self.tr(
                    "Give this fingerprint (SHA-256) to the remote party by another channel, by phone "
                    "for example: their browser shows the same one for the console's certificate."
                )
            )
        else:
            self.fingerprint.setText("—")
            self.cert_hint.setText(
                self.tr('No certificate: the stream goes unencrypted over plain HTTP ([live] tls = "off").')
                if view.state == "serving" and not view.encrypted
                else ""
            )
        self.copy_fingerprint.setEnabled(bool(view.fingerprint))
        self._show_watchers(view)

    def _state_text(self, view: LiveView) -> str:
        if view.state == "off":
            return self.tr("The live stream is switched off in the configuration ([live] enabled = false).")
        if view.state == "not_running":
            return self.tr("The live stream server is not running: the log says why.")
        if view.encrypted:
            return self.tr("The console serves its cameras at %1 (HTTPS, HTTP/2).").replace(
                "%1", view.base_url
            )
        return self.tr("The console serves its cameras at %1 (plain HTTP, not encrypted).").replace(
            "%1", view.base_url
        )

    def _access_text(self, view: LiveView) -> str:
        if view.auth == "token":
            return self.tr("The addresses carry the access token: give them to the remote party only.")
        if view.auth == "basic":
            return self.tr(
                "The remote party signs in as “%1” with the password stored in the keyring (live/password)."
            ).replace("%1", view.basic_user)
        return self.tr("No password is asked: anyone on an allowed address can watch.")

    def _show_links(self, links: tuple[StreamLink, ...]) -> None:
        self._shown_links = links
        self.links.setRowCount(len(links))
        for row, link in enumerate(links):
            self.links.setItem(row, 0, QTableWidgetItem(link.camera))
            shown = QTableWidgetItem(masked(link.url))
            shown.setToolTip(self.tr("Copy puts the full address on the clipboard"))
            self.links.setItem(row, 1, shown)
            button = QPushButton(self.tr("Copy"), self.links)
            button.setObjectName(f"copy_{link.camera}")
            button.clicked.connect(lambda _=False, lk=link: self._copy(lk.url, lk.camera))
            self.links.setCellWidget(row, 2, button)

    def _show_watchers(self, view: LiveView) -> None:
        clients = view.clients
        self.watchers.setVisible(bool(clients))
        self.nobody.setVisible(not clients)
        self.watchers.setRowCount(len(clients))
        now = time.time()
        for row, client in enumerate(clients):
            cells = [
                client.address,
                ", ".join(client.cameras) or "—",
                local_time_text(client.since, self._zone, now),
                local_time_text(client.last_seen, self._zone, now),
                str(client.requests),
                data_text(client.bytes_sent),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if client.user_agent:
                    item.setToolTip(client.user_agent)
                self.watchers.setItem(row, col, item)

    def _copy(self, text: str, what: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(self.tr("Copied to the clipboard: %1").replace("%1", what))
        self._copied_timer.start(COPIED_SHOWN_MS)

    def _copy_all(self) -> None:
        if self.view is not None:
            lines = [f"{link.camera}: {link.url}" for link in self.view.links]
            self._copy("\n".join(lines), self.tr("all addresses"))

    def _copy_fingerprint(self) -> None:
        if self.view is not None and self.view.fingerprint:
            self._copy(f"SHA-256 {self.view.fingerprint}", self.tr("the certificate fingerprint"))


class LiveStatus(DetailsStatusItem):
    """The status bar's line about the live stream, the Console menu's action, and the one dialog."""

    view_changed = Signal(object)  # LiveView, on the GUI thread

    def __init__(self, read: Callable[[], LiveView | None], zone: ZoneInfo, parent: QWidget) -> None:
        super().__init__("live stream", read, REFRESH_MS, parent)  # the line: hidden until there is a stream
        self._zone = zone
        self.action.setText(self.tr("Live stream for the remote party…"))
        self.action.setToolTip(self.tr("The stream addresses to copy, the certificate, who is watching"))
        self.action.setVisible(False)

    @property
    def view(self) -> LiveView | None:
        return self.value  # type: ignore[no-any-return]

    def make_dialog(self, window: QWidget) -> LiveDialog:
        return LiveDialog(self._zone, window)

    def fill_dialog(self, dialog: QDialog, value: Any) -> None:
        assert isinstance(dialog, LiveDialog)
        dialog.show_view(value)

    def show_value(self, value: Any) -> None:
        self._on_view(value)

    def _on_view(self, view: LiveView | None) -> None:
        self.value = view
        self.action.setVisible(view is not None)
        if view is None or view.state == "off":
            self.label.hide()
        else:
            self._show_label(view)
        if view is not None and isinstance(self.dialog, LiveDialog):
            self.dialog.show_view(view)
        self.view_changed.emit(view)

    def _show_label(self, view: LiveView) -> None:
        if view.state == "not_running":
            self.label.setText(self.tr("Live stream: not running (see the log)"))
            self.label.set_look(RED, bold=True)
            self.label.setToolTip("")
        else:
            viewers = len(view.clients)  # the address is in the tooltip and the dialog: the bar is full
            self.label.setText(self.tr("Live stream: %n watching", "", viewers))
            self.label.set_look()
            now = time.time()
            lines = [
                self.tr("%1 watches %2 since %3")
                .replace("%1", c.address)
                .replace("%2", ", ".join(c.cameras) or "—")
                .replace("%3", local_time_text(c.since, self._zone, now))
                for c in view.clients
            ]
            watching = "\n".join(lines) or self.tr("Nobody is watching now.")
            self.label.setToolTip(f"{view.base_url}\n{watching}")
        self.label.show()

"""A second start finds the running window and brings it to the front (a local socket per data folder).

The data-folder lock (``cgrconsole.instance``) decides who runs; this only makes the second start
friendly: it asks the running console, over a QLocalServer named after the data folder, to raise
its window, then tells the officer what happened.
"""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from cgrconsole.instance import AlreadyRunning

log = logging.getLogger(__name__)
RAISE = b"raise\n"


def server_name(data_dir: Path) -> str:
    """Per user and data folder; short enough for every platform's socket path limit."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"cgrconsole-{digest}"


class WindowActivationServer(QObject):
    """Listens for a second start and raises ``window`` when asked."""

    def __init__(self, data_dir: Path, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._server = QLocalServer(self)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # we hold the data-folder lock: any socket left is a crash's
        if not self._server.listen(name):
            log.warning("cannot listen for a second start (%s)", self._server.errorString())
        self._server.newConnection.connect(self._on_connection)
        self.requests = 0

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).strip() != RAISE.strip():
            return
        self.requests += 1
        log.info("a second start asked for the window: brought to the front")
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        socket.write(b"ok\n")
        socket.flush()


def ask_running_window_to_raise(data_dir: Path, timeout_ms: int = 2000) -> bool:
    """True when the running console answered (its window is in front now)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    socket.flush()
    answered = socket.waitForReadyRead(timeout_ms) and b"ok" in bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answered


def tell_already_running(error: AlreadyRunning, close_after_s: float | None = None) -> None:
    """The second start's message: where the console runs, and that its window was brought forward."""
    box = already_running_box(error, raised=ask_running_window_to_raise(error.data_dir))
    if close_after_s:
        QTimer.singleShot(int(close_after_s * 1000), box.accept)
    box.exec()


def already_running_box(error: AlreadyRunning, raised: bool) -> QMessageBox:
    holder = error.holder
    since = time.strftime("%Y-%m-%d %H:%M", time.localtime(holder.started_at)) if holder.started_at else "?"
    text = (
        QCoreApplication.translate(
            "SingleInstance", "The console is already running on this computer (process %1, started %2)."
        )
        .replace("%1", str(holder.pid or "?"))
        .replace("%2", since)
    )
    if raised:
        text += "\n" + QCoreApplication.translate(
            "SingleInstance", "Its window has been brought to the front."
        )
    else:
        text += "\n" + QCoreApplication.translate(
            "SingleInstance",
            "Use that window, or close it before starting the console again. A console started "
            "without a window (a service) is stopped by the administrator.",
        )
    title = QCoreApplication.translate("SingleInstance", "Already running")
    box = QMessageBox(QMessageBox.Icon.Information, title, text)
    box.setDetailedText(str(error.data_dir))
    return box

"""The visible administrator mode: an "Administrator" badge with *Sign out*, and the idle timeout.

While the admin is signed in, any key press, click or wheel in the application counts as activity
(``AdminSession.touch``); a timer asks the session every ``POLL_MS`` whether its idle time ran out
(``core/admin.py`` decides and audits it) and then hides the badge and emits ``ended``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from cgrconsole.core.admin import AdminSession
from cgrconsole.ui.settings_page import tr

POLL_MS = 1000
_ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class AdminBadgeWidget(QWidget):
    """Shown while ``session`` is admin. ``ended(why)``: "timeout" or "signed_out"."""

    ended = Signal(str)

    def __init__(self, session: AdminSession, parent: QWidget | None = None, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.session = session
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        self.label = QLabel(tr("Administrator"), self)
        self.label.setStyleSheet(
            "background: #b3261e; color: white; font-weight: bold; padding: 1px 6px; border-radius: 3px;"
        )
        minutes = max(1, round(session.timeout_s / 60))
        self.label.setToolTip(
            tr("Administrator mode ends after %1 min without activity.").replace("%1", str(minutes))
        )
        self.sign_out = QPushButton(tr("Sign out"), self)
        self.sign_out.clicked.connect(self._on_sign_out)
        row.addWidget(self.label)
        row.addWidget(self.sign_out)
        self._was_admin = session.is_admin
        self.setVisible(self._was_admin)
        self._timer = QTimer(self, interval=poll_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._was_admin and event.type() in _ACTIVITY:
            self.session.touch()
        return False

    def refresh(self) -> None:
        """Follow the session: shown while admin; ``ended`` once when it stops being admin."""
        admin = self.session.is_admin
        if admin != self._was_admin:
            self._was_admin = admin
            self.setVisible(admin)
            if not admin:
                self.ended.emit("timeout")

    def _on_sign_out(self) -> None:
        self.session.sign_out()
        self._was_admin = False
        self.hide()
        self.ended.emit("signed_out")

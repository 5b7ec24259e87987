"""A status bar item the officer can click to open its details (the live stream, the archive upload).

``DetailsStatusItem`` is the whole pattern: the line, a Console-menu action, a ``BackgroundPoll``
feeding ``show_value`` on the GUI thread, and one non-modal dialog brought to the front when asked
for again. A subclass names its texts, makes its dialog and shows a value in both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from cgrconsole.ui.background import BackgroundPoll
from cgrconsole.ui.child_dialog import bring_to_front, keep_one

PADDING = "padding: 0 10px;"


class ClickableStatusLabel(QLabel):
    """A status bar line; a left click emits ``clicked``. Hidden until there is something to say."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()

    def set_look(self, color: str = "", bold: bool = False) -> None:
        """Plain, or in ``color`` (event_text.RED/AMBER/GREEN), bold for an alarm."""
        style = PADDING + (f" color: {color};" if color else "") + (" font-weight: bold;" if bold else "")
        self.setStyleSheet(f"QLabel {{ {style} }}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class DetailsStatusItem(QObject):
    """``label`` and ``action`` (texts set by the subclass) open ``dialog``; ``value`` is the latest read."""

    def __init__(self, name: str, read: Callable[[], Any], interval_ms: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self.value: Any = None
        self.dialog: QDialog | None = None
        self.label = ClickableStatusLabel(parent)
        self.label.clicked.connect(self.open_dialog)
        self.action = QAction(parent)
        self.action.triggered.connect(self.open_dialog)
        self._poll = BackgroundPoll(name, read, interval_ms, self)
        self._poll.result.connect(self.show_value)

    def start(self) -> None:
        self._poll.start()

    def stop(self) -> None:
        self._poll.stop()
        if self.dialog is not None:
            self.dialog.close()

    def poll(self) -> None:
        self._poll.poll()

    def show_value(self, value: Any) -> None:
        """On the GUI thread: what ``read`` returned (or what the bridge delivered)."""
        raise NotImplementedError

    def make_dialog(self, window: QWidget) -> QDialog:
        raise NotImplementedError

    def fill_dialog(self, dialog: QDialog, value: Any) -> None:
        """Show ``value`` (never None) in a dialog just made."""
        raise NotImplementedError

    def open_dialog(self) -> None:
        if self.dialog is None:
            self.dialog = keep_one(self.make_dialog(self._window), self._on_dialog_gone)
            if self.value is not None:
                self.fill_dialog(self.dialog, self.value)
            self._poll.poll()
        bring_to_front(self.dialog)

    def _on_dialog_gone(self) -> None:
        self.dialog = None

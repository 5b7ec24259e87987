"""Opening a small dialog over a panel or dialog without blocking the event loop (tests drive it too)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


def open_child(dialog: QDialog, on_finished: Callable[[int], None]) -> QDialog:
    """Window-modal, deleted when closed; ``on_finished(result)`` runs when it closes. Returns ``dialog``."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(on_finished)
    dialog.open()
    return dialog

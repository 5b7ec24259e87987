"""Opening dialogs without blocking the event loop (tests drive them too): a small window-modal one over a
panel, or a non-modal one kept open once and brought to the front when asked for again."""

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


def keep_one(dialog: QDialog, on_gone: Callable[[], None]) -> QDialog:
    """A non-modal dialog deleted when closed; ``on_gone()`` runs then (the owner forgets it)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda *_: on_gone())
    return dialog


def bring_to_front(dialog: QDialog) -> None:
    """Show it, or raise the open one above the others and give it the keyboard."""
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()

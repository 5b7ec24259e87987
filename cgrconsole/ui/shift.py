"""The officer on shift in the window: "Officer: <name>" with a Change button, and the dialog that asks for
the name — at the first decision when nobody has said who is on shift, or when the officer changes.

``ask_officer`` is the one call a decision path makes: it gives the name at once when there is one, or
asks for it (once: the name is then remembered across restarts, ``core.review.shift``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.core.review.shift import MAX_NAME, OfficerShift, clean_name
from cgrconsole.ui.child_dialog import open_child
from cgrconsole.ui.event_text import AMBER

log = logging.getLogger(__name__)


class OfficerNameDialog(QDialog):
    """Asks who is on shift. OK ("Start shift") only with a name; "End shift" when someone is on it."""

    def __init__(self, shift: OfficerShift, for_decision: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shift = shift
        self.for_decision = for_decision
        self.ended = False
        self.setWindowTitle(self.tr("Officer on shift"))
        self.setMinimumWidth(440)
        current = shift.officer()
        if for_decision:
            text = self.tr(
                "Every decision is recorded under the name of the officer on shift. "
                "Type your name to go on; the console remembers it until the next officer takes over."
            )
        else:
            text = self.tr(
                "Decisions from now on are recorded under this name. "
                "The change of shift is kept in the audit log."
            )
        self.explanation = QLabel(text, self)
        self.explanation.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("Name and surname"))
        self.name_edit.setStyleSheet("QLineEdit { font-size: 16px; padding: 4px; }")
        self.hint = QLabel(self)
        self.hint.setStyleSheet(f"QLabel {{ color: {AMBER}; }}")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(
            self.tr("Start shift"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.end_button: QPushButton | None = None
        if current and not for_decision:
            self.end_button = self.buttons.addButton(
                self.tr("End shift"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.end_button.setAutoDefault(False)
            self.end_button.setToolTip(
                self.tr("Leave the console: the next decision asks the next officer's name")
            )
            self.end_button.clicked.connect(self._on_end_clicked)
            self.current = QLabel(self.tr("On shift now: %1").replace("%1", current), self)
        else:
            self.current = QLabel(self)
            self.current.hide()
        self.current.setStyleSheet("QLabel { font-weight: bold; }")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.current)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed("")
        self.name_edit.setFocus()

    @property
    def name(self) -> str:
        return clean_name(self.name_edit.text())

    def _on_text_changed(self, _text: str) -> None:
        self.ok_button.setEnabled(bool(self.name))
        self.hint.setText(self.tr("Type a name: a decision cannot be recorded without one."))
        # asked at a decision, say why a name is needed; changing the shift, an empty field says enough
        self.hint.setVisible(not self.name and self.for_decision)

    def accept(self) -> None:
        if not self.name:  # Enter on an empty field does nothing (the hint says why)
            return
        self.shift.start(self.name)
        super().accept()

    def _on_end_clicked(self) -> None:
        self.shift.end()
        self.ended = True
        self.done(QDialog.DialogCode.Rejected)


def ask_officer(shift: OfficerShift, parent: QWidget, then: Callable[[str], None]) -> QDialog | None:
    """Call ``then(name)`` with the officer on shift: at once when known, else once they typed it.

    Returns the dialog asking (window-modal over ``parent``, tests reach it), or None when no asking was
    needed. Cancelled, nothing is decided: the officer decides again and is asked again.
    """
    name = shift.officer()
    if name:
        then(name)
        return None
    dialog = OfficerNameDialog(shift, True, parent)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted and shift.officer():
            then(shift.officer())
        else:
            log.info("no officer's name given: the decision was not taken")

    return open_child(dialog, finished)


class ShiftWidget(QWidget):
    """ "Officer: <name>" and a Change button, for the toolbar; follows the shift as it changes."""

    def __init__(self, shift: OfficerShift, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shift = shift
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.change_button = QPushButton(self.tr("Change…"), self)
        self.change_button.setToolTip(self.tr("Another officer takes over, or the shift ends"))
        self.change_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the plates list keeps the keyboard
        self.change_button.clicked.connect(self.open_dialog)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.change_button)
        self.dialog: QDialog | None = None
        shift.changed.connect(self._on_shift_changed)
        self.destroyed.connect(lambda *_: shift.changed.disconnect(self._on_shift_changed))
        self.update_text()

    def update_text(self) -> None:
        name = self.shift.officer()
        if name:
            self.label.setText(self.tr("Officer: %1").replace("%1", name))
            self.label.setStyleSheet("QLabel { font-weight: bold; }")
            self.label.setToolTip(self.tr("Decisions are recorded under this name"))
        else:
            self.label.setText(self.tr("Officer: not set"))
            self.label.setStyleSheet(f"QLabel {{ font-weight: bold; color: {AMBER}; }}")
            self.label.setToolTip(self.tr("The first decision asks for the officer's name"))
        # a toolbar keeps the width its widget had when added: grow with the name (no "Айгерим Н…")
        self.label.setMinimumWidth(self.label.sizeHint().width())
        self.adjustSize()
        self.updateGeometry()

    def open_dialog(self) -> QDialog:
        dialog = OfficerNameDialog(self.shift, False, self.window())
        self.dialog = open_child(dialog, self._on_dialog_finished)
        return dialog

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self.update_text()

    def _on_shift_changed(self, _name: str) -> None:  # on the GUI thread: the shift changes from here
        self.update_text()

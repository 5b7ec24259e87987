"""Asks the officer why (rejecting a reading, dismissing a delivery): pick a usual reason or type one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class ReasonDialog(QDialog):
    """OK only with a reason. Opened with ``open()`` (window-modal, never blocks the event loop)."""

    def __init__(
        self,
        title: str,
        prompt: str,
        suggestions: Sequence[str],
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason_box = QComboBox(self)
        self.reason_box.setEditable(True)  # the usual reasons are offered, any other may be typed
        self.reason_box.addItems(list(suggestions))
        self.reason_box.setCurrentIndex(-1)
        self.reason_box.setStyleSheet("QComboBox { font-size: 15px; padding: 4px; }")
        layout.addWidget(self.reason_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_box.editTextChanged.connect(self._on_edit_text_changed)
        self._on_edit_text_changed(self.reason_box.currentText())

    @property
    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def set_reason(self, text: str) -> None:
        self.reason_box.setEditText(text)

    def accept(self) -> None:
        if self.reason:  # Enter in the box must not slip past the rule "a reason is required"
            super().accept()

    def _on_edit_text_changed(self, _text: str) -> None:
        self.ok_button.setEnabled(bool(self.reason))

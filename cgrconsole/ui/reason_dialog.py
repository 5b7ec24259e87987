"""Asks the officer why (rejecting a reading, dismissing a delivery): pick a usual reason or type one.

The usual reasons are a visible list with the first one selected: Up/Down choose, Enter takes the
selected one. The last row, "Other…", opens a line for a reason in the officer's own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

OTHER_ROLE = Qt.ItemDataRole.UserRole + 1  # set on the "Other…" row


class ReasonDialog(QDialog):
    """OK only with a reason. Opened with ``open()`` (window-modal, never blocks the event loop)."""

    def __init__(
        self,
        title: str,
        prompt: str,
        suggestions: Sequence[str],
        ok_text: str,
        parent: QWidget | None = None,
        picture: QPixmap | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        if picture is not None and not picture.isNull():
            shown = QLabel(self)
            shown.setPixmap(picture.scaledToHeight(80, Qt.TransformationMode.SmoothTransformation))
            shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(shown)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reasons = QListWidget(self)
        self.reasons.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 4px; }")
        for text in suggestions:
            QListWidgetItem(text, self.reasons)
        self.other_item = QListWidgetItem(self.tr("Other (type the reason)…"), self.reasons)
        self.other_item.setData(OTHER_ROLE, True)
        rows = self.reasons.count()
        self.reasons.setMinimumHeight(
            self.reasons.sizeHintForRow(0) * rows + 2 * self.reasons.frameWidth() + 4
        )
        layout.addWidget(self.reasons)
        self.other_edit = QLineEdit(self)
        self.other_edit.setPlaceholderText(self.tr("Type the reason here"))
        self.other_edit.setStyleSheet("QLineEdit { font-size: 15px; padding: 4px; }")
        self.other_edit.hide()
        layout.addWidget(self.other_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reasons.currentItemChanged.connect(self._on_current_changed)
        self.reasons.itemActivated.connect(lambda _item: self.accept())  # Enter or a double click
        self.other_edit.textChanged.connect(lambda _t: self._update_ok())
        self.reasons.setCurrentRow(0)
        self.reasons.setFocus()

    @property
    def reason(self) -> str:
        item = self.reasons.currentItem()
        if item is None:
            return ""
        if item.data(OTHER_ROLE):
            return self.other_edit.text().strip()
        return item.text().strip()

    def set_reason(self, text: str) -> None:
        """Select the usual reason ``text``, or "Other…" with ``text`` typed."""
        for row in range(self.reasons.count() - 1):
            if self.reasons.item(row).text() == text:
                self.reasons.setCurrentRow(row)
                return
        self.reasons.setCurrentItem(self.other_item)
        self.other_edit.setText(text)

    def accept(self) -> None:
        if self.reason:  # Enter must not slip past the rule "a reason is required"
            super().accept()
        elif self.reasons.currentItem() is self.other_item:
            self.other_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the free-text line takes it; in the list, itemActivated has already answered
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.other_edit.hasFocus():
            self.accept()
            return
        super().keyPressEvent(event)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        other = current is not None and bool(current.data(OTHER_ROLE))
        self.other_edit.setVisible(other)
        if other:
            self.other_edit.setFocus()
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason))

"""The officer types the right plate: checked against the known formats as they type, candidates offered.

The twelve Cyrillic letters that look like Latin ones (А В Е К М Н О Р С Т У Х) are taken as those Latin
letters: on the plate they are the same glyphs. Any other Cyrillic letter is refused with "switch the
keyboard to Latin", never mapped by key position and never dropped: ``Ф`` may be a slip on a Russian
plate or an ``A`` typed in the Russian layout, and only the officer knows which.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
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

from cgrconsole.core.anpr.formats import foreign_characters, match_formats, normalize
from cgrconsole.core.review.events import PlateEventRecord
from cgrconsole.ui.event_text import AMBER, GREEN, RED, confidence_text, country_text
from cgrconsole.ui.events_model import plate_font
from cgrconsole.ui.plate_text import format_description_text


class PlateCorrectionDialog(QDialog):
    """A plate that fits no format is allowed (a foreign or new plate), but the officer is warned first."""

    def __init__(self, event: PlateEventRecord, media_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct the plate"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        crop = QPixmap(str(media_dir / event.crop_path)) if event.crop_path else QPixmap()
        if not crop.isNull():
            picture = QLabel(self)
            picture.setPixmap(crop.scaledToHeight(90, Qt.TransformationMode.SmoothTransformation))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(picture)
        read_as = QLabel(self.tr("Read as %1").replace("%1", event.original_plate), self)
        layout.addWidget(read_as)
        self.plate_edit = QLineEdit(event.plate, self)
        self.plate_edit.setFont(plate_font(22))
        self.plate_edit.setMaxLength(16)
        self.plate_edit.selectAll()
        layout.addWidget(self.plate_edit)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.candidates = QListWidget(self)
        self.candidates.setFont(plate_font(13))
        for candidate in event.candidates:
            plate = str(candidate.get("plate", ""))
            if not plate:
                continue
            score = float(candidate.get("score") or 0.0)
            item = QListWidgetItem(f"{plate}    {confidence_text(score)}", self.candidates)
            item.setData(Qt.ItemDataRole.UserRole, plate)
        if self.candidates.count():
            layout.addWidget(QLabel(self.tr("Other readings (click to use):"), self))
            self.candidates.setMaximumHeight(min(150, 28 * self.candidates.count() + 6))
            layout.addWidget(self.candidates)
        else:
            self.candidates.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.candidates.itemClicked.connect(self._on_item_clicked)
        self.candidates.itemActivated.connect(self._on_item_clicked)
        self.plate_edit.textChanged.connect(self._on_text_changed)
        self.fits = False
        self._on_text_changed(self.plate_edit.text())

    @property
    def plate(self) -> str:
        """What will be sent: the typed text normalized; empty while it holds a character plates lack."""
        text = self.plate_edit.text()
        return "" if foreign_characters(text) else normalize(text)

    def accept(self) -> None:
        if self.plate:  # Enter must not slip past a refused character
            super().accept()

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self.plate_edit.setText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.plate_edit.setFocus()

    def _on_text_changed(self, text: str) -> None:
        plate = self.plate
        formats = match_formats(plate) if plate else []
        self.fits = bool(formats)
        foreign = foreign_characters(text)
        if foreign:
            self.verdict.setText(
                self.tr(
                    "%1: no such letter on plates. "
                    "Switch the keyboard to Latin (EN) and type the plate again."
                ).replace("%1", " ".join(foreign))
            )
            self.verdict.setToolTip("")
            self.verdict.setStyleSheet(f"QLabel {{ color: {RED}; font-size: 15px; font-weight: bold; }}")
            self.ok_button.setText(self.tr("Confirm"))
        elif not plate:
            self.verdict.setText(self.tr("Type the plate as it is written on the vehicle."))
            self.verdict.setStyleSheet("")
            self.ok_button.setText(self.tr("Confirm"))
        elif formats:
            fmt = formats[0]
            countries = ", ".join(dict.fromkeys(country_text(f.country) for f in formats))
            shown = " ".join(fmt.groups(plate))
            self.verdict.setText(self.tr("✓ %1 — %2").replace("%1", countries).replace("%2", shown))
            self.verdict.setToolTip("\n".join(format_description_text(f) for f in formats))
            self.verdict.setStyleSheet(f"QLabel {{ color: {GREEN}; font-size: 15px; font-weight: bold; }}")
            self.ok_button.setText(self.tr("Confirm"))
        else:
            self.verdict.setText(
                self.tr(
                    "No known plate format fits %1. Check every character; "
                    "if the plate really reads so, you may still send it."
                ).replace("%1", plate)
            )
            self.verdict.setToolTip("")
            self.verdict.setStyleSheet(f"QLabel {{ color: {AMBER}; font-size: 15px; font-weight: bold; }}")
            self.ok_button.setText(self.tr("Send anyway"))
        self.ok_button.setEnabled(bool(plate))

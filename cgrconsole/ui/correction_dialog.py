"""The officer types the right plate: checked against the known formats as they type, candidates offered.

The twelve Cyrillic letters that look like Latin ones (А В Е К М Н О Р С Т У Х) are taken as those Latin
letters: on the plate they are the same glyphs. Any other Cyrillic letter is refused with "switch the
keyboard to Latin", never mapped by key position and never dropped: ``Ф`` may be a slip on a Russian
plate or an ``A`` typed in the Russian layout, and only the officer knows which.

Enter sends a plate that fits a format. A plate that fits none is asked about once more, with "back to
the plate" as the default answer: Enter-Enter never sends a wrong plate.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.core.anpr.formats import foreign_characters, match_formats, normalize
from cgrconsole.core.review.events import PlateEventRecord
from cgrconsole.ui.event_text import AMBER, confidence_text
from cgrconsole.ui.events_model import plate_font
from cgrconsole.ui.plate_text import plate_verdict

FRAME_WIDTH = 420  # px: the whole picture beside the crop, big enough to see which vehicle it is
FORM_WIDTH = 420  # px: the plate, its verdict (wrapped in Russian and Kazakh) and the other readings


def plate_readings(event: PlateEventRecord) -> list[tuple[str, float]]:
    """The recognizer's other readings that are plates (a camera's caption such as "EXIT1" is not)."""
    seen: dict[str, float] = {}
    for candidate in event.candidates:
        plate = normalize(str(candidate.get("plate", "")))
        if plate and plate not in seen and match_formats(plate):
            seen[plate] = float(candidate.get("score") or 0.0)
    return list(seen.items())


def frame_with_box(media_dir: Path, event: PlateEventRecord, width: int = FRAME_WIDTH) -> QPixmap:
    """The event's full picture scaled to ``width``, the plate framed; a null pixmap when there is none."""
    frame = QPixmap(str(media_dir / event.frame_path)) if event.frame_path else QPixmap()
    if frame.isNull():
        return frame
    if event.box is not None:
        painter = QPainter(frame)
        painter.setPen(QPen(QColor(AMBER), max(2, frame.width() // 300)))
        x1, y1, x2, y2 = event.box
        painter.drawRect(x1, y1, x2 - x1, y2 - y1)
        painter.end()
    return frame.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


class PlateEdit(QLineEdit):
    """A line edit that can keep what the officer already typed: Qt selects it all when the dialog's
    first focus arrives, and the next key would replace the first one."""

    keep_typed = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.keep_typed:
            self.keep_typed = False
            self.deselect()
            self.end(False)


class PlateCorrectionDialog(QDialog):
    """A plate that fits no format is allowed (a foreign or new plate), but only when asked twice.

    ``initial_text``: what the officer already typed on the list (the dialog opens with it, not with the
    reading selected). ``suggestions``: more plates to complete from (today's queue).
    """

    def __init__(
        self,
        event: PlateEventRecord,
        media_dir: Path,
        parent: QWidget | None = None,
        initial_text: str | None = None,
        suggestions: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct the plate"))
        self.ask_again: QMessageBox | None = None  # the second question for an off-format plate
        self._finished = False
        outer = QHBoxLayout(self)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never smaller than its texts
        frame = frame_with_box(media_dir, event)
        self.frame_label: QLabel | None = None
        if not frame.isNull():
            self.frame_label = QLabel(self)
            self.frame_label.setPixmap(frame)
            self.frame_label.setAlignment(Qt.AlignmentFlag.AlignTop)
            outer.addWidget(self.frame_label)
        layout = QVBoxLayout()
        outer.addLayout(layout, 1)
        crop = QPixmap(str(media_dir / event.crop_path)) if event.crop_path else QPixmap()
        if not crop.isNull():
            picture = QLabel(self)
            crop = crop.scaledToHeight(90, Qt.TransformationMode.SmoothTransformation)
            if crop.width() > FORM_WIDTH:
                crop = crop.scaledToWidth(FORM_WIDTH, Qt.TransformationMode.SmoothTransformation)
            picture.setPixmap(crop)
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(picture)
        read_as = QLabel(self.tr("Read as %1").replace("%1", event.original_plate), self)
        layout.addWidget(read_as)
        self.plate_edit = PlateEdit(self)
        self.plate_edit.setFont(plate_font(22))
        self.plate_edit.setMaxLength(16)
        if initial_text is None:
            self.plate_edit.setText(event.plate)
            self.plate_edit.selectAll()
        else:
            self.plate_edit.setText(initial_text.upper())
            self.plate_edit.keep_typed = True
        layout.addWidget(self.plate_edit)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumWidth(FORM_WIDTH)
        # three lines of the warning's size stay reserved: a longer Russian or Kazakh text wraps, never clips
        self.verdict.setMinimumHeight(self.verdict.fontMetrics().lineSpacing() * 4)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.verdict.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        layout.addWidget(self.verdict)
        readings = plate_readings(event)
        self.candidates = QListWidget(self)
        self.candidates.setFont(plate_font(13))
        for plate, score in readings:
            item = QListWidgetItem(f"{plate}    {confidence_text(score)}", self.candidates)
            item.setData(Qt.ItemDataRole.UserRole, plate)
        if self.candidates.count():
            layout.addWidget(QLabel(self.tr("Other readings (click to use):"), self))
            self.candidates.setMaximumHeight(min(150, 28 * self.candidates.count() + 6))
            layout.addWidget(self.candidates)
        else:
            self.candidates.hide()
        layout.addStretch(1)
        completions = [p for p, _s in readings]
        completions += sorted({normalize(p) for p in suggestions} - set(completions) - {""})
        self.completer = QCompleter(QStringListModel(completions, self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        popup = self.completer.popup()
        if popup is not None:
            popup.setFont(plate_font(14))
        self.plate_edit.setCompleter(self.completer)
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
        self.plate_edit.textEdited.connect(self._on_text_edited)
        # Enter in the completer's popup reaches the line edit only (the dialog never sees the key)
        self.plate_edit.returnPressed.connect(self.accept)
        self.fits = False
        self._on_text_changed(self.plate_edit.text())
        self.plate_edit.setFocus()

    @property
    def plate(self) -> str:
        """What will be sent: the typed text normalized; empty while it holds a character plates lack."""
        text = self.plate_edit.text()
        return "" if foreign_characters(text) else normalize(text)

    def accept(self) -> None:
        """Send a plate that fits; ask once more about one that fits no format; never an empty one."""
        if self._finished or not self.plate:  # Enter must not slip past a refused character
            return
        if self.fits:
            self._finish()
            return
        if self.ask_again is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Send a plate of no known format?"), "", parent=self
        )
        box.setText(
            self.tr("%1 fits no known plate format. Send it exactly as typed?").replace("%1", self.plate)
        )
        box.setInformativeText(self.tr("Check every character against the picture first."))
        send = box.addButton(
            self.tr("Send %1 as typed").replace("%1", self.plate), QMessageBox.ButtonRole.AcceptRole
        )
        back = box.addButton(self.tr("Back to the plate"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)  # the safe answer: Enter twice does not send a wrong plate
        box.setEscapeButton(back)
        self.ask_again = box
        box.finished.connect(lambda _r: self._on_asked(box.clickedButton() is send))
        box.open()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.plate_edit.hasFocus():  # the line edit answered already (returnPressed)
                self.accept()
            return  # no default button is clicked behind the rules of accept()
        super().keyPressEvent(event)

    def _on_asked(self, send: bool) -> None:
        self.ask_again = None
        if send:
            self._finish()
        else:
            self.plate_edit.setFocus()
            self.plate_edit.selectAll()

    def _finish(self) -> None:
        self._finished = True
        super().accept()

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self.plate_edit.setText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.plate_edit.setFocus()

    def _on_text_edited(self, text: str) -> None:
        """Upper-case as typed (the cursor stays where it was)."""
        upper = text.upper()
        if upper != text and len(upper) == len(text):
            position = self.plate_edit.cursorPosition()
            self.plate_edit.setText(upper)
            self.plate_edit.setCursorPosition(position)

    def _on_text_changed(self, text: str) -> None:
        off_format = self.tr(
            "No known plate format fits %1. Check every character; "
            "if the plate really reads so, you may still send it."
        )
        verdict = plate_verdict(text, off_format)
        plate = verdict.plate
        self.fits = verdict.fits
        self.verdict.setText(verdict.text)
        self.verdict.setToolTip(verdict.tooltip)
        self.verdict.setStyleSheet(verdict.style)
        self.ok_button.setText(self.tr("Send anyway…") if plate and not verdict.fits else self.tr("Confirm"))
        self.ok_button.setEnabled(bool(plate))
        # only a plate that fits is the default answer; Cancel is never the target of a stray Enter
        self.ok_button.setDefault(self.fits)
        self.ok_button.setAutoDefault(self.fits)

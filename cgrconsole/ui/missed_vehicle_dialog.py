"""Add a vehicle the recognizer missed: the chosen camera's current picture is frozen as the event's photo,
the officer types the plate and picks the direction, and it goes the way of a recognized event (store, audit,
outbox), marked as added by hand.

The plate is checked as the correction checks it (``plate_text.plate_verdict``, shared): the twelve
Cyrillic lookalikes are the Latin letters, any other Cyrillic letter is refused ("switch the keyboard to
Latin"), and a plate no format fits is asked about once more before it is added.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.core.anpr.formats import match_formats
from cgrconsole.core.camera.frames import Frame
from cgrconsole.engine import Engine
from cgrconsole.ui.event_text import RED
from cgrconsole.ui.events_model import plate_font
from cgrconsole.ui.plate_text import PlateVerdict, plate_verdict
from cgrconsole.ui.shift import ask_officer
from cgrconsole.ui.status_text import direction_color, direction_text

log = logging.getLogger(__name__)
PICTURE = QSize(640, 360)


class MissedVehicleDialog(QDialog):
    """Window-modal over the main window; ``added(event_id)`` once the event is stored and confirmed."""

    added = Signal(str)
    _finished_adding = Signal(object)  # the event id, or the exception (from the worker thread)

    def __init__(self, engine: Engine, camera: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(self.tr("Add a missed vehicle"))
        self.setMinimumWidth(680)
        self.frame: Frame | None = None
        self.event_id: str | None = None
        self._asked_off_format = ""
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="add-missed")
        self.camera = QComboBox(self)
        names = [c for c in engine.config.cameras if c.name in engine.cameras.workers]
        for config in names:
            self.camera.addItem(config.label, config.name)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedSize(PICTURE)
        self.picture.setStyleSheet("QLabel { background: #101418; color: #e8eaed; }")
        self.refreeze_button = QPushButton(self.tr("Take the picture again"), self)
        self.refreeze_button.setToolTip(self.tr("Freeze the camera's current picture again"))
        self.refreeze_button.setAutoDefault(False)
        self.plate_edit = QLineEdit(self)
        self.plate_edit.setFont(plate_font(22))
        self.plate_edit.setMaxLength(16)
        self.plate_edit.setPlaceholderText(self.tr("Plate as written on the vehicle"))
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumHeight(3 * self.fontMetrics().lineSpacing())  # two wrapped bold lines fit
        self.entry = QRadioButton(direction_text("entry"), self)
        self.exit = QRadioButton(direction_text("exit"), self)
        for button, direction in ((self.entry, "entry"), (self.exit, "exit")):
            button.setStyleSheet(f"QRadioButton {{ color: {direction_color(direction).name()}; }}")
        self.directions = QButtonGroup(self)
        self.directions.addButton(self.entry)
        self.directions.addButton(self.exit)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"QLabel {{ color: {RED}; font-weight: bold; }}")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(
            self.tr("Add and send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        camera_row = QHBoxLayout()
        camera_row.addWidget(self.camera, 1)
        camera_row.addWidget(self.refreeze_button)
        direction_row = QHBoxLayout()
        direction_row.addWidget(self.entry)
        direction_row.addWidget(self.exit)
        direction_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Camera:"), camera_row)
        form.addRow(self.tr("Plate:"), self.plate_edit)
        form.addRow("", self.verdict)
        form.addRow(self.tr("Direction:"), direction_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.camera.currentIndexChanged.connect(lambda _i: self.freeze())
        self.refreeze_button.clicked.connect(self.freeze)
        self.plate_edit.textEdited.connect(self._on_text_edited)
        self._finished_adding.connect(self._on_finished_adding, Qt.ConnectionType.QueuedConnection)
        if camera is not None and self.camera.findData(camera) >= 0:
            self.camera.setCurrentIndex(self.camera.findData(camera))
        else:
            self.camera.setCurrentIndex(self._first_with_picture())
        self.freeze()
        self._on_text_edited("")
        self.plate_edit.setFocus()

    def _first_with_picture(self) -> int:
        for i in range(self.camera.count()):
            worker = self.engine.cameras.workers.get(self.camera.itemData(i))
            if worker is not None and worker.slot.get() is not None:
                return i
        return 0

    # -- the picture ---------------------------------------------------------------------------
    def freeze(self) -> None:
        """The chosen camera's newest frame, copied: later frames do not change the event's photo."""
        name = self.camera.currentData()
        worker = self.engine.cameras.workers.get(name) if name else None
        frame = worker.slot.get() if worker is not None else None
        self.frame = dataclasses.replace(frame, image=frame.image.copy()) if frame is not None else None
        config = next((c for c in self.engine.config.cameras if c.name == name), None)
        if config is not None:
            (self.exit if config.direction == "exit" else self.entry).setChecked(True)
        if self.frame is None:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("No picture from this camera now: choose another camera."))
        else:
            image = self.frame.image
            qimage = QImage(
                image.data, image.shape[1], image.shape[0], image.strides[0], QImage.Format.Format_RGB888
            )
            pixmap = QPixmap.fromImage(qimage).scaled(
                PICTURE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.picture.setPixmap(pixmap)
        self._update_button()

    # -- the plate ---------------------------------------------------------------------------
    @property
    def plate(self) -> str:
        return self._verdict(self.plate_edit.text()).plate

    def _verdict(self, text: str) -> PlateVerdict:
        off_format = self.tr(
            "No known plate format fits %1. Check every character; if the plate really reads so, "
            "press Add again."
        )
        return plate_verdict(text, off_format)

    @property
    def direction(self) -> str:
        return "exit" if self.exit.isChecked() else "entry"

    def _on_text_edited(self, text: str) -> None:
        upper = text.upper()
        if upper != text:  # upper-cased as typed, the cursor where it was
            cursor = self.plate_edit.cursorPosition()
            self.plate_edit.setText(upper)
            self.plate_edit.setCursorPosition(cursor)
        verdict = self._verdict(upper)
        self.fits = verdict.fits
        self.verdict.setText(verdict.text)
        self.verdict.setToolTip(verdict.tooltip)
        self.verdict.setStyleSheet(verdict.style)
        self._update_button()

    def _update_button(self) -> None:
        ready = bool(self.plate) and self.frame is not None
        self.add_button.setEnabled(ready)
        asked = bool(self.plate) and self._asked_off_format == self.plate
        self.add_button.setText(self.tr("Add anyway") if asked else self.tr("Add and send"))
        if self.frame is None:
            self.add_button.setToolTip(self.tr("There is no picture to add the vehicle with"))
        elif not self.plate:
            self.add_button.setToolTip(self.tr("Type the plate first"))
        else:
            self.add_button.setToolTip("")

    # -- adding ------------------------------------------------------------------------------
    def accept(self) -> None:
        plate, frame = self.plate, self.frame
        if not plate or frame is None or not self.add_button.isEnabled():
            return
        if not match_formats(plate) and self._asked_off_format != plate:
            self._asked_off_format = plate  # an off-format plate is added only when asked for twice
            self._update_button()
            return
        ask_officer(self.engine.shift, self, lambda by: self._add(frame, plate, by))

    def _add(self, frame: Frame, plate: str, by: str) -> None:
        self.buttons.setEnabled(False)  # no second add, no cancel while the store works
        self.add_button.setText(self.tr("Adding…"))
        direction = self.direction

        def work() -> None:
            try:
                result: object = self.engine.intake.add_missed(frame, plate, direction, by)
            except Exception as exc:
                result = exc
            self._finished_adding.emit(result)

        self._pool.submit(work)

    def _on_finished_adding(self, result: object) -> None:
        if isinstance(result, Exception):
            log.warning("adding a missed vehicle failed: %s", result)
            self.message.setText(self.tr("The vehicle was not added: %1").replace("%1", str(result)))
            self.message.show()
            self.buttons.setEnabled(True)
            self._update_button()
            return
        self.event_id = str(result)
        self.added.emit(self.event_id)
        super().accept()

    def done(self, result: int) -> None:
        self._pool.shutdown(wait=False)
        super().done(result)

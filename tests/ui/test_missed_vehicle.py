"""Adding a vehicle the recognizer missed: the camera's picture frozen, the plate typed and checked, and the
event through the same store, audit log and outbox as a recognized one (marked as added by hand)."""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from support.destinations import ScriptedDestination
from support.events import OFFICER

from cgrconsole.config import CameraConfig
from cgrconsole.core.review.decisions import decisions
from cgrconsole.core.review.intake import MANUAL
from cgrconsole.ui.missed_vehicle_dialog import MissedVehicleDialog

SMALL = "size=640x360&fps=15"


def open_console(qtbot, engine_factory, open_window):
    destination = ScriptedDestination()
    camera = CameraConfig("Gate", f"synthetic://Gate?{SMALL}", "exit", anpr=False, title="Gate")
    engine = engine_factory([camera], destinations=[destination])
    window = open_window(engine, 1280, 800)
    worker = engine.cameras.workers["Gate"]
    qtbot.waitUntil(lambda: worker.slot.get() is not None, timeout=15_000)
    return engine, window, destination, worker


def type_text(widget, text: str) -> None:
    """Key presses carrying ``text``, as a keyboard in any layout sends them (keyClicks: ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def the_dialog(window) -> MissedVehicleDialog:
    dialogs = window.findChildren(MissedVehicleDialog)
    assert len(dialogs) == 1
    return dialogs[0]


def test_a_missed_vehicle_is_stored_with_the_frozen_picture_audited_and_sent(
    qtbot, engine_factory, open_window
) -> None:
    engine, window, destination, worker = open_console(qtbot, engine_factory, open_window)
    assert QKeySequence(Qt.Key.Key_Insert) in window.missed_action.shortcuts()
    assert QKeySequence("Ctrl+N") in window.missed_action.shortcuts()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: len(window.findChildren(MissedVehicleDialog)) == 1, timeout=5000)
    dialog = the_dialog(window)
    frozen = dialog.frame
    assert frozen is not None and frozen.camera == "Gate"
    assert dialog.exit.isChecked()  # the camera's own direction, until the officer picks another
    assert not dialog.add_button.isEnabled()  # nothing typed yet
    # a Cyrillic letter no plate carries is refused, never mapped
    type_text(dialog.plate_edit, "123ФBC01")
    assert "Latin" in dialog.verdict.text() and not dialog.add_button.isEnabled()
    dialog.plate_edit.clear()
    type_text(dialog.plate_edit, "123авс01")  # Cyrillic lookalikes, lower case: the Latin letters
    assert dialog.plate_edit.text() == "123АВС01" and dialog.plate == "123ABC01"
    assert dialog.verdict.text().startswith("✓") and dialog.add_button.isEnabled()
    dialog.entry.click()
    qtbot.waitUntil(lambda: worker.slot.get().seq > frozen.seq + 3, timeout=5000)  # the camera went on
    qtbot.keyClick(dialog.plate_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.event_id is not None, timeout=10_000)
    event = engine.events.get(dialog.event_id)
    assert (event.origin, event.plate, event.direction, event.camera) == (MANUAL, "123ABC01", "entry", "Gate")
    assert event.ts == frozen.wallclock and event.crop_path is None
    # the photo is the frozen frame, not a later one
    stored = cv2.cvtColor(cv2.imread(str(engine.events.media_dir / event.frame_path)), cv2.COLOR_BGR2RGB)
    later = worker.slot.get()
    assert stored.shape == frozen.image.shape
    assert np.abs(stored.astype(int) - frozen.image.astype(int)).mean() < 4
    assert (
        np.abs(stored.astype(int) - later.image.astype(int)).mean()
        > np.abs(stored.astype(int) - frozen.image.astype(int)).mean()
    )
    # audited as added by the officer, then confirmed by them; queued once and delivered
    found = decisions(engine.database, event.id)
    assert [(d.action, d.by, d.plate) for d in found] == [
        ("added", OFFICER, "123ABC01"),
        ("confirmed", OFFICER, "123ABC01"),
    ]
    assert [r.destination for r in engine.outbox.rows(event.id)] == ["cgr"]
    qtbot.waitUntil(lambda: destination.accepted == [event.id], timeout=10_000)
    qtbot.waitUntil(lambda: engine.events.get(event.id).state == "sent", timeout=10_000)
    qtbot.waitUntil(lambda: not window.findChildren(MissedVehicleDialog), timeout=5000)  # closed itself


def test_an_off_format_plate_is_added_only_when_asked_twice(qtbot, engine_factory, open_window) -> None:
    engine, window, destination, _worker = open_console(qtbot, engine_factory, open_window)
    window.missed_action.trigger()
    dialog = the_dialog(window)
    qtbot.keyClicks(dialog.plate_edit, "zz9")
    assert dialog.plate == "ZZ9" and not dialog.fits
    qtbot.keyClick(dialog.plate_edit, Qt.Key.Key_Return)
    qtbot.wait(300)  # a refusal leaves nothing to wait for: the store must still be empty after a moment
    assert dialog.event_id is None and engine.events.recent() == []
    assert dialog.add_button.text() == "Add anyway"
    qtbot.keyClick(dialog.plate_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.event_id is not None, timeout=10_000)
    assert engine.events.get(dialog.event_id).plate == "ZZ9"
    qtbot.waitUntil(lambda: destination.accepted == [dialog.event_id], timeout=10_000)

"""The officer reviews plates with the keyboard only: real engine, real SQLite, keys sent to the widgets."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton
from support.destinations import ScriptedDestination
from support.events import detected
from test_events_panel import add_on_worker

from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.ui.correction_dialog import PlateCorrectionDialog
from cgrconsole.ui.events_model import EVENT_ROLE
from cgrconsole.ui.reason_dialog import ReasonDialog


def open_review(engine_factory, open_window, **kw):
    destination = ScriptedDestination()
    destination.up = False  # the outbox keeps what was confirmed: the test reads it there
    engine = engine_factory([], destinations=[destination], **kw)
    window = open_window(engine, 1280, 800)
    return engine, window


def type_letter(widget, letter: str) -> None:
    """A key with a non-Latin letter, as a Russian keyboard layout sends it (QTest knows only ASCII)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, ord(letter.upper()), Qt.KeyboardModifier.NoModifier, letter)
        )


def press(qtbot, widget, *keys) -> None:
    for key in keys:
        qtbot.keyClick(widget, key)


def test_the_whole_review_by_keyboard(qtbot, engine_factory, open_window) -> None:
    engine, window = open_review(engine_factory, open_window)
    panel, table = window.events_panel, window.events_panel.table
    now = time.time()
    plates = ["111AAA01", "222BBB02", "333CCC03", "444DDD04"]  # oldest first
    ids = [add_on_worker(engine, plate=p, ts=now - 40 + 10 * i) for i, p in enumerate(plates)]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=5000)
    assert window.focusWidget() is table  # no click needed
    press(qtbot, table, Qt.Key.Key_Home)  # the newest: 444DDD04
    assert panel.selected_event().id == ids[3]

    # confirm = one key; the next undecided plate (below) is selected
    press(qtbot, table, Qt.Key.Key_Return)
    assert engine.events.get(ids[3]).state == "confirmed"
    assert panel.selected_event().id == ids[2]

    # correct = the plate's keys + Enter, starting on the list
    qtbot.keyClicks(table, "3")
    dialog = panel.active_dialog
    assert isinstance(dialog, PlateCorrectionDialog)
    assert dialog.plate_edit.text() == "3" and not dialog.plate_edit.hasSelectedText()
    qtbot.keyClicks(dialog.plate_edit, "33c")
    type_letter(dialog.plate_edit, "ф")  # Ф has no Latin twin
    qtbot.keyClicks(dialog.plate_edit, "c03")  # upper-cased as typed
    assert dialog.plate_edit.text() == "333CФC03"
    assert "Ф: no such letter on plates" in dialog.verdict.text()
    press(qtbot, dialog.plate_edit, Qt.Key.Key_Return)  # refused: nothing sent
    assert dialog.isVisible() and engine.events.get(ids[2]).state == "new"
    press(qtbot, dialog.plate_edit, Qt.Key.Key_End, *[Qt.Key.Key_Backspace] * 4)
    qtbot.keyClicks(dialog.plate_edit, "03")  # 333C03: no format fits
    assert not dialog.fits and "No known plate format fits 333C03" in dialog.verdict.text()
    press(qtbot, dialog.plate_edit, Qt.Key.Key_Return)  # asked again …
    box = dialog.ask_again
    assert box is not None and box.isVisible()
    press(qtbot, box, Qt.Key.Key_Return)  # … and Enter means "back to the plate"
    assert dialog.ask_again is None and dialog.isVisible()
    assert engine.events.get(ids[2]).state == "new"
    dialog.plate_edit.clear()
    qtbot.keyClicks(dialog.plate_edit, "333cxc03")  # а lookalike typed in Latin: 333CXC03 fits
    assert dialog.fits and dialog.ok_button.isDefault()
    press(qtbot, dialog.plate_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.active_dialog is None, timeout=2000)
    corrected = engine.events.get(ids[2])
    assert (corrected.state, corrected.plate, corrected.original_plate) == (
        "corrected",
        "333CXC03",
        "333CCC03",
    )
    assert window.focusWidget() is table and panel.selected_event().id == ids[1]

    # reject = Delete, a reason from the visible list, Enter
    press(qtbot, table, Qt.Key.Key_Delete)
    reason = panel.active_dialog
    assert isinstance(reason, ReasonDialog) and reason.reasons.isVisible()
    press(qtbot, reason.reasons, Qt.Key.Key_Down, Qt.Key.Key_Return)
    rejected = engine.events.get(ids[1])
    assert (rejected.state, rejected.note) == ("rejected", "Plate unreadable")

    # Esc cancels a correction started by typing; the table has the keys again
    assert panel.selected_event().id == ids[0]
    qtbot.keyClicks(table, "9")
    press(qtbot, panel.active_dialog.plate_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.active_dialog is None, timeout=2000)
    assert engine.events.get(ids[0]).state == "new" and window.focusWidget() is table
    press(qtbot, table, Qt.Key.Key_Return)
    assert engine.events.get(ids[0]).state == "confirmed"

    # a key that cannot act says why
    press(qtbot, table, Qt.Key.Key_Home, Qt.Key.Key_Return)
    assert panel.message.isVisible()
    assert panel.message.text() == "444DDD04 is already confirmed — open its details (Space) to correct it."
    qtbot.keyClicks(table, "5")
    assert panel.active_dialog is None and "already confirmed" in panel.message.text()

    # the outbox has exactly the confirmed and corrected events; the audit has before and after
    queued = {r.event_id for e in ids for r in engine.outbox.rows(e)}
    assert queued == {ids[0], ids[2], ids[3]}
    review = {e.detail["event_id"]: e.detail for e in engine.audit.entries(AuditKind.REVIEW)}
    assert (review[ids[2]]["original_plate"], review[ids[2]]["plate"]) == ("333CCC03", "333CXC03")
    assert review[ids[2]]["event"] == "corrected" and review[ids[3]]["event"] == "confirmed"
    assert review[ids[1]]["reason"] == "Plate unreadable"


def test_the_correction_completes_from_the_readings_and_todays_queue(
    qtbot, engine_factory, open_window
) -> None:
    engine, window = open_review(engine_factory, open_window)
    panel = window.events_panel
    candidates = [
        {"plate": "EXIT1", "score": 0.9},  # the camera's caption, no plate
        {"plate": "123ABC01", "score": 0.8},
        {"plate": "128ABC01", "score": 0.5},
    ]
    event_id = add_on_worker(engine, plate="EXIT1", ts=time.time(), candidates=candidates)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    qtbot.keyClicks(panel.table, "1")
    dialog = panel.active_dialog
    readings = [
        dialog.candidates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.candidates.count())
    ]
    assert readings == ["123ABC01", "128ABC01"]
    qtbot.keyClicks(dialog.plate_edit, "28")
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert dialog.completer.completionCount() == 1
    press(qtbot, popup, Qt.Key.Key_Down, Qt.Key.Key_Return)  # Enter in the popup takes it and sends
    qtbot.waitUntil(lambda: panel.active_dialog is None, timeout=2000)
    event = engine.events.get(event_id)
    assert (event.state, event.plate) == ("corrected", "128ABC01")


def test_focus_returns_to_the_table_after_a_dialog(qtbot, engine_factory, open_window) -> None:
    engine, window = open_review(engine_factory, open_window)
    panel = window.events_panel
    add_on_worker(engine, ts=time.time())
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert window.focusWidget() is panel.table and panel.selected_event() is not None
    press(qtbot, panel.table, Qt.Key.Key_Delete)
    press(qtbot, panel.active_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.active_dialog is None, timeout=2000)
    assert window.focusWidget() is panel.table
    toolbar_button = next(w for w in window.findChildren(QToolButton) if w.isVisible())
    toolbar_button.setFocus()  # anything else in the window that took the focus gives it back
    assert window.focusWidget() is panel.table


def test_keys_on_an_empty_list_say_why(qtbot, engine_factory, open_window) -> None:
    _engine, window = open_review(engine_factory, open_window)
    panel = window.events_panel
    press(qtbot, panel.table, Qt.Key.Key_Return)
    assert panel.message.text() == "No plates yet: they appear here as the cameras read them."


def test_the_list_keeps_the_edited_row_and_the_selection_while_20_events_arrive(
    qtbot, engine_factory, open_window
) -> None:
    engine, window = open_review(engine_factory, open_window)
    panel, table = window.events_panel, window.events_panel.table
    model = panel.model
    now = time.time()
    for i in range(40):
        engine.events.add(detected(f"{100 + i}ABC01", ts=now - 600 + i))
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=10_000)
    middle = model.event_at(20)
    panel.select_event(middle.id)
    table.verticalScrollBar().setValue(table.rowViewportPosition(15) + table.verticalScrollBar().value())
    qtbot.waitUntil(lambda: table.verticalScrollBar().value() > 0, timeout=2000)
    top_before = model.event_at(table.rowAt(0)).id
    under_cursor = model.event_at(table.rowAt(200)).id
    qtbot.keyClicks(table, "7")  # the officer starts correcting the selected plate
    dialog = panel.active_dialog
    assert isinstance(dialog, PlateCorrectionDialog)
    for i in range(20):
        add_on_worker(engine, plate=f"{500 + i}KZA02", ts=now + i)
    qtbot.waitUntil(lambda: model.rowCount() == 60, timeout=10_000)
    assert panel.selected_event().id == middle.id
    assert model.event_at(table.rowAt(0)).id == top_before  # nothing on screen moved
    assert model.event_at(table.rowAt(200)).id == under_cursor
    assert table.hidden_arrivals == 20 and panel.new_button.text() == "↑ 20 new"
    assert panel.waiting_label.text() == "Waiting for decision: 60"
    qtbot.keyClicks(dialog.plate_edit, "77KZA02")
    press(qtbot, dialog.plate_edit, Qt.Key.Key_Return)
    event = engine.events.get(middle.id)
    assert (event.state, event.plate) == ("corrected", "777KZA02")  # the plate being edited, not another
    assert model.data(model.index(model.row_of(middle.id), 0), EVENT_ROLE).state == "corrected"
    panel.new_button.click()
    assert table.verticalScrollBar().value() == 0 and table.hidden_arrivals == 0
    assert panel.new_button.text() == "↑ 0 new" and not panel.new_button.isEnabled()


def test_ctrl_q_while_recording_asks_first(qtbot, engine_factory, open_window) -> None:
    from cgrconsole.config import CameraConfig
    from cgrconsole.core.archive.recorder import RecorderState

    engine = engine_factory([CameraConfig("Entry1", "synthetic://Entry1?size=320x180&fps=5", anpr=False)])
    window = open_window(engine, 1024, 640)
    recorder = engine.recorders["Entry1"]
    qtbot.waitUntil(lambda: recorder.status.state == RecorderState.RECORDING, timeout=30_000)
    window.quit_asking()
    box = window.quit_question
    assert box.isVisible() and "Recording stops on 1 camera(s)" in box.text()
    press(qtbot, box, Qt.Key.Key_Return)  # the default keeps the console running
    assert window.isVisible()
    window.quit_asking()
    quit_button = next(b for b in window.quit_question.buttons() if b.text() == "Quit and stop recording")
    quit_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_a_new_plate_does_not_move_the_row_under_the_mouse(qtbot, engine_factory, open_window) -> None:
    """At the top of the list too: a click aimed at one plate must not land on another."""
    engine, window = open_review(engine_factory, open_window)
    panel, table = window.events_panel, window.events_panel.table
    model = panel.model
    now = time.time()
    for i in range(5):
        engine.events.add(detected(f"{100 + i}ABC01", ts=now - 100 + i))
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=5000)
    assert table.verticalScrollBar().value() == 0
    aimed_at = model.event_at(table.rowAt(60)).id
    # the list cannot scroll the new row away: it waits while the pointer moves over the rows
    QTest.mouseMove(table.viewport(), QPoint(80, 60))
    add_on_worker(engine, plate="999KZA02", ts=now)
    qtbot.waitUntil(lambda: panel.new_button.text() == "↑ 1 new", timeout=5000)
    assert model.rowCount() == 5 and model.event_at(table.rowAt(60)).id == aimed_at
    qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=5000)  # the pointer rested: it shows
    assert model.event_at(0).plate == "999KZA02" and panel.new_button.text() == "↑ 0 new"
    for i in range(20):  # a longer list: held by scrolling, under the pointer even at the top
        engine.events.add(detected(f"{200 + i}ABC01", ts=now - 50 + i))
    qtbot.waitUntil(lambda: model.rowCount() == 26, timeout=5000)
    table.scrollToTop()
    table.viewport().setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
    aimed_at = model.event_at(table.rowAt(60)).id
    add_on_worker(engine, plate="998KZA02", ts=now + 1)
    qtbot.waitUntil(lambda: model.rowCount() == 27, timeout=5000)
    assert model.event_at(table.rowAt(60)).id == aimed_at
    assert table.hidden_arrivals == 1 and panel.new_button.isEnabled()
    table.viewport().setAttribute(Qt.WidgetAttribute.WA_UnderMouse, False)
    press(qtbot, table, Qt.Key.Key_Home)  # the newest, and the counter is spent
    assert model.event_at(0).plate == "998KZA02" and panel.selected_event().plate == "998KZA02"
    assert table.hidden_arrivals == 0

"""The officer on shift: asked for at the first decision, recorded in every decision and audit row, shown
in the window; decisions re-opened from the event details (edited before sending, resent after)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from support.destinations import ScriptedDestination
from support.events import OFFICER, add_on_worker, detected

from cgrconsole.core.review.events import AMENDED, CORRECTED, NEW, SENT
from cgrconsole.core.review.shift import SHIFT_ENDED, SHIFT_STARTED
from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.core.uplink.outbox import PENDING
from cgrconsole.ui.correction_dialog import PlateCorrectionDialog
from cgrconsole.ui.event_details import EventDetailsDialog
from cgrconsole.ui.reason_dialog import ReasonDialog
from cgrconsole.ui.shift import OfficerNameDialog


def name_dialogs(widget) -> list[OfficerNameDialog]:
    return [d for d in widget.findChildren(OfficerNameDialog) if d.isVisible()]


def review(engine) -> list[tuple[str, str]]:
    """(what, by) of every review entry, oldest first."""
    return [(e.detail["event"], e.detail["by"]) for e in reversed(engine.audit.entries(AuditKind.REVIEW))]


def test_the_first_decision_asks_the_name_once_and_every_decision_carries_it(
    qtbot, engine_factory, open_window
) -> None:
    engine = engine_factory([], destinations=[ScriptedDestination()], officer=None)
    window = open_window(engine, 1280, 800)
    panel = window.events_panel
    assert window.shift_widget.label.text() == "Officer: not set"
    first = add_on_worker(engine, plate="123ABC01", ts=time.time() - 5)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    (dialog,) = name_dialogs(panel)
    assert engine.events.get(first).state == NEW, "nothing is decided before the name is known"
    assert not dialog.ok_button.isEnabled() and dialog.end_button is None
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter on an empty name: still asking
    assert dialog.isVisible() and "cannot be recorded" in dialog.hint.text()
    qtbot.keyClicks(dialog.name_edit, "  Serik   Abenov ")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: engine.events.get(first).state != NEW, timeout=5000)
    assert engine.events.get(first).decided_by == "Serik Abenov"
    assert window.shift_widget.label.text() == "Officer: Serik Abenov"
    # the next decision does not ask again: a reject carries the same name
    second = add_on_worker(engine, plate="777AAA01", ts=time.time())
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    panel.select_event(second)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    reason = panel.active_dialog
    assert isinstance(reason, ReasonDialog)
    reason.set_reason("Service vehicle")
    reason.accept()
    assert name_dialogs(panel) == []
    assert engine.events.get(second).decided_by == "Serik Abenov"
    assert review(engine) == [
        (SHIFT_STARTED, "Serik Abenov"),
        ("confirmed", "Serik Abenov"),
        ("rejected", "Serik Abenov"),
    ]


def test_without_a_name_nothing_is_decided_and_the_list_goes_on(qtbot, engine_factory, open_window) -> None:
    engine = engine_factory([], destinations=[ScriptedDestination()], officer=None)
    window = open_window(engine, 1280, 800)
    panel = window.events_panel
    event_id = add_on_worker(engine, ts=time.time())
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    (dialog,) = name_dialogs(panel)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: name_dialogs(panel) == [], timeout=5000)
    assert engine.events.get(event_id).state == NEW and engine.outbox.rows(event_id) == []
    assert review(engine) == []
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # asked again at the next try, not blocked
    (again,) = name_dialogs(panel)
    again.name_edit.setText("Dana")
    again.accept()
    qtbot.waitUntil(lambda: engine.events.get(event_id).decided_by == "Dana", timeout=5000)


def test_the_change_button_hands_the_shift_over_and_ends_it(qtbot, engine_factory, open_window) -> None:
    engine = engine_factory([], destinations=[])
    window = open_window(engine, 1280, 800)
    widget = window.shift_widget
    assert widget.label.text() == f"Officer: {OFFICER}", "remembered in the data folder"
    dialog = widget.open_dialog()
    assert dialog.current.text() == f"On shift now: {OFFICER}" and dialog.end_button is not None
    dialog.name_edit.setText("Dana Serikova")
    dialog.accept()
    qtbot.waitUntil(lambda: widget.label.text() == "Officer: Dana Serikova", timeout=5000)
    widget.open_dialog().end_button.click()
    qtbot.waitUntil(lambda: widget.label.text() == "Officer: not set", timeout=5000)
    assert engine.shift.officer() == ""
    assert review(engine) == [
        (SHIFT_ENDED, OFFICER),
        (SHIFT_STARTED, "Dana Serikova"),
        (SHIFT_ENDED, "Dana Serikova"),
    ]


def open_details(qtbot, window, event_id: str) -> EventDetailsDialog:
    window._on_delivery_requested(event_id)
    dialog = window.delivery_dialogs[event_id]
    qtbot.waitExposed(dialog)
    return dialog


def correct_in(qtbot, details: EventDetailsDialog, plate: str) -> None:
    correction = details.correct()
    assert isinstance(correction, PlateCorrectionDialog)
    correction.plate_edit.setText(plate)
    correction.accept()


def test_re_opened_before_sending_the_outbox_holds_only_the_new_plate(
    qtbot, engine_factory, open_window
) -> None:
    destination = ScriptedDestination()
    engine = engine_factory([], destinations=[destination])
    window = open_window(engine, 1280, 800)
    engine.dispatcher.stop(5)  # nothing goes out during this test: the decision is still unsent
    event_id = engine.events.confirm(
        engine.events.add(detected("123ABC01", ts=time.time())).id, by=OFFICER
    ).id
    details = open_details(qtbot, window, event_id)
    assert details.correct_button.text() == "Correct…" and details.correct_button.isEnabled()
    correct_in(qtbot, details, "123ABD01")
    qtbot.waitUntil(lambda: details.plate.text() == "123ABD01", timeout=5000)
    event = engine.events.get(event_id)
    assert (event.state, event.plate, event.revision) == (CORRECTED, "123ABD01", 0)
    assert [(r.destination, r.state) for r in engine.outbox.rows(event_id)] == [("cgr", PENDING)]
    outbound = engine.events.outbound(event_id)
    assert (outbound.plate, outbound.event_id) == ("123ABD01", event_id)
    entry = engine.audit.entries(AuditKind.REVIEW, limit=1)[0].detail
    assert (entry["event"], entry["by"], entry["previous_plate"], entry["plate"]) == (
        AMENDED,
        OFFICER,
        "123ABC01",
        "123ABD01",
    )
    assert entry["resend"] == []
    text = details.decisions_text.text()
    assert f"Changed before sending by {OFFICER}: 123ABC01 → 123ABD01" in text
    assert destination.plates == []


def test_re_opened_after_sending_it_is_resent_and_the_details_tell_it_once(
    qtbot, engine_factory, open_window
) -> None:
    destination = ScriptedDestination()
    engine = engine_factory([], destinations=[destination])
    window = open_window(engine, 1280, 800)
    event_id = engine.events.add(detected("123ABO01", ts=time.time())).id
    engine.events.confirm(event_id, by=OFFICER, plate="123ABC01")
    engine.dispatcher.wake()
    qtbot.waitUntil(lambda: engine.events.get(event_id).state == SENT, timeout=10_000)
    details = open_details(qtbot, window, event_id)
    assert details.correct_button.text() == "Correct and resend…" and details.correct_button.isEnabled()
    facts = details.facts.text()
    assert "Decided by" not in facts and "corrected by the officer" not in facts
    decisions = details.decisions_text.text()
    assert decisions.count(OFFICER) == 1 and f"Corrected by {OFFICER}: 123ABO01 → 123ABC01" in decisions
    correct_in(qtbot, details, "123ABD01")
    qtbot.waitUntil(lambda: destination.plates == ["123ABC01", "123ABD01"], timeout=10_000)
    qtbot.waitUntil(lambda: engine.events.get(event_id).state == SENT, timeout=10_000)
    assert len(set(destination.accepted)) == 2, "the correction went under a new id, not 'already there'"
    entry = engine.audit.entries(AuditKind.REVIEW, limit=1)[0].detail
    assert (entry["event"], entry["by"], entry["previous_plate"], entry["plate"], entry["resend"]) == (
        AMENDED,
        OFFICER,
        "123ABC01",
        "123ABD01",
        ["cgr"],
    )
    qtbot.waitUntil(lambda: "sent again" in details.decisions_text.text(), timeout=5000)
    lines = details.decisions_text.text().splitlines()
    assert len(lines) == 2 and all(line.count(OFFICER) == 1 for line in lines)
    assert lines[1].endswith(f"Corrected after sending by {OFFICER}: 123ABC01 → 123ABD01, sent again")
    assert "Decided by" not in details.facts.text()


def test_a_decision_found_in_history_is_corrected_from_its_details(
    qtbot, engine_factory, open_window
) -> None:
    engine = engine_factory([], destinations=[])  # kept here, sent nowhere
    window = open_window(engine, 1280, 800)
    event_id = engine.events.add(detected("123ABO01", ts=time.time() - 3600)).id
    engine.events.confirm(event_id, by="Dana")
    window.history_action.trigger()
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=5000)
    history.table.setFocus()
    history.table.selectRow(0)
    qtbot.keyClick(history.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: event_id in window.delivery_dialogs, timeout=5000)
    details = window.delivery_dialogs[event_id]
    assert details.correct_button.text() == "Correct…" and details.correct_button.isEnabled()
    correct_in(qtbot, details, "123ABC01")
    qtbot.waitUntil(lambda: engine.events.get(event_id).plate == "123ABC01", timeout=5000)
    event = engine.events.get(event_id)
    assert (event.state, event.decided_by) == ("kept", OFFICER) and engine.outbox.rows(event_id) == []
    lines = details.decisions_text.text().splitlines()
    assert lines[0].endswith("Confirmed by Dana: 123ABO01")
    assert lines[1].endswith(f"Changed before sending by {OFFICER}: 123ABO01 → 123ABC01")

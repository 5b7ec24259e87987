"""The officer's plate list: events from worker threads, keyboard decisions, the delivery dialog."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from support.destinations import ScriptedDestination
from support.events import OFFICER, add_on_worker, detected

from cgrconsole.core.archive.links import NOT_RECORDING
from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.ui.correction_dialog import PlateCorrectionDialog
from cgrconsole.ui.events_model import EVENT_ROLE, Column
from cgrconsole.ui.reason_dialog import ReasonDialog


def shown(window, row: int, column: Column) -> str:
    model = window.events_panel.model
    return model.data(model.index(row, column))


def open_with_destination(engine_factory, open_window, destination=None):
    destination = destination or ScriptedDestination()
    engine = engine_factory([], destinations=[destination])
    window = open_window(engine, 1280, 800)
    return engine, window, destination


def test_events_from_a_worker_thread_appear_newest_first(qtbot, engine_factory, open_window) -> None:
    engine, window, _ = open_with_destination(engine_factory, open_window)
    model = window.events_panel.model
    now = time.time()
    first = add_on_worker(engine, plate="123ABC01", ts=now - 60)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert window.events_panel.selected_event().id == first  # an idle list selects the new plate
    newest = add_on_worker(engine, plate="A123BC77", ts=now, camera="Camera2", direction="exit")
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    assert model.data(model.index(0, Column.PLATE), EVENT_ROLE).id == newest
    assert shown(window, 0, Column.PLATE) == "A123BC77"
    assert shown(window, 0, Column.STATE) == "new"
    assert shown(window, 0, Column.DIRECTION) == "↑ EXIT"
    assert shown(window, 0, Column.CONFIDENCE) == "93 %"
    assert len(shown(window, 0, Column.TIME)) == 8  # today: HH:MM:SS
    assert not model.data(model.index(0, Column.CROP), Qt.ItemDataRole.DecorationRole).isNull()
    # the officer's selection stays on the plate they were looking at
    assert window.events_panel.selected_event().id == first
    add_on_worker(engine, plate="B777CD02", ts=now - 3 * 86400)  # an old one goes below
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    assert shown(window, 2, Column.PLATE) == "B777CD02" and "." in shown(window, 2, Column.TIME)


def test_enter_confirms_and_the_event_is_queued_then_sent(qtbot, engine_factory, open_window) -> None:
    engine, window, destination = open_with_destination(engine_factory, open_window)
    destination.up = False  # the server is away: the event waits in the outbox
    panel = window.events_panel
    event_id = add_on_worker(engine, ts=time.time())
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert engine.events.get(event_id).state == "confirmed"
    assert shown(window, 0, Column.STATE) == "confirmed"
    assert [r.destination for r in engine.outbox.rows(event_id)] == ["cgr"]
    review = engine.audit.entries(AuditKind.REVIEW)
    assert review and review[0].detail["by"] == OFFICER
    qtbot.waitUntil(lambda: "waiting 1" in window._uplink.text(), timeout=5000)
    destination.up = True
    engine.dispatcher.wake()
    qtbot.waitUntil(lambda: shown(window, 0, Column.STATE) == "sent", timeout=10_000)
    qtbot.waitUntil(lambda: window._uplink.text() == "Sent 1 · waiting 0 · failed 0", timeout=5000)


def test_correction_validates_the_plate_and_offers_candidates(qtbot, engine_factory, open_window) -> None:
    engine, window, _ = open_with_destination(engine_factory, open_window)
    panel = window.events_panel
    candidates = [{"plate": "123ABC01", "score": 0.8, "country": "KZ"}, {"plate": "123ABO01", "score": 0.6}]
    event_id = add_on_worker(engine, plate="123ABC01", ts=time.time(), candidates=candidates)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    dialog = panel.active_dialog
    assert isinstance(dialog, PlateCorrectionDialog)
    assert dialog.candidates.count() == 2
    assert dialog.fits and "Kazakhstan" in dialog.verdict.text() and "123 ABC 01" in dialog.verdict.text()
    dialog.plate_edit.setText("12 3ab")
    assert not dialog.fits
    assert "No known plate format fits 123AB" in dialog.verdict.text()
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Send anyway…"  # warned, allowed
    assert not dialog.ok_button.isDefault()  # Enter does not send it: the safe action is the default
    dialog.candidates.itemClicked.emit(dialog.candidates.item(0))
    assert dialog.plate_edit.text() == "123ABC01" and dialog.fits
    dialog.plate_edit.setText("а123вс 77")  # Cyrillic lookalikes, as typed on a Russian keyboard
    assert dialog.fits and "Russia" in dialog.verdict.text()
    dialog.plate_edit.setText("ZZ9")
    dialog.accept()  # asked again, "back to the plate" by default
    assert engine.events.get(event_id).state == "new" and dialog.ask_again is not None
    assert dialog.ask_again.defaultButton().text() == "Back to the plate"
    send = next(b for b in dialog.ask_again.buttons() if b.text() == "Send ZZ9 as typed")
    send.click()
    event = engine.events.get(event_id)
    assert (event.state, event.plate, event.original_plate) in {
        ("corrected", "ZZ9", "123ABC01"),
        ("sent", "ZZ9", "123ABC01"),
    }
    assert event.country == ""
    assert panel.active_dialog is None


def test_reject_asks_for_a_reason_and_records_it(qtbot, engine_factory, open_window) -> None:
    engine, window, _ = open_with_destination(engine_factory, open_window)
    panel = window.events_panel
    event_id = add_on_worker(engine, ts=time.time())
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    dialog = panel.active_dialog
    assert isinstance(dialog, ReasonDialog)
    assert dialog.reason == "Not a plate"  # the reasons are a list, the first one selected
    dialog.reasons.setCurrentItem(dialog.other_item)  # "Other…": the officer's own words
    assert not dialog.ok_button.isEnabled() and dialog.other_edit.isVisible()
    dialog.accept()  # no reason: nothing happens
    assert engine.events.get(event_id).state == "new"
    dialog.set_reason("Reflection on a trailer")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    event = engine.events.get(event_id)
    assert (event.state, event.note, event.decided_by) == (
        "rejected",
        "Reflection on a trailer",
        OFFICER,
    )
    assert shown(window, 0, Column.STATE) == "rejected"
    assert engine.outbox.rows(event_id) == []
    assert not panel.confirm_action.isEnabled()  # a decided event cannot be confirmed with Enter


def test_delivery_dialog_shows_attempts_resends_and_dismisses(qtbot, engine_factory, open_window) -> None:
    engine, window, _ = open_with_destination(engine_factory, open_window)
    panel = window.events_panel
    now = time.time()
    fixed = add_on_worker(engine, plate="000ABC01", ts=now - 10)  # the scripted server refuses 000…
    dropped = add_on_worker(engine, plate="000XYZ02", ts=now)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    for event_id in (fixed, dropped):
        panel.select_event(event_id)
        panel.confirm_action.trigger()
    qtbot.waitUntil(
        lambda: {engine.events.get(e).state for e in (fixed, dropped)} == {"failed"}, timeout=10_000
    )
    qtbot.waitUntil(lambda: "failed 2" in window._uplink.text(), timeout=5000)
    assert "color: #ff5c5c" in window._uplink.styleSheet()

    panel.select_event(fixed)
    panel.delivery_action.trigger()
    dialog = window.delivery_dialogs[fixed]
    section = dialog.sections["cgr"]
    assert section.model.rowCount() == 1
    outcome = section.model.data(section.model.index(0, 1))
    assert outcome == "refused" and section.model.data(section.model.index(0, 3)) == "plate refused"
    assert "refused by the server" in section.state.text() and "attempts: 1" in section.state.text()
    assert dialog.resend_button.isEnabled() and not section.dismiss_button.isHidden()
    dialog.correct_button.click()  # correct and resend: confirm() re-queues the refused row
    dialog.active_dialog.plate_edit.setText("123ABC01")
    dialog.active_dialog.accept()
    qtbot.waitUntil(lambda: engine.events.get(fixed).state == "sent", timeout=10_000)
    qtbot.waitUntil(
        lambda: section.model.rowCount() == 2 and "delivered" in section.state.text(), timeout=5000
    )
    assert section.dismiss_button.isHidden()
    dialog.close()

    window._on_delivery_requested(dropped)
    dialog = window.delivery_dialogs[dropped]
    section = dialog.sections["cgr"]
    section.dismiss_button.click()
    reason = dialog.active_dialog
    assert isinstance(reason, ReasonDialog)
    reason.set_reason("Reported by phone instead")
    reason.accept()
    (row,) = engine.outbox.rows(dropped)
    assert row.state == "dismissed"
    assert "dismissed" in section.state.text() and section.dismiss_button.isHidden()
    dismissals = [
        e.detail for e in engine.audit.entries(AuditKind.REVIEW) if e.detail["event"] == "dismissed"
    ]
    assert dismissals and dismissals[0]["reason"] == "Reported by phone instead"
    qtbot.waitUntil(lambda: window._uplink.text() == "Sent 1 · waiting 0 · failed 0", timeout=5000)


def test_the_list_shows_whether_a_plate_is_in_todays_queue(qtbot, tmp_path) -> None:
    from zoneinfo import ZoneInfo

    from support.events import make_rig

    from cgrconsole.core.uplink.cgr.trucks import TruckQueue
    from cgrconsole.ui.events_model import EventsTableModel

    rig = make_rig(tmp_path)
    for i, plate in enumerate(["123ABC01", "777KZA02"]):
        rig.store.add(detected(plate, ts=rig.clock() + i))
    trucks = TruckQueue(tmp_path, rig.clock, max_age_s=3600)
    model = EventsTableModel(rig.store, ZoneInfo("Asia/Almaty"), queued=trucks.is_queued)
    model.reload()
    queue = [model.index(row, Column.QUEUE) for row in range(2)]
    assert [model.data(i) for i in queue] == [None, None]  # no list yet: unknown, not "missing"
    trucks.update(["123 ABC 01"])
    assert [model.data(i) for i in queue] == ["✗", "✓"]  # newest first: 777KZA02 is not queued
    assert "Not in today" in model.data(queue[0], Qt.ItemDataRole.ToolTipRole)
    rig.close()


def test_a_vietnamese_clock_skew_alarm_shows_red_in_the_status_bar(
    qtbot, engine_factory, open_window
) -> None:
    from cgrconsole.core.uplink.drvn.gate import DrvnHealth

    engine, window, _ = open_with_destination(engine_factory, open_window)
    engine.uplinks.drvn_health = DrvnHealth(server="ready", skew_s=-1020.0, skew_alarm=True)
    window._update_uplink()
    assert "17 min" in window._uplink.text() and "NTP" in window._uplink.text()
    assert f"color: {'#ff5c5c'}" in window._uplink.styleSheet()
    engine.uplinks.drvn_health = DrvnHealth(server="busy", busy_until=time.time() + 600)
    window._update_uplink()
    assert "busy until" in window._uplink.text() and "#ff5c5c" not in window._uplink.styleSheet()


def test_the_officer_can_check_with_the_vietnamese_server_now(
    qtbot, engine_factory, open_window, tmp_path
) -> None:
    from support.clock import FakeClock
    from support.drvn_fixtures import client, standin

    clock = FakeClock()
    server = standin(clock)
    try:
        engine = engine_factory([], destinations=[client(server, clock, tmp=tmp_path)])
        window = open_window(engine, 1280, 800)
        assert engine.reconciler is not None
        window.reconcile_action.trigger()
        qtbot.waitUntil(lambda: "queued again" in window.statusBar().currentMessage(), timeout=10_000)
        assert window.reconcile_action.isEnabled()
    finally:
        server.stop()


def test_an_event_without_archive_video_says_why(qtbot, engine_factory, open_window) -> None:
    engine, window, _ = open_with_destination(engine_factory, open_window)
    linked = add_on_worker(engine, plate="123ABC01")
    unlinked = add_on_worker(engine, plate="777KZA02", archive_path=None, archive_note=NOT_RECORDING)
    for event_id, expected in ((unlinked, True), (linked, False)):
        window._on_delivery_requested(event_id)
        dialog = window.delivery_dialogs[event_id]
        said = "the camera was not recording at that moment" in dialog.facts.text()
        assert said is expected, dialog.facts.text()
        dialog.close()

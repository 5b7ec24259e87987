"""Screenshots of the review by keyboard (docs/screenshots with CGR_SAVE_SCREENSHOTS=1): a correction
started by typing on the list, its second question for an off-format plate, the reject dialog."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_screenshots import save, scene_event

from cgrconsole.core.anpr.formats import match_formats
from cgrconsole.demo import demo_cameras
from cgrconsole.ui.events_model import Column
from cgrconsole.ui.theme import apply_theme


def name(base: str, language: str) -> str:
    return f"{base}.png" if language == "en" else f"{base}_{language}.png"


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_screenshot_correction_in_progress(
    qtbot, qapp, language, engine_factory, open_window, tmp_path: Path
) -> None:
    apply_theme(qapp)
    engine = engine_factory([])
    window = open_window(engine, 1280, 800)
    now = time.time()
    event = scene_event(12, "entry", now - 30, "Entry1", 0.74)
    caption = {"plate": "EXIT1", "score": 0.7}  # the camera's caption: never offered as a plate
    others = [{"plate": event.plate[:-1] + "8", "score": 0.41}, caption]
    stored = engine.events.add(replace(event, candidates=[*event.candidates, *others]))
    panel = window.events_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    qtbot.keyClicks(panel.table, event.plate[0])  # typing on the list starts the correction
    dialog = panel.active_dialog
    qtbot.keyClicks(dialog.plate_edit, event.plate[1:4].lower())
    qtbot.waitExposed(dialog)
    plates = [
        dialog.candidates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.candidates.count())
    ]
    assert "EXIT1" not in plates and dialog.frame_label is not None
    qtbot.wait(100)
    assert save(dialog, name("correction_typing", language), tmp_path).stat().st_size > 20_000

    dialog.completer.popup().hide()
    dialog.plate_edit.setText(event.plate[:3] + "9" + event.plate[3:])  # one digit too many
    assert not match_formats(dialog.plate) and not dialog.ok_button.isDefault()
    qtbot.wait(50)
    assert save(dialog, name("correction_off_format", language), tmp_path).stat().st_size > 20_000
    qtbot.keyClick(dialog.plate_edit, Qt.Key.Key_Return)
    box = dialog.ask_again
    qtbot.waitExposed(box)
    qtbot.wait(50)
    assert save(box, name("correction_ask_again", language), tmp_path).stat().st_size > 3_000
    qtbot.keyClick(box, Qt.Key.Key_Return)  # back to the plate
    qtbot.keyClick(dialog.plate_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.active_dialog is None, timeout=2000)
    assert engine.events.get(stored.id).state == "new"

    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    reason = panel.active_dialog
    qtbot.waitExposed(reason)
    qtbot.wait(50)
    assert save(reason, name("reject_dialog", language), tmp_path).stat().st_size > 5_000
    reason.reject()


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_screenshot_main_window_while_plates_arrive(
    qtbot, qapp, language, engine_factory, open_window, tmp_path: Path
) -> None:
    """Scrolled down to a plate being looked at while new ones arrive above: "↑ N new", nothing moved."""
    apply_theme(qapp)
    engine = engine_factory([replace(c, anpr=False) for c in demo_cameras(language)], destinations=[])
    window = open_window(engine, 1280, 800)
    panel, table = window.events_panel, window.events_panel.table
    now = time.time()
    lanes = [("Entry1", "entry"), ("Exit1", "exit"), ("Entry2", "entry")]
    ids = []
    for i in range(24):
        camera, direction = lanes[i % 3]
        event = scene_event(
            11 + i % 8, direction, now - 3000 + 60 * i, camera, (0.97, 0.88, 0.74, 1.0)[i % 4]
        )
        ids.append(engine.events.add(event).id)
    for event_id in ids[:16:3]:
        engine.events.confirm(event_id, "officer")
    plate = engine.events.get(ids[19]).plate
    engine.events.confirm(ids[19], "officer", plate=plate[:-1] + ("1" if plate[-1] != "1" else "2"))
    engine.events.reject(ids[17], "officer", "Service vehicle")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 24, timeout=5000)
    qtbot.waitUntil(lambda: panel.model.counts()[0] == 24 - 8, timeout=5000)
    qtbot.waitUntil(lambda: all(t.frame_seq > 0 for t in window.grid.tiles.values()), timeout=15_000)
    table.verticalScrollBar().setValue(3 * table.verticalHeader().defaultSectionSize())
    panel.select_event(panel.model.event_at(5).id)
    for i in range(3):
        camera, direction = lanes[i % 3]
        engine.events.add(scene_event(20 + i, direction, now + i, camera, 0.9))
    qtbot.waitUntil(lambda: table.hidden_arrivals == 3, timeout=5000)
    qtbot.wait(300)
    right = panel.mapTo(window, panel.rect().topRight()).x()
    assert right <= window.width(), f"{language}: the plate list runs off the window ({right} px)"
    header = table.horizontalHeader()
    for column in (Column.PLATE, Column.CONFIDENCE, Column.TIME, Column.DIRECTION, Column.STATE):
        edge = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert edge <= table.viewport().width(), f"{language}: {column.name} runs off the list"
    assert save(window, name("review_main_window", language), tmp_path).stat().st_size > 50_000

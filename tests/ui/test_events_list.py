"""What the plate list keeps and shows: undecided plates however old, whole texts in every language."""

from __future__ import annotations

import time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QFontMetrics
from support.events import detected, make_rig

from cgrconsole.core.review.events import DECIDABLE
from cgrconsole.core.review.history import EventHistory, HistoryQuery
from cgrconsole.ui.events_model import ORIGINAL_ROLE, Column, EventsTableModel, PlateDelegate

WHOLE = (Column.PLATE, Column.CONFIDENCE, Column.TIME, Column.DIRECTION, Column.STATE)


def test_undecided_plates_never_drop_off_the_list(qtbot, tmp_path) -> None:
    rig = make_rig(tmp_path)
    history = EventHistory(rig.database)
    waiting = [rig.store.add(detected(f"{100 + i}AAA01", ts=rig.clock() + i)).id for i in range(3)]
    model = EventsTableModel(
        rig.store,
        ZoneInfo("Asia/Almaty"),
        limit=5,
        undecided=lambda: list(history.all(HistoryQuery(states=DECIDABLE))),
    )
    model.reload()

    def arrive_and_decide(count: int, start: float) -> None:
        for i in range(count):
            event = rig.store.add(detected(f"{200 + i}BBB02", ts=start + i))
            model.on_event_changed(event.id)
            rig.store.confirm(event.id, by="test")
            model.on_event_changed(event.id)

    arrive_and_decide(12, rig.clock() + 100)
    ids = [model.event_at(r).id for r in range(model.rowCount())]
    assert set(waiting) <= set(ids), "an undecided plate dropped off"
    assert model.rowCount() == 3 + 5  # the waiting ones and the last 5 decided
    assert model.counts() == (3, 0)
    reloaded = EventsTableModel(
        rig.store,
        ZoneInfo("Asia/Almaty"),
        limit=5,
        undecided=lambda: list(history.all(HistoryQuery(states=DECIDABLE))),
    )
    reloaded.reload()  # after a restart too
    assert [reloaded.event_at(r).id for r in range(reloaded.rowCount())] == ids
    rig.close()


def test_a_corrected_plate_shows_what_it_was_read_as(qtbot, tmp_path) -> None:
    rig = make_rig(tmp_path)
    event = rig.store.add(detected("123ABO01"))
    rig.store.confirm(event.id, by="test", plate="123ABC01")
    model = EventsTableModel(rig.store, ZoneInfo("Asia/Almaty"))
    model.reload()
    cell = model.index(0, Column.PLATE)
    assert model.data(cell) == "123ABC01" and model.data(cell, ORIGINAL_ROLE) == "123ABO01"
    other = rig.store.add(detected("777KZA02", ts=rig.clock() + 1))
    model.on_event_changed(other.id)
    assert model.data(model.index(0, Column.PLATE), ORIGINAL_ROLE) is None  # not corrected: no mark
    rig.close()


@pytest.mark.parametrize("language", ["en", "ru", "kk"], indirect=True)
def test_plate_confidence_and_state_are_never_cut(qtbot, language, engine_factory, open_window) -> None:
    engine = engine_factory([], destinations=[])  # no destination: confirmed plates stay "not sent"
    window = open_window(engine, 1024, 700)
    panel = window.events_panel
    table, model = panel.table, panel.model
    now = time.time()
    long_camera = "Въезд грузовых машин, северные ворота номер 3"
    plates = ["A123BC777", "123ABC01", "30E00555", "8888888888"]
    ids = [
        engine.events.add(
            detected(p, ts=now - 86400 * 400 - i, confidence=1.0, camera=long_camera, direction="exit")
        ).id
        for i, p in enumerate(plates)
    ]
    engine.events.confirm(ids[0], by="test", plate="A123BC77")
    engine.events.confirm(ids[1], by="test")
    engine.events.reject(ids[2], by="test", reason="test")
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
    qtbot.waitUntil(lambda: {model.event_at(r).state for r in range(4)} == {"kept", "rejected", "new"})
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    for column in WHOLE:
        width = header.sectionSize(column)
        assert header.sectionViewportPosition(column) + width <= viewport, f"{column.name} off-screen"
        title = model.headerData(column, header.orientation())
        assert header.fontMetrics().horizontalAdvance(title) < width, f"{language}: header {title!r} cut"
        metrics = QFontMetrics(table.column_font(column))
        for row in range(model.rowCount()):
            text = model.data(model.index(row, column))
            original = model.data(model.index(row, column), ORIGINAL_ROLE) if column is Column.PLATE else None
            needed = metrics.horizontalAdvance(text)
            if original:
                small = QFontMetrics(PlateDelegate.small_font(table.column_font(column)))
                needed = max(needed, small.horizontalAdvance(PlateDelegate.original_text(original)))
            assert needed < width, f"{language}: {column.name} {text!r} needs {needed} px of {width}"
    assert "100 %" in [model.data(model.index(r, Column.CONFIDENCE)) for r in range(4)]
    assert header.sectionSize(Column.CAMERA) < QFontMetrics(table.font()).horizontalAdvance(long_camera)

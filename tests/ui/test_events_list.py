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


def ink_rows(image, top: int, bottom: int, left: int, right: int, background) -> list[int]:
    """The pixel rows between ``top`` and ``bottom`` where anything differs clearly from ``background``."""
    rows = []
    for y in range(top, bottom):
        for x in range(left, right):
            pixel = image.pixelColor(x, y)
            if (
                sum(abs(a - b) for a, b in zip(pixel.getRgb()[:3], background.getRgb()[:3], strict=True))
                > 150
            ):
                rows.append(y)
                break
    return rows


def test_a_corrected_plates_original_reading_is_legible_and_as_wide_as_the_plate(
    qtbot, engine_factory, open_window
) -> None:
    """ "Read as X, corrected to Y" at a glance: the struck-out reading is drawn nearly as tall as the plate
    (not a tiny grey line), in a colour clear of the row, and needs no wider column than the plate."""
    engine = engine_factory([], destinations=[])
    window = open_window(engine, 1280, 800)
    panel = window.events_panel
    event = engine.events.add(detected("823KUV12", ts=time.time()))
    engine.events.confirm(event.id, by="test", plate="823KUV11")
    engine.events.add(detected("271GK15", ts=time.time() - 60))  # a row not corrected, to stand on
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: panel.model.event_at(0).corrected)
    panel.table.clearSelection()
    panel.table.setCurrentIndex(panel.model.index(1, Column.CROP))  # the focus frame off the corrected row
    image = panel.table.viewport().grab().toImage()
    cell = panel.table.visualRect(panel.model.index(0, Column.PLATE))
    background = image.pixelColor(cell.right() - 2, cell.top() + 2)
    left, right = cell.left() + 2, cell.right() - 2
    ink = ink_rows(image, cell.top(), cell.bottom() + 1, left, right, background)
    gaps = [i for i in range(1, len(ink)) if ink[i] - ink[i - 1] > 1]
    assert gaps, f"one block of ink {ink}: the reading under the plate is missing"
    plate_rows, original_rows = ink[: gaps[0]], ink[gaps[-1] :]
    plate_height = plate_rows[-1] - plate_rows[0] + 1
    original_height = original_rows[-1] - original_rows[0] + 1
    assert original_height >= 0.7 * plate_height, (
        f"the reading is {original_height} px, the plate {plate_height}"
    )
    font = panel.table.column_font(Column.PLATE)
    plate_width = QFontMetrics(font).horizontalAdvance("823KUV11")
    original_width = QFontMetrics(PlateDelegate.small_font(font)).horizontalAdvance(
        PlateDelegate.original_text("823KUV12")
    )
    assert original_width <= plate_width, "the reading under the plate widens the column"

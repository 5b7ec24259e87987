"""The history window over a real engine: typed queries, filters, paging by scrolling, exports, details."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from support.events import detected

from cgrconsole.config import CameraConfig
from cgrconsole.core.review.history import PAGE_SIZE, read_csv
from cgrconsole.ui.history_window import Column, HistoryWindow


def shown_plates(window: HistoryWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(r, Column.PLATE)) for r in range(model.rowCount())]


def open_history(
    qtbot, engine_factory, open_window, plates: list[str]
) -> tuple[object, HistoryWindow, float]:
    cameras = [
        CameraConfig("Entry1", "synthetic://Entry1", anpr=False, title="Entry 1"),
        CameraConfig("Exit1", "synthetic://Exit1", "exit", anpr=False, title="Exit 1"),
    ]
    engine = engine_factory(cameras)
    main = open_window(engine, 1280, 800)
    now = time.time()
    for i, plate in enumerate(plates):
        camera, direction = (("Entry1", "entry"), ("Exit1", "exit"))[i % 2]
        engine.events.add(detected(plate, ts=now - 3600 * (i + 1), camera=camera, direction=direction))
    main.history_action.trigger()  # Ctrl+F
    window = main.history
    assert window is not None and main.history_action.shortcut() == QKeySequence(
        QKeySequence.StandardKey.Find
    )
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(plates), timeout=5000)
    return engine, window, now


def test_typing_a_partial_lookalike_plate_shows_the_matching_rows(qtbot, engine_factory, open_window) -> None:
    plates = ["123ABC01", "A123BO77", "777OOO02", "456XYZ05"]
    _engine, window, _now = open_history(qtbot, engine_factory, open_window, plates)
    assert shown_plates(window) == plates  # newest first
    assert window.plate.hasFocus()
    window.plate.insert("в")  # Cyrillic в for B (QTest types ASCII only; a keyboard layout inserts text)
    qtbot.keyClicks(window.plate, "0 7")  # 0 for O: finds A123BO77
    qtbot.waitUntil(lambda: shown_plates(window) == ["A123BO77"], timeout=5000)
    assert window.summary.text() == "Found: 1, newest first."
    window.plate.clear()
    qtbot.keyClicks(window.plate, "ooo")
    qtbot.waitUntil(lambda: shown_plates(window) == ["777OOO02"], timeout=5000)
    window.plate.clear()
    qtbot.keyClicks(window.plate, "999")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    assert window.summary.text() == "Nothing found."
    window.plate.clear()
    window.direction.setCurrentIndex(window.direction.findData("exit"))
    qtbot.waitUntil(lambda: shown_plates(window) == ["A123BO77", "456XYZ05"], timeout=5000)
    window.camera.setCurrentIndex(window.camera.findData("Entry1"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    window.direction.setCurrentIndex(0)
    qtbot.waitUntil(lambda: shown_plates(window) == ["123ABC01", "777OOO02"], timeout=5000)
    assert window.model.data(window.model.index(0, Column.CAMERA)) == "Entry 1"


def test_the_period_and_state_filters(qtbot, engine_factory, open_window) -> None:
    engine, window, now = open_history(
        qtbot, engine_factory, open_window, ["111AAA01", "222BBB02", "333CCC03"]
    )
    # events at now - 1 h, - 2 h, - 3 h; the range to the minute, in the site's time
    window.set_range(now - 2.5 * 3600, now - 1.5 * 3600)
    qtbot.waitUntil(lambda: shown_plates(window) == ["222BBB02"], timeout=5000)
    assert window.since.isVisible() and window.until.isVisible()
    window.period.setCurrentIndex(window.period.findData("24h"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    assert not window.since.isVisible()
    event = next(e for e in engine.events.recent() if e.plate == "333CCC03")
    engine.events.reject(event.id, by="officer", reason="reflection")  # a shown row follows its event
    row = shown_plates(window).index("333CCC03")
    qtbot.waitUntil(
        lambda: window.model.data(window.model.index(row, Column.STATE)) == "rejected", timeout=5000
    )
    assert window.model.data(window.model.index(row, Column.DECIDED_BY)) == "officer"
    window.state.setCurrentIndex(window.state.findData("rejected"))
    qtbot.waitUntil(lambda: shown_plates(window) == ["333CCC03"], timeout=5000)
    assert window.model.data(window.model.index(0, Column.STATE)) == "rejected"


def test_scrolling_down_loads_the_older_pages(qtbot, engine_factory, open_window) -> None:
    plates = [f"{100 + i}ABC01" for i in range(PAGE_SIZE + 30)]
    engine, window, _now = open_history(qtbot, engine_factory, open_window, plates[:PAGE_SIZE])
    engine.events.add(detected("999KKK09", ts=time.time()))  # and more than a page in all
    for i, plate in enumerate(plates[PAGE_SIZE:]):
        engine.events.add(detected(plate, ts=time.time() - 3600 * (PAGE_SIZE + 1 + i)))
    window.search()
    qtbot.waitUntil(lambda: window.model.rowCount() == PAGE_SIZE and window.model.has_more, timeout=5000)
    assert "scroll down for older ones" in window.summary.text()
    window.table.scrollToBottom()  # the view asks the model for more at the end
    qtbot.waitUntil(lambda: window.model.rowCount() == len(plates) + 1, timeout=5000)
    assert shown_plates(window) == ["999KKK09", *plates]
    assert window.summary.text() == f"Found: {len(plates) + 1}, newest first."


def test_export_csv_and_photos_then_open_details(qtbot, engine_factory, open_window, tmp_path: Path) -> None:
    plates = ["123ABC01", "A123BO77", "777OOO02"]
    engine, window, _now = open_history(qtbot, engine_factory, open_window, plates)
    qtbot.keyClicks(window.plate, "123")
    qtbot.waitUntil(lambda: shown_plates(window) == ["123ABC01", "A123BO77"], timeout=5000)
    target = tmp_path / "found.csv"
    window.export_csv_to(target)
    qtbot.waitUntil(lambda: not window.exporting, timeout=10_000)
    assert window.summary.text() == f"Exported to {target} (events: 2)"
    rows = read_csv(io.StringIO(target.read_text(encoding="utf-8-sig"), newline=""))
    assert [r["plate"] for r in rows] == ["123ABC01", "A123BO77"]
    photos = tmp_path / "found.zip"
    window.export_photos_to(photos)
    qtbot.waitUntil(lambda: not window.exporting, timeout=10_000)
    with zipfile.ZipFile(photos) as archive:
        assert len(archive.namelist()) == 2 * 2 + 1  # frame and crop of each, and events.csv
    window.table.setFocus()
    window.table.selectRow(1)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    main = window.parent()
    event_id = window.model.event_at(1).id
    qtbot.waitUntil(lambda: event_id in main.delivery_dialogs, timeout=5000)
    dialog = main.delivery_dialogs[event_id]
    qtbot.waitExposed(dialog)
    assert dialog.plate.text() == "A123BO77"
    window.close()
    qtbot.waitUntil(lambda: main.history is None, timeout=5000)
    assert engine.events.get(event_id).plate == "A123BO77"

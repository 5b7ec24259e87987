"""Screenshots of the console for people to look at (docs/screenshots with CGR_SAVE_SCREENSHOTS=1)."""

from __future__ import annotations

import os
import random
import time
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget
from support.archive import write_h264_archive_file
from support.destinations import ScriptedAnswers
from support.events import detected
from support.rtsp import free_port

from cgrconsole.config import CameraConfig
from cgrconsole.core.anpr.formats import pick_format
from cgrconsole.core.archive.retention import GB
from cgrconsole.core.camera.status import CameraState
from cgrconsole.core.review.events import DetectedPlate
from cgrconsole.core.review.media import encode_jpeg
from cgrconsole.core.synthetic.scene import Scene, SceneSpec
from cgrconsole.core.uplink.destination import Rejected, RetryLater
from cgrconsole.demo import DEMO_CAMERAS, demo_cameras
from cgrconsole.ui.event_text import uplink_summary_text
from cgrconsole.ui.events_model import Column
from cgrconsole.ui.history_window import Column as HistoryColumn
from cgrconsole.ui.theme import apply_theme

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def save(window: QWidget, name: str, tmp_path: Path) -> Path:
    """Grab the window as the officer sees it (the application's own theme)."""
    target = DOCS if os.environ.get("CGR_SAVE_SCREENSHOTS") else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    path = target / name
    assert window.grab().save(str(path)), f"could not write {path}"
    return path


def first_frame_with_plate(seed: int, direction: str) -> int:
    scene = Scene(SceneSpec(seed=seed, direction=direction))
    return next(
        i
        for i in range(0, 25 * 60)
        if any(t.fully_visible and t.box[2] - t.box[0] > 120 for t in scene.truth(i))
    )


def test_screenshot_main_window_demo(qtbot, qapp, engine_factory, open_window, tmp_path: Path) -> None:
    apply_theme(qapp)
    engine = engine_factory(list(DEMO_CAMERAS))
    window = open_window(engine, 1280, 800)
    plate_at = first_frame_with_plate(1, "entry")
    tiles = window.grid.tiles.values()
    qtbot.waitUntil(lambda: all(t.frame_seq > 0 for t in tiles), timeout=15_000)
    qtbot.waitUntil(lambda: window.grid.tiles["Entry1"].frame_seq > plate_at, timeout=90_000)
    qtbot.wait(200)
    path = save(window, "main_window.png", tmp_path)
    assert path.stat().st_size > 50_000


def test_screenshot_camera_problems_in_russian(
    qtbot, qapp, language, engine_factory, open_window, tmp_path: Path
) -> None:
    apply_theme(qapp)
    engine = engine_factory(
        [
            CameraConfig("Entry1", "synthetic://Entry1?seed=1", title="Въезд 1"),
            CameraConfig("Exit1", f"rtsp://127.0.0.1:{free_port()}/live", "exit", title="Выезд 1"),
            CameraConfig("Gate3", "rtsp://camera.invalid/live", title="Ворота 3"),
            CameraConfig("Yard", "synthetic://Yard", enabled=False, title="Стоянка"),
        ]
    )
    window = open_window(engine, 1280, 800)
    qtbot.waitUntil(
        lambda: (
            window.grid.tiles["Entry1"].status.state is CameraState.LIVE
            and window.grid.tiles["Exit1"].status.reason is not None
            and window.grid.tiles["Gate3"].status.reason is not None
        ),
        timeout=15_000,
    )
    qtbot.wait(300)
    engine.janitor.disk_usage = lambda path: (500 * GB, 500 * GB, int(0.3 * GB))  # a full disk
    engine.janitor.guard()
    qtbot.waitUntil(lambda: window.alarm.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "свободно 322.1 МБ" in window._archive.text(), timeout=5000)
    assert "Консоль CarGoRuqsat" in window.windowTitle()
    path = save(window, "camera_problems_ru.png", tmp_path)
    assert path.stat().st_size > 20_000


def scene_event_frame(scene: Scene, seed: int, direction: str) -> int:
    """The frame of the scene an event is made of: the vehicle whole, its plate a little below the middle."""
    first = first_frame_with_plate(seed, direction)

    def offset(i: int) -> float:
        boxes = [t.box for t in scene.truth(i) if t.fully_visible]
        return abs((boxes[0][1] + boxes[0][3]) / 2 - 0.6 * 720) if boxes else 1e9

    return min(range(max(0, first - 75), first + 75, 3), key=offset)


def scene_event(seed: int, direction: str, ts: float, camera: str, confidence: float) -> DetectedPlate:
    """A real-looking event: a synthetic camera's frame with a fully visible plate, and its crop."""
    scene = Scene(SceneSpec(seed=seed, direction=direction))
    index = scene_event_frame(scene, seed, direction)
    truth = next(t for t in scene.truth(index) if t.fully_visible)
    frame = scene.frame(index)
    x1, y1, x2, y2 = truth.box
    pad = max(4, (y2 - y1) // 6)
    crop = frame[max(0, y1 - pad) : y2 + pad, max(0, x1 - pad) : x2 + pad].copy()
    return DetectedPlate(
        camera=camera,
        ts=ts,
        direction=direction,
        plate=truth.plate,
        country=truth.country,
        confidence=confidence,
        frame_jpeg=encode_jpeg(frame),
        crop_jpeg=encode_jpeg(crop, quality=92),
        candidates=[{"plate": truth.plate, "score": confidence, "country": truth.country}],
        box=truth.box,
    )


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_screenshot_events_panel_and_delivery_dialog(
    qtbot, qapp, language, engine_factory, open_window, tmp_path: Path
) -> None:
    apply_theme(qapp)
    cgr, drvn = ScriptedAnswers("cgr"), ScriptedAnswers("drvn")
    # the list is filled by hand, not by ANPR
    cameras = [replace(c, anpr=False) for c in demo_cameras(language)]
    engine = engine_factory(cameras, destinations=[cgr, drvn])
    window = open_window(engine, 1280, 800)
    now = time.time()
    lanes = [("Entry1", "entry"), ("Exit1", "exit"), ("Entry2", "entry")]
    ids = []
    for i, seed in enumerate((11, 12, 13, 14, 15, 16, 17, 18)):
        camera, direction = lanes[i % 3]
        event = scene_event(seed, direction, now - 40 - 170 * i, camera, (0.97, 0.88, 0.74, 0.91)[i % 4])
        ids.append(engine.events.add(event).id)
    _newest, new, confirmed, corrected, sent, failed, rejected, sent_too = ids
    cgr.scripts[failed] = [
        RetryLater("connection timed out after 10 s", after_s=0.2),
        RetryLater("server busy", after_s=0.2, http_status=503),
        Rejected("http_400", "the server refused the plate: not a plate number it knows", 400),
    ]
    by = "Айгерим"
    for event_id in (sent_too, failed, sent):
        engine.events.confirm(event_id, by)
    engine.events.reject(rejected, by, "Reflection on a trailer")
    engine.dispatcher.wake()
    qtbot.waitUntil(lambda: engine.events.get(failed).state == "failed", timeout=10_000)
    qtbot.waitUntil(lambda: engine.events.get(sent).state == "sent", timeout=10_000)
    for event_id in (confirmed, corrected):  # the server is away for these two: they wait
        cgr.scripts[event_id] = [RetryLater("connection refused", after_s=3600)]
    engine.events.confirm(confirmed, by)
    plate = engine.events.get(corrected).plate
    engine.events.confirm(corrected, by, plate=plate[:-1] + ("1" if plate[-1] != "1" else "2"))
    engine.dispatcher.wake()
    panel = window.events_panel
    final = uplink_summary_text(7, 2, 1)  # every drvn row delivered, cgr: 2 sent, 2 waiting, 1 refused
    qtbot.waitUntil(lambda: window._uplink.text() == final, timeout=10_000)
    qtbot.waitUntil(lambda: all(t.frame_seq > 0 for t in window.grid.tiles.values()), timeout=15_000)
    panel.select_event(new)
    panel.table.setFocus()
    qtbot.wait(300)
    states = [panel.model.event_at(r).state for r in range(panel.model.rowCount())]
    assert states == ["new", "new", "confirmed", "corrected", "sent", "failed", "rejected", "sent"]
    table, header = panel.table, panel.table.horizontalHeader()
    for column in (Column.PLATE, Column.TIME, Column.DIRECTION, Column.STATE):  # nothing cut off
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= table.viewport().width(), f"{language}: {column.name} runs off the list"
        for row in range(panel.model.rowCount()):
            hint = table.sizeHintForIndex(panel.model.index(row, column)).width()
            assert hint <= header.sectionSize(column), f"{language}: {column.name} of row {row} is cut"
    path = save(window, "events_panel.png" if language == "en" else f"events_panel_{language}.png", tmp_path)
    assert path.stat().st_size > 50_000

    window._on_delivery_requested(failed)
    dialog = window.delivery_dialogs[failed]
    qtbot.waitExposed(dialog)
    assert dialog.sections["cgr"].model.rowCount() == 3
    play = dialog.player.play_button  # no archive video of this event: nothing to pause
    qtbot.waitUntil(lambda: dialog.player.problem.isVisible(), timeout=5000)
    assert not play.isEnabled() and play.text() == QCoreApplication.translate("ArchivePlayerWidget", "Play")
    qtbot.wait(200)
    path = save(
        dialog, "delivery_dialog.png" if language == "en" else f"delivery_dialog_{language}.png", tmp_path
    )
    assert path.stat().st_size > 30_000


def test_screenshot_pages_and_frozen_pictures_in_russian(
    qtbot, qapp, language, engine_factory, open_window, tmp_path: Path
) -> None:
    """Five cameras in 2×2: the problem camera on page 2 is announced on page 1; both kinds of frozen."""
    apply_theme(qapp)
    engine = engine_factory(
        [
            CameraConfig("Entry1", "synthetic://Entry1?seed=1", title="Въезд 1", anpr=False),
            CameraConfig("Exit1", "synthetic://Exit1?seed=2&direction=exit", "exit", title="Выезд 1"),
            CameraConfig("Entry2", "synthetic://Entry2?seed=3", title="Въезд 2", anpr=False),
            CameraConfig("Yard", "synthetic://Yard", enabled=False, title="Стоянка"),
            CameraConfig("Gate3", f"rtsp://127.0.0.1:{free_port()}/live", title="Ворота 3"),
        ]
    )
    window = open_window(engine, 1280, 800)
    window.grid_actions["2x2"].trigger()
    grid = window.grid
    qtbot.waitUntil(
        lambda: (
            all(grid.tiles[n].frame_seq > 0 for n in ("Entry1", "Exit1", "Entry2"))
            and grid.pager.problems_button.isVisible()
        ),
        timeout=15_000,
    )
    grid.stop()  # hold the picture: the two frozen tiles are staged, the others stay as they were
    exit1, entry2 = grid.tiles["Exit1"], grid.tiles["Entry2"]
    exit1.set_status(replace(exit1.status, same_picture_since=time.time() - 12))
    entry2._frame_at = time.monotonic() - 4
    assert grid.pager.problems_button.text() == "⚠ Не видна 1 камера с неполадкой: Ворота 3"
    qtbot.wait(100)
    path = save(window, "camera_pages_ru.png", tmp_path)
    assert path.stat().st_size > 50_000


def test_screenshot_correction_refuses_a_cyrillic_letter_in_russian(
    qtbot, qapp, language, engine_factory, open_window, tmp_path: Path
) -> None:
    apply_theme(qapp)
    engine = engine_factory([])
    window = open_window(engine, 1280, 800)
    event = engine.events.add(scene_event(11, "entry", time.time() - 30, "Entry1", 0.74))
    panel = window.events_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    panel.select_event(event.id)
    panel.correct_selected()
    dialog = panel.active_dialog
    dialog.plate_edit.setText(event.plate[:3] + "Ф" + event.plate[4:])
    assert not dialog.ok_button.isEnabled() and "латиницу" in dialog.verdict.text()
    qtbot.waitExposed(dialog)
    qtbot.wait(100)
    path = save(dialog, "correction_refused_ru.png", tmp_path)
    assert path.stat().st_size > 5_000
    dialog.reject()


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_screenshot_history_window(
    qtbot, qapp, language, engine_factory, open_window, tmp_path: Path
) -> None:
    """A returning truck searched by part of its plate typed in Cyrillic, over a week of events."""
    apply_theme(qapp)
    cgr = ScriptedAnswers("cgr")
    cameras = [replace(c, anpr=False) for c in demo_cameras(language)]
    engine = engine_factory(cameras, destinations=[cgr])
    window = open_window(engine, 1280, 800)
    rng = random.Random(5)
    now = time.time()
    lanes = [("Entry1", "entry"), ("Exit1", "exit"), ("Entry2", "entry")]
    ids = []
    for i in range(60):  # one event every ~2.5 hours; the truck 123ABC02 comes back every ~15 hours
        camera, direction = lanes[i % 3]
        plate = "123ABC02" if i % 6 == 1 else pick_format(rng).generate(rng)
        if i == 13:
            plate = "723ABC12"  # another plate with "23ABC" in it
        if i == 8:
            plate = "I23A8C02"  # the truck read with look-alikes, corrected below
        event = detected(plate, ts=now - 600 - 9000 * i, camera=camera, direction=direction)
        ids.append(engine.events.add(replace(event, confidence=rng.uniform(0.7, 0.99))).id)
    for i, event_id in enumerate(ids):
        if i % 11 == 4:
            engine.events.reject(event_id, "Айгерим", "Блик на прицепе")
        elif i == 8:
            engine.events.confirm(event_id, "Айгерим", plate="123ABC02")
        elif i > 1:
            engine.events.confirm(event_id, "Айгерим")
    engine.dispatcher.wake()
    qtbot.waitUntil(lambda: engine.outbox.counts().get("cgr", {}).get("pending", 0) == 0, timeout=15_000)
    window.history_action.trigger()
    history = window.history
    qtbot.waitExposed(history)
    history.period.setCurrentIndex(history.period.findData("7d"))
    history.plate.insert("23 АВС")  # Cyrillic А, В, С as a Russian keyboard types them
    history.search()
    qtbot.waitUntil(lambda: history.model.rowCount() == 11, timeout=5000)  # the truck's 10 visits + 723ABC12
    plates = [history.model.event_at(r).plate for r in range(history.model.rowCount())]
    assert set(plates) == {"123ABC02", "723ABC12"} and plates.count("123ABC02") == 10
    table, header = history.table, history.table.horizontalHeader()
    qtbot.wait(200)
    for column in HistoryColumn:  # nothing cut off, in either language
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= table.viewport().width(), f"{language}: {column.name} runs off the table"
        for row in range(history.model.rowCount()):
            hint = table.sizeHintForIndex(history.model.index(row, column)).width()
            assert hint <= header.sectionSize(column), f"{language}: {column.name} of row {row} is cut"
    for widget in (history.period, history.camera, history.direction, history.state, history.summary):
        assert widget.sizeHint().width() <= widget.width() or widget is history.summary
    for button in (history.details_button, history.csv_button, history.zip_button):
        assert button.sizeHint().width() <= button.width(), f"{language}: {button.text()} is cut"
    path = save(
        history, "history_window.png" if language == "en" else f"history_window_{language}.png", tmp_path
    )
    assert path.stat().st_size > 30_000


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_screenshot_log_viewer(qtbot, qapp, language, engine_factory, open_window, tmp_path: Path) -> None:
    """The connection and transfer log after a camera came up, a remote party watched and events were sent."""
    from cgrconsole.core.storage.audit import AuditKind

    apply_theme(qapp)
    engine = engine_factory(
        [CameraConfig("Entry1", "synthetic://Entry1?seed=1", anpr=False, title="Въезд 1")]
    )
    window = open_window(engine, 1280, 800)
    qtbot.waitUntil(lambda: engine.cameras.status("Entry1").state is CameraState.LIVE, timeout=15_000)
    audit = engine.audit
    audit.record(AuditKind.HLS_CLIENT, "10.8.0.7", event="connect", camera="Entry1", user="token")
    for i in range(3):
        audit.record(AuditKind.API_CALL, "cgr", event="send", event_id=f"ev{i}", result="delivered")
    audit.record(AuditKind.API_CALL, "cgr", event="send", event_id="ev3", result="rejected", code="http_400")
    audit.record(AuditKind.SFTP_TRANSFER, "Entry1/2026/12/03/10/Entry1_10_05.mp4", event="uploaded")
    audit.record(AuditKind.ADMIN_ACTION, "admin", action="sign_in")
    audit.record(AuditKind.ADMIN_ACTION, "admin", action="sign_out", why="timeout")
    audit.record(AuditKind.HLS_CLIENT, "10.8.0.7", event="disconnect", camera="Entry1", user="token")
    for minute in range(10, 25, 5):  # a shift's traffic, enough to fill the window as a night does
        audit.record(
            AuditKind.SFTP_TRANSFER, f"Entry1/2026/12/03/10/Entry1_10_{minute}.mp4", event="uploaded"
        )
        for i in range(3):
            audit.record(
                AuditKind.API_CALL, "cgr", event="send", event_id=f"ev{minute}{i}", result="delivered"
            )
    window.log_action.trigger()
    viewer = window.log_viewer
    qtbot.waitUntil(lambda: viewer.model.rowCount() >= 20, timeout=5000)
    qtbot.wait(200)
    name = "log_viewer.png" if language == "en" else f"log_viewer_{language}.png"
    assert save(viewer, name, tmp_path).stat().st_size > 20_000


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_screenshot_event_details_with_the_player(
    qtbot, qapp, language, engine_factory, open_window, tmp_path: Path
) -> None:
    apply_theme(qapp)
    engine = engine_factory(
        [replace(c, anpr=False) for c in demo_cameras(language)], destinations=[ScriptedAnswers("cgr")]
    )
    window = open_window(engine, 1280, 800)
    zone = ZoneInfo(engine.config.site.timezone)
    seed, fps = 21, 10
    scene = Scene(SceneSpec(seed=seed, direction="entry"))
    plate_at = scene_event_frame(scene, seed, "entry")  # scene frames are 25 fps, the file's 10 fps
    start_frame = max(0, plate_at - 200)  # from 8 s before the event
    start = float(int(time.time() - 7200) // 300 * 300 + 12)

    def picture(i: int) -> np.ndarray:
        return cv2.resize(scene.frame(start_frame + int(i * 2.5)), (640, 360), interpolation=cv2.INTER_AREA)

    root = engine.paths.archive_dir
    first = write_h264_archive_file(
        root, engine.archive_index, "Entry1", start, 20, zone, (0, 0, 0), fps, picture
    )
    write_h264_archive_file(
        root, engine.archive_index, "Entry1", start + 20, 4, zone, (0, 0, 0), fps, picture
    )
    event = scene_event(seed, "entry", start + (plate_at - start_frame) / 25, "Entry1", 0.81)
    event_id = engine.events.add(replace(event, archive_path=first)).id
    plate = engine.events.get(event_id).plate
    engine.events.confirm(event_id, "Айгерим", plate=plate[:-1] + ("1" if plate[-1] != "1" else "2"))
    engine.dispatcher.wake()
    window._on_delivery_requested(event_id)
    dialog = window.delivery_dialogs[event_id]
    qtbot.waitExposed(dialog)
    player = dialog.player
    qtbot.waitUntil(lambda: dialog.playback is not None, timeout=5000)
    target = int(dialog.playback.offset_s * 1000)
    qtbot.waitUntil(lambda: player.state() == "playing" and player.time_ms() >= target, timeout=20_000)
    player.toggle()  # paused at the event: the picture stands still for the screenshot
    qtbot.waitUntil(lambda: player.state() == "paused" and player.surface.frames > 3, timeout=5000)
    qtbot.waitUntil(lambda: engine.outbox.counts().get("cgr", {}).get("delivered", 0) == 1, timeout=10_000)
    qtbot.wait(300)
    for button in (player.play_button, player.next_button, dialog.resend_button, dialog.correct_button):
        assert button.sizeHint().width() <= button.width(), f"{language}: {button.text()} is cut"
    path = save(
        dialog, "event_details.png" if language == "en" else f"event_details_{language}.png", tmp_path
    )
    assert path.stat().st_size > 100_000
    # re-opened after it was sent: corrected and sent again, told once in the decisions
    assert dialog.correct_button.isEnabled()
    correction = dialog.correct()
    correction.plate_edit.setText(plate)
    correction.accept()
    qtbot.waitUntil(lambda: engine.outbox.counts().get("cgr", {}).get("delivered", 0) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: len(dialog.decisions_text.text().splitlines()) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: engine.events.get(event_id).state == "sent", timeout=10_000)
    # the dialog's own look at the delivery (every 2 s) reads the event and then its outbox rows
    qtbot.waitUntil(lambda: dialog.record.state == "sent", timeout=5000)
    decided = dialog.decisions_text  # and the layout has given the re-read decisions their height
    qtbot.waitUntil(lambda: decided.height() >= decided.heightForWidth(decided.width()), timeout=5000)
    name = "event_details_resent.png" if language == "en" else f"event_details_resent_{language}.png"
    assert save(dialog, name, tmp_path).stat().st_size > 100_000
    dialog.close()


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_screenshot_add_a_missed_vehicle(
    qtbot, qapp, language, engine_factory, open_window, tmp_path
) -> None:
    apply_theme(qapp)
    engine = engine_factory([replace(c, anpr=False) for c in demo_cameras(language)])
    window = open_window(engine, 1280, 800)
    plate_at = first_frame_with_plate(1, "entry")
    qtbot.waitUntil(lambda: window.grid.tiles["Entry1"].frame_seq > plate_at + 10, timeout=90_000)
    dialog = window.open_missed_vehicle("Entry1")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.plate_edit.setText("123ABC01")
    dialog.plate_edit.textEdited.emit("123ABC01")
    qtbot.wait(200)
    assert dialog.verdict.text().startswith("✓") and dialog.add_button.isEnabled()
    for button in (dialog.add_button, dialog.refreeze_button):
        assert button.sizeHint().width() <= button.width(), f"{language}: {button.text()} is cut"
    path = save(
        dialog, "missed_vehicle.png" if language == "en" else f"missed_vehicle_{language}.png", tmp_path
    )
    assert path.stat().st_size > 50_000
    dialog.reject()


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_screenshot_officer_on_shift(qtbot, qapp, language, engine_factory, open_window, tmp_path) -> None:
    """The toolbar names the officer on shift; the first decision without one asks for the name."""
    apply_theme(qapp)
    engine = engine_factory([], destinations=[], officer=None)
    window = open_window(engine, 1024, 640)
    suffix = "" if language == "en" else f"_{language}"
    event_id = engine.events.add(detected("123ABC01", ts=time.time())).id
    panel = window.events_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    panel.confirm_selected()
    (dialog,) = [d for d in panel.findChildren(QDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("Айгерим Нурланова")
    qtbot.wait(100)
    assert dialog.ok_button.sizeHint().width() <= dialog.ok_button.width(), f"{language}: OK is cut"
    assert save(dialog, f"shift_dialog{suffix}.png", tmp_path).stat().st_size > 5_000
    dialog.accept()
    qtbot.waitUntil(lambda: engine.events.get(event_id).decided_by == "Айгерим Нурланова", timeout=5000)
    widget = window.shift_widget
    qtbot.waitUntil(lambda: "Айгерим" in widget.label.text(), timeout=5000)
    assert widget.isVisible() and widget.mapTo(window, widget.rect().topRight()).x() <= window.width()
    assert widget.change_button.sizeHint().width() <= widget.change_button.width()
    assert widget.label.sizeHint().width() <= widget.label.width(), f"{language}: the officer's name is cut"
    empty = window.grid.empty_label  # no camera: said where the pictures would be, whole
    assert empty.isVisible() and "cgrconsole --demo" in empty.text()
    assert empty.heightForWidth(empty.width()) <= empty.height(), f"{language}: the no-camera text is cut"
    assert save(window, f"shift_window{suffix}.png", tmp_path).stat().st_size > 10_000
    change = widget.open_dialog()
    qtbot.waitExposed(change)
    assert save(change, f"shift_change{suffix}.png", tmp_path).stat().st_size > 5_000
    change.reject()

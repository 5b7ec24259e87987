"""The health view on a real engine: synthetic cameras (one dark), the archive, a destination that delivers
one event and refuses another, an SFTP server and a CarGoRuqsat address where nothing listens, the live
stream. Each part shows what the engine knows; a click on a status bar line opens the view at its part."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from support.destinations import ScriptedAnswers
from support.events import detected
from support.rtsp import free_port

from cgrconsole.config import CameraConfig, UplinkConfig
from cgrconsole.core.archive.upload.settings import SftpConfig
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.destination import Rejected
from cgrconsole.core.uplink.reasons import because
from cgrconsole.demo import demo_cameras
from cgrconsole.ui.health_view import PARTS, HealthWindow
from cgrconsole.ui.main_window import MainWindow
from cgrconsole.ui.theme import apply_theme

SMALL = "size=640x360&fps=10"


def assert_picture(path: Path, size) -> None:
    """A screenshot worth looking at: the widget's size, and not one flat colour."""
    image = QImage(str(path))
    assert (image.width(), image.height()) == (size.width(), size.height())
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, f"{path.name} is nearly one colour"


def cell(table, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


TITLES = {
    "en": ("Entry lane 1", "Exit lane 1", "Waiting zone", "Gate 3"),
    "ru": ("Въезд, полоса 1", "Выезд, полоса 1", "Зона ожидания", "Ворота 3"),
}


def open_busy_console(
    engine_factory, open_window, width: int = 1280, height: int = 860, language: str = "en"
):
    """Three synthetic cameras and one that cannot be reached; a destination; SFTP and CGR addresses down."""
    entry, exit_, yard, gate = TITLES[language]
    cameras = [
        CameraConfig("Entry1", f"synthetic://Entry1?seed=1&{SMALL}", title=entry),
        CameraConfig("Exit1", f"synthetic://Exit1?seed=2&{SMALL}", "exit", title=exit_),
        CameraConfig("Yard", f"synthetic://Yard?seed=4&{SMALL}", anpr=False, title=yard),
        CameraConfig("Gate3", f"rtsp://127.0.0.1:{free_port()}/live", title=gate),
    ]
    cgr = ScriptedAnswers("cgr")
    uplink = UplinkConfig(cgr=CgrSettings(enabled=True, base_url=f"https://127.0.0.1:{free_port()}"))
    sftp = SftpConfig(enabled=True, host="127.0.0.1", port=free_port(), user="archive")
    secrets = SecretStore(MemoryKeyring({"sftp/password": "not-used"}))
    engine = engine_factory(cameras, [cgr], secrets=secrets, uplink=uplink, sftp=sftp)
    window = open_window(engine, width, height)
    now = time.time()
    for plate, script in (("123ABC01", None), ("777XYZ02", "refuse")):
        event = engine.events.add(detected(plate=plate, ts=now, camera="Entry1"))
        if script:
            cgr.scripts[event.id] = [Rejected("http_400", because("cgr.refused", status=400), 400)]
        engine.events.confirm(event.id, by="test")
    engine.dispatcher.wake()
    return engine, window


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_screenshot_health_view_every_part_shows_what_the_engine_knows(
    qtbot, qapp, language, engine_factory, open_window, tmp_path: Path
) -> None:
    from test_screenshots import save
    from test_translation_coverage import english_in, widget_texts

    apply_theme(qapp)
    engine, window = open_busy_console(engine_factory, open_window, language=language)
    view = window.open_health()
    qtbot.waitExposed(view)
    en = language == "en"

    def ready() -> bool:
        snapshot = view.snapshot
        if snapshot is None or view.cameras.rowCount() != 4:
            return False
        live = {c.camera.name: c for c in snapshot.cameras if c.status.fps > 0}
        recording = all(
            c.recording is not None and c.recording.state.value == "recording"
            for c in snapshot.cameras
            if c.camera.name != "Gate3"
        )
        counts = {d.name: (d.delivered, d.failed) for d in snapshot.destinations}
        checked = all(r.checked for r in snapshot.reachability)
        return len(live) == 3 and recording and counts == {"cgr": (1, 1)} and checked and bool(snapshot.disks)

    qtbot.waitUntil(ready, timeout=30_000)
    view.show_snapshot(view.snapshot)
    rows = {cell(view.cameras, r, 0): r for r in range(view.cameras.rowCount())}
    assert set(rows) == set(TITLES[language])
    entry, gate = rows[TITLES[language][0]], rows[TITLES[language][3]]
    assert cell(view.cameras, entry, 1) == ("Live" if en else "В эфире")
    assert float(cell(view.cameras, entry, 2)) > 0
    assert cell(view.cameras, entry, 3).endswith("kbit/s" if en else "кбит/с")
    assert cell(view.cameras, entry, 4) == ("yes" if en else "да")
    assert cell(view.cameras, entry, 5).isdigit()
    assert cell(view.cameras, gate, 1) != cell(view.cameras, entry, 1)
    assert cell(view.cameras, gate, 6), "a dark camera says why"

    disk = view.disk.text()
    assert ("free of" if en else "свободно") in disk and ("Archive:" if en else "Архив:") in disk
    assert ("< 1 day" if en else "< 1 дн") in disk
    assert ("Keeping 60 days needs about" if en else "60 дн.") in view.retention.text()

    assert view.outbox.rowCount() == 1
    assert [cell(view.outbox, 0, c) for c in (0, 2, 3)] == ["CarGoRuqsat", "1", "1"]
    assert cell(view.outbox, 0, 4), "the last answer in words"

    servers = {cell(view.uplinks, r, 0): r for r in range(view.uplinks.rowCount())}
    assert set(servers) == {"CarGoRuqsat", "SFTP"}
    no = "NO" if en else "НЕТ"
    assert all(cell(view.uplinks, r, 2) == no for r in servers.values())
    assert "TCP" in cell(view.uplinks, servers["SFTP"], 4)

    assert engine.live_server is not None and engine.live_server.base_url in view.live.text()
    assert ("clients watching now: 0" if en else "смотрят сейчас: 0") in view.live.text()
    assert ("Queue: empty" if en else "Очередь пуста") in view.sftp.text()
    assert view.details_buttons["sftp"].isVisible() and view.details_buttons["live"].isVisible()
    assert view.problems.text()

    suffix = "" if en else "_" + language
    for part in ("cameras", "uplinks"):
        view.show_part(part)
        qtbot.wait(50)
        assert_picture(save(view, f"health_{part}{suffix}.png", tmp_path), view.size())
    if not en:
        texts = widget_texts(view)
        names = {
            "CarGoRuqsat",
            "SFTP",
            "TCP",
            "HLS",
            "VPN",
            "fps",
        }
        found = {t: w for t, w in english_in(texts, language).items() if set(w) - names}
        assert found == {}


def test_a_click_on_each_status_line_opens_its_part(qtbot, engine_factory, open_window) -> None:
    _engine, window = open_busy_console(engine_factory, open_window, 1600, 900)
    assert window.upload is not None
    lines = {
        "cameras": window._summary,
        "disk": window._archive,
        "outbox": window._uplink,
        "uplinks": window.reach,
        "live": window.live.label,
        "sftp": window.upload.label,
    }
    qtbot.waitUntil(lambda: all(w.isVisible() for w in lines.values()), timeout=15_000)
    for part, widget in reversed(list(lines.items())):  # the last parts first: the view must scroll back up
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(5, widget.height() // 2))
        view = window.health
        assert isinstance(view, HealthWindow) and view.isVisible()
        assert view.current_part == part
        qtbot.waitUntil(lambda v=view, p=part: v.part_in_view(p), timeout=2000)
        assert view.parts[part].hasFocus() or view.focusWidget() is view.parts[part]
    assert window.live.dialog is None, "the live line opens the health view, its details are a button"
    qtbot.mouseClick(window.health.details_buttons["live"], Qt.MouseButton.LeftButton)
    assert window.live.dialog is not None and window.live.dialog.isVisible()


def test_ctrl_h_opens_one_view_and_it_stops_reading_when_closed(qtbot, engine_factory) -> None:
    engine = engine_factory([CameraConfig("Entry1", f"synthetic://Entry1?{SMALL}")])
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    view = window.open_health()
    assert view.waiting.text(), "says it reads, or that the console is not running"
    qtbot.waitUntil(lambda: "not running" in view.waiting.text(), timeout=5000)
    engine.start()
    window.start()
    qtbot.waitUntil(lambda: view.snapshot is not None, timeout=5000)
    assert window.open_health("disk") is view, "asked again: the same view"
    assert window.health_action.shortcut().toString() == "Ctrl+H"
    assert set(view.parts) == set(PARTS)
    view.close()
    qtbot.waitUntil(lambda: window.health is None, timeout=2000)


SIX = [
    *demo_cameras("en"),
    CameraConfig(
        "Weigh",
        f"synthetic://Weigh?seed=5&{SMALL}",
        "exit",
        title="Weighbridge exit towards the Khorgos customs terminal",
    ),
    CameraConfig("Back", f"synthetic://Back?seed=6&{SMALL}", title="Back gate"),
]


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
@pytest.mark.parametrize("width", [1024, 1920])
def test_screenshot_six_cameras_fill_the_grid(
    qtbot, qapp, language, width: int, engine_factory, open_window, tmp_path: Path
) -> None:
    from test_screenshots import save

    apply_theme(qapp)
    cameras = list(SIX)
    if language != "en":
        titles = {"Weigh": "Выезд с весовой в сторону таможенного терминала Хоргос", "Back": "Задние ворота"}
        cameras = [replace(c, title=titles.get(c.name, c.title)) for c in demo_cameras(language)] + [
            replace(c, title=titles[c.name]) for c in SIX[4:]
        ]
    engine = engine_factory(cameras)
    window = open_window(engine, width, 1080 if width > 1024 else 768)
    window.resize(width, 1080 if width > 1024 else 768)  # offscreen, the first show widens it by the dock
    qtbot.waitUntil(lambda: window.width() == width, timeout=2000)  # the whole console fits the screen
    tiles = list(window.grid.tiles.values())
    qtbot.waitUntil(lambda: all(t.frame_seq > 0 and t.status.fps > 0 for t in tiles), timeout=30_000)
    qtbot.waitUntil(lambda: all(t.recording is not None for t in tiles), timeout=10_000)
    columns, rows = window.grid.shape
    assert columns * rows == 6, "six cameras, no empty cell"
    for tile in tiles:
        top, bottom = tile.top_bar_layout(), tile.bottom_bar_layout()
        assert not top.left_rect.intersects(top.right_rect)
        assert not bottom.left_rect.intersects(bottom.right_rect)
        assert tile._video_rect().top() >= top.left_rect.bottom()
    qtbot.wait(200)
    suffix = "" if language == "en" else "_" + language
    assert_picture(save(window, f"main_window_6_cameras_{width}{suffix}.png", tmp_path), window.size())

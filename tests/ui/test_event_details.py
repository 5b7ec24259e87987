"""The event details dialog: the boxed frame, the decisions from the audit, and the archive video played
with the real libvlc at the event's moment (±10 s, the next file), or the system's player without libvlc."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, QPoint, QRect, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices
from support.archive import write_h264_archive_file
from support.destinations import ScriptedDestination
from support.events import detected

from cgrconsole.core.archive.playback import locate, next_point
from cgrconsole.ui.event_details import EventDetailsDialog
from cgrconsole.vlc_runtime import VlcMissing, load_vlc

RED_FILE, BLUE_FILE = (200, 30, 30), (30, 30, 200)
REPO = Path(__file__).resolve().parents[2]


def vlc_present() -> bool:
    return not isinstance(load_vlc(), VlcMissing)


needs_vlc = pytest.mark.skipif(not vlc_present(), reason="libvlc5 + vlc-plugin-base are not installed")


def archive_event(engine, camera: str = "Gate", offset: float = 50.0, plate: str = "123ABC01") -> tuple:
    """Two files of the camera (60 s red, then 30 s blue) and an event ``offset`` s into the first."""
    zone = ZoneInfo(engine.config.site.timezone)
    start = float(int(time.time() - 3600) // 300 * 300 + 17)  # not on a slot boundary, as a real file
    root = engine.paths.archive_dir
    first = write_h264_archive_file(root, engine.archive_index, camera, start, 60, zone, RED_FILE)
    second = write_h264_archive_file(root, engine.archive_index, camera, start + 60, 30, zone, BLUE_FILE)
    event = engine.events.add(detected(plate, ts=start + offset, camera=camera, archive_path=first))
    return event.id, root / first, root / second


def shown_color(dialog: EventDetailsDialog) -> QColor:
    image = dialog.player.surface.image
    assert image is not None
    return image.pixelColor(image.width() // 4, image.height() // 2)  # clear of the moving bar mostly


def is_close(color: QColor, rgb: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance for a, b in zip((color.red(), color.green(), color.blue()), rgb, strict=True)
    )


def open_details(qtbot, window, event_id: str) -> EventDetailsDialog:
    window._on_delivery_requested(event_id)
    dialog = window.delivery_dialogs[event_id]
    qtbot.waitExposed(dialog)
    return dialog


def test_locate_finds_the_file_the_offset_and_the_next_file(engine_factory) -> None:
    engine = engine_factory([])
    engine.start()
    event_id, first, second = archive_event(engine)
    event = engine.events.get(event_id)
    point = locate(engine.archive_index, engine.paths.archive_dir, event.archive_path, event.ts)
    assert point.path == first and point.problem is None
    assert point.offset_s == pytest.approx(50.0) and point.duration_s == pytest.approx(60.0)
    assert point.near_end
    following = next_point(engine.archive_index, engine.paths.archive_dir, point)
    assert following is not None and following.path == second and following.offset_s == 0
    assert next_point(engine.archive_index, engine.paths.archive_dir, following) is None
    missing = locate(engine.archive_index, engine.paths.archive_dir, "Gate/2020/01/01/00/x.mp4", event.ts)
    assert missing.problem == "not_finished"  # not indexed and not on disk: still being recorded
    first.unlink()
    assert locate(engine.archive_index, engine.paths.archive_dir, event.archive_path, event.ts).problem == (
        "not_on_disk"
    )


@needs_vlc
def test_player_plays_the_event_moment_jumps_and_goes_on_to_the_next_file(
    qtbot, engine_factory, open_window
) -> None:
    engine = engine_factory([])
    window = open_window(engine, 1280, 800)
    event_id, first, second = archive_event(engine, offset=50.0)
    engine.events.confirm(event_id, "Ivanova", plate="123ABC02")  # a correction, for the decisions
    opened: list[str] = []
    dialog = open_details(qtbot, window, event_id)
    dialog.player.file_opened.connect(opened.append)
    player = dialog.player
    # the right file, started a little before the event, reaching the event's moment while playing
    qtbot.waitUntil(lambda: player.state() == "playing" and player.time_ms() > 0, timeout=10_000)
    assert player.point is not None and player.point.path == first
    assert 44_000 <= player.time_ms() <= 50_000, player.time_ms()
    qtbot.waitUntil(lambda: player.time_ms() >= 50_000 and player.state() == "playing", timeout=10_000)
    qtbot.waitUntil(lambda: player.surface.frames > 5, timeout=5000)
    assert is_close(shown_color(dialog), RED_FILE), shown_color(dialog).name()
    assert "0:50" in player.position.text()
    # the frame with the plate boxed, and who decided what
    picture = dialog.picture.pixmap().toImage()
    assert not picture.isNull()
    greens = sum(
        1
        for x in range(0, picture.width(), 2)
        for y in range(0, picture.height(), 2)
        if is_close(picture.pixelColor(x, y), (0x34, 0xC7, 0x59), 50)
    )
    assert greens > 20, "the plate's box is not drawn"
    decisions = dialog.decisions_text.text()
    assert "Ivanova" in decisions and "123ABC01" in decisions and "123ABC02" in decisions
    # -10 s and +10 s, paused so the clock stands still
    player.toggle()
    qtbot.waitUntil(lambda: player.state() == "paused", timeout=5000)
    before = player.time_ms()
    player.jump(-10)
    qtbot.waitUntil(lambda: abs(player.time_ms() - (before - 10_000)) < 700, timeout=5000)
    player.jump(+10)
    qtbot.waitUntil(lambda: abs(player.time_ms() - before) < 700, timeout=5000)
    player.toggle()
    qtbot.waitUntil(lambda: player.state() == "playing", timeout=5000)
    player.speed.setCurrentIndex(player.speed.findData(2.0))
    assert player.player.get_rate() == pytest.approx(2.0)
    # near the end of the file: the next one is offered, and opens from its start
    assert player.next_button.isEnabled() and "0:10" in player.next_button.toolTip()
    player.next_button.click()
    qtbot.waitUntil(lambda: opened[-1:] == [str(second)], timeout=5000)
    qtbot.waitUntil(lambda: player.state() == "playing" and 0 <= player.time_ms() < 10_000, timeout=10_000)
    qtbot.waitUntil(lambda: is_close(shown_color(dialog), BLUE_FILE), timeout=5000)
    assert not player.next_button.isEnabled()  # nothing after the blue file
    dialog.close()
    assert player.player is None  # libvlc let go before the window went away


@needs_vlc
def test_embedded_player_with_a_dummy_video_output_reaches_the_offset(
    qtbot, engine_factory, open_window
) -> None:
    engine = engine_factory([])
    window = open_window(engine, 1280, 800)
    event_id, first, _second = archive_event(engine, offset=20.0)
    dialog = EventDetailsDialog(
        engine, event_id, window, loader=lambda: load_vlc(("--vout=dummy",)), player_mode="embed"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    player = dialog.player
    qtbot.waitUntil(lambda: player.state() == "playing", timeout=10_000)
    assert player.embedding == "embed" and player.point is not None and player.point.path == first
    qtbot.waitUntil(lambda: player.time_ms() >= 20_000, timeout=10_000)
    assert player.state() == "playing"
    dialog.close()


@needs_vlc
def test_the_details_use_their_space_the_frame_beside_the_video_the_story_under_them(
    qtbot, engine_factory, open_window
) -> None:
    engine = engine_factory([], destinations=[ScriptedDestination()])
    window = open_window(engine, 1280, 800)
    event_id, _first, _second = archive_event(engine, offset=20.0)
    engine.events.confirm(event_id, "Ivanova", plate="123ABC02")
    dialog = EventDetailsDialog(
        engine, event_id, window, loader=lambda: load_vlc(("--vout=dummy",)), player_mode="embed"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.player.state() == "playing", timeout=10_000)
    qtbot.waitUntil(lambda: bool(dialog.sections) and dialog.decisions_text.text() != "", timeout=5000)

    def where(widget) -> QRect:
        return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())

    picture, video = where(dialog.picture), where(dialog.player)
    assert video.left() >= picture.right() and video.top() < picture.center().y(), "side by side"
    assert dialog.width() <= 1280 and dialog.height() <= 800, "fits the smallest checkpoint screen"
    buttons = where(dialog.correct_button).top()
    ends = {
        "left (plate, facts, decisions)": where(dialog.decisions_box).bottom(),
        "right (video, delivery)": max(where(s).bottom() for s in dialog.sections.values()),
    }
    for column, end in ends.items():
        empty = buttons - end
        assert empty < 0.25 * dialog.height(), f"{column}: {empty} px empty of {dialog.height()}"
    dialog.close()


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_without_libvlc_the_dialog_says_so_and_offers_the_system_player(
    qtbot, engine_factory, open_window
) -> None:
    engine = engine_factory([])
    window = open_window(engine, 1280, 800)
    event_id, first, _second = archive_event(engine, offset=50.0)
    missing = {"PYTHON_VLC_LIB_PATH": "/nonexistent/libvlc.so.5"}
    dialog = EventDetailsDialog(engine, event_id, window, loader=lambda: load_vlc(environ=missing))
    qtbot.addWidget(dialog)
    dialog.show()
    player = dialog.player
    qtbot.waitUntil(lambda: player.problem.isVisible(), timeout=5000)
    assert "VLC" in player.problem.text() and "0:50" in player.problem.text()
    assert "/nonexistent/libvlc.so.5" in player.problem.text()
    assert player.system_button.isVisible() and not player.surface.isVisible()
    assert not player.play_button.isEnabled()
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        player.system_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(first)]
    dialog.close()


def test_python_vlc_exiting_at_import_does_not_end_the_console(tmp_path: Path) -> None:
    """A PYTHON_VLC_LIB_PATH naming a file that is no library: python-vlc calls sys.exit(1) at import."""
    not_a_library = tmp_path / "libvlc.so.5"
    not_a_library.write_text("not a library")
    code = (
        "from cgrconsole.vlc_runtime import load_vlc\n"
        "found = load_vlc()\n"
        "print(type(found).__name__, getattr(found, 'reason', ''))\n"
    )
    env = {**os.environ, "PYTHON_VLC_LIB_PATH": str(not_a_library), "PYTHONPATH": str(REPO)}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("VlcMissing") and "exit" in run.stdout, run.stdout

"""The main window offscreen: video in the tiles, statuses that change, a GUI that never freezes."""

from __future__ import annotations

import sys
import threading
import time

import numpy as np
from PySide6.QtCore import QThread, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from support.rtsp import free_port

from cgrconsole.config import CameraConfig
from cgrconsole.core.camera.status import CameraState, CameraStatus, FailureReason
from cgrconsole.ui.main_window import MainWindow

SMALL = "size=640x360&fps=15"


def pixels(image: QImage) -> np.ndarray:
    """A copy: a view would point into the QImage's memory, which is reused once it is freed."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3].copy()


def test_tiles_show_video_and_problem_cameras_show_their_status(qtbot, engine_factory, open_window) -> None:
    engine = engine_factory(
        [
            CameraConfig("Entry1", f"synthetic://Entry1?seed=1&{SMALL}", title="Entry lane 1"),
            CameraConfig("Broken", f"rtsp://127.0.0.1:{free_port()}/live", direction="exit"),
            CameraConfig("Spare", f"synthetic://Spare?{SMALL}", enabled=False),
        ]
    )
    window = open_window(engine)
    video, broken, spare = (window.grid.tiles[n] for n in ("Entry1", "Broken", "Spare"))

    qtbot.waitUntil(lambda: video.frame_seq > 5 and video.status.state is CameraState.LIVE, timeout=10_000)
    shot = pixels(video.grab().toImage())
    assert shot.std() > 20, "the live tile shows a picture, not a flat colour"
    assert len(np.unique(shot.reshape(-1, 3), axis=0)) > 200

    qtbot.waitUntil(lambda: broken.status.reason is FailureReason.REFUSED, timeout=10_000)
    assert broken.status.state in (CameraState.RECONNECTING, CameraState.OFFLINE)
    assert broken.frame_seq == -1
    assert spare.status.state is CameraState.DISABLED
    assert "Reconnecting: 1" in window._summary.text() or "Offline: 1" in window._summary.text()
    assert "Live: 1" in window._summary.text()
    # a problem tile is painted differently from a live one: text on dark, not video
    dark = pixels(broken.grab().toImage())
    assert dark.mean() < shot.mean() and dark.std() > 5


def test_status_changes_arrive_on_the_gui_thread(qtbot, engine_factory) -> None:
    engine = engine_factory([CameraConfig("Entry1", f"synthetic://Entry1?{SMALL}")])
    window = MainWindow(engine)
    qtbot.addWidget(window)
    seen: list[bool] = []
    window.bridge.camera_status_changed.connect(
        lambda status: seen.append(QThread.currentThread() is QApplication.instance().thread())
    )
    status = CameraStatus("Entry1", CameraState.OFFLINE, FailureReason.UNAUTHORIZED)
    with qtbot.waitSignal(window.bridge.camera_status_changed, timeout=5000):
        threading.Thread(target=window.bridge._on_camera_status, args=(status,)).start()
    qtbot.waitUntil(
        lambda: window.grid.tiles["Entry1"].status.reason is FailureReason.UNAUTHORIZED, timeout=2000
    )
    assert seen == [True]


def test_grid_modes_and_double_click_enlarges(qtbot, engine_factory) -> None:
    cameras = [CameraConfig(f"Cam{i}", f"synthetic://Cam{i}?{SMALL}", enabled=False) for i in range(5)]
    window = MainWindow(engine_factory(cameras))
    qtbot.addWidget(window)
    window.show()
    visible = lambda: [n for n, t in window.grid.tiles.items() if t.isVisible()]  # noqa: E731
    assert len(visible()) == 5  # auto: 3x3 for five cameras
    window.grid_actions["2x2"].trigger()
    assert visible() == ["Cam0", "Cam1", "Cam2", "Cam3"]
    assert window.grid.page_count == 2 and window.grid.pager.isVisible()  # Cam4 is a page away
    window.grid.tiles["Cam2"].double_clicked.emit("Cam2")
    assert visible() == ["Cam2"]
    window.grid.tiles["Cam2"].double_clicked.emit("Cam2")
    assert len(visible()) == 4


def test_gui_stays_responsive_while_cameras_fail(
    qtbot, engine_factory, open_window, silent_listener: int
) -> None:
    """Cameras that hang in connect, refuse, or do not exist must not stall the event loop."""
    cameras = [CameraConfig(f"Hang{i}", f"rtsp://127.0.0.1:{silent_listener}/x") for i in range(4)]
    cameras += [CameraConfig(f"Refuse{i}", f"rtsp://127.0.0.1:{free_port()}/x") for i in range(4)]
    cameras += [CameraConfig("Video", f"synthetic://Video?{SMALL}")]
    window = open_window(engine_factory(cameras))
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    qtbot.wait(4000)
    timer.stop()
    assert len(gaps) > 100
    assert max(gaps[1:]) < 0.5, f"event loop stalled for {max(gaps[1:]):.2f} s"
    assert window.grid.tiles["Video"].frame_seq > 10


def test_data_disk_alarm_shows_without_an_archive(qtbot, engine_factory, open_window) -> None:
    """The data folder's disk (plate events, the database) is guarded with the archive switched off too."""
    from cgrconsole.core.archive.retention import GB
    from cgrconsole.core.archive.settings import ArchiveConfig

    engine = engine_factory(
        [CameraConfig("Entry1", f"synthetic://Entry1?{SMALL}")], archive=ArchiveConfig(enabled=False)
    )
    window = open_window(engine)
    assert engine.janitor is None
    engine.space.disk_usage = lambda path: (100 * GB, 100 * GB, int(0.1 * GB))
    engine.space.guard()
    qtbot.waitUntil(lambda: window.alarm.isVisible(), timeout=5000)
    assert "new plate events cannot be saved" in window.alarm.text()
    assert not window._archive.isVisible(), "no archive: no archive summary"
    engine.space.disk_usage = lambda path: (100 * GB, 10 * GB, 90 * GB)
    engine.space.guard()
    qtbot.waitUntil(lambda: not window.alarm.isVisible(), timeout=5000)


def test_recording_indicator_archive_status_and_disk_alarm(qtbot, engine_factory, open_window) -> None:
    from cgrconsole.core.archive.recorder import RecorderState
    from cgrconsole.core.archive.retention import GB

    engine = engine_factory([CameraConfig("Entry1", f"synthetic://Entry1?{SMALL}")])
    window = open_window(engine)
    tile = window.grid.tiles["Entry1"]
    qtbot.waitUntil(
        lambda: tile.recording is not None and tile.recording.state is RecorderState.RECORDING, timeout=10_000
    )
    assert window._archive.text().startswith("Archive: ")
    assert not window.alarm.isVisible()

    janitor = engine.janitor
    janitor.disk_usage = lambda path: (100 * GB, 100 * GB, int(0.1 * GB))  # nothing recorded can be freed yet
    janitor.guard()
    qtbot.waitUntil(lambda: window.alarm.isVisible(), timeout=5000)
    assert "recording will stop" in window.alarm.text()
    janitor.disk_usage = lambda path: (100 * GB, 10 * GB, 90 * GB)
    janitor.guard()
    qtbot.waitUntil(lambda: not window.alarm.isVisible(), timeout=5000)


def test_restart_from_the_settings_closes_the_window_and_asks_for_a_new_run(
    qtbot, engine_factory, open_window
) -> None:
    from cgrconsole.process import ExitCode, restart_command

    window = open_window(engine_factory([]))
    assert not window.restart_requested
    window.restart()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert window.restart_requested, "run_gui returns ExitCode.RESTART and app.run starts the console again"
    assert ExitCode.RESTART not in (ExitCode.OK, ExitCode.FAILURE)
    command = restart_command()
    assert command[0] == sys.executable and command[1:] == sys.orig_argv[1:], "the same command again"

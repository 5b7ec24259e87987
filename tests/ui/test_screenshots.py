"""Screenshots of the main window for people to look at (docs/screenshots with CGR_SAVE_SCREENSHOTS=1)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from support.rtsp import free_port

from cgrconsole.config import CameraConfig
from cgrconsole.core.archive.retention import GB
from cgrconsole.core.camera.status import CameraState
from cgrconsole.core.synthetic.scene import Scene, SceneSpec
from cgrconsole.demo import DEMO_CAMERAS
from cgrconsole.ui.i18n import install_translator
from cgrconsole.ui.main_window import MainWindow
from cgrconsole.ui.theme import apply_theme

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def save(window: MainWindow, name: str, tmp_path: Path) -> Path:
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
    qtbot, qapp, engine_factory, open_window, tmp_path: Path
) -> None:
    apply_theme(qapp)
    translator = install_translator(qapp, "ru")
    try:
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
        window._update_archive()
        assert "Консоль CarGoRuqsat" in window.windowTitle()
        path = save(window, "camera_problems_ru.png", tmp_path)
        assert path.stat().st_size > 20_000
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)

"""Every camera can be seen: pages when they do not fit, and a red sign for a hidden camera's problem."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from support.rtsp import free_port

from cgrconsole.config import CameraConfig
from cgrconsole.core.camera.frames import Frame
from cgrconsole.core.camera.status import CameraState, CameraStatus
from cgrconsole.core.synthetic.scene import Scene, SceneSpec
from cgrconsole.ui.camera_grid import auto_shape, picture_area
from cgrconsole.ui.camera_tile import CameraTileWidget
from cgrconsole.ui.main_window import MainWindow

SMALL = "size=640x360&fps=15"


def spare(name: str) -> CameraConfig:
    """A switched-off camera: a tile that is never a problem."""
    return CameraConfig(name, f"synthetic://{name}?{SMALL}", enabled=False)


def visible(window: MainWindow) -> list[str]:
    return [n for n, t in window.grid.tiles.items() if t.isVisible()]


def test_pages_show_every_camera_by_keys_and_buttons(qtbot, engine_factory) -> None:
    window = MainWindow(engine_factory([spare(f"Cam{i}") for i in range(5)]))
    qtbot.addWidget(window)
    window.show()
    grid, pager = window.grid, window.grid.pager
    window.grid_actions["2x2"].trigger()
    assert visible(window) == ["Cam0", "Cam1", "Cam2", "Cam3"]
    assert pager.isVisible() and pager.page_label.text() == "1 / 2"
    assert pager.page_label.toolTip() == "Page 1 of 2: cameras 1–4 of 5"

    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert visible(window) == ["Cam4"]
    assert pager.page_label.text() == "2 / 2"
    assert pager.page_label.toolTip() == "Page 2 of 2: cameras 5–5 of 5"
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)  # wraps round to the first page
    assert visible(window) == ["Cam0", "Cam1", "Cam2", "Cam3"]
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert visible(window) == ["Cam4"]

    window.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.events_panel.table.setFocus()  # elsewhere in the window: Ctrl+PgUp/PgDn
    qtbot.keyClick(window.events_panel.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert visible(window) == ["Cam0", "Cam1", "Cam2", "Cam3"]
    qtbot.mouseClick(pager.previous_button, Qt.MouseButton.LeftButton)
    assert visible(window) == ["Cam4"]
    qtbot.mouseClick(pager.next_button, Qt.MouseButton.LeftButton)
    assert grid.page == 0

    window.grid_actions["3x3"].trigger()  # all fit: no strip
    assert len(visible(window)) == 5 and not pager.isVisible()


def test_more_than_sixteen_cameras_are_all_reachable(qtbot, engine_factory) -> None:
    window = MainWindow(engine_factory([spare(f"Cam{i:02d}") for i in range(18)]))
    qtbot.addWidget(window)
    window.show()
    grid = window.grid
    assert grid.mode == "auto" and grid.page_count == 2
    seen: list[str] = []
    for _ in range(grid.page_count):
        seen += visible(window)
        grid.next_page()
    assert seen == list(grid.tiles), "every camera once, in order"


def test_a_click_on_a_tile_gives_the_grid_the_page_keys(qtbot, engine_factory) -> None:
    window = MainWindow(engine_factory([spare(f"Cam{i}") for i in range(5)]))
    qtbot.addWidget(window)
    window.show()
    window.grid_actions["1x1"].trigger()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.events_panel.table.setFocus()
    assert not window.grid.hasFocus()
    qtbot.mouseClick(window.grid.tiles["Cam0"], Qt.MouseButton.LeftButton)
    assert window.grid.hasFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_PageDown)
    assert visible(window) == ["Cam1"]


def test_a_hidden_camera_with_a_problem_turns_the_button_red_and_it_leads_there(
    qtbot, engine_factory, open_window
) -> None:
    broken = CameraConfig("Broken", f"rtsp://127.0.0.1:{free_port()}/live", title="Gate 3")
    window = open_window(engine_factory([spare(f"Cam{i}") for i in range(4)] + [broken]), 1280, 800)
    window.grid_actions["2x2"].trigger()
    pager = window.grid.pager
    button = pager.problems_button
    qtbot.waitUntil(lambda: button.isVisible(), timeout=10_000)
    assert button.full_text == button.text() == "⚠ 1 hidden camera(s) with a problem: Gate 3"
    assert window.grid.tiles["Broken"].status.state in (CameraState.RECONNECTING, CameraState.OFFLINE)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert visible(window) == ["Broken"]
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=2000)  # on screen now: no sign needed

    window.grid.tiles["Cam0"].double_clicked.emit("Cam0")  # enlarging hides it again: the sign is back
    assert visible(window) == ["Cam0"]
    assert pager.page_label.text() == "Cam0 enlarged"
    qtbot.waitUntil(lambda: button.isVisible(), timeout=2000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert visible(window) == ["Broken"] and window.grid.enlarged is None


def live_tile(qtbot, status: CameraStatus) -> CameraTileWidget:
    tile = CameraTileWidget(CameraConfig("Cam", "synthetic://Cam"))
    qtbot.addWidget(tile)
    tile.resize(480, 270)
    tile.show()
    image = Scene(SceneSpec(seed=1, width=640, height=360)).frame(0)
    tile.set_frame(Frame("Cam", 1, image, time.time()))
    tile.set_status(status)
    return tile


def test_a_tile_says_which_kind_of_frozen_it_is(qtbot, monkeypatch) -> None:
    moving = CameraStatus("Cam", CameraState.LIVE, width=640, height=360)
    tile = live_tile(qtbot, moving)
    assert not tile.problem and tile._frozen_text() == ""

    tile.set_status(CameraStatus("Cam", CameraState.LIVE, same_picture_since=time.time() - 7.2))
    assert tile.problem
    assert tile._frozen_text() == "The camera sends the same picture for 7 s"
    middle = tile.grab().toImage().pixelColor(3, 135)
    assert (middle.red(), middle.green()) > (200, 140) and middle.blue() < 120, "an amber banner"

    later = time.monotonic() + 3.4  # frames stop coming: that one is said first
    monkeypatch.setattr("cgrconsole.ui.camera_tile.time.monotonic", lambda: later)
    assert tile._frozen_text() == "No new frames for 3 s"
    tile.set_status(moving)
    assert tile.problem and tile.is_stale()


def test_a_long_list_of_hidden_problems_is_shortened_not_cut(qtbot) -> None:
    from cgrconsole.ui.grid_pager import GridPagerWidget

    pager = GridPagerWidget()
    qtbot.addWidget(pager)
    pager.resize(520, 40)
    pager.show()
    pager.show_page(0, 3, 1, 4, 12)
    pager.show_problems(["Въезд 1, полоса грузовиков", "Выезд 2, полоса грузовиков", "Ворота 3", "Стоянка"])
    button = pager.problems_button
    qtbot.waitUntil(lambda: button.width() < button.sizeHint().width(), timeout=2000)
    assert button.full_text == (
        "⚠ 4 hidden camera(s) with a problem: Въезд 1, полоса грузовиков, Выезд 2, полоса грузовиков,"
        " Ворота 3, …"
    )
    assert button.text().endswith("…") and button.text() != button.full_text
    assert button.toolTip() == button.full_text
    assert pager.sizeHint().width() > pager.width() >= pager.minimumSizeHint().width()


# -- the auto grid: the shape that shows the most picture --------------------------------------
WIDE = (1600, 900)  # a grid on a wide screen (the plate list hidden)
WITH_LIST = (1250, 900)  # 1920 px wide with the plate list beside the grid
EXPECTED = {
    WIDE: [(1, 1), (2, 1), (2, 2), (2, 2), (3, 2), (3, 2), (3, 3), (3, 3), (3, 3)],
    WITH_LIST: [(1, 1), (1, 2), (2, 2), (2, 2), (2, 3), (2, 3), (3, 3), (3, 3), (3, 3)],
}


@pytest.mark.parametrize("size", list(EXPECTED))
def test_auto_shape_for_one_to_nine_cameras(size) -> None:
    for count, expected in enumerate(EXPECTED[size], start=1):
        shape = auto_shape(count, *size)
        assert shape == expected, (count, shape)
        columns, rows = shape
        assert columns * rows >= count
        others = [(c, r) for c in range(1, 5) for r in range(1, 5) if c * r >= count]
        best = max(picture_area(c, r, count, *size, 16 / 9) for c, r in others)
        assert picture_area(columns, rows, count, *size, 16 / 9) >= best * 0.99


def test_six_cameras_fill_a_wide_window(qtbot, engine_factory) -> None:
    """The newcomer's case: 6 cameras used to get 3x3 and leave a third of the grid empty."""
    window = MainWindow(engine_factory([spare(f"Cam{i}") for i in range(6)]))
    qtbot.addWidget(window)
    window.events_dock.hide()
    window.resize(1600, 900)
    window.show()
    qtbot.waitUntil(lambda: window.grid.shape == (3, 2), timeout=2000)
    assert len(visible(window)) == 6 and not window.grid.pager.isVisible()
    grid = window.grid
    covered = sum(t.width() * t.height() for t in grid.tiles.values())
    assert covered > 0.9 * grid.width() * grid.height()
    window.events_dock.show()  # a narrower grid: 2 columns, 3 rows
    window.resize(1000, 900)
    qtbot.waitUntil(lambda: window.grid.shape == (2, 3), timeout=2000)

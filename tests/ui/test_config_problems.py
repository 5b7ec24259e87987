"""A configuration with problems opens the window anyway: broken parts off, said in the officer's words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QMessageBox
from support.ts_files import LATIN_WORD, english_words

from cgrconsole.config import read_config
from cgrconsole.core.camera.status import CameraState
from cgrconsole.resources import resource_dir
from cgrconsole.ui.application import offer_config_template
from cgrconsole.ui.config_problems import config_problems_box, problem_text
from cgrconsole.ui.i18n import install_translator

PARTLY_BROKEN = """
[site]
timezone = "Asia/Almaty"
[[cameras]]
name = "Good"
title = "Въезд 1"
url = "synthetic://Good?size=640x360&fps=10"
anpr = false
[[cameras]]
name = "Bad"
title = "Выезд 1"
url = "htp:/garbage"
[uplink.cgr]
enabled = true
base_url = "ftp://nowhere"
"""


def test_the_window_runs_the_good_camera_and_shows_what_is_off(
    qtbot, qapp, engine_factory, open_window, tmp_path: Path
) -> None:
    path = tmp_path / "site.toml"
    path.write_text(PARTLY_BROKEN, encoding="utf-8")
    report = read_config(path)
    engine = engine_factory(list(report.config.cameras), uplink=report.config.uplink)
    translator = install_translator(qapp, "ru")
    try:
        window = open_window(engine, 1280, 720)
        good, bad = window.grid.tiles["Good"], window.grid.tiles["Bad"]
        qtbot.waitUntil(lambda: good.frame_seq > 2, timeout=15_000)
        assert bad.status.state is CameraState.DISABLED and "unknown scheme 'htp'" in bad.camera.problem
        assert engine.destinations == [], "the CarGoRuqsat uplink with a bad address stays off"
        box = config_problems_box(report, window)
        box.show()
        text = box.text()
        assert "Ошибок в файле конфигурации" in text and "отправка в CarGoRuqsat" in text
        assert "камера Bad" in text and "uplink.cgr.base_url" in box.detailedText()
        window.grab().save(str(tmp_path / "config_problems_window_ru.png"))
        box.grab().save(str(tmp_path / "config_problems_box_ru.png"))
        bad.grab().save(str(tmp_path / "config_problems_tile_ru.png"))
        box.close()
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)


BAD_ZONE_AND_CAMERA = """
[site]
timezone = "Mars/Olympus"
[[cameras]]
name = "Good"
url = "synthetic://Good?size=640x360&fps=10"
anpr = false
[[cameras]]
name = "Bad"
title = "Выезд 1"
url = "htp:/garbage"
[archive]
retention_days = "sixty"
"""
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def english_words_in(line: str, language: str) -> list[str]:
    """English words of ``line`` apart from its key and the file's own values ('quoted', scheme://)."""
    said = line.partition(": ")[2]
    said = re.sub(r"'[^']*'|\w+://", "", said)
    english = english_words(resource_dir() / "translations" / f"cgrconsole_{language}.ts")
    return [w for w in LATIN_WORD.findall(said) if w.lower() in english]


def painted_text(widget) -> list[str]:
    seen: list[str] = []
    original = QPainter.drawText

    def spy(painter: QPainter, *args: object) -> None:
        seen.extend(a for a in args if isinstance(a, str))
        original(painter, *args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QPainter, "drawText", spy)
        widget.grab()
    return seen


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_the_problems_box_and_the_tile_say_the_problems_in_the_officers_language(
    qtbot, language: str, engine_factory, open_window, tmp_path: Path
) -> None:
    report = read_config_text(tmp_path, BAD_ZONE_AND_CAMERA)
    english = [str(p) for p in report.problems]
    assert any(p.startswith("site.timezone: unknown time zone 'Mars/Olympus'") for p in english)
    assert any(p.startswith("cameras[2].url: unknown scheme 'htp'") for p in english)
    assert "archive.retention_days: expected a whole number, got text 'sixty'" in english
    engine = engine_factory(list(report.config.cameras))
    window = open_window(engine, 1280, 720)
    box = config_problems_box(report, window)
    box.show()
    detail = box.detailedText().splitlines()
    assert [line.partition(": ")[0] for line in detail] == [p.partition(":")[0] for p in english]
    for line in detail:
        assert CYRILLIC.search(line.partition(": ")[2]), line
        assert english_words_in(line, language) == [], line
    (zone,) = [line for line in detail if line.startswith("site.timezone: ")]
    assert "'Mars/Olympus'" in zone and "'Asia/Almaty'" in zone, "the values stay as in the file"
    if language == "ru":
        assert zone.startswith("site.timezone: неизвестный часовой пояс 'Mars/Olympus'")
        assert "archive.retention_days: ожидается целое число, получено: текст 'sixty'" in detail
    bad = window.grid.tiles["Bad"]
    qtbot.waitUntil(lambda: bad.status.state is CameraState.DISABLED)
    painted = "\n".join(painted_text(bad))
    said = problem_text(bad.camera.problem)
    assert said.startswith("cameras[2].url: ") and said in painted
    assert CYRILLIC.search(said.partition(": ")[2]) and english_words_in(said, language) == [], said
    if language == "ru":
        assert "неизвестная схема 'htp'" in said
    details = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.ActionRole]
    details[0].click()  # "Show Details…": the problems as the officer opens them
    box.adjustSize()
    box.grab().save(str(tmp_path / f"config_problems_detail_{language}.png"))
    bad.grab().save(str(tmp_path / f"config_problems_tile_{language}.png"))
    box.close()


def read_config_text(tmp_path: Path, text: str):
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return read_config(path)


def test_a_missing_config_file_is_offered_as_a_template(qtbot, tmp_path: Path) -> None:
    answers: list[str] = []

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer_yes)
            return
        answers.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(50, answer_yes)
    assert offer_config_template(tmp_path / "site.toml", "en") is True
    assert answers and str(tmp_path / "site.toml") in answers[0] and "template" in answers[0]


# The real start in a process of its own (`cgrconsole --config …`, as a desktop shortcut runs it): a
# timer looks at what is on the screen, answers the template question with Yes, and closes the window.
LOOK = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication(sys.argv[:1])
seen = {"boxes": []}
def look():
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible() and widget.text() not in seen["boxes"]:
            seen["boxes"].append(widget.text())
            yes = widget.button(QMessageBox.StandardButton.Yes)
            if yes is not None:
                yes.click()
    windows = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]
    if windows and (len(seen["boxes"]) >= int(sys.argv[1])):
        seen["title"] = windows[0].windowTitle()
        seen["tiles"] = sorted(windows[0].grid.tiles)
        print(json.dumps(seen), flush=True)
        for widget in app.topLevelWidgets():
            widget.close()
        return
    QTimer.singleShot(100, look)
QTimer.singleShot(100, look)
from cgrconsole.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _start_the_console(boxes: int, *args: str) -> dict:
    import json
    import os
    import subprocess
    import sys

    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    result = subprocess.run(
        [sys.executable, "-c", LOOK, str(boxes), *args, "--lang", "en", "--duration", "60"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_real_start_with_a_broken_file_opens_the_window_and_shows_the_problems(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text(PARTLY_BROKEN, encoding="utf-8")
    seen = _start_the_console(1, "--config", str(path), "--data-dir", str(tmp_path / "data"))
    assert seen["tiles"] == ["Bad", "Good"], "the window opened with both cameras, the bad one shown off"
    (box,) = seen["boxes"]
    assert f"Problems in the configuration file {path}: 2." in box and "CarGoRuqsat" in box


def test_a_real_start_with_a_missing_config_file_offers_the_template_and_opens(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "site.toml"
    seen = _start_the_console(1, "--config", str(path), "--data-dir", str(tmp_path / "data"))
    assert str(path) in seen["boxes"][0], "the question names the file"
    assert path.exists() and "[[cameras]]" in path.read_text(encoding="utf-8"), "the template was written"
    assert seen["title"], "and the window opened"

"""Every text the officer can see is in his language: no English word on a Russian or Kazakh screen.

The screens are opened on a real engine (cameras live, refused, unknown, switched off; plates in every
state; a refused delivery), in each language, and everything on them is read: labels, buttons,
tooltips, menus, table cells and headers, and what the tiles paint. A word from the English sources
that no translation keeps (key names, VPN, CarGoRuqsat do stay) is an untranslated text.
"""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)
from support.destinations import ScriptedAnswers
from support.events import detected
from support.rtsp import free_port
from support.ts_files import LATIN_WORD, english_words

from cgrconsole.config import CameraConfig, SiteConfig
from cgrconsole.core.anpr.formats import FORMATS
from cgrconsole.core.anpr.recognizer import RecognitionState, RecognitionStatus
from cgrconsole.core.archive.recorder import ArchiveProblem
from cgrconsole.core.archive.retention import ArchiveAlarm
from cgrconsole.core.archive.upload.problems import UploadProblem
from cgrconsole.core.archive.upload.status import UploaderState
from cgrconsole.core.camera.status import CameraState, FailureReason
from cgrconsole.core.reachability.probe import Failure, Step
from cgrconsole.core.review import events as ev
from cgrconsole.core.uplink import outbox as ob
from cgrconsole.core.uplink.destination import Rejected
from cgrconsole.resources import resource_dir
from cgrconsole.ui import event_text, reach_status, status_text, upload_text
from cgrconsole.ui.plate_text import format_description_text

SMALL = "size=640x360&fps=10"
ENGLISH = {
    lang: english_words(resource_dir() / "translations" / f"cgrconsole_{lang}.ts") for lang in ("ru", "kk")
}
CYRILLIC = re.compile("[А-Яа-яЁё]")
EVENT_STATES = (ev.NEW, ev.CONFIRMED, ev.CORRECTED, ev.REJECTED, ev.SENT, ev.FAILED)
OUTBOX_STATES = (ob.PENDING, ob.IN_FLIGHT, ob.DELIVERED, ob.FAILED, ob.DISMISSED)


def english_in(texts: list[str], language: str = "ru") -> dict[str, list[str]]:
    """English words per text that holds any."""
    found = {}
    for text in texts:
        words = [w for w in LATIN_WORD.findall(text) if w.lower() in ENGLISH[language]]
        if words:
            found[text] = words
    return found


def widget_texts(root: QWidget) -> list[str]:
    """What a person can read on ``root`` and its visible children (tooltips included)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            texts += model_texts(widget)
    for action in root.findChildren(QAction):
        if action.isVisible() and action.associatedObjects():
            texts += [action.text(), action.toolTip()]
    return texts


def model_texts(view: QTableView) -> list[str]:
    model, root = view.model(), QModelIndex()
    columns = range(model.columnCount(root))
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    for row in range(model.rowCount(root)):
        for column in columns:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def painted_texts(monkeypatch: pytest.MonkeyPatch, widget: QWidget) -> list[str]:
    """Everything the console's own paint code writes while ``widget`` is painted (the tiles)."""
    seen: list[str] = []
    original = QPainter.drawText

    def spy(painter: QPainter, *args: object) -> None:
        seen.extend(a for a in args if isinstance(a, str))
        original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    widget.grab()
    monkeypatch.setattr(QPainter, "drawText", original)
    return seen


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_every_screen_in_russian_or_kazakh_has_no_english_word(
    qtbot, language: str, engine_factory, open_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    destination = ScriptedAnswers("cgr")
    cameras = [
        CameraConfig("Cam1", f"synthetic://Cam1?seed=1&{SMALL}", title="Въезд 1", anpr=False),
        CameraConfig("Cam2", f"rtsp://127.0.0.1:{free_port()}/live", "exit", title="Выезд 1"),
        CameraConfig("Cam3", f"synthetic://Cam3?{SMALL}", enabled=False, title="Стоянка"),
        CameraConfig("Cam4", f"synthetic://Cam4?seed=2&{SMALL}", title="Въезд 2", anpr=False),
        CameraConfig("Cam5", "rtsp://camera.invalid/live", title="Ворота 3"),
    ]
    engine = engine_factory(cameras, [destination], site=SiteConfig(name="Нур Жолы"))
    window = open_window(engine, 1280, 800)
    window.grid_actions["2x2"].trigger()
    grid, panel = window.grid, window.events_panel
    now = time.time()
    plates = ["437AKO02", "A123BC77", "01123ABC", "777KZA02", "30E00555"]
    ids = [
        engine.events.add(detected(plate=p, ts=now - 60 * i, camera="Cam1")).id for i, p in enumerate(plates)
    ]
    destination.scripts[ids[4]] = [Rejected("http_400", "номер не найден", 400)]
    for event_id in ids[2:]:
        engine.events.confirm(event_id, "ivanov")
    engine.events.reject(ids[1], "ivanov", "Блик на прицепе")
    engine.dispatcher.wake()
    qtbot.waitUntil(lambda: engine.events.get(ids[4]).state == ev.FAILED, timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            grid.tiles["Cam1"].frame_seq > 0
            and grid.tiles["Cam2"].status.reason is not None
            and grid.tiles["Cam5"].status.reason is not None
            and grid.pager.problems_button.isVisible()  # Cam5 on page 2
        ),
        timeout=15_000,
    )
    qtbot.wait(300)
    seen = {"main window": widget_texts(window) + painted_texts(monkeypatch, window)}
    grid.next_page()
    seen["page 2"] = widget_texts(grid) + painted_texts(monkeypatch, grid)
    grid.tiles["Cam5"].double_clicked.emit("Cam5")
    seen["enlarged"] = widget_texts(grid)

    panel.select_event(ids[0])
    panel.correct_selected()
    dialog = panel.active_dialog
    texts = []
    for typed in ("437AKO02", "12 3ab", "437ФКО02", ""):
        dialog.plate_edit.setText(typed)
        texts += widget_texts(dialog)
    seen["correction"] = texts
    dialog.reject()
    panel.reject_selected()
    seen["reject reason"] = widget_texts(panel.active_dialog)
    panel.active_dialog.reject()

    window._on_delivery_requested(ids[4])
    delivery = window.delivery_dialogs[ids[4]]
    qtbot.waitExposed(delivery)
    seen["delivery"] = widget_texts(delivery)

    about: list[str] = []

    def read_about() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        about.extend(widget_texts(box))
        box.accept()

    QTimer.singleShot(200, read_about)
    window._about()
    places = [engine.paths.archive_dir, engine.paths.log_dir, engine.paths.data_dir]
    for path in places:  # the places are data, not words to translate
        about = [t.replace(str(path), "") for t in about]
    seen["about"] = about

    health = window.open_health("cameras")
    qtbot.waitUntil(lambda: health.snapshot is not None and health.cameras.rowCount() == 5, timeout=10_000)
    seen["health"] = widget_texts(health)

    assert all(seen.values()), "every screen was read"
    untranslated = {screen: english_in(texts, language) for screen, texts in seen.items()}
    assert not any(untranslated.values()), f"English on the {language} screens: {untranslated}"
    assert any("Въезд 1" in t for t in seen["main window"]), "the tiles' own painting was read"


def test_every_state_the_core_reports_has_a_russian_text(language: str) -> None:
    """Texts the screens above may not show today: each value of each state the core can report."""
    texts = {
        "camera state": [status_text.state_text(s) for s in CameraState],
        "camera failure": [status_text.reason_text(r) for r in FailureReason],
        "archive problem": [status_text.archive_problem_text(p) for p in ArchiveProblem],
        "archive alarm": [status_text.archive_alarm_text(a, 3) for a in ArchiveAlarm if a],
        "recognition": [
            status_text.recognition_text(RecognitionStatus(s))
            for s in RecognitionState
            if s is not RecognitionState.RUNNING
        ],
        "event state": [event_text.event_state_text(s) for s in EVENT_STATES],
        "delivery state": [event_text.outbox_state_text(s) for s in OUTBOX_STATES],
        "plate format": [format_description_text(f) for f in FORMATS],
        "country": [event_text.country_text(f.country) for f in FORMATS],
        "direction": [status_text.direction_text(d) for d in ("entry", "exit")],
        "upload state": [upload_text.state_text(s) for s in UploaderState],
        "upload problem": [upload_text.problem_text(p) for p in UploadProblem],
        "unreachable": [reach_status.failure_text(s, f, "10.8.0.9:22") for s in Step for f in Failure],
    }
    for kind, shown in texts.items():
        for text in shown:
            assert CYRILLIC.search(text), f"{kind}: {text!r} is not in Russian"
        assert not english_in(shown), kind
    qt_buttons = [QCoreApplication.translate("QPlatformTheme", s) for s in ("Cancel", "&Yes", "&No", "Close")]
    assert qt_buttons == ["Отмена", "&Да", "&Нет", "Закрыть"], "Qt's own buttons (qtbase_ru.qm)"
    assert QCoreApplication.translate("QLineEdit", "&Copy") == "&Копировать"  # a field's context menu

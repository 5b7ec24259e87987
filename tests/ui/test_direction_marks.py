"""Entry and exit are told apart without reading (ВЪЕЗД/ВЫЕЗД differ by two letters): the same arrow and
colour in the plates list, the history and the event details, in every language."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from support.events import detected

from cgrconsole.config import CameraConfig
from cgrconsole.ui import events_model, history_window
from cgrconsole.ui.event_text import AMBER, GREEN

WORDS = {"en": ("ENTRY", "EXIT"), "ru": ("ВЪЕЗД", "ВЫЕЗД"), "kk": None}  # kk: whatever it says, not English


def marks(model, row: int, column: int) -> tuple[str, str]:
    index = model.index(row, column)
    return model.data(index), model.data(index, Qt.ItemDataRole.ForegroundRole).name()


def assert_marked(entry: tuple[str, str], exit_: tuple[str, str], language: str) -> None:
    assert entry[0].startswith("↓ ") and entry[1] == GREEN.lower(), entry
    assert exit_[0].startswith("↑ ") and exit_[1] == AMBER.lower(), exit_
    words = WORDS[language]
    if words is not None:
        assert (entry[0][2:], exit_[0][2:]) == words
    else:
        assert entry[0][2:] not in WORDS["en"] and exit_[0][2:] not in WORDS["en"]


@pytest.mark.parametrize("language", ["ru", "kk", "en"], indirect=True)
def test_the_list_history_and_details_show_the_same_arrow_and_colour(
    qtbot, engine_factory, open_window, language
) -> None:
    cameras = [
        CameraConfig("Entry1", "synthetic://Entry1", anpr=False),
        CameraConfig("Exit1", "synthetic://Exit1", "exit", anpr=False),
    ]
    engine = engine_factory(cameras)
    window = open_window(engine, 1280, 800)
    now = time.time()
    exit_id = engine.events.add(detected("222BBB02", ts=now - 60, camera="Exit1", direction="exit")).id
    engine.events.add(detected("111AAA01", ts=now, camera="Entry1", direction="entry"))
    model = window.events_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    column = events_model.Column.DIRECTION
    assert_marked(marks(model, 0, column), marks(model, 1, column), language)

    window.history_action.trigger()
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=5000)
    column = history_window.Column.DIRECTION
    assert_marked(marks(history.model, 0, column), marks(history.model, 1, column), language)

    window._on_delivery_requested(exit_id)
    details = window.delivery_dialogs[exit_id]
    shown = details.direction.text()
    assert shown.startswith("↑ ") and AMBER.lower() in details.direction.styleSheet().lower()
    assert shown == marks(model, 1, events_model.Column.DIRECTION)[0]
    assert shown not in details.facts.text()  # said once, beside the state

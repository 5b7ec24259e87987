"""The correction dialog never changes a plate silently: lookalikes are Latin, other Cyrillic is refused."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support.events import detected, make_rig

from cgrconsole.core.anpr.formats import FORMATS, foreign_characters
from cgrconsole.ui.correction_dialog import PlateCorrectionDialog
from cgrconsole.ui.plate_text import format_description_text

LOOKALIKES = {"А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H"}
LOOKALIKES |= {"О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X"}
CYRILLIC = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


@pytest.fixture
def open_dialog(qtbot, tmp_path: Path) -> Iterator[Callable[[], PlateCorrectionDialog]]:
    """The dialog on a real event store, opened when the test says (after its language is installed)."""
    rig = make_rig(tmp_path)
    event = rig.store.add(detected(plate="437AKO02"))

    def open_() -> PlateCorrectionDialog:
        shown = PlateCorrectionDialog(event, rig.store.media_dir)
        qtbot.addWidget(shown)
        shown.show()
        return shown

    yield open_
    rig.close()


@pytest.fixture
def dialog(open_dialog) -> PlateCorrectionDialog:
    return open_dialog()


@pytest.mark.parametrize(("cyrillic", "latin"), sorted(LOOKALIKES.items()))
def test_each_cyrillic_lookalike_is_its_latin_letter(dialog, cyrillic: str, latin: str) -> None:
    """Typed with the keyboard in Russian: the plate's letters look the same, so they are the same."""
    for letter in (cyrillic, cyrillic.lower()):
        dialog.plate_edit.setText(f"{letter}123{letter}{letter}77")  # a Russian plate, A 123 BC | 77 shape
        assert dialog.plate == f"{latin}123{latin}{latin}77"
        assert dialog.fits and dialog.ok_button.isEnabled()
        assert f"{latin} 123 {latin}{latin} 77" in dialog.verdict.text()


def test_a_cyrillic_letter_without_a_lookalike_is_refused_not_dropped(dialog) -> None:
    dialog.plate_edit.setText("437ФКО02")  # Ф has no Latin twin; dropping it would leave the valid 437KO02
    assert dialog.plate == "" and not dialog.fits
    assert not dialog.ok_button.isEnabled()
    assert dialog.verdict.text().startswith("Ф: no such letter on plates. Switch the keyboard to Latin")
    assert "✓" not in dialog.verdict.text() and dialog.verdict.toolTip() == ""
    dialog.accept()  # Enter does not slip past it
    assert dialog.result() == 0 and dialog.isVisible()

    dialog.plate_edit.setText("ққ 123 ыЯ")  # Kazakh and Russian letters: each named once
    assert dialog.verdict.text().startswith("қ ы Я:")
    dialog.plate_edit.setText("437 AKO-02")  # separators may stay: they change nothing
    assert dialog.plate == "437AKO02" and dialog.fits and dialog.ok_button.isEnabled()


def test_the_refusal_and_the_format_tooltip_are_in_russian(language, open_dialog) -> None:
    dialog = open_dialog()
    dialog.plate_edit.setText("437ФКО02")
    assert dialog.verdict.text() == (
        "Ф: такой буквы на номерах нет. Переключите клавиатуру на латиницу (EN) и наберите номер заново."
    )
    dialog.plate_edit.setText("437AKO02")
    assert dialog.verdict.toolTip() == "Казахстан с 2012 г., частный: 123 ABC | 01"
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel.text() == "Отмена", "Qt's own buttons come with Qt's Russian translation"


def test_foreign_characters() -> None:
    assert foreign_characters("437ФКО02") == "Ф"
    assert foreign_characters("а123вс 77") == ""  # lookalikes only
    assert foreign_characters("É 001-AA|01 ·") == "É"
    assert foreign_characters("Øslo") == ""  # a slashed zero is a zero


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_every_plate_format_is_described_in_the_officers_language(language: str) -> None:
    for fmt in FORMATS:  # a new format without a text here would show the core's English
        assert CYRILLIC.search(format_description_text(fmt)), f"{language}: {fmt.name}"

"""The dark theme keeps apart what a tired officer must tell apart: a disabled control from an enabled
one, a field's hint from the dark field under it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QPushButton

from cgrconsole.ui.theme import apply_theme


def lightness(colour: QColor) -> float:
    return colour.lightnessF()


def test_a_disabled_button_looks_disabled_and_placeholders_are_readable(qtbot, qapp) -> None:
    apply_theme(qapp)
    button = QPushButton("Confirm")
    qtbot.addWidget(button)
    enabled = button.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    button.setEnabled(False)
    disabled = button.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert lightness(enabled) - lightness(disabled) > 0.3, (enabled.name(), disabled.name())
    palette = qapp.palette()
    hint = palette.color(QPalette.ColorRole.PlaceholderText)
    base = palette.color(QPalette.ColorRole.Base)
    assert lightness(hint) - lightness(base) > 0.4, (hint.name(), base.name())

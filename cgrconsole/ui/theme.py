"""A dark control-room look: video stands out, text stays readable at night."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#1b1f24",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#14181c",
        QPalette.ColorRole.AlternateBase: "#1f242a",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#262c33",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#2f6fde",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#262c33",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        # Fusion's own placeholder is Text at half strength: nearly invisible on this dark Base
        QPalette.ColorRole.PlaceholderText: "#8b939c",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    # A disabled control must look disabled: without these the dark palette draws it like an enabled one
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(disabled, role, QColor("#6b7178"))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor("#1f2429"))
    app.setPalette(palette)

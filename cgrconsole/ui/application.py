"""The GUI run: QApplication, translator, main window, engine start after the window shows."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cgrconsole.engine import Engine
from cgrconsole.ui.i18n import choose_language, install_translator
from cgrconsole.ui.main_window import MainWindow
from cgrconsole.ui.theme import apply_theme


def run_gui(engine: Engine, args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("cgrconsole")
    install_translator(app, choose_language(args.lang, engine.config.ui.language))
    apply_theme(app)
    window = MainWindow(engine)
    window.show()
    engine.start()
    window.start()
    if args.duration:
        QTimer.singleShot(int(args.duration * 1000), window.close)
    code = app.exec()
    engine.stop()
    return int(code)

"""The GUI run: QApplication, translator, main window; the engine starts off the GUI thread."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from cgrconsole.config import ConfigReport
from cgrconsole.engine import Engine
from cgrconsole.instance import AlreadyRunning
from cgrconsole.process import ExitCode
from cgrconsole.ui.config_problems import config_problems_box, offer_template_box
from cgrconsole.ui.i18n import choose_language, install_translator
from cgrconsole.ui.main_window import MainWindow
from cgrconsole.ui.single_instance import WindowActivationServer, tell_already_running
from cgrconsole.ui.theme import apply_theme

log = logging.getLogger(__name__)
START_JOIN_S = 60.0  # a start still running at quit (a slow disk) is waited for this long


class EngineStarter(QObject):
    """Runs ``engine.start()`` (database, migrations, crash recovery) in a thread; ``done`` comes on the GUI
    thread."""

    done = Signal(object)  # None, or the exception that stopped the start

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self.thread = threading.Thread(target=self._run, name="engine-start", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _run(self) -> None:
        try:
            self._engine.start()
        except Exception as exc:
            log.exception("the console could not start")
            self.done.emit(exc)
            return
        self.done.emit(None)


def _application(requested_language: str | None, configured_language: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("cgrconsole")
    install_translator(app, choose_language(requested_language, configured_language))
    apply_theme(app)
    return app


def run_gui(engine: Engine, args: argparse.Namespace, report: ConfigReport | None = None) -> int:
    app = _application(args.lang, engine.config.ui.language)
    window = MainWindow(engine)
    if report is not None and report.source != "demo":
        window.config_path = Path(report.source)
    WindowActivationServer(engine.paths.data_dir, window)
    window.show_fitted()
    window.show_starting()
    if report is not None and report.problems:
        window.config_problems = config_problems_box(report, window)
        window.config_problems.open()  # not modal to the start: the parts without problems come up
    starter = EngineStarter(engine, window)
    starter.done.connect(window.on_engine_started)
    starter.start()
    if args.duration:
        QTimer.singleShot(int(args.duration * 1000), window.close)
    code = app.exec()
    starter.thread.join(START_JOIN_S)  # never stop an engine that is still starting
    engine.stop()
    return ExitCode.RESTART if window.restart_requested else int(code)


def show_already_running(error: AlreadyRunning, args: argparse.Namespace, configured_language: str) -> None:
    """A second start: bring the running window forward and say so."""
    _application(args.lang, configured_language)
    tell_already_running(error, close_after_s=args.duration)


def offer_config_template(path: Path, language: str | None) -> bool:
    """Before the engine exists: the file named by --config is missing; True when the officer said yes."""
    _application(language, "auto")
    return offer_template_box(path).exec() == QMessageBox.StandardButton.Yes

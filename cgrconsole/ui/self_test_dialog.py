"""Help → Run self-test…: the same checks as ``cgrconsole --self-test``, on a thread of their own.

The window keeps painting while they run (about 10 s with the cameras and servers); a progress bar says
which check runs. The table shows each line's check, verdict (coloured), the facts and what to do; "Copy"
puts the English table, as the command line prints it, on the clipboard for a support call.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.self_test import Check, SelfTestOptions, SelfTestReport, Verdict, format_table, run_self_test
from cgrconsole.ui.self_test_text import (
    advice_text,
    check_text,
    fact_text,
    title_text,
    verdict_color,
    verdict_text,
)

log = logging.getLogger(__name__)

Runner = Callable[[SelfTestOptions, Callable[[int, int, Check], None]], SelfTestReport]


class _Relay(QObject):
    """Carries the worker's news to the GUI thread (signals emitted off it are queued)."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # SelfTestReport, or None when the run itself broke


class SelfTestDialog(QDialog):
    """Non-modal. ``start()`` runs the checks; ``finished_report`` fires with the report on the GUI thread."""

    finished_report = Signal(object)

    def __init__(
        self, options: SelfTestOptions, parent: QWidget | None = None, runner: Runner = run_self_test
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Self-test of this console"))
        self.resize(1000, 520)
        self.options = options
        self.report: SelfTestReport | None = None
        self._runner = runner
        self._thread: threading.Thread | None = None
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.finished.connect(self._on_finished)

        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setStyleSheet("QLabel { font-size: 15px; font-weight: bold; }")
        self.progress = QProgressBar(self)
        self.remote = QCheckBox(self.tr("Also check that the cameras and servers answer"), self)
        self.remote.setChecked(options.check_remote)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Check"), self.tr("Verdict"), self.tr("What was found"), self.tr("What to do")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.run_again = QPushButton(self.tr("Run again"), self)
        self.copy = QPushButton(self.tr("Copy"), self)
        self.copy.setToolTip(self.tr("Copy the result as text (English), for a support request"))
        buttons.addButton(self.run_again, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.run_again.clicked.connect(self.start)
        self.copy.clicked.connect(self._copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.progress)
        layout.addWidget(self.remote)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Run the checks on a worker thread (nothing happens while a run is under way)."""
        if self.running:
            return
        options = dataclasses.replace(self.options, check_remote=self.remote.isChecked())
        self.report = None
        self.table.setRowCount(0)
        self.progress.setRange(0, 0)
        self.state.setText(self.tr("Checking…"))
        for widget in (self.run_again, self.copy, self.remote):
            widget.setEnabled(False)
        self._thread = threading.Thread(target=self._work, args=(options,), name="self-test", daemon=True)
        self._thread.start()

    def _work(self, options: SelfTestOptions) -> None:
        """On the worker thread: never touches a widget, only emits."""
        try:
            report = self._runner(options, lambda d, t, c: self._emit(self._relay.progress, d, t, c.value))
        except Exception:
            log.exception("self-test: the run broke")
            report = None
        self._emit(self._relay.finished, report)

    @staticmethod
    def _emit(announce, *args: object) -> None:
        with contextlib.suppress(RuntimeError):  # the dialog was closed (and deleted) meanwhile: nobody waits
            announce.emit(*args)

    def _on_progress(self, done: int, total: int, check: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if done < total:
            self.state.setText(self.tr("Checking: %1…").replace("%1", check_text(Check(check))))

    def _on_finished(self, report: SelfTestReport | None) -> None:
        self.report = report
        for widget in (self.run_again, self.copy, self.remote):
            widget.setEnabled(True)
        self.copy.setEnabled(report is not None)
        if report is None:
            self.state.setText(self.tr("The self-test could not run; the log says why."))
            self.finished_report.emit(None)
            return
        self.progress.setValue(self.progress.maximum())
        self._fill(report)
        seconds = f"{report.seconds:.1f}"
        if report.failed:
            text = self.tr("Something does not work: see the lines marked Failure (%1 s).")
        elif report.count(Verdict.WARN):
            text = self.tr("The console works; see the warnings (%1 s).")
        else:
            text = self.tr("Everything works (%1 s).")
        self.state.setText(text.replace("%1", seconds))
        self.finished_report.emit(report)

    def _fill(self, report: SelfTestReport) -> None:
        self.table.setRowCount(len(report.results))
        for row, result in enumerate(report.results):
            verdict = QTableWidgetItem(verdict_text(result.verdict))
            verdict.setForeground(verdict_color(result.verdict))
            items = [
                QTableWidgetItem(title_text(result)),
                verdict,
                QTableWidgetItem(fact_text(result.detail)),
                QTableWidgetItem(advice_text(result.advice)),
            ]
            for column, item in enumerate(items):
                item.setToolTip(item.text())
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _copy(self) -> None:
        if self.report is not None:
            QGuiApplication.clipboard().setText(format_table(self.report))

"""What the window says when the configuration has problems: which parts are off, and every problem."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cgrconsole.config import ConfigReport, SwitchedOff
from cgrconsole.core.problem import CONTEXT, Problem


def problem_text(problem: str) -> str:
    """A configuration problem in the UI's language: ``key: what``, the key and the values as in the file.

    A plain ``str`` (not a ``Problem``) is shown as it is; a translation that does not fit its values
    (a placeholder renamed by mistake) falls back to the English text rather than failing.
    """
    if not isinstance(problem, Problem):
        return problem
    values = {
        name: problem_text(value) if isinstance(value, Problem) else value
        for name, value in problem.values.items()
    }
    template = QCoreApplication.translate(CONTEXT, problem.template)
    try:
        said = template.format(**values)
    except (KeyError, IndexError, ValueError):
        said = problem.template.format(**values)
    return f"{problem.key}: {said}" if problem.key else said


def switched_off_text(part: SwitchedOff) -> str:
    translate = QCoreApplication.translate
    return {
        "file": translate("ConfigProblems", "the whole file (the console runs without cameras)"),
        "camera": translate("ConfigProblems", "camera %1").replace("%1", part.name),
        "cgr": translate("ConfigProblems", "sending to CarGoRuqsat"),
        "drvn": translate("ConfigProblems", "sending to ĐBVN (Vietnam)"),
        "archive": translate("ConfigProblems", "recording the archive"),
        "anpr": translate("ConfigProblems", "plate recognition"),
        "live": translate("ConfigProblems", "the live stream for the remote operator"),
        "sftp": translate("ConfigProblems", "uploading the archive over SFTP"),
    }[part.part]


def config_problems_box(report: ConfigReport, parent: QWidget | None = None) -> QMessageBox:
    """Non-blocking (``open()``): the console keeps starting behind it."""
    translate = QCoreApplication.translate
    # %2, not %n: lupdate cannot see a plural in QCoreApplication.translate with a variable count
    text = QCoreApplication.translate("ConfigProblems", "Problems in the configuration file %1: %2.")
    text = text.replace("%1", report.source).replace("%2", str(len(report.problems)))
    if report.switched_off:
        text += "\n\n" + translate("ConfigProblems", "Switched off until the file is corrected:")
        text += "".join(f"\n  • {switched_off_text(part)}" for part in report.switched_off)
    text += "\n\n" + translate(
        "ConfigProblems",
        "Everything else works. Correct the file (the details name each key) and restart the console.",
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("ConfigProblems", "Configuration problems"), text, parent=parent
    )
    box.setDetailedText("\n".join(map(problem_text, report.problems)))
    return box


def offer_template_box(path: Path) -> QMessageBox:
    translate = QCoreApplication.translate
    text = translate(
        "ConfigProblems",
        "The configuration file %1 does not exist.\n\nCreate it from the template? The console then "
        "opens without cameras; add them to the file and restart.",
    ).replace("%1", str(path))
    box = QMessageBox(QMessageBox.Icon.Question, translate("ConfigProblems", "No configuration file"), text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box

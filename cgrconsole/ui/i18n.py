"""UI languages: Russian, Kazakh and English through Qt's translation system.

One translator per language holds the console's texts (``cgrconsole_<lang>.qm``) and, behind them, Qt's own
(``qtbase_<lang>.qm``: OK/Cancel/Yes/No of standard dialogs, the copy/paste menu of text fields) from
PySide6's translations folder. Kazakh falls back to Russian for any Qt text its file lacks: an officer in
Kazakhstan reads Russian, rarely English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from cgrconsole.resources import resource_dir

log = logging.getLogger(__name__)
LANGUAGES = ("ru", "kk", "en")
QT_FALLBACKS = {"ru": ("ru",), "kk": ("kk", "ru")}  # Qt's own texts: which languages, in order


def choose_language(requested: str | None, configured: str) -> str:
    """Command line, then configuration, then the system locale; English when nothing matches."""
    for candidate in (requested, None if configured == "auto" else configured):
        if candidate in LANGUAGES:
            return candidate
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def qt_translation_dirs() -> list[Path]:
    """Where ``qtbase_<lang>.qm`` may be: PySide6's own folder, then ours (an installer may copy it there)."""
    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        resource_dir() / "translations",
    ]


class ConsoleTranslator(QTranslator):
    """The console's texts first, then Qt's in each fallback language; removed from the app as one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.qt_translators: list[QTranslator] = []

    def load_qt(self, language: str) -> None:
        for lang in QT_FALLBACKS.get(language, ()):
            for folder in qt_translation_dirs():
                translator = QTranslator(self)
                if translator.load(f"qtbase_{lang}", str(folder)):
                    self.qt_translators.append(translator)
                    break
        if not self.qt_translators:
            log.warning(
                "Qt's own translation (qtbase_%s.qm) is missing: standard buttons stay in English", language
            )

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        for translator in self.qt_translators:
            if text:
                break
            text = translator.translate(context, source, disambiguation, n)
        return text or None  # None (a null string): not translated here, Qt shows the source

    def isEmpty(self) -> bool:
        return False


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load ``cgrconsole_<language>.qm`` and Qt's own texts; English is the source language and needs none."""
    if language == "en":
        return None
    translator = ConsoleTranslator(app)
    path = resource_dir() / "translations" / f"cgrconsole_{language}.qm"
    if not translator.load(str(path)):
        log.warning("translation %s is missing (run 'make translations'); the UI stays in English", path)
        return None
    translator.load_qt(language)
    app.installTranslator(translator)
    return translator

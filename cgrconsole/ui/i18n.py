"""UI languages: Russian, Kazakh and English through Qt's translation system."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from cgrconsole.resources import resource_dir

log = logging.getLogger(__name__)
LANGUAGES = ("ru", "kk", "en")


def choose_language(requested: str | None, configured: str) -> str:
    """Command line, then configuration, then the system locale; English when nothing matches."""
    for candidate in (requested, None if configured == "auto" else configured):
        if candidate in LANGUAGES:
            return candidate
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load ``cgrconsole_<language>.qm``; English is the source language and needs none."""
    if language == "en":
        return None
    translator = QTranslator(app)
    path = resource_dir() / "translations" / f"cgrconsole_{language}.qm"
    if not translator.load(str(path)):
        log.warning("translation %s is missing (run 'make translations'); the UI stays in English", path)
        return None
    app.installTranslator(translator)
    return translator

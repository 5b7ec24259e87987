"""Russian and Kazakh ship complete; the .ts files cover every UI string in the code."""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from support.ts_files import messages

from cgrconsole.core.camera.status import CameraState, FailureReason
from cgrconsole.core.uplink.reasons import ENGLISH, because, coded, parameters
from cgrconsole.resources import resource_dir
from cgrconsole.ui.i18n import install_translator
from cgrconsole.ui.reason_text import REASON_TEXTS
from cgrconsole.ui.reason_text import reason_text as delivery_reason_text
from cgrconsole.ui.status_text import reason_text, state_text

TRANSLATIONS = resource_dir() / "translations"
CYRILLIC = re.compile("[а-яёәғқңөұүһі]", re.IGNORECASE)
PACKAGE = Path(__file__).parents[2] / "cgrconsole"
UI_SOURCES = sorted(str(p) for p in (PACKAGE / "ui").glob("*.py"))
# the Qt-free files that mark configuration problems' templates for lupdate (cgrconsole.core.problem)
MARKED = re.compile(r'QT_TRANSLATE_NOOP\(\s*"ConfigProblem"')
PROBLEM_SOURCES = sorted(
    str(p) for p in PACKAGE.rglob("*.py") if p.parent.name != "ui" and MARKED.search(p.read_text("utf-8"))
)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_string_is_translated(language: str) -> None:
    for source, forms in messages(TRANSLATIONS / f"cgrconsole_{language}.ts").items():
        assert forms and all(f.strip() for f in forms), f"{language}: {source!r} is not translated"
        assert source.count("%1") == sum(f.count("%1") for f in forms) / len(forms)


def test_ts_files_are_in_sync_with_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", *UI_SOURCES, *PROBLEM_SOURCES, "-ts", str(fresh)], check=True)
    in_code = set(messages(fresh))
    assert in_code, "lupdate found no strings"
    for language in ("ru", "kk"):
        shipped = {s for s, forms in messages(TRANSLATIONS / f"cgrconsole_{language}.ts").items() if forms}
        assert in_code <= shipped, f"{language}: run lupdate and translate {sorted(in_code - shipped)}"


def test_make_ts_reads_every_file_with_configuration_problems() -> None:
    makefile = (PACKAGE.parent / "Makefile").read_text(encoding="utf-8")
    listed = re.search(r"^PROBLEM_SOURCES =((?:.*\\\n)*.*)$", makefile, re.M)
    assert listed is not None and "$(PROBLEM_SOURCES)" in makefile
    names = set(listed[1].replace("\\", " ").split())
    in_code = {str(Path(p).relative_to(PACKAGE.parent)) for p in PROBLEM_SOURCES}
    assert len(in_code) >= 8 and in_code == names


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_problem_translation_keeps_its_placeholders(language: str) -> None:
    def fields(text: str) -> list[tuple[str, str | None]]:
        return sorted((f, c) for _, f, _, c in string.Formatter().parse(text) if f is not None)

    root = ET.parse(TRANSLATIONS / f"cgrconsole_{language}.ts").getroot()
    (context,) = [c for c in root.iter("context") if c.findtext("name") == "ConfigProblem"]
    for message in context.iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        assert fields(translation) == fields(source), f"{language}: {source!r} -> {translation!r}"
        assert CYRILLIC.search(translation) or source == "true/false", translation


@pytest.mark.parametrize(
    ("language", "live", "unauthorized"),
    [
        ("ru", "В эфире", "Неверное имя пользователя"),
        ("kk", "Эфирде", "пайдаланушы аты"),
    ],
)
def test_the_compiled_translation_is_used(qapp, language: str, live: str, unauthorized: str) -> None:
    translator = install_translator(qapp, language)
    assert translator is not None, "run 'make translations' first"
    try:
        assert state_text(CameraState.LIVE) == live
        assert unauthorized in reason_text(FailureReason.UNAUTHORIZED)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert state_text(CameraState.LIVE) == "Live"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_count_is_a_plural_message(language: str) -> None:
    """A %n text that is not a plural message finds no translation for most counts (Qt looks up the
    count's plural form, and there is only one): lupdate marks it plural only for self.tr(text, "", n),
    never for QCoreApplication.translate with a variable count. Use %1 there."""
    root = ET.parse(TRANSLATIONS / f"cgrconsole_{language}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        if "%n" in source:
            assert message.get("numerus") == "yes", (
                f"{language}: {source!r} has %n but is not a plural message"
            )


def test_every_delivery_reason_code_has_a_text_with_the_same_parameters() -> None:
    assert set(REASON_TEXTS) == set(ENGLISH), "core reasons.py and ui reason_text.py: the same codes"
    for code, (source, names) in REASON_TEXTS.items():
        assert set(names) == parameters(code), code
        assert sorted(re.findall(r"%(\d)", source)) == [str(i) for i in range(1, len(names) + 1)], code


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_delivery_reason_reads_in_the_officers_language(qapp, language: str) -> None:
    translator = install_translator(qapp, language)
    assert translator is not None, "run 'make translations' first"
    try:
        for code in ENGLISH:
            why = coded(code, {name: "‹x›" for name in parameters(code)}, server="Gửi quá nhiều yêu cầu")
            text = delivery_reason_text(why, why.english())
            words = text.replace("Gửi quá nhiều yêu cầu", "").replace("‹x›", "")
            assert CYRILLIC.search(words), f"{language}: {code} shows {text!r}"
            assert text.count("‹x›") == len(parameters(code)), f"{language}: {code} lost a parameter"
            assert text.endswith("Gửi quá nhiều yêu cầu"), "the server's own words follow verbatim"
        nested = because("drvn.behind", cause=because("net.connect", url="https://x", error="refused"))
        assert delivery_reason_text(nested).count(":") >= 2 and CYRILLIC.search(delivery_reason_text(nested))
        assert delivery_reason_text(None, "HTTP 400: refused") == "HTTP 400: refused", "rows older than codes"
    finally:
        QCoreApplication.removeTranslator(translator)

"""Help → Run self-test…: the real checks on a worker thread while the window paints, the table in the
officer's language (English, Russian, Kazakh), screenshots."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cgrconsole.config import CameraConfig
from cgrconsole.core.archive.settings import ArchiveConfig
from cgrconsole.self_test import (
    ADVICE,
    FACTS,
    TITLES,
    Advice,
    Check,
    CheckResult,
    Fact,
    SelfTestOptions,
    SelfTestReport,
    Verdict,
)
from cgrconsole.ui.self_test_dialog import SelfTestDialog
from cgrconsole.ui.self_test_text import FACT_TEXTS, advice_text, check_text, fact_text, verdict_text
from cgrconsole.ui.theme import apply_theme

CYRILLIC = re.compile("[А-Яа-яЁёҚқҒғҮүҰұӘәІіҢңӨөҺһ]")

# a day of archive at 200 kbit/s for one camera (2 GB): the disk of any test machine holds it
SMALL_ARCHIVE = ArchiveConfig(
    retention_days=1,
    allow_short_retention=True,
    transcode_bitrate_kbps=200,
    min_free_gb=1,
    critical_free_gb=0.5,
)


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_help_runs_the_real_self_test_while_the_window_paints_screenshot(
    qtbot, qapp, language: str, engine_factory, open_window, tmp_path: Path
) -> None:
    from test_screenshots import save

    apply_theme(qapp)
    engine = engine_factory(
        [CameraConfig("Gate1", "synthetic://Gate1?size=640x360&fps=10")], archive=SMALL_ARCHIVE
    )
    window = open_window(engine, 1280, 800)
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    (help_menu,) = [menu for menu in menus if window.self_test_action in menu.actions()]
    assert help_menu.title() == {"en": "&Help", "ru": "&Справка"}[language]
    threads: list[str] = []
    window.self_test_action.trigger()
    dialog = window.self_test_dialog
    assert dialog is not None and dialog.running
    dialog.finished_report.connect(lambda _: threads.append(threading.current_thread().name))
    steps: list[int] = []
    dialog.progress.valueChanged.connect(steps.append)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    report = dialog.report
    assert threads == [threading.main_thread().name], "the report arrives on the GUI thread"
    assert len(set(steps)) >= 5, f"the progress bar moved check by check: {steps}"
    assert [r.verdict for r in report.results] == [Verdict.OK] * 8, [
        (r.title, r.detail) for r in report.results
    ]
    assert dialog.table.rowCount() == 8
    cells = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(8)]
    assert [c[0] for c in cells] == [check_text(r.check) for r in report.results]
    assert {c[1] for c in cells} == {verdict_text(Verdict.OK)}
    assert cells[1][2] == fact_text(report.results[1].detail) and "'123ABC02'" in cells[1][2]
    if language == "ru":  # the facts too: every line's in Russian (its versions and paths as they are)
        assert all(CYRILLIC.search(c[2]) for c in cells), [c[2] for c in cells]
    seconds = f"{report.seconds:.1f}"
    expected = {"en": f"Everything works ({seconds} s).", "ru": f"Всё работает ({seconds} с)."}
    assert dialog.state.text() == expected[language]
    dialog.copy.click()
    copied = QApplication.clipboard().text()
    assert "SELF-TEST PASSED: 8 OK, 0 WARN, 0 FAIL" in copied and "Plate recognition" in copied
    dialog.resize(1100, 480)
    save(dialog, "self_test_dialog.png" if language == "en" else "self_test_dialog_ru.png", tmp_path)
    window.self_test_action.trigger()
    assert window.self_test_dialog is dialog, "one dialog, brought to the front"
    dialog.close()
    qtbot.waitUntil(lambda: window.self_test_dialog is None, timeout=5000)


def every_line() -> SelfTestReport:
    """A line for each check, verdict and advice (the facts stay English: they are not checked)."""
    checks = list(Check)
    lines = [
        CheckResult(
            checks[i % len(checks)], list(Verdict)[i % 3], "facts", advice, subject="Gate1" if i % 4 else ""
        )
        for i, advice in enumerate(Advice)
    ]
    return SelfTestReport(tuple(lines), 1.5, remote_checked=True)


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_every_word_of_the_dialog_is_translated(qtbot, language: str) -> None:
    from test_translation_coverage import english_in

    dialog = SelfTestDialog(SelfTestOptions(), runner=lambda options, progress: every_line())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert dialog.table.rowCount() == len(Advice)
    texts = [dialog.windowTitle(), dialog.state.text(), dialog.remote.text(), dialog.run_again.text()]
    texts += [dialog.copy.text(), dialog.copy.toolTip()]
    texts += [dialog.table.horizontalHeaderItem(c).text() for c in range(4)]
    for row in range(dialog.table.rowCount()):
        texts += [dialog.table.item(row, c).text() for c in (0, 1, 3)]  # column 2: the facts, in English
    texts += [check_text(c) for c in Check] + [verdict_text(v) for v in Verdict]
    assert english_in(texts, language) == {}
    assert not [t for t in texts if t.isascii() and t.strip() and t not in ("Gate1",)], texts
    failure = verdict_text(Verdict.FAIL)
    assert failure in dialog.state.text(), "the summary names the verdict as the table shows it"


def test_the_window_and_the_command_line_say_the_same_in_english() -> None:
    """One wording: the table the command line prints and the window's English texts."""
    assert {c: check_text(c) for c in Check} == TITLES
    assert {a: advice_text(a) for a in Advice} == ADVICE


def test_a_run_that_breaks_says_so(qtbot) -> None:
    def broken(options, progress):
        raise RuntimeError("a defect")

    dialog = SelfTestDialog(SelfTestOptions(), runner=broken)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_report, timeout=5000) as finished:
        dialog.start()
    assert finished.args == [None]
    assert "could not run" in dialog.state.text() and not dialog.copy.isEnabled()
    assert dialog.run_again.isEnabled()


def test_the_facts_have_a_translation_for_every_code_with_the_same_parameters() -> None:
    assert set(FACT_TEXTS) == set(FACTS), "self_test/report.py and ui/self_test_text.py: the same codes"
    for code, (source, names) in FACT_TEXTS.items():
        assert tuple(re.findall(r"\{(\w+)\}", FACTS[code])) == names, code
        assert [f"%{n}" for n in range(1, len(names) + 1)] == re.findall(r"%\d", source), code
        english = Fact(code, **{name: f"<{name}>" for name in names})
        assert fact_text(english) == english, f"{code}: the window's English is the command line's"


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_every_fact_is_said_in_the_language_with_its_parameters_as_they_are(qtbot, language: str) -> None:
    for code, (_source, names) in FACT_TEXTS.items():
        values = {name: f"<{name}>" for name in names}
        shown = fact_text(Fact(code, **values))
        assert all(v in shown for v in values.values()), f"{code}: {shown!r} lost a parameter"
        words = re.sub(r"<\w+>", "", FACTS[code].format(**values))
        if re.search("[a-z]{3,}", words.replace("libvlc", "").replace("kbit", "")):  # any English words
            assert CYRILLIC.search(shown), f"{language}: {code} is still English: {shown!r}"
    joined = Fact.joined(Fact("live.ok", url="u", index=200, playlist=200, parts=4), Fact("live.stopped"))
    assert fact_text(joined).count("; ") == 1 and CYRILLIC.search(fact_text(joined).split("; ")[1])
    assert fact_text("OSError: [Errno 13] Permission denied") == "OSError: [Errno 13] Permission denied"

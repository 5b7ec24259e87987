"""The About box names where the console keeps its files (to read out on a support call), selectable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cgrconsole.ui.status_text import archive_summary_text


def test_about_shows_the_config_data_archive_and_log_paths(
    qtbot, engine_factory, open_window, tmp_path: Path
) -> None:
    engine = engine_factory([])
    window = open_window(engine)
    assert "Configuration: none (the demo)" in window.about_text()
    window.config_path = tmp_path / "site.toml"
    seen: list[tuple[str, Qt.TextInteractionFlag]] = []

    def read_about() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.textInteractionFlags()))
        box.accept()

    QTimer.singleShot(200, read_about)
    window._about()
    assert seen, "the About box was shown"
    text, flags = seen[0]
    paths = engine.paths
    for line in (
        f"Configuration: {tmp_path / 'site.toml'}",
        f"Data: {paths.data_dir}",
        f"Archive: {paths.archive_dir}",
        f"Logs: {paths.log_dir}",
    ):
        assert line in text.splitlines(), line
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse


def test_the_archive_summary_says_less_than_a_day_and_picks_its_units() -> None:
    minutes = 10 / (24 * 60)
    assert (
        archive_summary_text(minutes, 96_200_000, 120_000_000_000)
        == "Archive: < 1 day, 96.2 MB, 120.0 GB free"
    )
    assert archive_summary_text(61.4, 1_800_000_000_000, 2_500_000_000_000) == (
        "Archive: 61 days, 1.8 TB, 2.5 TB free"
    )

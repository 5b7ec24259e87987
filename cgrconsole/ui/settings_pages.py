"""The settings pages of one form each: the site, the archive and its retention, the language."""

from __future__ import annotations

import zoneinfo

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cgrconsole.config import Config
from cgrconsole.config_edit import ConfigEditor
from cgrconsole.ui.settings_page import WARNING_STYLE, Change, SettingsPage, put, tr

MIN_RETENTION_DAYS = 60  # the contract's minimum


class SitePage(SettingsPage):
    """``[site]``: the checkpoint's name and its time zone (archive folders and event times use it)."""

    sections = ("site",)

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(config, parent)
        form = QFormLayout(self)
        self.name = QLineEdit(config.site.name, self)
        self.timezone = QComboBox(self, editable=True)
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone.setCurrentText(config.site.timezone)
        form.addRow(tr("Site name"), self.name)
        form.addRow(tr("Time zone"), self.timezone)
        hint = QLabel(
            tr(
                "The time zone names the archive's hour folders and the times sent with each event "
                "(e.g. Asia/Almaty, Asia/Aqtobe)."
            ),
            self,
            wordWrap=True,
        )
        form.addRow(hint)
        note = QLabel(
            tr("A new name applies at once; a new time zone at the next start of the console."),
            self,
            wordWrap=True,
        )
        note.setStyleSheet(WARNING_STYLE)
        form.addRow(note)

    def title(self) -> str:
        return tr("Site")

    def check(self) -> list[str]:
        found = []
        if not self.name.text().strip():
            found.append(tr("Site name: must not be empty."))
        try:
            zoneinfo.ZoneInfo(self.timezone.currentText().strip())
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            found.append(tr("Time zone: unknown name; choose one from the list (e.g. Asia/Almaty)."))
        return found

    def write(self, editor: ConfigEditor) -> list[Change]:
        changes: list[Change] = []
        site = self.config.site
        put(editor, "site", "name", self.name.text().strip(), site.name, changes)
        put(editor, "site", "timezone", self.timezone.currentText().strip(), site.timezone, changes)
        return changes


class ArchivePage(SettingsPage):
    """``[archive]`` and ``[paths] archive_dir``: where the video goes and how long it stays."""

    sections = ("archive", "paths")

    def __init__(self, config: Config, archive_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(config, parent)
        archive = config.archive
        form = QFormLayout(self)
        self.enabled = QCheckBox(tr("Record the cameras"), self)
        self.enabled.setChecked(archive.enabled)
        form.addRow(self.enabled)
        self.folder = QLineEdit(config.paths.archive_dir, self, placeholderText=archive_dir)
        browse = QPushButton(tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(tr("Archive folder"), row)
        self.days = QSpinBox(self, minimum=1, maximum=3650, value=archive.retention_days)
        self.days.setSuffix(tr(" days"))
        form.addRow(tr("Keep the video"), self.days)
        self.short = QCheckBox(
            tr("Allow fewer than 60 days (the contract requires at least 60)"),
            self,
        )
        self.short.setChecked(archive.allow_short_retention)
        form.addRow(self.short)
        self.warning = QLabel(self, wordWrap=True)
        self.warning.setStyleSheet(WARNING_STYLE)
        form.addRow(self.warning)
        self.free = QDoubleSpinBox(self, maximum=10000.0, decimals=1)
        self.free.setMinimum(archive.critical_free_gb + 0.5)  # above the emergency floor
        self.free.setValue(archive.min_free_gb)
        self.free.setSuffix(tr(" GB"))
        form.addRow(tr("Keep free on the disk"), self.free)
        form.addRow(
            QLabel(
                tr(
                    "The archive has no size cap of its own: when the disk's free space falls below this,"
                    " the oldest files are deleted first."
                ),
                self,
                wordWrap=True,
            )
        )
        self.days.valueChanged.connect(self._warn)
        self.short.toggled.connect(self._warn)
        self._warn()

    def title(self) -> str:
        return tr("Archive and retention")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Archive folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _warn(self) -> None:
        short = self.days.value() < MIN_RETENTION_DAYS
        self.warning.setVisible(short)
        if short and not self.short.isChecked():
            self.warning.setText(
                tr(
                    "Keep the video: %1 days is less than the contract's 60; tick the box above to allow it."
                ).replace("%1", str(self.days.value()))
            )
        elif short:
            self.warning.setText(
                tr("Warning: the archive will be kept only %1 days.").replace("%1", str(self.days.value()))
            )

    def check(self) -> list[str]:
        if self.days.value() < MIN_RETENTION_DAYS and not self.short.isChecked():
            return [
                tr("Keep the video: at least 60 days, or tick “Allow fewer than 60 days”."),
            ]
        return []

    def write(self, editor: ConfigEditor) -> list[Change]:
        changes: list[Change] = []
        archive = self.config.archive
        put(
            editor, "paths", "archive_dir", self.folder.text().strip(), self.config.paths.archive_dir, changes
        )
        put(editor, "archive", "enabled", self.enabled.isChecked(), archive.enabled, changes)
        put(editor, "archive", "retention_days", self.days.value(), archive.retention_days, changes)
        short = self.short.isChecked() and self.days.value() < MIN_RETENTION_DAYS
        put(editor, "archive", "allow_short_retention", short, archive.allow_short_retention, changes)
        put(editor, "archive", "min_free_gb", round(self.free.value(), 1), archive.min_free_gb, changes)
        return changes


LANGUAGE_NAMES = (("auto", ""), ("ru", "Русский"), ("kk", "Қазақша"), ("en", "English"))


class LanguagePage(SettingsPage):
    """``[ui] language``: read at start, so the page says that it applies at the next start."""

    sections = ("ui",)

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(config, parent)
        form = QFormLayout(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name or tr("As the computer's language"), code)
        self.language.setCurrentIndex(max(0, self.language.findData(config.ui.language)))
        form.addRow(tr("Language of the console"), self.language)
        note = QLabel(tr("The new language is used from the next start of the console."), self, wordWrap=True)
        note.setStyleSheet(WARNING_STYLE)
        form.addRow(note)

    def title(self) -> str:
        return tr("Language")

    def write(self, editor: ConfigEditor) -> list[Change]:
        changes: list[Change] = []
        put(editor, "ui", "language", self.language.currentData(), self.config.ui.language, changes)
        return changes

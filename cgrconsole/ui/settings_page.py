"""What every page of the settings dialog offers: fill from the configuration, write to the editor.

A page writes only the keys that changed (``ConfigEditor.set_value`` keeps the file's comments) and
returns each change as ``Change`` for the audit; secrets are handed back separately, by keyring key,
and never enter the file or the audit. ``BackgroundJob`` runs a *Test* off the GUI thread and brings
its answer back on it (a queued signal; pictures are pulled by the page, never sent).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from cgrconsole.config import Config
from cgrconsole.config_edit import ConfigEditor
from cgrconsole.ui.config_problems import problem_text
from cgrconsole.ui.event_text import AMBER, GREEN, RED

# the console's dark theme colours (event_text), readable on its dark background
ERROR_STYLE = f"color: {RED};"
WARNING_STYLE = f"color: {AMBER};"
OK_STYLE = f"color: {GREEN};"


def tr(text: str) -> str:
    """The settings' texts: lupdate files bare ``tr("…")`` calls under the empty context, so look there."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Change:
    """One key the admin changed: ``what`` is its TOML key (``site.name``); secrets are never here."""

    what: str
    old: Any
    new: Any


def restart_title(key: str) -> str:
    """What needs a restart as the admin knows it: a section of the file, or one key of a section that
    otherwise applies at once."""
    titles = {
        "site.timezone": QCoreApplication.translate(
            "SettingsDialog", "Time zone (the archive's hour folders and the times of events)"
        ),
        "sftp.enabled": QCoreApplication.translate(
            "SettingsDialog", "Archive upload switched on or off (which files wait for the upload)"
        ),
    }
    return titles.get(key) or section_title(key)


def section_title(section: str) -> str:
    """A top-level section of the file as the admin knows it (the restart message names these)."""
    titles = {
        "site": QCoreApplication.translate("SettingsDialog", "Site"),
        "paths": QCoreApplication.translate("SettingsDialog", "Folders"),
        "archive": QCoreApplication.translate("SettingsDialog", "Archive and retention"),
        "anpr": QCoreApplication.translate("SettingsDialog", "Plate recognition"),
        "uplink": QCoreApplication.translate("SettingsDialog", "Destinations"),
        "ui": QCoreApplication.translate("SettingsDialog", "Language"),
        "live": QCoreApplication.translate("SettingsDialog", "Live stream"),
        "sftp": QCoreApplication.translate("SettingsDialog", "Archive upload (SFTP)"),
        "ingest": QCoreApplication.translate("SettingsDialog", "Camera connection"),
        "reachability": QCoreApplication.translate("SettingsDialog", "Reachability checks"),
    }
    return titles.get(section, section)


class SettingsPage(QWidget):
    """A page of the settings dialog. ``sections``: the top-level keys it edits (to find a problem's page)."""

    sections: tuple[str, ...] = ()
    tested = Signal(str, str)  # a Test ran: what was tested ("sftp", "camera Exit1"), its outcome code

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config

    def title(self) -> str:
        raise NotImplementedError

    def check(self) -> list[str]:
        """Problems the file's loader cannot see (an empty field), each naming the field; translated."""
        return []

    def write(self, editor: ConfigEditor) -> list[Change]:
        """Put this page's values into ``editor``; the changes made."""
        return []

    def secrets(self) -> dict[str, str]:
        """Secrets typed on this page, by keyring key (``cgr/registration_token``); empty: unchanged."""
        return {}

    def explain(self, problem: str) -> str:
        """A problem of the file said by this page's field names (the key's own text by default)."""
        return problem_text(problem)

    def owns(self, problem: str) -> bool:
        key = problem.partition(":")[0]
        return any(key == s or key.startswith((f"{s}.", f"{s}[")) for s in self.sections)

    def stop(self) -> None:
        """The dialog closes: end any test still running."""


def put(
    editor: ConfigEditor, section: str, key: str, value: Any, current: Any, changes: list[Change]
) -> None:
    """``[section] key = value`` when it differs from the file's value, or (absent) from ``current``.

    A key the file does not have is not added just to repeat its default; each write is a ``Change``.
    """
    table: Any = editor.document
    for part in section.split("."):
        table = table.get(part) if hasattr(table, "get") else None
        if table is None:
            break
    if table is not None and hasattr(table, "get") and key in table:
        old = table.get(key)
        old = old.unwrap() if hasattr(old, "unwrap") else old
    else:
        old = current
    if old == value:
        return
    editor.set_value(section, key, value)
    changes.append(Change(f"{section}.{key}", old, value))


class _Relay(QObject):
    done = Signal(object)


class BackgroundJob:
    """``work()`` on a daemon thread; ``on_done(result)`` then runs on the GUI thread."""

    def __init__(self, parent: QObject, on_done: Callable[[Any], None]) -> None:
        self._relay = _Relay(parent)
        self._relay.done.connect(self._finish)
        self._on_done = on_done
        self.running = False  # from start() until on_done ran (the thread may outlive it briefly)

    def _finish(self, result: Any) -> None:
        self.running = False
        self._on_done(result)

    def start(self, work: Callable[[], Any], name: str) -> None:
        """``on_done`` receives the result, or the exception ``work`` raised."""

        def run() -> None:
            try:
                result = work()
            except Exception as exc:  # said in the window, never lost with the thread
                result = exc
            self._relay.done.emit(result)

        self.running = True
        threading.Thread(target=run, name=name, daemon=True).start()

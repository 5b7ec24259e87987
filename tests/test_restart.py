"""The settings' "Restart the console now": the run that the window ends asking for a restart starts the
console again, once this process has let go of its data folder (the new one takes it)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

from cgrconsole import app
from cgrconsole.cli import build_parser
from cgrconsole.instance import DataFolderLock
from cgrconsole.process import ExitCode, restart_command

CONFIG = """\
[site]
name = "Nur Zholy"
timezone = "Asia/Almaty"

[live]
enabled = false
"""


def test_the_console_starts_again_after_letting_go_of_its_data_folder(tmp_path: Path, monkeypatch) -> None:
    config, data = tmp_path / "config.toml", tmp_path / "data"
    config.write_text(CONFIG, encoding="utf-8")
    args = build_parser().parse_args(["--config", str(config), "--data-dir", str(data)])
    monkeypatch.setattr("cgrconsole.ui.application.run_gui", lambda engine, args, report: ExitCode.RESTART)
    monkeypatch.setattr(app, "setup_logging", lambda *a, **k: None)  # the process-wide parts stay as they are
    monkeypatch.setattr(app, "install_excepthooks", lambda supervisor: None)
    free_when_started: list[bool] = []

    def start_again() -> SimpleNamespace:
        lock = DataFolderLock(data, "window")
        lock.acquire()  # raises while this run still holds the folder
        lock.release()
        free_when_started.append(True)
        return SimpleNamespace(args=restart_command())

    monkeypatch.setattr(app, "start_again", start_again)
    assert app.run(args) == ExitCode.OK, "a restart is not a failure for the shell"
    assert free_when_started == [True], "started again once, with the data folder free"


def test_the_same_command_runs_again_installed_or_from_python(monkeypatch) -> None:
    assert restart_command() == [sys.executable, *sys.orig_argv[1:]]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["C:/Program Files/cgrconsole/cgrconsole.exe", "--lang", "ru"])
    assert restart_command() == [sys.executable, "--lang", "ru"]

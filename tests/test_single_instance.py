"""One console per data folder: a second start, as a real second process, changes nothing and says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.console import headless_console
from support.waiting import wait_until

from cgrconsole.core.archive.segment import RECORDING_DIR
from cgrconsole.instance import AlreadyRunning, DataFolderLock
from cgrconsole.process import ExitCode

CONFIG = """
[site]
timezone = "Asia/Almaty"
[[cameras]]
name = "Lane1"
url = "synthetic://Lane1?size=640x360&fps=10&gop=10"
anpr = false
"""


def recording_files(data: Path) -> list[Path]:
    return sorted((data / "archive" / RECORDING_DIR).glob("*.fmp4"))


def test_a_second_console_on_the_same_data_folder_exits_and_leaves_the_first_untouched(
    tmp_path: Path,
) -> None:
    config, data = tmp_path / "site.toml", tmp_path / "data"
    config.write_text(CONFIG, encoding="utf-8")
    first = subprocess.Popen(
        headless_console(config, data), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_until(lambda: recording_files(data) and recording_files(data)[0].stat().st_size > 20_000, 60)
        live = recording_files(data)[0]
        size_before = live.stat().st_size
        second = subprocess.run(
            headless_console(config, data, "--duration", "30"),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == ExitCode.ALREADY_RUNNING, second.stderr
        assert "already running" in second.stderr and str(data) in second.stderr
        assert f"process {first.pid}" in second.stderr, "it says which process holds the folder"
        assert recording_files(data) == [live], (
            "the first console's live file was neither finished nor deleted"
        )
        wait_until(
            lambda: live.stat().st_size > size_before + 20_000, 30, message="the first keeps recording"
        )
    finally:
        first.terminate()  # SIGTERM: a clean stop on Linux (a hard one on Windows)
        first.wait(30)
    if os.name != "nt":
        assert first.returncode == 0, first.stderr[-2000:]
    log = (data / "logs" / "cgrconsole.log").read_text(encoding="utf-8")
    assert log.count("started: site") == 1, "the second start never opened the database or the log"


def test_the_lock_goes_with_its_process_however_it_ends(tmp_path: Path) -> None:
    data = tmp_path / "data"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(data)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    lock = DataFolderLock(data)
    with pytest.raises(AlreadyRunning) as refused:
        lock.acquire()
    assert refused.value.holder.pid == holder.pid
    holder.kill()  # SIGKILL / TerminateProcess: no clean-up ran, the OS released the lock
    holder.wait(10)
    lock.acquire()
    assert lock.held
    lock.release()


HOLD_LOCK = """
import sys, time
from pathlib import Path
from cgrconsole.instance import AlreadyRunning, DataFolderLock
lock = DataFolderLock(Path(sys.argv[1]))  # kept referenced: a collected lock is released
lock.acquire()
print("locked", flush=True)
time.sleep(600)
"""


def test_a_second_window_brings_the_running_one_to_the_front(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    from cgrconsole.ui.single_instance import WindowActivationServer

    config, data = tmp_path / "site.toml", tmp_path / "data"
    config.write_text("[site]\ntimezone = 'Asia/Almaty'\n", encoding="utf-8")
    lock = DataFolderLock(data)
    lock.acquire()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    server = WindowActivationServer(data, window)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cgrconsole",
            "--config",
            str(config),
            "--data-dir",
            str(data),
            "--duration",
            "2",
        ],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        qtbot.waitUntil(lambda: server.requests == 1, timeout=30_000)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    finally:
        if second.poll() is None:
            second.kill()
        lock.release()
    assert second.returncode == ExitCode.ALREADY_RUNNING
    assert not window.isMinimized(), "the running window came back to the front"

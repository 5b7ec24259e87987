"""One console per data folder: an OS lock taken before anything is opened.

A second console on the same folder would reset the first one's in-flight outbox rows (sending
them twice), finish and delete its live recordings and open a second RTSP session per camera. So
the first thing a run does, before the database or the archive, is to lock ``<data>/cgrconsole.lock``
with the OS: ``fcntl.flock`` on Linux, ``msvcrt.locking`` of its first byte on Windows. The OS drops
the lock when the process ends, however it ends (a crash, ``kill -9``, a power cut), so there is
no stale lock to clean up. Beside it, ``instance.json`` says who holds it, for the message the
second start shows.

(Not the ``filelock`` package: since 3.2x it installs a process-wide audit hook that runs on every
audited call of the window's thread.)
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

LOCK_FILE = "cgrconsole.lock"
HOLDER_FILE = "instance.json"


@dataclass(frozen=True)
class Holder:
    """Who runs the console on a data folder (as far as its ``instance.json`` says)."""

    pid: int | None = None
    host: str = ""
    started_at: float | None = None
    mode: str = ""  # "window" | "headless"

    def describe(self) -> str:
        parts = []
        if self.pid:
            parts.append(f"process {self.pid}")
        if self.host:
            parts.append(f"on {self.host}")
        if self.started_at:
            parts.append(f"since {time.strftime('%Y-%m-%d %H:%M', time.localtime(self.started_at))}")
        return " ".join(parts) or "another process"


class AlreadyRunning(Exception):
    """Another console holds the data folder."""

    def __init__(self, data_dir: Path, holder: Holder) -> None:
        self.data_dir = data_dir
        self.holder = holder
        super().__init__(
            f"cgrconsole is already running on {data_dir} ({holder.describe()}); use that window, "
            "or stop it first"
        )


class DataFolderLock:
    """``acquire()`` at start (raises ``AlreadyRunning``), ``release()`` at the very end."""

    def __init__(self, data_dir: Path, mode: str = "window") -> None:
        self.data_dir = data_dir
        self.mode = mode
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.data_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise AlreadyRunning(self.data_dir, read_holder(self.data_dir)) from None
        self._fd = fd
        holder = {"pid": os.getpid(), "host": socket.gethostname(), "started_at": time.time()}
        holder["mode"] = self.mode
        with contextlib.suppress(OSError):  # only informative: the lock itself is what protects
            (self.data_dir / HOLDER_FILE).write_text(json.dumps(holder), encoding="utf-8")

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            (self.data_dir / HOLDER_FILE).unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)  # the lock file itself stays: deleting it would race with a starting console


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # OSError when another process holds the byte

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError when another process holds it

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(data_dir: Path) -> Holder:
    try:
        data = json.loads((data_dir / HOLDER_FILE).read_text(encoding="utf-8"))
        return Holder(data.get("pid"), data.get("host", ""), data.get("started_at"), data.get("mode", ""))
    except (OSError, ValueError, AttributeError):
        return Holder()

"""Files that survive a crash and a power cut, on Linux and on Windows. Every fsync of the console is here.

The rules (docs/platform.md):
- a file is durable once its data is fsynced *and* the folder entry naming it is fsynced; a new folder
  is durable once its parent is fsynced. ``make_dirs`` and ``write_atomically`` do both.
- Windows fsyncs only through a handle open for writing (``os.fsync`` on a read-only one fails with
  EBADF), so a file written by someone else (FFmpeg) is fsynced through ``r+b``, never ``rb``.
- Windows cannot open a folder to fsync it; NTFS journals its folder changes, so there it is a no-op.
- A finished file is placed under its final name without ever replacing one: a hard link where the
  file system has them, a rename where Windows refuses an existing target by itself.
- Windows refuses to rename or replace a file another program holds open for a moment (a virus
  scanner, the search indexer); there the rename is tried again for up to half a second.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

WINDOWS = os.name == "nt"  # tests switch it to apply the Windows rules on Linux
_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK}
IN_USE_RETRIES = 10  # x 50 ms: how long a Windows rename waits for a scanner to let go of a file


def fsync_dir(path: Path) -> None:
    """Make the entries of folder ``path`` durable (what was created, renamed or linked in it)."""
    if WINDOWS:
        return  # a folder cannot be opened for fsync on Windows; NTFS journals the change
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_handle(handle: BinaryIO) -> None:
    """Flush and fsync a file we are writing, through its own (writable) handle."""
    handle.flush()
    os.fsync(handle.fileno())


def fsync_path(path: Path) -> None:
    """Fsync a closed file written by another library, through a handle that may write (Windows)."""
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def make_dirs(path: Path) -> None:
    """``mkdir -p`` whose new folders survive a power cut: each new one is fsynced into its parent."""
    missing: list[Path] = []
    folder = path
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir()
        except FileExistsError:
            if not folder.is_dir():
                raise
            continue  # made meanwhile by another thread, which fsyncs it
        fsync_dir(folder.parent)


def write_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """``path`` appears complete or not at all, also after a power cut: temporary name, fsync, rename, fsync.

    A crash leaves at most a ``.part`` file beside it. An existing ``path`` is replaced. ``mode`` (e.g.
    0o600 for a private key) is given to the file when it is created, so no other user can ever read it.
    """
    make_dirs(path.parent)
    part = path.with_name(path.name + ".part")
    if mode is not None:
        part.unlink(missing_ok=True)  # a left-over .part would keep its own mode
        opened: BinaryIO = os.fdopen(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode), "wb")
    else:
        opened = open(part, "wb")  # noqa: SIM115 (closed by the with below)
    with opened as handle:
        handle.write(data)
        fsync_handle(handle)
    _while_in_use(os.replace, part, path)
    fsync_dir(path.parent)


def place_without_overwrite(staging: Path, final: Path) -> None:
    """Give the durable file ``staging`` the name ``final``; FileExistsError when the name is taken.

    ``final.parent`` must exist; the new name is fsynced into it.
    """
    if WINDOWS:
        _while_in_use(os.rename, staging, final)  # a Windows rename refuses an existing target
    else:
        try:
            os.link(staging, final)  # refuses an existing target, atomically
        except OSError as exc:
            if exc.errno not in _NO_HARD_LINKS:
                raise
            # exFAT/FAT or a share without hard links: only this process writes here (it holds the
            # data folder), so checking first cannot race with another writer.
            if final.exists():
                raise FileExistsError(errno.EEXIST, "archive file exists", str(final)) from None
            os.rename(staging, final)
        else:
            staging.unlink()
    fsync_dir(final.parent)


def _while_in_use(rename: Callable[[Path, Path], None], source: Path, target: Path) -> None:
    """``rename``, tried again on Windows while another program holds one of the files open."""
    for attempt in range(IN_USE_RETRIES if WINDOWS else 1):
        try:
            rename(source, target)
            return
        except PermissionError:
            if attempt == IN_USE_RETRIES - 1 or not WINDOWS:
                raise
            time.sleep(0.05)

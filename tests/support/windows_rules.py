"""Windows' file rules, enforced on Linux: the code under test meets them here or fails here.

No Windows machine runs these tests, so the rules Windows applies and Linux does not are applied by
wrapping the ``os`` calls (Linux only: it reads ``/proc/self/fd`` and ``fcntl``):

- ``os.fsync`` refuses a descriptor opened read-only (EBADF), as the C runtime's ``_commit`` does;
- a folder cannot be opened (``os.open`` on a directory: EACCES), so it cannot be fsynced either;
- ``os.rename`` refuses an existing target (FileExistsError);
- a file that is open cannot be renamed, replaced or deleted (PermissionError, "used by another process");
- ``cgrconsole.core.files.WINDOWS`` is true, so the code takes its Windows branches.
"""

from __future__ import annotations

import errno
import os
import sys

import pytest

from cgrconsole.core import files

if sys.platform == "linux":
    import fcntl


def _open_paths() -> set[str]:
    paths = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            paths.add(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            continue
    return paths


class WindowsRules:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.refused: list[str] = []  # what the code tried that Windows refuses (should stay empty)
        real_fsync, real_open = os.fsync, os.open
        real_rename, real_replace, real_unlink = os.rename, os.replace, os.unlink

        def fsync(fd: int) -> None:
            if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
                self.refused.append(f"fsync of a read-only descriptor ({os.readlink(f'/proc/self/fd/{fd}')})")
                raise OSError(errno.EBADF, "Bad file descriptor")
            real_fsync(fd)

        def open_(path, flags, mode=0o777, *, dir_fd=None):  # type: ignore[no-untyped-def]
            if dir_fd is None and os.path.isdir(path):
                self.refused.append(f"opening the folder {path}")
                raise PermissionError(errno.EACCES, "Access is denied", str(path))
            return real_open(path, flags, mode, dir_fd=dir_fd)

        def in_use(*paths: object) -> None:
            open_now = _open_paths()
            for path in paths:
                if os.path.exists(path) and os.path.realpath(path) in open_now:  # type: ignore[arg-type]
                    self.refused.append(f"renaming or deleting {path} while it is open")
                    raise PermissionError(errno.EACCES, "used by another process", str(path))

        def rename(src, dst, **kwargs):  # type: ignore[no-untyped-def]
            in_use(src, dst)
            if os.path.exists(dst):
                raise FileExistsError(errno.EEXIST, "Cannot create a file when that file already exists", dst)
            return real_rename(src, dst, **kwargs)

        def replace(src, dst, **kwargs):  # type: ignore[no-untyped-def]
            in_use(src, dst)
            return real_replace(src, dst, **kwargs)

        def unlink(path, **kwargs):  # type: ignore[no-untyped-def]
            in_use(path)
            return real_unlink(path, **kwargs)

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "open", open_)
        monkeypatch.setattr(os, "rename", rename)
        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(os, "unlink", unlink)
        monkeypatch.setattr(os, "remove", unlink)
        monkeypatch.setattr(files, "WINDOWS", True)

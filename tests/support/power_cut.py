"""A power cut, modelled on a real folder: after the cut only what was fsynced is there.

The power cannot be cut under a test, but what survives one is defined by POSIX and is what the
console relies on: a file's bytes as of its last ``fsync``, and a folder's entries as of the last
fsync *of that folder* (a new file or folder whose parent was never fsynced afterwards is gone,
and so is a rename or an unlink). ``PowerCutDisk`` watches every ``os.fsync`` of the process and
keeps exactly that. ``cut_before`` makes the N-th fsync raise ``PowerCut`` instead of happening,
which reaches every state a real cut can leave (between two fsyncs nothing more becomes durable).
``image()`` then writes the disk as it would be after the reboot into a fresh folder.

Deliberately pessimistic (ext4 and NTFS usually keep more). Linux only: it reads ``/proc/self/fd``.
SQLite is not modelled: with ``synchronous=FULL`` every commit is fsynced by SQLite itself.
"""

from __future__ import annotations

import itertools
import os
import stat
from pathlib import Path

import pytest

Key = int | str  # an inode number, or a ghost's name once the inode was freed (it may be reused)


class PowerCut(BaseException):  # not an Exception: nothing in the code may catch it
    """The power went off."""


class PowerCutDisk:
    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch, cut_before: int | None = None) -> None:
        self.root = root
        self.root_key: Key = root.stat().st_ino
        self.fsyncs = 0
        self.cut = False
        self._cut_before = cut_before
        self._folders: dict[Key, dict[str, tuple[Key, bool]]] = {}  # durable entries: name -> (key, is dir)
        self._data: dict[Key, bytes] = {}  # durable bytes of files
        self._ghosts = itertools.count()
        self._remember_as_durable(root)  # what is there already was written before the test
        real_fsync, real_unlink, real_replace = os.fsync, os.unlink, os.replace

        def fsync(fd: int) -> None:
            if self.cut:
                return  # the machine is off; the test only tidies up
            self.fsyncs += 1
            if self._cut_before is not None and self.fsyncs >= self._cut_before:
                self.cut = True
                raise PowerCut(f"power cut before fsync #{self.fsyncs}")
            real_fsync(fd)
            self._synced(fd)

        def unlink(path, **kwargs):  # type: ignore[no-untyped-def]
            self._forget_last_link(path)
            return real_unlink(path, **kwargs)

        def replace(src, dst, **kwargs):  # type: ignore[no-untyped-def]
            self._forget_last_link(dst)
            return real_replace(src, dst, **kwargs)

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "unlink", unlink)
        monkeypatch.setattr(os, "remove", unlink)
        monkeypatch.setattr(os, "replace", replace)

    # -- what becomes durable -----------------------------------------------------------
    def _synced(self, fd: int) -> None:
        info = os.fstat(fd)
        path = os.readlink(f"/proc/self/fd/{fd}")
        if stat.S_ISDIR(info.st_mode):
            self._folders[info.st_ino] = {
                entry.name: (entry.inode(), entry.is_dir(follow_symlinks=False)) for entry in os.scandir(path)
            }
        else:
            with open(path, "rb") as handle:
                self._data[info.st_ino] = handle.read()

    def _remember_as_durable(self, folder: Path) -> None:
        entries = {}
        for entry in os.scandir(folder):
            is_dir = entry.is_dir(follow_symlinks=False)
            entries[entry.name] = (entry.inode(), is_dir)
            if is_dir:
                self._remember_as_durable(Path(entry.path))
            else:
                self._data[entry.inode()] = Path(entry.path).read_bytes()
        self._folders[folder.stat().st_ino] = entries

    def _forget_last_link(self, path: object) -> None:
        """An inode about to be freed keeps its durable past under a ghost name (its number may be reused)."""
        try:
            info = os.lstat(path)  # type: ignore[arg-type]
        except OSError:
            return
        if info.st_nlink > 1 or stat.S_ISDIR(info.st_mode):
            return
        ghost = f"ghost{next(self._ghosts)}"
        if info.st_ino in self._data:
            self._data[ghost] = self._data.pop(info.st_ino)
        for entries in self._folders.values():
            for name, (key, is_dir) in list(entries.items()):
                if key == info.st_ino:
                    entries[name] = (ghost, is_dir)

    # -- after the reboot ---------------------------------------------------------------
    def image(self, target: Path) -> Path:
        """The folder as the power cut left it, written to ``target``."""
        target.mkdir(parents=True)
        self._write(self.root_key, target)
        return target

    def _write(self, key: Key, folder: Path) -> None:
        for name, (child, is_dir) in self._folders.get(key, {}).items():
            if is_dir:
                (folder / name).mkdir()
                self._write(child, folder / name)  # a folder never fsynced itself comes back empty
            else:
                (folder / name).write_bytes(self._data.get(child, b""))  # never fsynced: empty

"""The one module that makes files durable: after a (modelled) power cut, and under Windows' rules."""

from __future__ import annotations

import errno
import os
import sys
import threading
from pathlib import Path

import pytest

from cgrconsole.core import files
from cgrconsole.core.files import make_dirs, place_without_overwrite, write_atomically

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="models the disk through /proc")


@linux_only
def test_what_write_atomically_wrote_survives_a_power_cut_and_a_plain_write_does_not(
    tmp_path: Path, monkeypatch
) -> None:
    from support.power_cut import PowerCutDisk

    root = tmp_path / "data"
    root.mkdir()
    disk = PowerCutDisk(root, monkeypatch)
    write_atomically(root / "events" / "2025" / "08" / "a.jpg", b"picture")
    write_atomically(root / "events" / "2025" / "08" / "a.jpg", b"picture, again")  # replaces
    plain = root / "events" / "2025" / "08" / "plain.jpg"
    with open(plain, "wb") as handle:  # data fsynced, but the folder entry never
        handle.write(b"lost")
        handle.flush()
        os.fsync(handle.fileno())
    after = disk.image(tmp_path / "after")
    assert (after / "events" / "2025" / "08" / "a.jpg").read_bytes() == b"picture, again"
    assert not (after / "events" / "2025" / "08" / "plain.jpg").exists(), (
        "the model keeps only what is durable"
    )
    assert [p.name for p in (after / "events" / "2025" / "08").iterdir()] == ["a.jpg"]


@linux_only
def test_make_dirs_makes_every_new_folder_durable(tmp_path: Path, monkeypatch) -> None:
    from support.power_cut import PowerCutDisk

    disk = PowerCutDisk(tmp_path, monkeypatch)
    make_dirs(tmp_path / "Camera1" / "2025" / "08" / "18" / "14")
    (tmp_path / "Camera1" / "2025" / "08" / "19").mkdir()  # a plain mkdir: not durable
    after = disk.image(tmp_path.parent / f"{tmp_path.name}-after")
    assert (after / "Camera1" / "2025" / "08" / "18" / "14").is_dir()
    assert not (after / "Camera1" / "2025" / "08" / "19").exists()


def test_placing_never_replaces_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "staging").write_bytes(b"new")
    (tmp_path / "final.mp4").write_bytes(b"evidence")
    with pytest.raises(FileExistsError):
        place_without_overwrite(tmp_path / "staging", tmp_path / "final.mp4")
    assert (tmp_path / "final.mp4").read_bytes() == b"evidence"
    place_without_overwrite(tmp_path / "staging", tmp_path / "other.mp4")
    assert (tmp_path / "other.mp4").read_bytes() == b"new" and not (tmp_path / "staging").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="the fallback of file systems without hard links")
def test_placing_works_on_a_file_system_without_hard_links(tmp_path: Path, monkeypatch) -> None:
    def no_links(*_args: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")  # what exFAT/FAT answer

    monkeypatch.setattr(os, "link", no_links)
    (tmp_path / "staging").write_bytes(b"new")
    (tmp_path / "taken.mp4").write_bytes(b"evidence")
    with pytest.raises(FileExistsError):
        place_without_overwrite(tmp_path / "staging", tmp_path / "taken.mp4")
    place_without_overwrite(tmp_path / "staging", tmp_path / "free.mp4")
    assert (tmp_path / "free.mp4").read_bytes() == b"new" and (
        tmp_path / "taken.mp4"
    ).read_bytes() == b"evidence"


@linux_only
def test_small_files_are_written_and_replaced_under_windows_rules(tmp_path: Path, monkeypatch) -> None:
    """Event pictures, the truck list cache and the ĐBVN budget all go through write_atomically."""
    from support.events import detected, make_rig
    from support.windows_rules import WindowsRules

    from cgrconsole.core.uplink.cgr.trucks import CACHE_FILE, TruckQueue
    from cgrconsole.core.uplink.drvn.budget import DailyBudget

    rig = make_rig(tmp_path)
    rules = WindowsRules(monkeypatch)
    assert files.WINDOWS
    event = rig.store.add(detected())
    assert (rig.store.media_dir / event.frame_path).read_bytes()[:2] == b"\xff\xd8"
    trucks = TruckQueue(tmp_path, rig.clock)
    budget = DailyBudget(5, tmp_path / "budget.json", rig.clock)
    for plates in (["123ABC01"], ["123ABC01", "777KZA02"]):  # the second save replaces the first
        trucks.update(plates)
        assert budget.take()
    assert rules.refused == []
    assert TruckQueue(tmp_path, rig.clock).load().plates == {"123ABC01", "777KZA02"}
    assert (tmp_path / CACHE_FILE).is_file()
    assert DailyBudget(5, tmp_path / "budget.json", rig.clock).used == 2
    rig.close()


@linux_only
def test_a_file_held_open_for_a_moment_is_still_replaced_under_windows_rules(
    tmp_path: Path, monkeypatch
) -> None:
    """A virus scanner opens every new file for a moment; Windows then refuses to replace it."""
    from support.windows_rules import WindowsRules

    rules = WindowsRules(monkeypatch)
    target = tmp_path / "cgr_truck_numbers.json"
    write_atomically(target, b"old")
    scanner = open(target, "rb")  # noqa: SIM115 - closed by the timer below
    threading.Timer(0.15, scanner.close).start()
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert rules.refused, "the first attempt met the open file"

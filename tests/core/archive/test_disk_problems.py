"""Archive folder missing, read-only or full: a clear status, no broken file, live view unaffected."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from support.mounts import tmpfs
from support.probe import probe
from support.waiting import wait_until

from cgrconsole.config import CameraConfig, Config, PathsConfig
from cgrconsole.core.archive.recorder import ArchiveProblem, RecorderState
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths


@pytest.fixture
def small_disk(tmp_path: Path):
    """A real 3 MB filesystem (tmpfs): it really fills up and can really be made read-only."""
    with tmpfs(tmp_path / "disk", "3m") as mount_point:
        yield mount_point


def test_missing_archive_folder_is_reported_and_recording_resumes_when_it_appears(
    rig_factory, tmp_path
) -> None:
    root = tmp_path / "unplugged-disk" / "archive"
    rig = rig_factory("2025-08-18T14:05:00+05:00", root=root)
    rig.synthetic(20)
    assert rig.recorder.status.state is RecorderState.FAILED
    assert rig.recorder.status.problem is ArchiveProblem.ROOT_MISSING
    assert not root.exists(), "a missing archive folder is never created behind the admin's back"
    root.mkdir(parents=True)
    rig.synthetic(30)  # the recorder retries every 10 s of the clock
    assert [probe(p).codec for p in rig.files()] == ["h264"]


def test_read_only_archive_is_reported(rig_factory, small_disk: Path) -> None:
    (small_disk / "archive").mkdir()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    rig = rig_factory("2025-08-18T14:05:00+05:00", root=small_disk / "archive")
    rig.synthetic(15)
    assert rig.recorder.status.problem is ArchiveProblem.READ_ONLY
    assert rig.files() == []


def test_full_disk_is_reported_and_leaves_no_broken_file(rig_factory, small_disk: Path) -> None:
    rig = rig_factory("2025-08-18T14:04:30+05:00", root=small_disk)
    rig.synthetic(90, fps=5, size=(1280, 720), bitrate=1100)  # ~12 MB of video for a 3 MB disk
    assert rig.recorder.status.state is RecorderState.FAILED
    assert rig.recorder.status.problem is ArchiveProblem.DISK_FULL
    for path in rig.files():  # whatever made it under a final name plays completely
        assert probe(path).frames > 0


def test_live_view_keeps_working_when_the_archive_cannot_be_written(tmp_path: Path) -> None:
    missing = tmp_path / "not-mounted"
    camera = CameraConfig("Entry1", "synthetic://Entry1?size=320x180&fps=15")
    config = Config(cameras=(camera,), paths=PathsConfig(archive_dir=str(missing)))
    paths = AppPaths.resolve(config, tmp_path / "data")
    engine = Engine(config, paths, SecretStore(MemoryKeyring()))
    engine.start()
    try:
        recorder, worker = engine.recorders["Entry1"], engine.cameras.workers["Entry1"]
        wait_until(lambda: recorder.status.problem is ArchiveProblem.ROOT_MISSING, 10)
        # The recorder can report before the first picture is decoded (seen once on CI): wait for it.
        wait_until(lambda: worker.slot.get() is not None, 10, message="a first picture")
        seq = worker.slot.get().seq
        wait_until(lambda: worker.slot.get().seq > seq + 30, 5, message="video keeps coming")
        assert not missing.exists()
    finally:
        engine.stop()

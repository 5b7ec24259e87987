"""The recorder under Windows' file rules (applied on Linux: tests/support/windows_rules.py).

The defect this guards against: segment.py fsynced through a file reopened read-only, which Windows
refuses with EBADF, so no archive file was ever finished there.
"""

from __future__ import annotations

import sys

import pytest
from support.probe import probe

from cgrconsole.core.archive.recorder import RecorderState
from cgrconsole.core.archive.segment import recover

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="emulates Windows through /proc and fcntl")


@pytest.fixture
def windows(monkeypatch):
    from support.windows_rules import WindowsRules

    return WindowsRules(monkeypatch)


def test_files_are_recorded_cut_and_recovered_under_windows_rules(rig_factory, windows) -> None:
    rig = rig_factory("2025-08-18T14:04:40+05:00")
    rig.synthetic(60, fps=5, gop=10)  # 20 s before the 14:05 cut, 40 s after
    assert rig.recorder.status.state is not RecorderState.FAILED, rig.recorder.status
    assert [p.name for p in rig.files()] == ["Camera1_2025_08_18_14_00.mp4", "Camera1_2025_08_18_14_05.mp4"]

    # a worker crash mid-file: the supervisor's path finishes what was written
    rig.synthetic(8, seed=3, end=False)
    rig.recorder._on_crash(RuntimeError("injected"))

    # a process crash mid-file: the fragments wait in .recording/ for the next start
    rig.synthetic(8, seed=4, end=False)
    writer = rig.recorder._writer
    assert writer is not None
    writer.abort()  # what the OS does to a killed process's files
    recovered = recover(rig.root, lambda segment: rig.index.add(segment, False))

    assert windows.refused == [], windows.refused
    assert len(recovered) == 1 and recovered[0].recovered
    assert len(rig.files()) == 4 and not list((rig.root / ".recording").iterdir())
    assert {row.path for row in rig.index.live_files()} == {
        p.relative_to(rig.root).as_posix() for p in rig.files()
    }
    for path in rig.files():
        assert probe(path).frames > 0

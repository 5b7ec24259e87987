"""A power cut at every fsync of a recording: what the reboot finds is playable, indexed and complete.

The power is cut (tests/support/power_cut.py: only what was fsynced survives, POSIX's promise) just
before each fsync the recorder makes while it records 40 s across a 5-minute cut, in turn. After each
cut the disk as the reboot finds it is recovered as at start, and then:
- every file under a final name plays and is in the index, and every indexed file is on the disk;
- the video is continuous from the first frame to at most ``POWER_CUT_LOSS_S`` before the cut
  (the documented loss: the fragment in memory, packets on their way, and up to 2 s not yet fsynced);
- nothing is left in ``.recording/``, and no moment is in two files.
The database is the real one: with ``synchronous=FULL`` every commit is on the disk (SQLite's own fsync).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from support.probe import probe

from cgrconsole.core.archive.segment import POWER_CUT_LOSS_S, recover

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="models the disk through /proc")

START = "2025-08-18T14:04:36+05:00"  # 24 s before the 14:05 cut
SECONDS, FPS = 40, 5


def record_until_cut(rig_factory, root: Path, monkeypatch, cut_before: int | None):
    from support.power_cut import PowerCut, PowerCutDisk

    root.mkdir()
    rig = rig_factory(START, root=root)
    with monkeypatch.context() as patch:
        disk = PowerCutDisk(root, patch, cut_before)
        try:
            rig.synthetic(SECONDS, fps=FPS, size=(320, 180), bitrate=300, gop=FPS)
        except PowerCut:
            writer = rig.recorder._writer  # the process dies with the machine: close what it held
            if writer is not None:
                writer.abort()
    return rig, disk, rig.clock()


def test_a_power_cut_at_any_fsync_loses_at_most_the_documented_seconds(
    rig_factory, tmp_path: Path, monkeypatch
) -> None:
    _, whole, _ = record_until_cut(rig_factory, tmp_path / "whole", monkeypatch, None)
    assert whole.fsyncs > 20
    start = dt.datetime.fromisoformat(START).timestamp()
    losses = []
    for cut in range(1, whole.fsyncs + 1):
        rig, disk, cut_at = record_until_cut(rig_factory, tmp_path / f"run{cut}", monkeypatch, cut)
        assert disk.cut, f"cut #{cut} never came"
        after = disk.image(tmp_path / f"after{cut}")
        recover(after, lambda segment, index=rig.index: index.add(segment, upload_required=False))

        on_disk = {
            p.relative_to(after).as_posix() for p in after.rglob("*.mp4") if ".recording" not in p.parts
        }
        rows = sorted(rig.index.live_files(), key=lambda row: row.start_ts)
        assert {row.path for row in rows} == on_disk, f"cut #{cut}: the index and the disk disagree"
        assert not any((after / ".recording").glob("*")), f"cut #{cut}: leftovers in .recording/"
        for path in on_disk:
            assert probe(after / path).frames > 0, f"cut #{cut}: {path} does not play"
        covered_until = start
        for row in rows:
            assert row.start_ts - covered_until < 1.5 / FPS, f"cut #{cut}: a gap or a lost file before {row}"
            assert row.start_ts > covered_until - 1.5 / FPS, f"cut #{cut}: {row.path} repeats earlier video"
            covered_until = row.end_ts
        lost = cut_at - covered_until
        losses.append(lost)
        assert lost <= POWER_CUT_LOSS_S, f"cut #{cut} at {cut_at - start:.1f} s lost {lost:.2f} s"
    print(
        f"power cut before each of {len(losses)} fsyncs: lost {min(losses):.2f}–{max(losses):.2f} s "
        f"(allowed {POWER_CUT_LOSS_S} s)"
    )

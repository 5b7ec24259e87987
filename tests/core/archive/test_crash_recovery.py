"""kill -9 while recording: nothing broken under a final name, at most CRASH_LOSS_S lost, recovered at start.

The console runs as a real subprocess (headless, one synthetic camera, 60 s segments so that one of
the killed runs records across a real minute boundary; the shipped default stays 300 s).
"""

from __future__ import annotations

import contextlib
import json
import random
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from support.console import headless_console as console
from support.probe import probe
from support.waiting import wait_until

from cgrconsole.core.archive.segment import CRASH_LOSS_S, recover
from cgrconsole.core.camera.packets import SessionEnded

CONFIG = """
[site]
timezone = "Asia/Almaty"
[archive]
segment_seconds = 60
[[cameras]]
name = "Gate"
url = "synthetic://Gate?size=640x360&fps=25&gop=25"
"""


def plans_now(incoming: Path) -> list[dict]:
    """The plans of the files being written now (one may be finished between the listing and the read)."""
    plans = []
    for path in incoming.glob("*.json"):
        with contextlib.suppress(FileNotFoundError):
            plans.append(json.loads(path.read_text(encoding="utf-8")))
    return plans


def seconds_to_the_next_minute() -> float:
    return 60 - time.time() % 60


def test_kill_9_while_recording_loses_at_most_the_documented_loss_and_is_recovered(tmp_path: Path) -> None:
    config, data = tmp_path / "config.toml", tmp_path / "data"
    config.write_text(CONFIG, encoding="utf-8")
    incoming = data / "archive" / ".recording"
    rng = random.Random(2026)
    kills: list[tuple[float, float]] = []  # (kill time, start of the file being written then)
    crossed = 0.0  # the real minute boundary one of the killed runs recorded across
    for number in range(5):
        process = subprocess.Popen(
            console(config, data), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            wait_until(lambda: any(incoming.glob("*.json")), 30, message="recording started")
            pause = rng.uniform(1.5, 6.0)
            to_boundary = seconds_to_the_next_minute()
            if not crossed and (to_boundary < 8 or number == 4):
                # this run records across the boundary, and is killed a few seconds into the next file
                crossed = time.time() + to_boundary
                pause += to_boundary + 2.5
            time.sleep(pause)
            # a file may be between its plan and the next one's (a cut) just now: the next plan comes
            wait_until(lambda: bool(plans_now(incoming)), 10, message="a file being written")
            in_progress = max(plan["start_epoch"] for plan in plans_now(incoming))
        finally:
            kill_at = time.time()
            process.kill()  # SIGKILL; TerminateProcess on Windows
            process.wait(10)
        kills.append((kill_at, in_progress))
    # a clean run: recovers the last crash and finishes everything it starts
    result = subprocess.run(
        console(config, data, "--duration", "5"),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]

    with sqlite3.connect(data / "cgrconsole.db") as db:
        rows = db.execute(
            "SELECT path, start_ts, end_ts, recovered FROM archive_files ORDER BY start_ts"
        ).fetchall()
    recovered = {row[1]: row for row in rows if row[3]}
    for kill_at, in_progress in kills:
        if in_progress in recovered:
            path, start, end, _ = recovered[in_progress]
            lost = kill_at - end
            print(f"crash: {Path(path).name} recovered {end - start:.1f} s, lost {lost:.2f} s")
        else:  # killed before the file's first fragment reached the disk: nothing to recover, little lost
            lost = kill_at - in_progress
            print(f"crash: the file started {lost:.2f} s before the kill had no complete fragment yet")
        assert 0 <= lost <= CRASH_LOSS_S, f"{lost:.2f} s lost at a crash (documented: {CRASH_LOSS_S} s)"
    assert len(recovered) >= 4, f"recovery was hardly exercised: {rows}"

    files = sorted(p for p in (data / "archive").rglob("*.mp4") if ".recording" not in p.parts)
    assert len(files) == len(rows)
    for path in files:
        assert probe(path).frames > 0, f"{path} does not play"
    assert not list(incoming.iterdir()), "everything in progress was finished"

    clean = [row for row in rows if not row[3]]
    boundary = [row for row in rows if abs(row[1] - crossed) < 1.5 and row[2] - row[1] > 2]
    assert boundary, f"no file started at the minute boundary {crossed:.1f}: {rows}"
    name = Path(boundary[0][0]).name
    minute = time.strftime("%H_%M", time.gmtime(round(crossed) + 5 * 3600))  # Almaty = UTC+5
    assert name.endswith(f"_{minute}.mp4"), f"{name} is not named by its slot"
    before = [row for row in clean if row[2] <= boundary[0][1] + 0.1]
    assert before and boundary[0][1] - before[-1][2] < 0.2, "the previous file ends where the next begins"


def test_a_file_torn_anywhere_by_a_crash_is_recovered_into_a_file_that_decodes_cleanly(
    tmp_path: Path,
) -> None:
    """A power cut tears the last fragment mid-frame; the half frame must not reach the archive."""
    import av

    from cgrconsole.core.archive.segment import _remux_to_regular_mp4
    from cgrconsole.core.synthetic.scene import Scene, SceneSpec
    from cgrconsole.core.synthetic.source import configure_encoder

    source = tmp_path / "whole.fmp4"
    scene = Scene(SceneSpec(seed=3, width=320, height=180))
    options = {"movflags": "frag_keyframe+empty_moov+default_base_moof", "frag_duration": "1000000"}
    with av.open(str(source), "w", format="mp4", options=options) as container:
        stream = container.add_stream("libx264", rate=25)
        configure_encoder(stream.codec_context, 320, 180, 25, 600, 25)
        for index in range(100):
            frame = av.VideoFrame.from_ndarray(scene.frame(index), format="rgb24")
            frame.pts = index
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    data = source.read_bytes()
    recovered = 0
    for cut in range(len(data) // 4, len(data), len(data) // 40):
        torn, out = tmp_path / "torn.fmp4", tmp_path / "out.mp4"
        torn.write_bytes(data[:cut])
        out.unlink(missing_ok=True)
        if _remux_to_regular_mp4(torn, out) is None:
            continue
        with av.open(str(out)) as container:
            frames = sum(1 for _ in container.decode(video=0))  # raises on a half frame
        assert frames > 0
        recovered += 1
    assert recovered >= 25


def test_an_index_failure_after_the_file_is_placed_leaves_one_file_indexed_once(rig_factory) -> None:
    """The database refuses the row of a file already under its name: recovered, never doubled."""
    rig = rig_factory("2025-08-18T14:05:00+05:00")
    database = rig.index._database
    rig.synthetic(10, end=False)
    database.db.execute("PRAGMA query_only = 1")  # every write now fails, as on a broken database
    with pytest.raises(sqlite3.OperationalError):
        rig.recorder.step(SessionEnded("Camera1", "stopped", rig.clock()))  # the file is finished
    assert len(rig.files()) == 1 and rig.index.live_files() == []
    with pytest.raises(sqlite3.OperationalError):  # the supervisor's clean-up meets the same refusal
        rig.recorder._on_crash(RuntimeError("the supervisor saw the error"))
    database.db.execute("PRAGMA query_only = 0")
    assert len(rig.files()) == 1 and any((rig.root / ".recording").glob("*.json"))
    recover(rig.root, lambda segment: rig.index.add(segment, upload_required=False))  # the next start
    rig.recorder._on_crash(RuntimeError("and once more"))  # nothing left to finish twice
    assert [p.name for p in rig.files()] == ["Camera1_2025_08_18_14_05.mp4"]
    assert [row.path for row in rig.index.live_files()] == [
        "Camera1/2025/08/18/14/Camera1_2025_08_18_14_05.mp4"
    ]
    assert not list((rig.root / ".recording").iterdir())

"""Lanes of a camera's picture, each with its own direction: scripted readings, then real frames of a
two-lane drive-by through ``cgrconsole anpr video --lanes``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cgrconsole.core.anpr.interpret import interpret
from cgrconsole.core.anpr.lanes import Lane, lane_of, majority_lane
from cgrconsole.core.anpr.reader import PlateReading
from cgrconsole.core.anpr.tracker import PlateTracker
from cgrconsole.core.synthetic.clip import write_clip
from cgrconsole.core.synthetic.scene import Scene, SceneSpec
from cgrconsole.core.synthetic.source import SyntheticOptions

LEFT = ((0.0, 0.0), (0.5, 0.0), (0.5, 1.0), (0.0, 1.0))
RIGHT = ((0.5, 0.0), (1.0, 0.0), (1.0, 1.0), (0.5, 1.0))
SIZE = (1280, 720)


def reading(plate: str, box: tuple[int, int, int, int], confidence: float = 0.93) -> PlateReading:
    return PlateReading(plate, confidence, "KZ", box, interpret(plate, confidence))


def test_a_point_is_in_the_lane_whose_polygon_holds_it() -> None:
    triangle = Lane(((0.1, 0.9), (0.5, 0.2), (0.9, 0.9)), "entry")
    assert (
        triangle.contains(0.5, 0.6) and not triangle.contains(0.15, 0.3) and not triangle.contains(0.5, 0.95)
    )
    lanes = [Lane(LEFT, "entry"), Lane(RIGHT, "exit")]
    assert lane_of(lanes, (100, 300, 200, 330), SIZE) == 0
    assert lane_of(lanes, (900, 300, 1000, 330), SIZE) == 1
    assert lane_of([Lane(LEFT, "entry")], (900, 300, 1000, 330), SIZE) is None
    assert majority_lane([None, 1, 0, 1, None, None]) == 1, "the lane most readings were in"
    assert majority_lane([None, None]) is None


def test_two_plates_of_one_frame_are_two_vehicles_each_with_its_lanes_direction() -> None:
    # both vehicles come towards the camera (plates move down), side by side; the right lane is exit
    tracker = PlateTracker("auto", lanes=[Lane(LEFT, "auto", "down"), Lane(RIGHT, "auto", "up")])
    events = []
    for i in range(15):
        frame = [
            reading("111AAA01", (300, 200 + 20 * i, 430, 230 + 20 * i)),
            reading("A123BC77", (800, 210 + 20 * i, 930, 240 + 20 * i)),
        ]
        events += tracker.update(i / 5, frame, size=SIZE)
    events += tracker.finish(10)
    assert sorted((e.plate, e.direction, e.readings) for e in events) == [
        ("111AAA01", "entry", 15),
        ("A123BC77", "exit", 15),
    ]


def test_a_track_takes_the_lane_of_most_of_its_readings_and_a_plate_in_no_lane_the_cameras() -> None:
    lanes = [Lane(((0.0, 0.5), (0.5, 0.5), (0.5, 1.0), (0.0, 1.0)), "exit")]  # the lower left quarter
    # a vehicle entering from the top: 4 readings above the lane, 8 in it
    boxes = [(300, 60 + 40 * i, 430, 90 + 40 * i) for i in range(12)]
    for direction, expected in (("entry", "exit"), ("auto", "exit")):
        tracker = PlateTracker(direction, lanes=lanes)
        events = [
            e
            for i, box in enumerate(boxes)
            for e in tracker.update(i / 5, reading("111AAA01", box), size=SIZE)
        ]
        events += tracker.finish(10)
        assert [e.direction for e in events] == [expected]
    tracker = PlateTracker("entry", lanes=lanes)  # the right half is in no lane: the camera's direction
    events = [
        e
        for i in range(12)
        for e in tracker.update(
            i / 5, reading("A123BC77", (900, 400 - 20 * i, 1030, 430 - 20 * i)), size=SIZE
        )
    ]
    assert [e.direction for e in events + tracker.finish(10)] == ["entry"]
    with pytest.raises(ValueError, match="size"):
        PlateTracker("auto", lanes=lanes).update(0, reading("111AAA01", boxes[0]))


def run_video(clip: Path, *extra: str) -> tuple[int, list[dict], str]:
    result = subprocess.run(
        [sys.executable, "-m", "cgrconsole", "anpr", "video", "--fps", "5", *extra, str(clip)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return result.returncode, [json.loads(line) for line in result.stdout.splitlines()], result.stderr


def test_video_lanes_give_each_lane_its_direction_on_real_frames(tmp_path: Path) -> None:
    # renderer 1's two-lane road: the left lane comes towards the camera (its plates move down), the
    # right one drives away (plates move up and shrink)
    spec = SceneSpec(seed=21, direction="both", mean_gap_s=6)
    clip = tmp_path / "two_lanes.mp4"
    write_clip(clip, SyntheticOptions(spec), 13)  # two vehicles on the left, one on the right
    lane_of_plate = {p.plate: p.lane for p in Scene(spec).passes_until(13)}
    left = [[0, 0], [0.5, 0], [0.5, 1], [0, 1]]
    right = [[0.5, 0], [1, 0], [1, 1], [0.5, 1]]
    setups = {
        # entry is "down" on the left and "away" on the right: every vehicle enters
        "down_away": (
            [{"polygon": left, "entry_motion": "down"}, {"polygon": right, "entry_motion": "away"}],
            (),
        ),
        # a fixed exit on the left, "towards" on the right: every vehicle leaves
        "exit_towards": (
            [{"polygon": left, "direction": "exit"}, {"polygon": right, "entry_motion": "towards"}],
            (),
        ),
        # only the left lane, its entry "up"; the right lane's plates are in no lane: the camera's entry
        "left_only": ([{"polygon": left, "entry_motion": "up"}], ("--direction", "entry")),
    }
    expected = {
        "down_away": ("entry", "entry"),
        "exit_towards": ("exit", "exit"),
        "left_only": ("exit", "entry"),
    }
    seen: dict[str, list[tuple[str, str]]] = {}
    for name, (lanes, extra) in setups.items():
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(lanes), encoding="utf-8")
        code, events, stderr = run_video(clip, "--lanes", str(path), *extra)
        assert code == 0, stderr[-2000:]
        assert all(set(e) == {"time_s", "plate", "confidence", "direction", "candidates"} for e in events)
        known = [e for e in events if e["plate"] in lane_of_plate]
        assert {lane_of_plate[e["plate"]] for e in known} == {0, 1}, f"{name}: both lanes read: {events}"
        for event in known:
            assert event["direction"] == expected[name][lane_of_plate[event["plate"]]], (name, event)
        seen[name] = [(e["plate"], e["time_s"]) for e in known]
    assert seen["down_away"] == seen["exit_towards"] == seen["left_only"], "lanes change directions only"


def test_a_bad_lanes_file_is_refused_naming_the_field(tmp_path: Path) -> None:
    path = tmp_path / "lanes.json"
    path.write_text(json.dumps([{"polygon": [[0, 0], [1, 0], [1, 1]], "direction": "in"}]), encoding="utf-8")
    code, events, stderr = run_video(tmp_path / "never_opened.mp4", "--lanes", str(path))
    assert code == 2 and events == []
    assert f"{path}: lanes[1].direction: must be one of 'entry', 'exit', got 'in'" in stderr

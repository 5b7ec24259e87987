"""Drive-by videos with ground truth through ``cgrconsole anpr video``: one correct event per vehicle?

Writes synthetic drive-by clips (different traffic seeds, entry / exit / both-direction lanes) once into
benchmarks/out/anpr_video/, runs the video CLI on each (``--fps`` frames analysed per second, 5 as in the
console) and matches its events to the scene's truth. A vehicle counts as right when exactly one event
falls inside its time in view (+2.5 s) with its exact plate. Events matching no vehicle, and second
events of a vehicle, are false events. Direction is checked on every vehicle's first event.
``--timecode``: the clips carry the capture time a live synthetic camera burns into its frames (the demo's
cameras do), to show the code costs the recognizer nothing.
``--renderer plateset2`` (or ``both``): clips of the second, independent renderer (plateset2/driveby.py: its
plates, fonts and vehicle faces; vehicles driving away from the camera, pairs side by side in two lanes, stops
of 2-8 s at the line), run with the camera's setting (``--entry-motion away``, ``--lanes``).
``--first N``: start at the N-th clip (seeds 100 + N and 200 + N, the layouts in turn from there):
``--first 6`` gives clips never used before, ``--first 2 --clips 1`` the two-way clip 202 alone.
Usage: python benchmarks/anpr_video.py [--clips 6] [--first 0] [--seconds 120] [--fps 5] [--engine rapidocr]
       [--timecode] [--renderer demo|plateset2|both]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from _common import OUT, ROOT, machine, table

from cgrconsole.core.synthetic.clip import encode_frames, write_clip
from cgrconsole.core.synthetic.scene import Scene, SceneSpec
from cgrconsole.core.synthetic.source import SyntheticOptions

sys.path.insert(0, str(ROOT))  # benchmarks.plateset2
from benchmarks.plateset2.driveby import LAYOUTS, TRAFFIC_VERSION, DriveScene, DriveSpec

DIRECTIONS = ("entry", "exit", "both")
AFTER_S = 2.5  # an event may come this long after the vehicle has left the view


class Pass(Protocol):
    """A vehicle's truth, as either renderer gives it."""

    @property
    def vehicle_id(self) -> int: ...
    @property
    def plate(self) -> str: ...
    @property
    def direction(self) -> str: ...
    @property
    def enter_s(self) -> float: ...
    @property
    def leave_s(self) -> float: ...


@dataclass
class Clip:
    renderer: str
    name: str
    path: Path
    passes: Sequence[Pass]
    options: list[str] = field(default_factory=list)  # the camera's setting, for anpr video


def clip_specs(count: int, first: int = 0) -> list[SceneSpec]:
    return [
        SceneSpec(seed=100 + i, direction=DIRECTIONS[i % 3], mean_gap_s=(5.0, 7.0, 9.0)[i % 3])
        for i in range(first, first + count)
    ]


def ensure_clip(folder: Path, spec: SceneSpec, seconds: float, timecode: bool = False) -> Path:
    path = folder / f"drive_{spec.seed}_{spec.direction}_{int(seconds)}s{'_tc' if timecode else ''}.mp4"
    if not path.exists():
        part = path.with_suffix(".part.mp4")
        write_clip(part, SyntheticOptions(spec), seconds, 1_764_680_000.0 if timecode else None)
        part.rename(path)
    return path


def drive_specs(count: int, first: int = 0) -> list[DriveSpec]:
    return [DriveSpec(seed=200 + i, layout=LAYOUTS[i % 3]) for i in range(first, first + count)]


def ensure_drive_clip(folder: Path, spec: DriveSpec, seconds: float) -> Clip:
    """A plateset2 drive-by clip (written once) and the camera's setting for it."""
    scene = DriveScene(spec)
    path = folder / f"drive2_{spec.seed}_{spec.layout}_{int(seconds)}s_traffic{TRAFFIC_VERSION}.mp4"
    if not path.exists():
        part = path.with_suffix(".part.mp4")
        size = (spec.width, spec.height)
        encode_frames(part, scene.frame, round(seconds * spec.fps), size, spec.fps)
        part.rename(path)
    options = scene.video_options()
    if scene.lanes():
        lanes = path.with_suffix(".lanes.json")
        lanes.write_text(json.dumps(scene.lanes(), indent=1))
        options += ["--lanes", str(lanes)]
    return Clip("plateset2", f"{spec.seed} {spec.layout}", path, scene.passes_until(seconds), options)


def clips(renderer: str, count: int, seconds: float, timecode: bool, first: int = 0) -> list[Clip]:
    folder = OUT / "anpr_video"
    folder.mkdir(parents=True, exist_ok=True)
    found = []
    if renderer in ("demo", "both"):
        for spec in clip_specs(count, first):
            path = ensure_clip(folder, spec, seconds, timecode)
            name = f"{spec.seed} {spec.direction}"
            found.append(Clip("demo", name, path, Scene(spec).passes_until(seconds)))
    if renderer in ("plateset2", "both"):
        found += [ensure_drive_clip(folder, spec, seconds) for spec in drive_specs(count, first)]
    return found


def run_video(
    path: Path, engine: str, fps: float, options: Sequence[str] = ()
) -> tuple[list[dict[str, Any]], float]:
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cgrconsole",
            "anpr",
            "video",
            "--engine",
            engine,
            "--fps",
            str(fps),
            *options,
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return [e for e in events if "plate" in e], time.perf_counter() - started


def match(passes: Sequence[Pass], events: list[dict[str, Any]], seconds: float) -> dict[str, Any]:
    done = [p for p in passes if p.leave_s + AFTER_S <= seconds]
    claimed: dict[int, list[dict[str, Any]]] = {p.vehicle_id: [] for p in passes}
    false_events = 0
    for event in events:
        window = [p for p in passes if p.enter_s - 0.5 <= event["time_s"] <= p.leave_s + AFTER_S]
        same = [p for p in window if p.plate == event["plate"]]
        owner = (same or window or [None])[0]
        if owner is None:
            false_events += 1
            continue
        claimed[owner.vehicle_id].append(event)
    right = direction_right = 0
    wrong: list[str] = []  # each vehicle without exactly one correct event: what it got
    for vehicle in done:
        got = claimed[vehicle.vehicle_id]
        false_events += max(0, len(got) - 1)
        if len(got) == 1 and got[0]["plate"] == vehicle.plate:
            right += 1
        else:
            wrong.append(
                f"{vehicle.plate} {vehicle.enter_s:.1f}-{vehicle.leave_s:.1f} s: {[e['plate'] for e in got]}"
            )
        if got and got[0]["direction"] == vehicle.direction:
            direction_right += 1
    return {
        "vehicles": len(done),
        "right": right,
        "false": false_events,
        "direction": direction_right,
        "wrong": wrong,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=6)
    parser.add_argument("--first", type=int, default=0, help="the index of the first clip (6: fresh clips)")
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--fps", type=float, default=5.0)
    parser.add_argument("--engine", default="rapidocr")
    parser.add_argument("--timecode", action="store_true", help="burn the capture time into the clips")
    parser.add_argument("--renderer", choices=("demo", "plateset2", "both"), default="demo")
    args = parser.parse_args()
    rows: list[list[object]] = []
    totals: dict[str, dict[str, int]] = {}
    wrong: list[str] = []
    video_s = wall_s = 0.0
    for clip in clips(args.renderer, args.clips, args.seconds, args.timecode, args.first):
        events, wall = run_video(clip.path, args.engine, args.fps, clip.options)
        found = match(clip.passes, events, args.seconds)
        for renderer in (clip.renderer, "all"):
            sums = totals.setdefault(
                renderer, dict.fromkeys(("vehicles", "right", "false", "direction", "events"), 0)
            )
            for key in ("vehicles", "right", "false", "direction"):
                sums[key] += found[key]
            sums["events"] += len(events)
        wrong += [f"{clip.renderer} {clip.name}: {w}" for w in found["wrong"]]
        video_s, wall_s = video_s + args.seconds, wall_s + wall
        rows.append(
            [
                clip.renderer,
                clip.name,
                found["vehicles"],
                len(events),
                found["right"],
                found["false"],
                found["direction"],
                f"{args.seconds / wall:.1f}x",
            ]
        )
    headers = [
        "renderer",
        "clip",
        "vehicles",
        "events",
        "one right event",
        "false",
        "direction right",
        "speed",
    ]
    print(table(headers, rows))
    print()
    for renderer, sums in totals.items():
        n, events_n = max(1, sums["vehicles"]), max(1, sums["events"])
        right, false = 100 * sums["right"] / n, 100 * sums["false"] / events_n
        direction = 100 * sums["direction"] / n
        print(
            f"{renderer}: {sums['vehicles']} vehicles, {sums['events']} events: "
            f"one correct event {right:.1f} %, false events {false:.1f} % of events, "
            f"direction {direction:.1f} % right"
        )
    for line in wrong:
        print(f"  not one correct event: {line}")
    print(f"{video_s / wall_s:.1f}x real time at {args.fps:g} frames/s analysed ({args.engine}); {machine()}")
    suffix = ("_tc" if args.timecode else "") + ("" if args.renderer == "demo" else f"_{args.renderer}")
    suffix += f"_from{args.first}" if args.first else ""
    name = f"anpr_video{suffix}.json"
    (OUT / name).write_text(json.dumps({"rows": rows, "totals": totals}, indent=1))


if __name__ == "__main__":
    main()

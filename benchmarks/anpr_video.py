"""Drive-by videos with ground truth through ``cgrconsole anpr video``: one correct event per vehicle?

Writes synthetic drive-by clips (different traffic seeds, entry / exit / both-direction lanes) once into
benchmarks/out/anpr_video/, runs the video CLI on each (``--fps`` frames analysed per second, 5 as in the
console) and matches its events to the scene's truth. A vehicle counts as right when exactly one event
falls inside its time in view (+2.5 s) with its exact plate. Events matching no vehicle, and second
events of a vehicle, are false events. Direction is checked on every vehicle's first event.
``--timecode``: the clips carry the capture time a live synthetic camera burns into its frames (the demo's
cameras do), to show the code costs the recognizer nothing.
Usage: python benchmarks/anpr_video.py [--clips 6] [--seconds 120] [--fps 5] [--engine rapidocr] [--timecode]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _common import OUT, machine, table

from cgrconsole.core.synthetic.clip import write_clip
from cgrconsole.core.synthetic.scene import Scene, SceneSpec, VehiclePass
from cgrconsole.core.synthetic.source import SyntheticOptions

DIRECTIONS = ("entry", "exit", "both")
AFTER_S = 2.5  # an event may come this long after the vehicle has left the view


def clip_specs(count: int) -> list[SceneSpec]:
    return [
        SceneSpec(seed=100 + i, direction=DIRECTIONS[i % 3], mean_gap_s=(5.0, 7.0, 9.0)[i % 3])
        for i in range(count)
    ]


def ensure_clip(folder: Path, spec: SceneSpec, seconds: float, timecode: bool = False) -> Path:
    path = folder / f"drive_{spec.seed}_{spec.direction}_{int(seconds)}s{'_tc' if timecode else ''}.mp4"
    if not path.exists():
        part = path.with_suffix(".part.mp4")
        write_clip(part, SyntheticOptions(spec), seconds, 1_764_680_000.0 if timecode else None)
        part.rename(path)
    return path


def run_video(path: Path, engine: str, fps: float) -> tuple[list[dict[str, Any]], float]:
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
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return [e for e in events if "plate" in e], time.perf_counter() - started


def match(passes: list[VehiclePass], events: list[dict[str, Any]], seconds: float) -> dict[str, int]:
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
    for vehicle in done:
        got = claimed[vehicle.vehicle_id]
        false_events += max(0, len(got) - 1)
        if len(got) == 1 and got[0]["plate"] == vehicle.plate:
            right += 1
        if got and got[0]["direction"] == vehicle.direction:
            direction_right += 1
    return {"vehicles": len(done), "right": right, "false": false_events, "direction": direction_right}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--fps", type=float, default=5.0)
    parser.add_argument("--engine", default="rapidocr")
    parser.add_argument("--timecode", action="store_true", help="burn the capture time into the clips")
    args = parser.parse_args()
    folder = OUT / "anpr_video"
    folder.mkdir(parents=True, exist_ok=True)
    rows, totals = [], {"vehicles": 0, "right": 0, "false": 0, "direction": 0, "events": 0}
    video_s = wall_s = 0.0
    for spec in clip_specs(args.clips):
        clip = ensure_clip(folder, spec, args.seconds, args.timecode)
        events, wall = run_video(clip, args.engine, args.fps)
        found = match(Scene(spec).passes_until(args.seconds), events, args.seconds)
        for key in ("vehicles", "right", "false", "direction"):
            totals[key] += found[key]
        totals["events"] += len(events)
        video_s, wall_s = video_s + args.seconds, wall_s + wall
        rows.append(
            [
                spec.seed,
                spec.direction,
                found["vehicles"],
                len(events),
                found["right"],
                found["false"],
                found["direction"],
                f"{args.seconds / wall:.1f}x",
            ]
        )
    headers = ["seed", "lanes", "vehicles", "events", "one right event", "false", "direction right", "speed"]
    print(table(headers, rows))
    n, events_n = max(1, totals["vehicles"]), max(1, totals["events"])
    right, false = 100 * totals["right"] / n, 100 * totals["false"] / events_n
    direction = 100 * totals["direction"] / n
    print(
        f"\n{totals['vehicles']} vehicles, {totals['events']} events: one correct event {right:.1f} %, "
        f"false events {false:.1f} % of events, direction {direction:.1f} % right; "
        f"{video_s / wall_s:.1f}x real time at {args.fps:g} frames/s analysed ({args.engine}); {machine()}"
    )
    name = f"anpr_video{'_tc' if args.timecode else ''}.json"
    (OUT / name).write_text(json.dumps({"rows": rows, "totals": totals}, indent=1))


if __name__ == "__main__":
    main()

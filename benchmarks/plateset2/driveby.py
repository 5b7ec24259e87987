"""Drive-by clips made of plateset2's parts: its plates, fonts, holders, vehicle faces, pose and street.

Independent of the demo's renderer (``cgrconsole.core.synthetic``) like the rest of plateset2. A camera
looks along the road from above the lanes (a pinhole: a plate ``z`` metres away is ``f * 0.52 / z`` px
wide). Vehicles drive **away** from the camera (their rear plate rises and shrinks) or come **towards** it
(front plate, grows), each stopping 2-8 s at the line (the barrier), then going on. Layouts:

* ``away``: one lane, every vehicle drives away; entry is ``away`` (as at the issue's checkpoint).
* ``pairs``: two lanes side by side, both driving away, vehicles arriving in pairs and standing at the
  line side by side; entry is ``away``.
* ``both``: the left lane drives away (entry), the right lane comes towards the camera (exit); the
  camera's lanes (:meth:`DriveScene.lanes`) give the left lane ``entry_motion = "away"`` and the right
  one ``direction = "exit"``.

``DriveScene(DriveSpec(seed=1, layout="pairs")).frame(i)`` is a pure function of the spec and ``i``;
``passes_until(t)`` is the truth: each vehicle's plate, lane, direction and time in view.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from .pose import pose_face
from .sample import make_plate
from .vehicle import Face, build_face, street

LAYOUTS = ("away", "pairs", "both")
# bumped when a spec's clip shows other traffic than before, so that clips written before are not reused:
# 2 = every vehicle of the truth is drawn (see ``_extend``)
TRAFFIC_VERSION = 2
PLATE_M = 0.52
STOP_S = (2.0, 8.0)


@dataclass(frozen=True)
class DriveSpec:
    seed: int = 1
    layout: str = "away"
    width: int = 1280
    height: int = 720
    fps: float = 25.0
    mean_gap_s: float = 4.0  # between one vehicle (or pair) leaving its place and the next arriving

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ValueError(f"layout must be one of {LAYOUTS}, not {self.layout!r}")


@dataclass(frozen=True)
class DrivePass:
    """One vehicle's pass: what a benchmark matches events against."""

    vehicle_id: int
    plate: str
    country: str
    format_name: str
    font: str
    lane: int
    direction: str  # entry | exit
    motion: str  # away | towards
    enter_s: float
    leave_s: float
    stop_at_s: float
    stop_s: float
    speed_mps: float
    seed: int  # of the vehicle's plate and face


@dataclass(frozen=True)
class _Road:
    focal: float  # px
    horizon: float  # y of the horizon, px
    drop_m: float  # how far the plates are below the camera
    lanes_x: tuple[float, ...]  # lateral position of each lane's centre, m (negative: left)
    motions: tuple[str, ...]  # away | towards per lane
    near_m: float  # where a vehicle is first / last seen close by
    stop_m: float  # the line
    far_plate_px: float  # a plate smaller than this has left the view (too far to matter)


def _road(layout: str) -> _Road:
    if layout == "away":  # one lane, a zoomed view: plates up to ~290 px
        return _Road(2000.0, 80.0, 1.0, (0.25,), ("away",), 3.5, 6.5, 48.0)
    motions = ("away", "away") if layout == "pairs" else ("away", "towards")
    return _Road(1300.0, 120.0, 1.0, (-1.0, 1.0), motions, 2.6, 5.0, 40.0)


class DriveScene:
    def __init__(self, spec: DriveSpec) -> None:
        self.spec = spec
        self.road = _road(spec.layout)
        rng = random.Random(f"plateset2-drive:{spec.seed}:{spec.layout}")
        self._background = street(spec.width, spec.height, rng).astype(np.float32)
        self._passes: list[DrivePass] = []
        self._rng = rng
        self._faces: dict[int, list[tuple[np.ndarray, np.ndarray]]] = {}
        self._free_at = [0.0] * len(self.road.lanes_x)  # when each lane's line is clear again

    # -- traffic ---------------------------------------------------------------------------------
    def passes_until(self, t_s: float) -> list[DrivePass]:
        self._extend(t_s)
        return [p for p in self._passes if p.enter_s <= t_s]

    def _extend(self, t_s: float) -> None:
        # every later vehicle arrives after some lane's line is clear (``_free_at``): once each lane's is
        # clear after ``t_s``, every vehicle in view by then is known. (Stopping once the latest arrival
        # was past ``t_s`` left out a vehicle of the other lane arriving earlier but made later: drawn
        # frame by frame, clip 202 never showed two vehicles its truth listed.)
        while min(self._free_at) <= t_s:
            self._next(self._rng)

    def _next(self, rng: random.Random) -> None:
        lanes = range(len(self.road.lanes_x))
        if self.spec.layout == "pairs":
            chosen = list(lanes) if rng.random() < 0.7 else [rng.choice(lanes)]
            start = max(self._free_at[i] for i in chosen) + rng.expovariate(1 / self.spec.mean_gap_s)
            for i in chosen:
                self._add(rng, i, start + rng.uniform(0.0, 0.6))
            return
        lane = rng.choice(lanes)
        self._add(rng, lane, self._free_at[lane] + rng.expovariate(1 / self.spec.mean_gap_s))

    def _add(self, rng: random.Random, lane: int, enter: float) -> None:
        road, motion = self.road, self.road.motions[lane]
        far_m = road.focal * PLATE_M / road.far_plate_px
        speed, stop_s = rng.uniform(2.5, 5.0), rng.uniform(*STOP_S)
        to_line = (road.stop_m - road.near_m) if motion == "away" else (far_m - road.stop_m)
        after = (far_m - road.stop_m) if motion == "away" else (road.stop_m - road.near_m)
        stop_at = enter + to_line / speed
        leave = stop_at + stop_s + after / speed
        seed = rng.getrandbits(32)
        plate = make_plate(random.Random(seed))
        self._passes.append(
            DrivePass(
                len(self._passes) + 1,
                plate.plate,
                plate.format.country,
                plate.format.name,
                plate.font.name,
                lane,
                "entry" if motion == "away" else "exit",
                motion,
                enter,
                leave,
                stop_at,
                stop_s,
                speed,
                seed,
            )
        )
        # the next vehicle of this lane arrives once this one has left the line (or the view)
        self._free_at[lane] = stop_at + stop_s + 1.5 if motion == "away" else leave
        self._passes.sort(key=lambda p: p.enter_s)

    def distance(self, p: DrivePass, t: float) -> float:
        """How far the vehicle's plate is from the camera at ``t`` (metres)."""
        road = self.road
        far_m = road.focal * PLATE_M / road.far_plate_px
        if t < p.stop_at_s:
            moved = (t - p.enter_s) * p.speed_mps
            return road.near_m + moved if p.motion == "away" else far_m - moved
        if t < p.stop_at_s + p.stop_s:
            return road.stop_m
        moved = (t - p.stop_at_s - p.stop_s) * p.speed_mps
        return road.stop_m + moved if p.motion == "away" else road.stop_m - moved

    # -- pictures ----------------------------------------------------------------------------------
    def _face_levels(self, p: DrivePass) -> list[tuple[np.ndarray, np.ndarray]]:
        """The vehicle's face (RGBA) and plate quad, halved level by level (no aliasing when small)."""
        levels = self._faces.get(p.vehicle_id)
        if levels is None:
            rng = random.Random(p.seed)
            plate = make_plate(rng)
            picture, quad = plate.picture, plate.quad
            k = 640 / float(quad[1, 0] - quad[0, 0])  # the plate 640 px wide at the top level
            picture = cv2.resize(picture, None, fx=k, fy=k, interpolation=cv2.INTER_AREA)
            face = build_face(picture, quad * k, rng)
            if p.motion == "away":
                face = _rear(face, rng)
            rgba, quad = face.rgba, face.plate_quad
            levels = [(rgba, quad)]
            while float(quad[1, 0] - quad[0, 0]) > 80:
                rgba = cv2.pyrDown(rgba)
                quad = quad / 2
                levels.append((rgba, quad))
            self._faces[p.vehicle_id] = levels
            for old in [v for v in self._faces if v < p.vehicle_id - 8]:
                del self._faces[old]
        return levels

    def frame(self, index: int) -> np.ndarray:
        t = index / self.spec.fps
        w, h = self.spec.width, self.spec.height
        img = self._background.copy()
        road = self.road
        shown = [p for p in self.passes_until(t) if t < p.leave_s]
        for p in sorted(shown, key=lambda p: -self.distance(p, t)):  # the farthest first
            z = self.distance(p, t)
            width = road.focal * PLATE_M / z
            x = w / 2 + road.focal * road.lanes_x[p.lane] / z
            y = road.horizon + road.focal * road.drop_m / z
            levels = self._face_levels(p)
            rgba, quad = next(
                (lv for lv in reversed(levels) if float(lv[1][1, 0] - lv[1][0, 0]) >= width), levels[0]
            )
            yaw = math.degrees(math.atan2(road.lanes_x[p.lane], z)) * (1 if p.motion == "away" else -1)
            pitch = math.degrees(math.atan2(road.drop_m, z)) * 0.6
            roll = random.Random(p.seed).uniform(-3, 3)
            try:
                layer, (ox, oy), _ = pose_face(rgba, quad, (yaw, pitch, roll), width, (x, y), (w, h))
            except ValueError:
                continue
            alpha = layer[..., 3:].astype(np.float32) / 255
            region = img[oy : oy + layer.shape[0], ox : ox + layer.shape[1]]
            region[:] = region * (1 - alpha) + layer[..., :3].astype(np.float32) * alpha
        grain = np.random.default_rng((self.spec.seed, index)).standard_normal((h, w, 1), np.float32)
        img += grain * 3.0
        return np.clip(img, 0, 255).astype(np.uint8)

    def lanes(self) -> list[dict[str, Any]]:
        """The camera's lanes for ``anpr video --lanes`` (the keys of ``[[cameras.lanes]]``); [] for one."""
        if self.spec.layout != "both":
            return []
        return [
            {"name": "in", "polygon": [[0, 0], [0.5, 0], [0.5, 1], [0, 1]], "entry_motion": "away"},
            {"name": "out", "polygon": [[0.5, 0], [1, 0], [1, 1], [0.5, 1]], "direction": "exit"},
        ]

    def video_options(self) -> list[str]:
        """How the camera is set up for ``anpr video`` (besides ``--lanes``)."""
        return ["--direction", "auto", "--entry-motion", "away"]


def _rear(face: Face, rng: random.Random) -> Face:
    """The face turned into a vehicle's rear: the grille painted over in the body colour, red lamps."""
    img = face.rgba[..., :3].copy()
    height, width = img.shape[:2]
    body = img[:, round(width * 0.02)].copy()  # the body's own shading, row by row
    top, bottom = round(height * 0.2), round(height * 0.52)
    img[top:bottom, round(width * 0.26) : round(width * 0.74)] = body[top:bottom, None]
    lamp = rng.choice(((190, 20, 24), (160, 12, 16), (210, 60, 40)))
    for cx, cy in face.headlights:
        axes = (round(width * 0.09), round(height * 0.07))
        cv2.ellipse(img, (round(cx), round(cy)), axes, 0, 0, 360, lamp, -1, cv2.LINE_AA)
    y = round(height * 0.4)
    cv2.line(img, (round(width * 0.4), y), (round(width * 0.6), y), (205, 205, 210), max(2, height // 90))
    return Face(np.dstack([img, face.rgba[..., 3]]), face.plate_quad, face.headlights, face.tow_hook)

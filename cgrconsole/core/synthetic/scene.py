"""A deterministic drive-through scene: vehicles with plates passing a pole camera, with ground truth.

``Scene(SceneSpec(seed=7)).frame(i)`` is a pure function of the spec and ``i``: the same seed gives the
same traffic and the same pixels however far and in whatever order frames are asked for, and
``truth(i)`` says exactly where ``frame(i)`` drew each plate.

Simplifications: a lane carries one vehicle at a time; vehicles are low-poly blocks; the plate is pasted
as an axis-aligned rectangle (the slight keystone of a real view is ignored) and is drawn 1.35 times its
real size so that it reads well in a zoomed 720p view.
"""

from __future__ import annotations

import bisect
import dataclasses
import random
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

import cv2
import numpy as np

from cgrconsole.core.anpr.formats import FORMATS_BY_NAME, pick_format
from cgrconsole.core.synthetic.geometry import PinholeCamera
from cgrconsole.core.synthetic.plate_render import render_plate
from cgrconsole.core.synthetic.road import RoadLayout, render_road
from cgrconsole.core.synthetic.vehicles import (
    KINDS,
    Color,
    ProjectedVehicle,
    project_vehicle,
    vehicle_shape,
    visible_range,
)

DIRECTIONS = ("entry", "exit", "both")
OSD_EPOCH = datetime(2025, 8, 18, 11, 5, 0)
"""Wall-clock time the on-screen clock shows at frame 0."""

_PAINTS: tuple[Color, ...] = (
    (212, 212, 208), (170, 172, 176), (32, 32, 36), (72, 74, 78), (150, 26, 26),
    (32, 58, 122), (32, 72, 48), (190, 176, 140), (104, 22, 28), (200, 200, 196),
)  # fmt: skip
_CARGO: tuple[Color, ...] = ((196, 198, 194), (60, 84, 140), (150, 40, 32), (120, 126, 120), (208, 186, 90))
_KIND_WEIGHTS = (0.55, 0.2, 0.25)
_CLEARANCE_S = 0.8
_OSD_TEXT = (228, 228, 228)
_OSD_FONT = cv2.FONT_HERSHEY_SIMPLEX


@dataclass(frozen=True)
class SceneSpec:
    """What a synthetic camera shows: traffic seed, frame size and rate, lane direction, OSD label."""

    seed: int = 1
    width: int = 1280
    height: int = 720
    fps: float = 25.0
    direction: str = "entry"
    mean_gap_s: float = 7.0
    label: str = ""

    def __post_init__(self) -> None:
        if self.direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {DIRECTIONS}, not {self.direction!r}")
        if self.fps <= 0 or self.width < 64 or self.height < 64 or self.mean_gap_s <= 0:
            raise ValueError("fps and mean_gap_s must be positive and the frame at least 64x64")


@dataclass(frozen=True)
class VehiclePass:
    """One vehicle crossing the view, from ``enter_s`` to ``leave_s`` (seconds since frame 0)."""

    vehicle_id: int
    plate: str
    country: str
    format_name: str
    direction: str
    enter_s: float
    leave_s: float
    lane: int
    kind: str
    color: Color
    cargo_color: Color
    speed_mps: float


@dataclass(frozen=True)
class PlateTruth:
    """Where a frame shows a plate: ``box`` is (x1, y1, x2, y2), end-exclusive (``img[y1:y2, x1:x2]``).

    The box may reach outside the frame when ``fully_visible`` is False; only its inside part was drawn.
    """

    vehicle_id: int
    plate: str
    country: str
    format_name: str
    direction: str
    box: tuple[int, int, int, int]
    fully_visible: bool


@dataclass
class _Drawn:
    """One vehicle of one frame: its polygons, its plate resized to the box, and the plate's truth."""

    vehicle: ProjectedVehicle
    plate: np.ndarray | None = None
    truth: PlateTruth | None = None


@dataclass
class _Lane:
    index: int
    direction: str
    x: float
    rng: random.Random
    passes: list[VehiclePass]
    enters: list[float]


def _camera(spec: SceneSpec) -> PinholeCamera:
    # One lane fills a zoomed view; two lanes need a wider one. Focal lengths scale with the frame width.
    focal = (3300.0 if spec.direction != "both" else 2100.0) * spec.width / 1280
    pitch = 18.0 if spec.direction != "both" else 20.0
    return PinholeCamera(spec.width, spec.height, focal, pitch_deg=pitch, mount_height_m=4.5)


def _road(spec: SceneSpec) -> tuple[RoadLayout, tuple[float, ...]]:
    """The road and the lateral position of each lane's centre (lane 0 first)."""
    if spec.direction == "both":
        tracks = (-2.6, -1.0, 1.0, 2.6)
        return RoadLayout(-3.7, 3.7, (-3.55, 3.55), (0.0,), (-3.6, 0.0, 11.0), tracks), (-1.8, 1.8)
    tracks = (-4.4, -2.8, -0.65, 0.95)
    return RoadLayout(-5.6, 2.0, (-5.45, 1.85), (-1.8,), (-1.7, 1.9, 11.0), tracks), (0.15,)


class Scene:
    """Frames and plate ground truth of a :class:`SceneSpec`; not thread-safe (one owner per camera)."""

    def __init__(self, spec: SceneSpec) -> None:
        self.spec = spec
        self.camera = _camera(spec)
        layout, lane_xs = _road(spec)
        directions = ("entry", "exit") if spec.direction == "both" else (spec.direction,)
        self._lanes = [
            _Lane(i, d, x, random.Random(f"cgrconsole-scene:{spec.seed}:{i}"), [], [])
            for i, (d, x) in enumerate(zip(directions, lane_xs, strict=True))
        ]
        self._background = render_road(self.camera, layout, spec.seed)
        self._plates: OrderedDict[int, np.ndarray] = OrderedDict()
        # The OSD is laid out once for the frame size; its rectangle marks plates under it as hidden.
        k = spec.width / 1280
        self._osd_scale, self._osd_thick = 0.8 * k, max(1, round(2 * k))
        lines = ["0000-00-00 00:00:00"] + ([spec.label] if spec.label else [])
        sizes = [cv2.getTextSize(s, _OSD_FONT, self._osd_scale, self._osd_thick)[0] for s in lines]
        pitch, margin = round(34 * k), round(16 * k)
        self._osd_lines = [(margin, margin + pitch * i + sizes[0][1] + 2) for i in range(len(lines))]
        self._osd_rect = (0, 0, 2 * margin + max(s[0] for s in sizes), 2 * margin + pitch * len(lines))

    # -- traffic ---------------------------------------------------------------------------------
    def passes_until(self, t_s: float) -> list[VehiclePass]:
        """Every vehicle that has entered the view by ``t_s``, by entry time."""
        out = []
        for lane in self._lanes:
            self._extend(lane, t_s)
            out.extend(lane.passes[: bisect.bisect_right(lane.enters, t_s)])
        return sorted(out, key=lambda p: (p.enter_s, p.vehicle_id))

    def _extend(self, lane: _Lane, t_s: float) -> None:
        while not lane.passes or lane.passes[-1].enter_s <= t_s:
            self._next_pass(lane)

    def _next_pass(self, lane: _Lane) -> None:
        rng, n = lane.rng, len(lane.passes)
        fmt = pick_format(rng)
        plate = fmt.generate(rng)
        kind = rng.choices(KINDS, weights=_KIND_WEIGHTS)[0]
        color, cargo = rng.choice(_PAINTS), rng.choice(_CARGO)
        speed = rng.uniform(2.0, 4.0) if kind == "truck" else rng.uniform(2.5, 5.5)
        z_min, z_max = self._z_range(lane, kind)
        duration = (z_max - z_min) / speed
        if n == 0:
            enter = rng.uniform(0.0, 2.0) + lane.index * rng.uniform(0.5, 3.0)
        else:
            prev = lane.passes[-1]
            busy = prev.leave_s - prev.enter_s + _CLEARANCE_S
            enter = prev.leave_s + _CLEARANCE_S + rng.expovariate(1.0 / max(0.5, self.spec.mean_gap_s - busy))
        vid = n * len(self._lanes) + lane.index + 1
        vp = VehiclePass(
            vehicle_id=vid,
            plate=plate,
            country=fmt.country,
            format_name=fmt.name,
            direction=lane.direction,
            enter_s=enter,
            leave_s=enter + duration,
            lane=lane.index,
            kind=kind,
            color=color,
            cargo_color=cargo,
            speed_mps=speed,
        )
        lane.passes.append(vp)
        lane.enters.append(enter)

    def _z_range(self, lane: _Lane, kind: str) -> tuple[float, float]:
        """Near-end distances between which a ``kind`` vehicle of ``lane`` is in view (colour-free)."""
        return visible_range(self.camera, vehicle_shape(kind, lane.direction, _CARGO[0], _CARGO[0]), lane.x)

    def _active(self, t_s: float) -> list[tuple[_Lane, VehiclePass]]:
        out = []
        for lane in self._lanes:
            self._extend(lane, t_s)
            i = bisect.bisect_right(lane.enters, t_s) - 1
            if i >= 0 and t_s < lane.passes[i].leave_s:
                out.append((lane, lane.passes[i]))
        return out

    # -- pictures ----------------------------------------------------------------------------------
    def _compose(self, index: int) -> list[_Drawn]:
        """What frame ``index`` shows, vehicle by vehicle in drawing order."""
        t = index / self.spec.fps
        w, h = self.spec.width, self.spec.height
        items: list[_Drawn] = []
        for lane, vp in self._active(t):
            z_min, z_max = self._z_range(lane, vp.kind)
            travelled = vp.speed_mps * (t - vp.enter_s)
            z = z_max - travelled if vp.direction == "entry" else z_min + travelled
            shape = vehicle_shape(vp.kind, vp.direction, vp.color, vp.cargo_color)
            drawn = _Drawn(project_vehicle(self.camera, shape, lane.x, z))
            if drawn.vehicle.plate_box is not None:
                bx1, by1, bx2, by2 = drawn.vehicle.plate_box
                x1, y1, x2, y2 = box = (round(bx1), round(by1), round(bx2), round(by2))
                if x2 - x1 >= 2 and y2 - y1 >= 2 and x1 < w and y1 < h and x2 > 0 and y2 > 0:
                    inside = x1 >= 0 and y1 >= 0 and x2 <= w and y2 <= h and not _overlap(box, self._osd_rect)
                    drawn.plate = cv2.resize(
                        self._plate_image(vp), (x2 - x1, y2 - y1), interpolation=cv2.INTER_AREA
                    )
                    drawn.truth = PlateTruth(
                        vp.vehicle_id, vp.plate, vp.country, vp.format_name, vp.direction, box, inside
                    )
            items.append(drawn)
        # A plate covered by a vehicle drawn after it is not fully visible (lanes never overlap today).
        for i, drawn in enumerate(items):
            truth = drawn.truth
            if truth is not None and truth.fully_visible:
                later = (d.vehicle.bbox for d in items[i + 1 :])
                if any(b is not None and _overlap(truth.box, b) for b in later):
                    drawn.truth = dataclasses.replace(truth, fully_visible=False)
        return items

    def _plate_image(self, vp: VehiclePass) -> np.ndarray:
        img = self._plates.get(vp.vehicle_id)
        if img is None:
            img = render_plate(vp.plate, FORMATS_BY_NAME[vp.format_name])
            self._plates[vp.vehicle_id] = img
            while len(self._plates) > 32:
                self._plates.popitem(last=False)
        return img

    def frame(self, index: int) -> np.ndarray:
        """RGB uint8 frame ``index`` (height x width x 3)."""
        img = self._background.copy()
        for drawn in self._compose(index):
            drawn.vehicle.draw(img)
            if drawn.plate is not None and drawn.truth is not None:
                _paste(img, drawn.plate, drawn.truth.box)
        self._draw_osd(img, index)
        return img

    def truth(self, index: int) -> list[PlateTruth]:
        """The plates ``frame(index)`` shows, partly visible ones included."""
        return [d.truth for d in self._compose(index) if d.truth is not None]

    def _draw_osd(self, img: np.ndarray, index: int) -> None:
        stamp = OSD_EPOCH + timedelta(seconds=index / self.spec.fps)
        lines = [stamp.strftime("%Y-%m-%d %H:%M:%S")] + ([self.spec.label] if self.spec.label else [])
        for text, org in zip(lines, self._osd_lines, strict=True):
            # A drop shadow, not a thicker outline: OpenCV 5 widens glyphs with thickness.
            shadow = (org[0] + self._osd_thick, org[1] + self._osd_thick)
            cv2.putText(
                img, text, shadow, _OSD_FONT, self._osd_scale, (0, 0, 0), self._osd_thick, cv2.LINE_AA
            )
            cv2.putText(img, text, org, _OSD_FONT, self._osd_scale, _OSD_TEXT, self._osd_thick, cv2.LINE_AA)


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _paste(img: np.ndarray, plate: np.ndarray, box: tuple[int, int, int, int]) -> None:
    x1, y1, x2, y2 = box
    cx1, cy1 = max(x1, 0), max(y1, 0)
    cx2, cy2 = min(x2, img.shape[1]), min(y2, img.shape[0])
    img[cy1:cy2, cx1:cx2] = plate[cy1 - y1 : cy2 - y1, cx1 - x1 : cx2 - x1]


if __name__ == "__main__":  # python -m cgrconsole.core.synthetic.scene: time frame() per direction
    import time

    for direction in DIRECTIONS:
        scene = Scene(SceneSpec(seed=3, direction=direction, label="Camera1"))
        times = []
        for i in range(1500):
            t0 = time.perf_counter()
            scene.frame(i)
            times.append(time.perf_counter() - t0)
        median, p95 = 1000 * np.median(times), 1000 * np.percentile(times, 95)
        print(f"{direction}: frame() median {median:.2f} ms, p95 {p95:.2f} ms")

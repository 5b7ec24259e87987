"""Simple car, van and truck shapes built from blocks, drawn through a :class:`PinholeCamera`.

Vehicle-local coordinates: x across (centred), y up, z from the end that faces the camera (the front for
entry, the rear for exit) towards the far end. The plate hangs on that near end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np

from cgrconsole.core.synthetic.geometry import PinholeCamera, Point3, bilinear, face_normal

# Plates are drawn 35 % larger than the real 520 x 112 mm so that they read well at 720p.
PLATE_W_M = 0.52 * 1.35
PLATE_H_M = 0.112 * 1.35

Color = tuple[int, int, int]
_MAX_PAINT = 215  # vehicle paint stays well below the plate's white (see plate_render)
_TYRE: Color = (24, 24, 26)
_GLASS: Color = (38, 48, 58)
_SHADOW: Color = (42, 42, 45)
_HEADLIGHT: Color = (228, 224, 168)
_TAILLIGHT: Color = (165, 22, 22)
_DARK: Color = (34, 34, 37)
_SHADES = {"near": 0.9, "far": 0.8, "top": 1.06, "left": 0.72, "right": 0.72}
_FACES = {
    "near": (0, 1, 5, 4),
    "far": (2, 3, 7, 6),
    "left": (3, 0, 4, 7),
    "right": (1, 2, 6, 5),
    "top": (4, 5, 6, 7),
}

KINDS = ("car", "van", "truck")


def _shade(color: Color, factor: float) -> Color:
    r, g, b = (min(_MAX_PAINT, round(c * factor)) for c in color)
    return r, g, b


@dataclass(frozen=True)
class Block:
    """A convex block: bottom rectangle, top rectangle pulled in by slants (windscreens)."""

    corners: tuple[Point3, ...]
    color: Color

    @staticmethod
    def make(x: float | tuple[float, float], y0: float, y1: float, z0: float, z1: float, color: Color,
             near_slant: float = 0.0, far_slant: float = 0.0, inset: float = 0.0) -> Block:  # fmt: skip
        """Block from -x to x (or x[0] to x[1]), y0 to y1, z0 to z1; the top is shortened and narrowed."""
        x0, x1 = (-x, x) if isinstance(x, float | int) else x
        t0, t1 = z0 + near_slant, z1 - far_slant
        bottom = ((x0, y0, z0), (x1, y0, z0), (x1, y0, z1), (x0, y0, z1))
        top = ((x0 + inset, y1, t0), (x1 - inset, y1, t0), (x1 - inset, y1, t1), (x0 + inset, y1, t1))
        return Block(bottom + top, color)

    def face(self, name: str) -> tuple[Point3, ...]:
        """Corners of a face, counter-clockwise seen from outside."""
        return tuple(self.corners[i] for i in _FACES[name])


@dataclass(frozen=True)
class Decal:
    """A coloured patch on one face of a block, in face coordinates u (across) and v (up)."""

    block: int
    face: str
    u0: float
    u1: float
    v0: float
    v1: float
    color: Color


@dataclass(frozen=True)
class VehicleShape:
    """Blocks in painter's order, decals, and the plate rectangle (local corners)."""

    length_m: float
    width_m: float
    blocks: tuple[Block, ...]
    decals: tuple[Decal, ...]
    plate: tuple[Point3, ...]


def _plate(y: float, z: float) -> tuple[Point3, ...]:
    x = PLATE_W_M / 2
    return ((-x, y, z), (x, y, z), (x, y + PLATE_H_M, z), (-x, y + PLATE_H_M, z))


def _wheels(half_w: float, zs: Sequence[float], radius: float) -> list[Block]:
    """Two tyres per axle, at the vehicle's sides."""
    sides = ((-half_w, -half_w + 0.3), (half_w - 0.3, half_w))
    return [Block.make(x, 0.0, 2 * radius, z - radius, z + radius, _TYRE) for z in zs for x in sides]


@lru_cache(maxsize=256)
def vehicle_shape(kind: str, direction: str, color: Color, cargo_color: Color) -> VehicleShape:
    """The shape of a ``kind`` vehicle seen from its front (entry) or rear (exit)."""
    front = direction == "entry"
    lights = _HEADLIGHT if front else _TAILLIGHT
    if kind in ("car", "van"):
        van = kind == "van"
        length, half = (4.8, 0.98) if van else (4.5, 0.9)
        sill, belt, roof = (0.28, 1.05, 1.85) if van else (0.22, 0.95, 1.42)
        cab_z = (1.0, 4.6) if van else ((1.25, 3.7) if front else (0.85, 3.25))
        slants = ((0.5, 0.1) if van else (0.55, 0.3)) if front else ((0.1, 0.5) if van else (0.3, 0.55))
        blocks = [
            Block.make(half + 0.04, 0.0, 0.01, 0.08, length - 0.1, _SHADOW),
            *_wheels(half - 0.02, (0.95, length - 0.95), 0.32),
            Block.make(half, sill, belt, 0.0, length, color, near_slant=0.08, far_slant=0.08),
            Block.make(half - 0.08, belt, roof, *cab_z, color, *slants, inset=0.1),
        ]
        body, cabin = len(blocks) - 2, len(blocks) - 1
        decals = [
            Decal(cabin, "near", 0.06, 0.94, 0.08, 0.93, _GLASS),
            Decal(body, "near", 0.0, 1.0, 0.0, 0.16, _shade(color, 0.6)),
            Decal(body, "near", 0.03, 0.2, 0.55, 0.85, lights),
            Decal(body, "near", 0.8, 0.97, 0.55, 0.85, lights),
        ]
        if front:
            decals.append(Decal(body, "near", 0.3, 0.7, 0.6, 0.88, _DARK))
        plate = _plate(sill + 0.05, -0.01)
    elif kind == "truck":
        length, half = 12.0, 1.25
        wheels = _wheels(half - 0.05, (1.3, 7.5, 8.8, 10.1) if front else (1.9, 3.2, 4.5, 10.7), 0.5)
        shadow = Block.make(half + 0.04, 0.0, 0.01, 0.3, length - 0.1, _SHADOW)
        if front:
            cab = Block.make(half, 0.45, 3.0, 0.0, 2.3, color, near_slant=0.15, inset=0.05)
            cargo = Block.make(half, 1.05, 3.35, 2.6, length, cargo_color)
            blocks = [shadow, *wheels, cargo, cab]
            c = len(blocks) - 1
            decals = [
                Decal(c, "near", 0.06, 0.94, 0.52, 0.92, _GLASS),
                Decal(c, "near", 0.25, 0.75, 0.15, 0.45, _DARK),
                Decal(c, "near", 0.03, 0.18, 0.08, 0.2, lights),
                Decal(c, "near", 0.82, 0.97, 0.08, 0.2, lights),
            ]
        else:
            cab = Block.make(half, 0.45, 3.0, length - 2.3, length, color, far_slant=0.15, inset=0.05)
            cargo = Block.make(half, 1.05, 3.35, 0.0, length - 2.6, cargo_color)
            bumper = Block.make(half - 0.1, 0.45, 1.05, 0.0, 0.2, _DARK)
            blocks = [shadow, *wheels, cab, cargo, bumper]
            g, b = len(blocks) - 2, len(blocks) - 1
            decals = [
                Decal(g, "near", 0.495, 0.505, 0.03, 0.97, _shade(cargo_color, 0.55)),
                Decal(b, "near", 0.02, 0.16, 0.35, 0.8, lights),
                Decal(b, "near", 0.84, 0.98, 0.35, 0.8, lights),
            ]
        plate = _plate(0.52, -0.01)
    else:
        raise ValueError(f"unknown vehicle kind {kind!r}")
    return VehicleShape(length, 2 * half, tuple(blocks), tuple(decals), plate)


@dataclass(frozen=True)
class ProjectedVehicle:
    """Screen polygons (painter's order) and the plate's bounding box (float x1, y1, x2, y2) if in view."""

    polygons: tuple[tuple[np.ndarray, Color], ...]
    plate_box: tuple[float, float, float, float] | None
    bbox: tuple[int, int, int, int] | None

    def draw(self, img: np.ndarray) -> None:
        """Fill the polygons into ``img`` (the plate is pasted by the caller)."""
        for poly, color in self.polygons:
            cv2.fillConvexPoly(img, poly, color, lineType=cv2.LINE_AA)


def _visible(block: Block, face: str, offset: Point3, camera: PinholeCamera) -> bool:
    pts = block.face(face)
    n = face_normal(pts)
    cx, cy, cz = (sum(c[i] for c in block.corners) / 8 for i in range(3))
    fx, fy, fz = (sum(p[i] for p in pts) / len(pts) for i in range(3))
    if n[0] * (fx - cx) + n[1] * (fy - cy) + n[2] * (fz - cz) < 0:  # make the normal point outwards
        n = (-n[0], -n[1], -n[2])
    to_cam = (-(fx + offset[0]), camera.mount_height_m - fy, -(fz + offset[2]))
    return n[0] * to_cam[0] + n[1] * to_cam[1] + n[2] * to_cam[2] > 1e-9


def project_vehicle(
    camera: PinholeCamera, shape: VehicleShape, lane_x: float, z_near: float
) -> ProjectedVehicle:
    """Project ``shape`` with its near end ``z_near`` metres ahead of the camera, centred on ``lane_x``."""
    offset = (lane_x, 0.0, z_near)

    def world(points: Sequence[Point3]) -> list[Point3]:
        return [(p[0] + lane_x, p[1], p[2] + z_near) for p in points]

    polys: list[tuple[np.ndarray, Color]] = []
    visible: set[tuple[int, str]] = set()
    for bi, block in enumerate(shape.blocks):
        for face, shade in _SHADES.items():
            if _visible(block, face, offset, camera):
                poly = camera.project_polygon(world(block.face(face)))
                visible.add((bi, face))
                if poly is not None:
                    polys.append((poly, _shade(block.color, shade) if block.color != _SHADOW else _SHADOW))
        for d in shape.decals:
            if d.block == bi and (bi, d.face) in visible:
                quad = block.face(d.face)
                pts = [
                    bilinear(quad, u, v) for u, v in ((d.u0, d.v0), (d.u1, d.v0), (d.u1, d.v1), (d.u0, d.v1))
                ]
                poly = camera.project_polygon(world(pts))
                if poly is not None:
                    polys.append((poly, d.color))
    plate_pts = world(shape.plate)
    plate_box = None
    if min(camera.depth(p) for p in plate_pts) > camera.near_m:
        xy = [camera.project(p) for p in plate_pts]
        plate_box = (
            min(p[0] for p in xy),
            min(p[1] for p in xy),
            max(p[0] for p in xy),
            max(p[1] for p in xy),
        )
    bbox = None
    if polys:
        allpts = np.concatenate([p for p, _ in polys])
        bbox = (
            int(allpts[:, 0].min()),
            int(allpts[:, 1].min()),
            int(allpts[:, 0].max()),
            int(allpts[:, 1].max()),
        )
    return ProjectedVehicle(tuple(polys), plate_box, bbox)


@lru_cache(maxsize=64)
def visible_range(camera: PinholeCamera, shape: VehicleShape, lane_x: float) -> tuple[float, float]:
    """(z_min, z_max) of the near end between which some part of the vehicle is inside the frame."""

    def bbox(z: float) -> tuple[int, int, int, int] | None:
        return project_vehicle(camera, shape, lane_x, z).bbox

    def bisect(lo: float, hi: float, lo_ok: bool, ok: Callable[[float], bool]) -> float:
        """Boundary of a predicate that is ``lo_ok`` at ``lo`` and flips once before ``hi``."""
        for _ in range(40):
            mid = (lo + hi) / 2
            if ok(mid) == lo_ok:
                lo = mid
            else:
                hi = mid
        return lo if lo_ok else hi

    # Every point of a vehicle lies below the camera, so its image rows fall as it comes nearer.
    z_max = bisect(0.0, 400.0, True, lambda z: (b := bbox(z)) is not None and b[3] >= 0)
    z_min = bisect(
        -shape.length_m - 1.0, z_max, False, lambda z: (b := bbox(z)) is not None and b[1] < camera.height
    )
    return z_min, z_max

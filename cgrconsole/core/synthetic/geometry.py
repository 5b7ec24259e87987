"""A pinhole pole camera over a flat road, and convex polygons projected through it.

World axes in metres: X to the right, Y up, Z forward along the road. The camera sits at
``(0, mount_height_m, 0)``, looks along +Z and is pitched down by ``pitch_deg``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

Point3 = tuple[float, float, float]


@dataclass(frozen=True)
class PinholeCamera:
    """Projects world points to pixel coordinates of a ``width`` x ``height`` frame."""

    width: int
    height: int
    focal_px: float
    pitch_deg: float
    mount_height_m: float
    near_m: float = 0.3
    _cos: float = field(init=False, repr=False, compare=False)
    _sin: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_cos", math.cos(math.radians(self.pitch_deg)))
        object.__setattr__(self, "_sin", math.sin(math.radians(self.pitch_deg)))

    def depth(self, p: Point3) -> float:
        """Distance of ``p`` along the optical axis (negative behind the camera)."""
        return p[2] * self._cos + (self.mount_height_m - p[1]) * self._sin

    def project(self, p: Point3) -> tuple[float, float]:
        """Pixel (x, y) of a point in front of the camera (depth > 0)."""
        below = self.mount_height_m - p[1]
        d = p[2] * self._cos + below * self._sin
        down = below * self._cos - p[2] * self._sin
        return self.width / 2 + self.focal_px * p[0] / d, self.height / 2 + self.focal_px * down / d

    def project_polygon(self, points: Sequence[Point3]) -> np.ndarray | None:
        """Clip a planar convex polygon at the near plane and project it (int32 N x 2), or None."""
        clipped = _clip_near(points, [self.depth(p) - self.near_m for p in points])
        if len(clipped) < 3:
            return None
        return np.array([self.project(p) for p in clipped], dtype=np.float64).round().astype(np.int32)

    def ground_y(self, z: float) -> float:
        """Image row of the road surface ``z`` metres ahead (may lie outside the frame)."""
        return self.project((0.0, 0.0, z))[1]

    def ground_z(self, y: float) -> float:
        """Distance ahead of the road point seen at image row ``y`` (inverse of :meth:`ground_y`)."""
        ray = math.atan((y - self.height / 2) / self.focal_px) + math.radians(self.pitch_deg)
        return self.mount_height_m / math.tan(ray) if ray > 0 else math.inf


def _clip_near(points: Sequence[Point3], dist: Sequence[float]) -> list[Point3]:
    """Sutherland-Hodgman clip of a polygon against the plane dist >= 0."""
    out: list[Point3] = []
    n = len(points)
    for i in range(n):
        p, q = points[i], points[(i + 1) % n]
        dp, dq = dist[i], dist[(i + 1) % n]
        if dp >= 0:
            out.append(p)
        if (dp >= 0) != (dq >= 0):
            t = dp / (dp - dq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]), p[2] + t * (q[2] - p[2])))
    return out


def face_normal(points: Sequence[Point3]) -> Point3:
    """Newell normal of a planar polygon (not normalized; right-hand order of the points)."""
    nx = ny = nz = 0.0
    for i, p in enumerate(points):
        q = points[(i + 1) % len(points)]
        nx += (p[1] - q[1]) * (p[2] + q[2])
        ny += (p[2] - q[2]) * (p[0] + q[0])
        nz += (p[0] - q[0]) * (p[1] + q[1])
    return nx, ny, nz


def bilinear(quad: Sequence[Point3], u: float, v: float) -> Point3:
    """Point at (u, v) in [0, 1]^2 of a quad given as (u0v0, u1v0, u1v1, u0v1)."""
    a, b, c, d = quad
    w = ((1 - u) * (1 - v), u * (1 - v), u * v, (1 - u) * v)
    return (
        w[0] * a[0] + w[1] * b[0] + w[2] * c[0] + w[3] * d[0],
        w[0] * a[1] + w[1] * b[1] + w[2] * c[1] + w[3] * d[1],
        w[0] * a[2] + w[1] * b[2] + w[2] * c[2] + w[3] * d[2],
    )

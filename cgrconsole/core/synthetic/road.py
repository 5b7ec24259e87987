"""The static background of a synthetic camera: asphalt, shoulders, lane markings and a stop line.

Rendered once per scene (float maths is fine here, never per frame). Every colour stays at or below
228 so that only plates reach the "very bright" range in a synthetic frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from cgrconsole.core.synthetic.geometry import PinholeCamera

_ASPHALT = (92, 94, 98)
_SHOULDER = (112, 108, 88)
_CURB = (150, 150, 146)
_PAINT = (205, 205, 198)
_TRACK = (80, 81, 85)
_MAX_LEVEL = 228
_FAR_Z = 400.0


@dataclass(frozen=True)
class RoadLayout:
    """Road edges and painted lines, as lateral positions in metres."""

    left_edge: float
    right_edge: float
    solid_lines: tuple[float, ...]
    dashed_lines: tuple[float, ...]
    stop_line: tuple[float, float, float] | None = None  # (x from, x to, z)
    tyre_tracks: tuple[float, ...] = ()  # lateral centres of the worn, darker wheel paths


def _ground_quad(camera: PinholeCamera, x0: float, x1: float, z0: float, z1: float) -> np.ndarray | None:
    return camera.project_polygon([(x0, 0.0, z0), (x1, 0.0, z0), (x1, 0.0, z1), (x0, 0.0, z1)])


def _fill(img: np.ndarray, poly: np.ndarray | None, color: Sequence[int]) -> None:
    if poly is not None:
        cv2.fillConvexPoly(img, poly, tuple(int(c) for c in color), lineType=cv2.LINE_AA)


def render_road(camera: PinholeCamera, layout: RoadLayout, seed: int) -> np.ndarray:
    """RGB uint8 background of ``layout`` seen through ``camera``; ``seed`` varies the texture."""
    rng = np.random.default_rng(seed)
    h, w = camera.height, camera.width
    img = np.empty((h, w, 3), np.uint8)
    img[:] = _SHOULDER
    z_near = 0.5
    _fill(img, _ground_quad(camera, layout.left_edge, layout.right_edge, z_near, _FAR_Z), _ASPHALT)
    for x in layout.tyre_tracks:
        _fill(img, _ground_quad(camera, x - 0.35, x + 0.35, z_near, _FAR_Z), _TRACK)
    for edge, width in ((layout.left_edge, -0.25), (layout.right_edge, 0.25)):
        _fill(
            img, _ground_quad(camera, min(edge, edge + width), max(edge, edge + width), z_near, _FAR_Z), _CURB
        )
    for x in layout.solid_lines:
        _fill(img, _ground_quad(camera, x - 0.08, x + 0.08, z_near, _FAR_Z), _PAINT)
    for x in layout.dashed_lines:
        z = z_near - 1.0
        while z < _FAR_Z:
            _fill(img, _ground_quad(camera, x - 0.07, x + 0.07, z, z + 3.0), _PAINT)
            z += 9.0
    if layout.stop_line is not None:
        x0, x1, z = layout.stop_line
        _fill(img, _ground_quad(camera, x0, x1, z, z + 0.4), _PAINT)

    soft = cv2.GaussianBlur(img, (0, 0), 1.2)  # soft paint edges, as through a real lens
    # Texture: fine grain plus large blotches (patches, wear) so the road is not a flat fill.
    grain = cv2.GaussianBlur(rng.normal(0.0, 9.0, (h, w)).astype(np.float32), (0, 0), 0.8)
    small = rng.normal(0.0, 4.0, (h // 24 + 2, w // 24 + 2)).astype(np.float32)
    blotch = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    out = soft.astype(np.float32) + (grain + blotch)[:, :, None]
    # Haze: the far rows are a little lighter and flatter, as through a real lens.
    haze = np.linspace(1.0, 0.0, h, dtype=np.float32)[:, None, None] ** 3
    out = out * (1 - 0.25 * haze) + 150.0 * 0.25 * haze
    return np.clip(out, 0, _MAX_LEVEL).astype(np.uint8)

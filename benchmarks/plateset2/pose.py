"""The 3-D pose of the vehicle face: a pinhole camera looks at the tilted plane (a perspective warp).

yaw turns the face about the vertical axis, pitch about the horizontal one (a camera above the lane
looks down), roll about the viewing axis (a car on a slope). The plate is scaled so that its projected
width is the wanted number of pixels and centred where asked.
"""

from __future__ import annotations

import math

import cv2
import numpy as np


def _rotation(yaw: float, pitch: float, roll: float) -> np.ndarray:
    y, p, r = (math.radians(a) for a in (yaw, pitch, roll))
    ry = np.array([[math.cos(y), 0, math.sin(y)], [0, 1, 0], [-math.sin(y), 0, math.cos(y)]])
    rx = np.array([[1, 0, 0], [0, math.cos(p), -math.sin(p)], [0, math.sin(p), math.cos(p)]])
    rz = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    return rz @ rx @ ry


def project(points: np.ndarray, size: tuple[int, int], yaw: float, pitch: float, roll: float) -> np.ndarray:
    """Points of the face plane (pixels of a ``size`` = (w, h) picture) as a camera sees them."""
    w, h = size
    focal, distance = 1.4 * w, 2.0 * w  # a moderate lens: perspective visible but not fish-eye
    xyz = np.column_stack([points[:, 0] - w / 2, points[:, 1] - h / 2, np.zeros(len(points))])
    cam = xyz @ _rotation(yaw, pitch, roll).T
    z = cam[:, 2] + distance
    return np.column_stack([focal * cam[:, 0] / z, focal * cam[:, 1] / z]).astype(np.float32)


def pose_face(
    rgba: np.ndarray,
    plate_quad: np.ndarray,
    angles: tuple[float, float, float],
    plate_width: float,
    plate_center: tuple[float, float],
    out_size: tuple[int, int],
    align: int = 1,
) -> tuple[np.ndarray, tuple[int, int], np.ndarray]:
    """Warp ``rgba`` so its plate is ``plate_width`` px wide at ``plate_center`` in an ``out_size`` frame.

    Returns the warped RGBA layer of the part of the frame the face covers, that part's top-left
    corner (multiples of ``align``) and the 3 x 3 homography from face to frame pixels. Only that part
    is warped: most of the frame is street, and warping it would be most of the cost.
    """
    h, w = rgba.shape[:2]
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    projected = project(corners, (w, h), *angles)
    homography = cv2.getPerspectiveTransform(corners, projected)
    quad = cv2.perspectiveTransform(plate_quad[None], homography)[0]
    scale = plate_width / max(1.0, float(quad[:, 0].max() - quad[:, 0].min()))
    centre = quad.mean(axis=0) * scale
    place = np.array(
        [[scale, 0, plate_center[0] - centre[0]], [0, scale, plate_center[1] - centre[1]], [0, 0, 1]]
    )
    full = place @ homography
    covered = cv2.perspectiveTransform(corners[None], full)[0]
    x0, y0 = (max(0, int(v // align) * align) for v in covered.min(axis=0))
    top = covered.max(axis=0)
    x1, y1 = (min(limit, -int(-v // align) * align) for v, limit in zip(top, out_size, strict=True))
    if x1 <= x0 or y1 <= y0:
        raise ValueError("the face is outside the frame")
    shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64)
    layer = cv2.warpPerspective(
        rgba, shift @ full, (x1 - x0, y1 - y0), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0, 0)
    )
    return layer, (x0, y0), full

"""A vehicle's face around the mounted plate, and the street behind it.

Only what matters to a plate reader is drawn: a body colour, headlights (for night glare), a grille
with bars and a badge above the plate (edges and text-like clutter), a bumper with an intake and the
tow-hook cover beside the plate. Everything is drawn in the face's own plane, so the 3-D pose warps it
all together, plate included.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np

BODY_COLORS = (
    (235, 235, 235),
    (190, 192, 196),
    (120, 122, 126),
    (25, 25, 28),
    (150, 20, 24),
    (20, 45, 110),
    (30, 70, 45),
    (200, 170, 120),
    (90, 60, 40),
)


@dataclass
class Face:
    """The face picture with alpha, the plate's quad in it and where the headlights are."""

    rgba: np.ndarray
    plate_quad: np.ndarray  # 4 x 2 float32: top-left, top-right, bottom-right, bottom-left
    headlights: list[tuple[float, float]]
    tow_hook: tuple[float, float]


def build_face(mounted: np.ndarray, plate_quad: np.ndarray, rng: random.Random) -> Face:
    """A vehicle face of realistic proportions (about 3.5 plate widths wide) with ``mounted`` on it."""
    ph, pw = mounted.shape[:2]
    width = round(pw * rng.uniform(3.1, 4.0))
    height = round(width * rng.uniform(0.42, 0.58))
    img = np.zeros((height, width, 3), np.uint8)
    alpha = np.zeros((height, width), np.uint8)
    inset = round(width * rng.uniform(0.04, 0.1))
    outline = np.array(
        [
            [inset, 0],
            [width - inset, 0],
            [width - 1, round(height * 0.35)],
            [width - 1, height - 1],
            [0, height - 1],
            [0, round(height * 0.35)],
        ],
        np.int32,
    )
    cv2.fillPoly(alpha, [outline], 255, cv2.LINE_AA)
    body = np.array(rng.choice(BODY_COLORS), np.float32)
    shade = np.linspace(1.12, 0.82, height, dtype=np.float32)[:, None, None]
    img[:] = (body * shade).clip(0, 255).astype(np.uint8)
    cv2.rectangle(img, (0, 0), (width, round(height * 0.12)), (40, 50, 60), -1)  # the windscreen's foot
    lamp_y, lamp_w, lamp_h = round(height * 0.3), round(width * 0.2), round(height * 0.16)
    lights = []
    for left in (True, False):
        x0 = round(width * 0.04) if left else width - round(width * 0.04) - lamp_w
        cv2.rectangle(img, (x0, lamp_y), (x0 + lamp_w, lamp_y + lamp_h), (70, 70, 75), -1)
        cx, cy = x0 + lamp_w // 2, lamp_y + lamp_h // 2
        cv2.ellipse(img, (cx, cy), (lamp_w // 3, lamp_h // 3), 0, 0, 360, (235, 235, 228), -1, cv2.LINE_AA)
        lights.append((float(cx), float(cy)))
    gx0, gx1 = round(width * 0.27), round(width * 0.73)
    gy0, gy1 = round(height * 0.24), round(height * 0.5)
    cv2.rectangle(img, (gx0, gy0), (gx1, gy1), (28, 28, 30), -1)
    for y in range(gy0 + 6, gy1, max(4, (gy1 - gy0) // rng.randint(4, 9))):
        cv2.line(img, (gx0, y), (gx1, y), (95, 95, 100), max(2, height // 140))
    cv2.circle(img, (width // 2, (gy0 + gy1) // 2), max(6, height // 22), (200, 200, 205), -1, cv2.LINE_AA)
    cx = width // 2 + round(width * rng.uniform(-0.05, 0.05))
    top = round(height * rng.uniform(0.56, 0.64))
    x0 = cx - pw // 2
    y0 = min(top, height - ph - 4)
    cv2.rectangle(img, (x0 - 8, y0 + ph + 10), (x0 + pw + 8, height - 6), (22, 22, 24), -1)  # intake
    img[y0 : y0 + ph, x0 : x0 + pw] = mounted
    hook = (float(x0 + pw + rng.uniform(0.05, 0.25) * pw), float(y0 + ph * rng.uniform(0.4, 0.9)))
    cv2.circle(img, (round(hook[0]), round(hook[1])), max(4, ph // 9), (int(body[0] * 0.8),) * 3, -1)
    return Face(np.dstack([img, alpha]), plate_quad + np.float32([x0, y0]), lights, hook)


def street(width: int, height: int, rng: random.Random) -> np.ndarray:
    """A plain street scene: sky or a wall at the top, asphalt with lane marks below, some clutter."""
    img = np.empty((height, width, 3), np.float32)  # float: the grain below is signed
    horizon = round(height * rng.uniform(0.25, 0.45))
    top = np.array(rng.choice(((150, 175, 200), (120, 110, 100), (80, 85, 90), (200, 200, 195))), np.float32)
    road = np.array(rng.choice(((85, 85, 88), (110, 108, 104), (60, 60, 62))), np.float32)
    img[:horizon] = top
    img[horizon:] = road
    nprng = np.random.default_rng(rng.getrandbits(32))
    img += nprng.standard_normal((height, width, 1), np.float32) * 6
    for _ in range(rng.randint(2, 6)):  # buildings, poles, signs
        x, w = rng.randrange(width), rng.randint(width // 30, width // 5)
        h = rng.randint(height // 10, horizon + 1)
        color = tuple(float(c) for c in nprng.integers(40, 220, 3))
        cv2.rectangle(img, (x, horizon - h), (x + w, horizon), color, -1)
    for i in range(-2, 3):  # lane marks converging to the horizon
        x_far, x_near = width / 2 + i * width * 0.04, width / 2 + i * width * 0.45
        cv2.line(img, (round(x_far), horizon), (round(x_near), height), (215, 215, 210), max(2, width // 300))
    return img.clip(0, 255).astype(np.uint8)

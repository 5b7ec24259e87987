"""What a camera does to the picture: blur, noise, night, glare and bloom, JPEG, dirt, sun, rain,
shadows, things in front of the plate.

Each effect takes the frame (float32 RGB, 0..255) and the :class:`Scene` (where the plate and the
headlights are, the random source) and returns the new frame. :data:`ORDER` is the order in which the
world, the lens and then the sensor act; :func:`pick` draws 1-3 effects for a degraded sample.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np


@dataclass
class Scene:
    rng: random.Random
    plate_quad: np.ndarray  # 4 x 2 in frame pixels
    headlights: list[tuple[float, float]]
    tow_hook: tuple[float, float]
    jpeg_quality: int = 90

    @property
    def plate_width(self) -> float:
        return float(self.plate_quad[:, 0].max() - self.plate_quad[:, 0].min())

    def np_rng(self) -> np.random.Generator:
        return np.random.default_rng(self.rng.getrandbits(32))

    def plate_mask(self, shape: tuple[int, int]) -> np.ndarray:
        mask = np.zeros(shape, np.float32)
        cv2.fillConvexPoly(mask, self.plate_quad.round().astype(np.int32), 1.0, cv2.LINE_AA)
        return mask


Frame = np.ndarray
Effect = Callable[[Frame, Scene], Frame]


def motion_blur(img: Frame, s: Scene) -> Frame:
    length = max(3, round(s.plate_width * s.rng.uniform(0.025, 0.08)))
    angle = s.rng.uniform(-35, 35) + s.rng.choice((0, 90))  # passing (sideways) or approaching (up/down)
    kernel = np.zeros((length, length), np.float32)
    c = (length - 1) / 2
    dx, dy = math.cos(math.radians(angle)) * c, math.sin(math.radians(angle)) * c
    cv2.line(kernel, (round(c - dx), round(c - dy)), (round(c + dx), round(c + dy)), 1.0, 1, cv2.LINE_AA)
    return cv2.filter2D(img, -1, kernel / kernel.sum())


def focus_blur(img: Frame, s: Scene) -> Frame:
    radius = 0.8 + s.plate_width * s.rng.uniform(0.005, 0.016)
    size = 2 * math.ceil(radius) + 1
    kernel = np.zeros((size, size), np.float32)
    cv2.circle(kernel, (size // 2, size // 2), max(1, round(radius)), 1.0, -1, cv2.LINE_AA)
    return cv2.filter2D(img, -1, kernel / kernel.sum())


def noise(img: Frame, s: Scene) -> Frame:
    g = s.np_rng()
    sigma = s.rng.uniform(6, 18)
    luma = g.normal(0, sigma, (*img.shape[:2], 1))
    chroma = g.normal(0, sigma * 0.4, img.shape)
    return img + (luma + chroma).astype(np.float32)


def _glow(shape: tuple[int, int], points: list[tuple[float, float]], radius: float) -> Frame:
    yy, xx = np.mgrid[0 : shape[0], 0 : shape[1]].astype(np.float32)
    glow = np.zeros(shape, np.float32)
    for x, y in points:
        glow += np.exp(-((xx - x) ** 2 + (yy - y) ** 2) / (2 * radius * radius))
    return glow


def _bloom(img: Frame, strength: float, sigma: float) -> Frame:
    bright = np.clip(img - 200, 0, None)
    return img + cv2.GaussianBlur(bright, (0, 0), sigma) * strength


def night(img: Frame, s: Scene) -> Frame:
    """Dark street, the plate lit by its lamp (or the camera's IR), headlights glaring into the lens."""
    dark = img * s.rng.uniform(0.1, 0.28) * np.float32([0.85, 0.9, 1.1])
    lit = s.plate_mask(img.shape[:2])[..., None] * s.rng.uniform(0.25, 0.6)
    out = dark + img * lit
    pw = s.plate_width
    glow = _glow(img.shape[:2], s.headlights, pw * s.rng.uniform(0.12, 0.3))
    out += glow[..., None] * np.float32([255, 250, 235]) * s.rng.uniform(0.8, 1.8)
    streak = cv2.GaussianBlur(glow, (0, 0), sigmaX=pw * 0.8, sigmaY=2)  # horizontal lens streak
    out += streak[..., None] * 200 * s.rng.uniform(0.2, 0.8)
    return _bloom(out, s.rng.uniform(0.6, 1.5), pw * 0.05 + 2)


def jpeg(img: Frame, s: Scene) -> Frame:
    s.jpeg_quality = s.rng.randint(25, 60)  # applied when the frame is written
    return img


def dirt(img: Frame, s: Scene) -> Frame:
    g = s.np_rng()
    h, w = img.shape[:2]
    field = cv2.resize(g.random((max(2, h // 24), max(2, w // 24))).astype(np.float32), (w, h))
    field = cv2.GaussianBlur(field, (0, 0), 3)
    specks = (g.random((h, w)) > 0.985).astype(np.float32)
    specks = cv2.GaussianBlur(specks, (0, 0), max(0.8, s.plate_width / 220))
    amount = np.clip((field - s.rng.uniform(0.35, 0.6)) * 2.2, 0, 1) * s.rng.uniform(0.35, 0.75)
    amount = np.clip(amount + specks * 1.5, 0, 0.9) * s.plate_mask((h, w))
    mud = np.float32(s.rng.choice(((95, 80, 60), (120, 110, 95), (70, 62, 50))))
    return img * (1 - amount[..., None]) + mud * amount[..., None]


def overexposure(img: Frame, s: Scene) -> Frame:
    out = img * s.rng.uniform(1.4, 2.2) + s.rng.uniform(10, 40)
    return _bloom(np.minimum(out, 400), s.rng.uniform(0.3, 0.9), s.plate_width * 0.03 + 2)


def rain(img: Frame, s: Scene) -> Frame:
    g = s.np_rng()
    h, w = img.shape[:2]
    streaks = np.zeros((h, w), np.float32)
    slant = s.rng.uniform(-0.3, 0.3)
    for _ in range(s.rng.randint(150, 500)):
        x, y, n = g.uniform(0, w), g.uniform(0, h), g.uniform(10, 40)
        cv2.line(
            streaks, (round(x), round(y)), (round(x + slant * n), round(y + n)), float(g.uniform(0.3, 1)), 1
        )
    streaks = cv2.GaussianBlur(streaks, (0, 0), 0.8)
    out = img * 0.85 + 25 + streaks[..., None] * 90
    for _ in range(s.rng.randint(3, 12)):  # drops on the lens or the housing window
        r = int(g.uniform(6, 30))
        cx, cy = int(g.uniform(0, w)), int(g.uniform(0, h))
        x0, y0, x1, y1 = max(0, cx - 3 * r), max(0, cy - 3 * r), min(w, cx + 3 * r), min(h, cy + 3 * r)
        drop = np.zeros((y1 - y0, x1 - x0), np.float32)
        cv2.circle(drop, (cx - x0, cy - y0), r, 1.0, -1)
        drop = cv2.GaussianBlur(drop, (0, 0), 4)[..., None]
        patch = out[y0:y1, x0:x1]
        out[y0:y1, x0:x1] = patch * (1 - drop) + cv2.GaussianBlur(patch, (0, 0), 6) * drop
    return out


def shadow(img: Frame, s: Scene) -> Frame:
    """Bands of shade (a barrier arm, a pole, the canopy's beams) cast across the vehicle."""
    h, w = img.shape[:2]
    mask = np.ones((h, w), np.float32)
    centre = s.plate_quad.mean(axis=0)
    for _ in range(s.rng.randint(1, 3)):
        angle = math.radians(s.rng.uniform(-70, 70) + 90 * s.rng.randint(0, 1))
        width = s.plate_width * s.rng.uniform(0.08, 0.4)
        offset = s.rng.uniform(-0.4, 0.4) * s.plate_width
        n = np.array([math.cos(angle), math.sin(angle)])
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        d = np.abs((xx - centre[0]) * n[0] + (yy - centre[1]) * n[1] - offset)
        band = np.clip((width / 2 - d) / max(1.0, width * 0.15), 0, 1)
        mask *= 1 - band * s.rng.uniform(0.35, 0.65)
    return img * mask[..., None]


def _pt(p: np.ndarray) -> tuple[int, int]:
    return round(float(p[0])), round(float(p[1]))


def occlusion(img: Frame, s: Scene) -> Frame:
    """A tow hook in front of the plate's lower corner, or a thin bar (bike rack, barrier) across it."""
    q, pw = s.plate_quad, s.plate_width
    ph = float(np.linalg.norm(q[3] - q[0]))
    color = tuple(
        float(c) for c in s.rng.choice(((30, 30, 32), (60, 60, 62), (160, 30, 30), (200, 200, 200)))
    )
    out = img.copy()
    if s.rng.random() < 0.5:
        base = q[3] + (q[2] - q[3]) * s.rng.uniform(0.1, 0.9)
        top = base - (q[3] - q[0]) * s.rng.uniform(0.15, 0.3)
        thick = max(2, round(pw * 0.025))
        cv2.line(out, _pt(base + np.float32([0, ph * 0.5])), _pt(top), color, thick, cv2.LINE_AA)
        cv2.ellipse(out, _pt(top), (thick * 2, thick * 2), 0, 180, 360, color, thick)
    else:
        x = q[0] + (q[1] - q[0]) * s.rng.uniform(0.15, 0.85)
        tilt = s.rng.uniform(-0.3, 0.3) * ph
        p0, p1 = x + np.float32([tilt, -ph]), x + (q[3] - q[0]) + np.float32([-tilt, ph])
        cv2.line(out, _pt(p0), _pt(p1), color, max(2, round(pw * s.rng.uniform(0.012, 0.03))), cv2.LINE_AA)
    return out


ORDER: dict[str, Effect] = {
    "shadow": shadow,
    "dirt": dirt,
    "occlusion": occlusion,
    "rain": rain,
    "night": night,
    "overexposure": overexposure,
    "focus_blur": focus_blur,
    "motion_blur": motion_blur,
    "noise": noise,
    "jpeg": jpeg,
}
_EXCLUSIVE = {"night": "overexposure", "overexposure": "night"}


def pick(rng: random.Random) -> list[str]:
    """1-3 effect names (weights 4:2:1), night and overexposure never together, in ORDER."""
    count = rng.choices((1, 2, 3), weights=(4, 2, 1))[0]
    chosen: list[str] = []
    while len(chosen) < count:
        name = rng.choice(list(ORDER))
        if name not in chosen and _EXCLUSIVE.get(name) not in chosen:
            chosen.append(name)
    return [name for name in ORDER if name in chosen]

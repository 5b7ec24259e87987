"""Deterministic camera degradations of RGB uint8 images, for testing plate recognition.

Every degradation is a small function ``fn(image, rng, strength=0.5, box=None) -> image`` that returns a
new array of the same shape and dtype; ``rng`` is a seeded :class:`numpy.random.Generator`, so the same
seed gives the same pixels. ``strength`` (0..1) scales how hard it hits; ``box`` (x1, y1, x2, y2) is the
region of interest, usually the plate: glare and dirt land on it and the night light is centred on it.

Only :func:`perspective` moves pixels; :func:`degrade` leaves it out when a ``box`` is given so that the
box stays true. To warp one plate and still know where it lands, use :func:`perspective_matrix`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence

import cv2
import numpy as np

Box = tuple[int, int, int, int]
Degradation = Callable[..., np.ndarray]


def _whole(image: np.ndarray, box: Sequence[int] | None) -> Box:
    if box is None:
        return 0, 0, image.shape[1], image.shape[0]
    x1, y1, x2, y2 = (int(v) for v in box)
    return x1, y1, x2, y2


def _clip(image: np.ndarray) -> np.ndarray:
    return np.clip(image, 0, 255).astype(np.uint8)


def perspective_matrix(width: float, height: float, yaw_deg: float, pitch_deg: float) -> np.ndarray:
    """3x3 homography that turns a ``width`` x ``height`` image by yaw (about the vertical axis) and pitch.

    The image is seen by a pinhole camera with a moderate focal length (3x the larger side) looking at the
    image's centre, which stays in place; a 0/0 pose gives the identity.
    """
    f = 3.0 * max(width, height)
    cx, cy = width / 2, height / 2
    yaw, pitch = math.radians(yaw_deg), math.radians(pitch_deg)
    rot_y = np.array([[math.cos(yaw), 0, math.sin(yaw)], [0, 1, 0], [-math.sin(yaw), 0, math.cos(yaw)]])
    rot_x = np.array(
        [[1, 0, 0], [0, math.cos(pitch), -math.sin(pitch)], [0, math.sin(pitch), math.cos(pitch)]]
    )
    src = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    dst = []
    for x, y in src:
        px, py, pz = rot_x @ rot_y @ np.array([x - cx, y - cy, 0.0])
        dst.append((cx + f * px / (f + pz), cy + f * py / (f + pz)))
    return cv2.getPerspectiveTransform(src, np.array(dst, np.float32))


def random_pose(
    rng: np.random.Generator, strength: float = 0.5, max_deg: float = 30.0
) -> tuple[float, float]:
    """(yaw, pitch) in degrees, each up to ``strength * max_deg`` either way; yaw tends to be the larger."""
    limit = max_deg * min(1.0, max(0.0, strength))
    return float(rng.uniform(-limit, limit)), float(rng.uniform(-limit, limit) * 0.6)


def perspective(
    image: np.ndarray, rng: np.random.Generator, strength: float = 0.5, box: Sequence[int] | None = None
) -> np.ndarray:
    """The whole image seen at a yaw/pitch of up to ±30° (at strength 1); edges repeat outwards."""
    h, w = image.shape[:2]
    matrix = perspective_matrix(w, h, *random_pose(rng, strength))
    return cv2.warpPerspective(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def _blur_path(rng: np.random.Generator, strength: float) -> tuple[int, float]:
    """(length px, angle degrees) of a motion blur: 2..14 px, within 35° of horizontal, 30 % of vertical."""
    length = max(2, round(2 + 12 * strength * rng.uniform(0.5, 1.0)))
    return length, float(rng.uniform(-35, 35) + (90 if rng.random() < 0.3 else 0))


def motion_blur(
    image: np.ndarray, rng: np.random.Generator, strength: float = 0.5, box: Sequence[int] | None = None
) -> np.ndarray:
    """Linear motion blur 2..14 px long, mostly horizontal-ish at a random angle."""
    length, angle = _blur_path(rng, strength)
    size = length + 2 - length % 2  # odd kernel, one extra pixel each side
    kernel = np.zeros((size + 1, size + 1), np.float32)
    c = size / 2
    dx, dy = math.cos(math.radians(angle)) * length / 2, math.sin(math.radians(angle)) * length / 2
    cv2.line(kernel, (round(c - dx), round(c - dy)), (round(c + dx), round(c + dy)), 1.0, 1, cv2.LINE_AA)
    return cv2.filter2D(image, -1, kernel / kernel.sum(), borderType=cv2.BORDER_REFLECT)


def uneven_motion_blur(
    image: np.ndarray, rng: np.random.Generator, strength: float = 0.5, box: Sequence[int] | None = None
) -> np.ndarray:
    """Motion blur of a path the plate reader's deblurring does not model: bent (a parabola 15 % of its
    length deep) and walked at rising speed (weights 0.4 → 1). Same random draws as :func:`motion_blur`,
    so it can stand in for it in a data set that is otherwise the same (``anpr_dataset.py --motion-blur``)."""
    length, angle = _blur_path(rng, strength)
    size = length + 5 - length % 2
    big = np.zeros((size * 4, size * 4), np.float32)  # drawn at 4x for sub-pixel ends, then shrunk
    ux, uy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    points = []
    for s in np.linspace(-0.5, 0.5, 33):
        side = 0.15 * length * (4 * s * s - 1)  # across the path
        x, y = s * length * ux - side * uy, s * length * uy + side * ux
        points.append((round(size * 2 + 4 * x), round(size * 2 + 4 * y), 0.4 + 0.6 * (s + 0.5)))
    for (x0, y0, w0), (x1, y1, w1) in itertools.pairwise(points):
        cv2.line(big, (x0, y0), (x1, y1), (w0 + w1) / 2, 2, cv2.LINE_AA)
    kernel = cv2.resize(big, (size, size), interpolation=cv2.INTER_AREA)
    return cv2.filter2D(image, -1, kernel / kernel.sum(), borderType=cv2.BORDER_REFLECT)


def gaussian_blur(
    image: np.ndarray, rng: np.random.Generator, strength: float = 0.5, box: Sequence[int] | None = None
) -> np.ndarray:
    """Out-of-focus blur, sigma 0.6..2.4 px."""
    sigma = 0.6 + 1.8 * strength * rng.uniform(0.5, 1.0)
    return cv2.GaussianBlur(image, (0, 0), sigma)


def noise(
    image: np.ndarray, rng: np.random.Generator, strength: float = 0.5, box: Sequence[int] | None = None
) -> np.ndarray:
    """Sensor noise: luminance noise (sigma up to 18) plus weaker colour noise, stronger in the dark."""
    h, w = image.shape[:2]
    sigma = 3 + 15 * strength * rng.uniform(0.5, 1.0)
    img = image.astype(np.float32)
    dark = 1.6 - img.mean(axis=2, keepdims=True) / 255.0  # shot noise is more visible in shadows
    luma = rng.standard_normal((h, w, 1), np.float32) * sigma
    chroma = rng.standard_normal((h, w, 3), np.float32) * (sigma * 0.35)
    return _clip(img + (luma + chroma) * dark)


def night(
    image: np.ndarray, rng: np.random.Generator, strength: float = 0.5, box: Sequence[int] | None = None
) -> np.ndarray:
    """Night: the scene darkened with a gamma and a blue cast, lit by a headlight/IR cone around ``box``."""
    h, w = image.shape[:2]
    x1, y1, x2, y2 = _whole(image, box)
    cx, cy = (x1 + x2) / 2 + rng.uniform(-0.2, 0.2) * (x2 - x1), (y1 + y2) / 2
    radius = max(x2 - x1, 40) * rng.uniform(1.2, 2.2)
    ys, xs = np.ogrid[:h, :w]
    light = np.exp(-(((xs - cx) / radius) ** 2 + ((ys - cy) / (radius * 0.75)) ** 2))
    ambient = 0.45 - 0.3 * strength * rng.uniform(0.6, 1.0)
    gain = (ambient + (0.92 - ambient) * light)[..., None].astype(np.float32)
    gamma = 1.2 + 0.8 * strength
    img = (image.astype(np.float32) / 255.0) ** gamma * gain
    img *= np.array([0.9, 0.95, 1.08], np.float32)  # sodium-free, bluish night
    return _clip(img * 255.0)


def glare(
    image: np.ndarray, rng: np.random.Generator, strength: float = 0.5, box: Sequence[int] | None = None
) -> np.ndarray:
    """A bright, soft blob (sun or headlight reflection) over part of ``box``."""
    h, w = image.shape[:2]
    x1, y1, x2, y2 = _whole(image, box)
    cx, cy = rng.uniform(x1, x2), rng.uniform(y1, y2)
    sigma = max(3.0, (x2 - x1) * rng.uniform(0.07, 0.16))
    ys, xs = np.ogrid[:h, :w]
    blob = np.exp(-(((xs - cx) ** 2 + ((ys - cy) * 1.4) ** 2) / (2 * sigma**2)))
    amplitude = 120 + 150 * strength * rng.uniform(0.6, 1.0)
    return _clip(image.astype(np.float32) + (blob * amplitude)[..., None].astype(np.float32))


def dirt(
    image: np.ndarray, rng: np.random.Generator, strength: float = 0.5, box: Sequence[int] | None = None
) -> np.ndarray:
    """Dark, soft mud blotches on ``box`` (more and darker with strength)."""
    x1, y1, x2, y2 = _whole(image, box)
    bw, bh = max(x2 - x1, 4), max(y2 - y1, 4)
    mask = np.zeros(image.shape[:2], np.float32)
    for _ in range(int(3 + 9 * strength * rng.uniform(0.5, 1.0))):
        center = (round(rng.uniform(x1, x2)), round(rng.uniform(y1, y2)))
        axes = (max(1, round(bw * rng.uniform(0.02, 0.08))), max(1, round(bh * rng.uniform(0.06, 0.2))))
        cv2.ellipse(mask, center, axes, rng.uniform(0, 180), 0, 360, rng.uniform(0.4, 0.9), -1, cv2.LINE_AA)
    mask = cv2.GaussianBlur(mask, (0, 0), max(0.8, bh * 0.04))[..., None] * (0.5 + 0.45 * strength)
    mud = np.array([70, 58, 40], np.float32) * rng.uniform(0.6, 1.1)
    return _clip(image.astype(np.float32) * (1 - mask) + mud * mask)


def jpeg(
    image: np.ndarray, rng: np.random.Generator, strength: float = 0.5, box: Sequence[int] | None = None
) -> np.ndarray:
    """Blocky compression: re-encoded as JPEG at quality 40 (weak) down to 8 (strength 1)."""
    quality = round(40 - 32 * strength * rng.uniform(0.6, 1.0))
    ok, data = cv2.imencode(
        ".jpg", cv2.cvtColor(image, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality]
    )
    decoded = cv2.imdecode(data, cv2.IMREAD_COLOR) if ok else None
    if decoded is None:  # pragma: no cover - OpenCV always encodes a uint8 RGB image
        return image.copy()
    return cv2.cvtColor(decoded, cv2.COLOR_BGR2RGB)


def scale(
    image: np.ndarray, rng: np.random.Generator, strength: float = 0.5, box: Sequence[int] | None = None
) -> np.ndarray:
    """Far away / low resolution: down to 0.45..0.9 of the size and back up (details are lost)."""
    h, w = image.shape[:2]
    factor = 0.9 - 0.45 * strength * rng.uniform(0.6, 1.0)
    small = cv2.resize(
        image, (max(1, round(w * factor)), max(1, round(h * factor))), interpolation=cv2.INTER_AREA
    )
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


DEGRADATIONS: dict[str, Degradation] = {
    "dirt": dirt,
    "perspective": perspective,
    "night": night,
    "glare": glare,
    "motion_blur": motion_blur,
    "gaussian_blur": gaussian_blur,
    "scale": scale,
    "noise": noise,
    "jpeg": jpeg,
}
"""Every degradation by name, in the order a real camera would apply them (the plate first, JPEG last)."""

_EXCLUSIVE = ({"motion_blur", "gaussian_blur"},)


def degrade(
    image: np.ndarray, rng: np.random.Generator, level: int, box: Sequence[int] | None = None
) -> tuple[np.ndarray, list[str]]:
    """Apply ``level`` randomly chosen degradations (level 0: an unchanged copy); returns (image, names).

    Strengths grow with the level. With a ``box`` the image keeps its geometry (no perspective) and the
    box-aware degradations aim at it. Names are listed in the order they were applied.
    """
    names = [n for n in DEGRADATIONS if box is None or n != "perspective"]
    chosen: set[str] = set()
    while len(chosen) < min(max(level, 0), len(names) - len(_EXCLUSIVE)):
        name = names[int(rng.integers(len(names)))]
        if not any(name in group and chosen & group for group in _EXCLUSIVE):
            chosen.add(name)
    out = image.copy()
    applied = [n for n in names if n in chosen]
    for name in applied:
        strength = float(rng.uniform(0.3, min(1.0, 0.55 + 0.15 * level)))
        out = DEGRADATIONS[name](out, rng, strength, box)
    return out, applied

"""One sample of the second plate set: a 1280x720 frame with one posed vehicle and its truth.

A sample is a pure function of its index (``random.Random(f"plateset2:{index}")``), so any range of
indices can be regenerated bit for bit. Indices below :data:`HOLDOUT_START` are the **tuning** part;
from it on the **held-out** part, not to be looked at until a change is final (see ``__init__``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from cgrconsole.core.anpr.formats import FORMATS_BY_NAME, PlateFormat

from . import effects
from .fonts import FontSpec, available_fonts, missing_packages
from .layouts import layout_for
from .plate import mount, render_plate
from .pose import pose_face
from .vehicle import build_face, street

FRAME = (1280, 720)
HOLDOUT_START = 100_000
CLEAN_SHARE = 0.4
WIDTH_PX = (100.0, 350.0)
POSE_DEG = (30.0, 15.0, 8.0)  # yaw, pitch, roll: each drawn uniformly in +-
SUPERSAMPLE = 2  # drawn and warped at twice the size, then reduced: no aliasing at small plates

#: Format mix: Kazakhstan 2012 about 80 %, as at a Kazakh checkpoint.
MIX: dict[str, float] = {
    "kz2012_private": 0.66,
    "kz2012_legal": 0.14,
    "ru_private_2digit_region": 0.04,
    "ru_private_3digit_region": 0.03,
    "kg2016_private": 0.04,
    "kg2016_legal": 0.01,
    "uz2008_private": 0.06,
    "uz2008_government": 0.02,
}


def split_of(index: int) -> str:
    return "holdout" if index >= HOLDOUT_START else "tune"


def file_name(index: int) -> str:
    return f"p2_{index:06d}.jpg"


def _map(points: np.ndarray, homography: np.ndarray) -> np.ndarray:
    return cv2.perspectiveTransform(points.reshape(1, -1, 2).astype(np.float32), homography)[0] / SUPERSAMPLE


@dataclass(frozen=True)
class MountedPlate:
    """A plate drawn and mounted in its holder: what a vehicle carries, and its truth."""

    format: PlateFormat
    plate: str
    font: FontSpec
    picture: np.ndarray  # the plate in its holder, RGB uint8
    quad: np.ndarray  # the plate's corners in ``picture``
    holder: str


def make_plate(rng: random.Random) -> MountedPlate:
    """A plate of the set's format mix, in one of the installed fonts of its style, mounted."""
    fmt = FORMATS_BY_NAME[rng.choices(list(MIX), weights=list(MIX.values()))[0]]
    plate = fmt.generate(rng)
    fonts = available_fonts("gost" if fmt.country == "RU" else "din")
    if not fonts:
        raise RuntimeError(f"no plate font installed: apt-get install {' '.join(missing_packages())}")
    font = rng.choice(fonts)
    picture, _ = render_plate(layout_for(fmt.name, plate, rng), font, rng)
    mounted, quad, holder = mount(picture, rng)
    return MountedPlate(fmt, plate, font, mounted, quad, holder)


def make_sample(index: int) -> tuple[np.ndarray, dict[str, Any]]:
    """The RGB uint8 frame of sample ``index`` and its truth line."""
    rng = random.Random(f"plateset2:{index}")
    made = make_plate(rng)
    fmt, plate, font, mounted, quad, holder = (
        made.format,
        made.plate,
        made.font,
        made.picture,
        made.quad,
        made.holder,
    )

    width = rng.uniform(*WIDTH_PX)
    angles = tuple(rng.uniform(-limit, limit) for limit in POSE_DEG)
    k = min(1.0, width * SUPERSAMPLE * 1.15 / float(quad[1, 0] - quad[0, 0]))
    mounted = cv2.resize(mounted, None, fx=k, fy=k, interpolation=cv2.INTER_AREA)
    face = build_face(mounted, quad * k, rng)
    big = (FRAME[0] * SUPERSAMPLE, FRAME[1] * SUPERSAMPLE)
    centre = (rng.uniform(0.25, 0.75) * big[0], rng.uniform(0.4, 0.82) * big[1])
    pose = (angles[0], angles[1], angles[2])
    layer, (ox, oy), homography = pose_face(
        face.rgba, face.plate_quad, pose, width * SUPERSAMPLE, centre, big, SUPERSAMPLE
    )
    # reduce the vehicle layer premultiplied (edges blend, no dark fringe), the street is drawn at 1x
    size = (layer.shape[1] // SUPERSAMPLE, layer.shape[0] // SUPERSAMPLE)
    alpha = layer[..., 3:].astype(np.float32) / 255
    premultiplied = cv2.resize(layer[..., :3] * alpha, size, interpolation=cv2.INTER_AREA)
    alpha = cv2.resize(alpha, size, interpolation=cv2.INTER_AREA)[..., None]
    frame = street(*FRAME, rng).astype(np.float32)
    x, y = ox // SUPERSAMPLE, oy // SUPERSAMPLE
    roi = frame[y : y + size[1], x : x + size[0]]
    roi[:] = roi * (1 - alpha) + premultiplied

    plate_quad = _map(face.plate_quad, homography)
    scene = effects.Scene(
        rng,
        plate_quad,
        [tuple(p) for p in _map(np.float32(face.headlights), homography)],
        tuple(_map(np.float32([face.tow_hook]), homography)[0]),
    )
    degraded = rng.random() >= CLEAN_SHARE
    names = effects.pick(rng) if degraded else []
    for name in names:
        frame = effects.ORDER[name](frame, scene)
    x0, y0 = plate_quad.min(axis=0)
    x1, y1 = plate_quad.max(axis=0)
    truth = {
        "file": file_name(index),
        "index": index,
        "split": split_of(index),
        "plate": plate,
        "country": fmt.country,
        "format": fmt.name,
        "font": font.name,
        "holder": holder,
        "box": [round(float(v)) for v in (x0, y0, x1, y1)],
        "quad": [[round(float(x), 1), round(float(y), 1)] for x, y in plate_quad],
        "width_px": round(float(x1 - x0)),
        "pose": {"yaw": round(angles[0], 1), "pitch": round(angles[1], 1), "roll": round(angles[2], 1)},
        "degradations": names,
        "set": "degraded" if degraded else "clean",
        "jpeg_quality": scene.jpeg_quality,
    }
    return np.clip(frame, 0, 255).astype(np.uint8), truth

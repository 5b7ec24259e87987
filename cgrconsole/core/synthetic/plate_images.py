"""Still camera shots of one vehicle with a known plate, clean or degraded, for the ANPR benchmark.

``make_sample(index, seed, degraded)`` takes a frame of a one-lane synthetic :class:`Scene` (entry or
exit, one of a few scene seeds) at a moment when a vehicle's plate is fully in view and at least
:data:`MIN_PLATE_WIDTH` pixels wide, then pastes a plate of its own over the scene's plate so that the
text and the country are under exact control. A degraded sample may turn that plate by up to ±30°
(yaw/pitch) and then goes through :func:`~cgrconsole.core.synthetic.degrade.degrade`.

Countries: in every block of ten consecutive indices exactly seven plates are from Kazakhstan and three
from the neighbours (shuffled within the block by the seed); the format within the country follows
:data:`~cgrconsole.core.anpr.formats.TRAFFIC_MIX`. The clean and degraded samples of one index show the
same vehicle and plate. The plate's font is drawn evenly from
:data:`~cgrconsole.core.synthetic.plate_render.PLATE_FONTS` by a random stream of its own, so the rest
of a sample (plate, scene, pose, degradations) does not depend on the fonts offered.
"""

from __future__ import annotations

import math
import random
from functools import lru_cache
from typing import Any

import cv2
import numpy as np

from cgrconsole.core.anpr.formats import FORMATS_BY_NAME, TRAFFIC_MIX, PlateFormat
from cgrconsole.core.synthetic.degrade import degrade, perspective_matrix, random_pose
from cgrconsole.core.synthetic.plate_render import PLATE_FONTS, render_plate
from cgrconsole.core.synthetic.scene import PlateTruth, Scene, SceneSpec

WIDTH, HEIGHT = 1280, 720
MIN_PLATE_WIDTH = 110
MIN_PLATE_TOP = 108
"""Plates higher in the frame belong to vehicles still mostly outside it."""
KZ_PER_TEN = 7
SCENES_PER_DIRECTION = 6
"""Scene seeds per direction and dataset seed; vehicles still vary because each sample picks a moment."""

_DIRECTIONS = ("entry", "exit")
_LEVELS, _LEVEL_WEIGHTS = (1, 2, 3), (0.35, 0.4, 0.25)
_PERSPECTIVE_SHARE = 0.6
_HORIZON_S = 900.0
Box = tuple[int, int, int, int]


def file_name(index: int) -> str:
    """The image file name of sample ``index`` (``anpr_00042.jpg``)."""
    return f"anpr_{index:05d}.jpg"


def is_kazakh(index: int, seed: int) -> bool:
    """Whether sample ``index`` carries a Kazakhstan plate: 7 of every 10 consecutive indices do."""
    block, slot = divmod(index, 10)
    order = list(range(10))
    random.Random(f"cgrconsole-anpr-countries:{seed}:{block}").shuffle(order)
    return order[slot] < KZ_PER_TEN


def _pick_format(kazakh: bool, rng: random.Random) -> PlateFormat:
    names = [n for n in TRAFFIC_MIX if (FORMATS_BY_NAME[n].country == "KZ") == kazakh]
    return FORMATS_BY_NAME[rng.choices(names, weights=[TRAFFIC_MIX[n] for n in names])[0]]


@lru_cache(maxsize=4 * SCENES_PER_DIRECTION)
def _scene(seed: int, direction: str) -> Scene:
    return Scene(SceneSpec(seed=seed, width=WIDTH, height=HEIGHT, direction=direction, label="KPP-CAM"))


def _usable(truth: PlateTruth, vehicle_id: int) -> bool:
    x1, y1, x2, _ = truth.box
    wide = x2 - x1 >= MIN_PLATE_WIDTH and y1 >= MIN_PLATE_TOP
    return truth.vehicle_id == vehicle_id and truth.fully_visible and wide


def _find_frame(scene: Scene, rng: random.Random) -> tuple[int, PlateTruth]:
    """A frame in which one vehicle's plate is fully visible and wide enough, and that plate's truth."""
    fps = scene.spec.fps
    for _ in range(20):
        passes = scene.passes_until(rng.uniform(0.0, _HORIZON_S))
        if not passes:
            continue
        vehicle = passes[-1]
        first, last = int(vehicle.enter_s * fps) + 1, int(vehicle.leave_s * fps)
        for _ in range(60):
            index = rng.randrange(first, max(first + 1, last))
            for truth in scene.truth(index):
                if _usable(truth, vehicle.vehicle_id):
                    return index, truth
    raise RuntimeError(f"no frame with a readable plate in scene {scene.spec}")  # pragma: no cover


def _cover(img: np.ndarray, box: Box) -> None:
    """Paint ``box`` in the median colour of a thin ring around it (hides the scene's own plate)."""
    x1, y1, x2, y2 = box
    h, w = img.shape[:2]
    ring = np.zeros((h, w), bool)
    ring[max(y1 - 4, 0) : min(y2 + 4, h), max(x1 - 4, 0) : min(x2 + 4, w)] = True
    ring[y1:y2, x1:x2] = False
    img[y1:y2, x1:x2] = np.median(img[ring], axis=0).astype(np.uint8)


def place_plate(
    frame: np.ndarray, plate: np.ndarray, box: Box, pose: tuple[float, float] | None
) -> tuple[np.ndarray, Box]:
    """Paste the ``plate`` image into ``box`` of ``frame``, turned by ``pose`` (yaw, pitch degrees) if given.

    Returns the new frame and the plate's box in it (the bounding box of the turned plate, end-exclusive,
    clipped to the frame).
    """
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    out = frame.copy()
    small = cv2.resize(plate, (w, h), interpolation=cv2.INTER_AREA)
    if pose is None:
        out[y1:y2, x1:x2] = small
        return out, box
    _cover(out, box)
    matrix = perspective_matrix(w, h, *pose)
    corners = np.array([[[0, 0]], [[w, 0]], [[w, h]], [[0, h]]], np.float32)
    quad = cv2.perspectiveTransform(corners, matrix).reshape(4, 2) + np.array([x1, y1], np.float32)
    fh, fw = frame.shape[:2]
    bx1, by1 = max(0, math.floor(quad[:, 0].min())), max(0, math.floor(quad[:, 1].min()))
    bx2, by2 = min(fw, math.ceil(quad[:, 0].max())), min(fh, math.ceil(quad[:, 1].max()))
    shift = np.array([[1, 0, x1 - bx1], [0, 1, y1 - by1], [0, 0, 1]], np.float64) @ matrix
    size = (bx2 - bx1, by2 - by1)
    warped = cv2.warpPerspective(small, shift, size, flags=cv2.INTER_LINEAR)
    alpha = cv2.warpPerspective(np.ones((h, w), np.float32), shift, size, flags=cv2.INTER_LINEAR)[..., None]
    region = out[by1:by2, bx1:bx2].astype(np.float32)
    out[by1:by2, bx1:bx2] = (region * (1 - alpha) + warped.astype(np.float32) * alpha + 0.5).astype(np.uint8)
    return out, (bx1, by1, bx2, by2)


def make_sample(index: int, seed: int, degraded: bool) -> tuple[np.ndarray, dict[str, Any]]:
    """Sample ``index`` of the data set ``seed``: an RGB 1280x720 frame and its truth dict.

    Truth: ``file``, ``plate`` (normalized), ``country``, ``format``, ``font``, ``box`` [x1, y1, x2, y2]
    (end-exclusive), ``degradations`` (names, in the order applied) and ``set`` (clean/degraded).
    Deterministic: the same arguments give the same pixels.
    """
    rng = random.Random(f"cgrconsole-anpr-sample:{seed}:{index}")
    fmt = _pick_format(is_kazakh(index, seed), rng)
    plate = fmt.generate(rng)
    scene = _scene(seed * 1000 + rng.randrange(SCENES_PER_DIRECTION), rng.choice(_DIRECTIONS))
    frame_index, scene_truth = _find_frame(scene, rng)
    frame = scene.frame(frame_index)
    names: list[str] = []
    pose = None
    noise_rng = np.random.default_rng([seed, index, 1])
    if degraded and noise_rng.random() < _PERSPECTIVE_SHARE:
        pose = random_pose(noise_rng, float(noise_rng.uniform(0.4, 1.0)))
        names.append("perspective")
    font = random.Random(f"cgrconsole-anpr-font:{seed}:{index}").choice(sorted(PLATE_FONTS))
    image, box = place_plate(frame, render_plate(plate, fmt, font=font), scene_truth.box, pose)
    if degraded:
        level = int(noise_rng.choice(_LEVELS, p=_LEVEL_WEIGHTS))
        image, applied = degrade(image, noise_rng, level, box)
        names += applied
    truth = {
        "file": file_name(index),
        "plate": plate,
        "country": fmt.country,
        "format": fmt.name,
        "font": font,
        "box": list(box),
        "degradations": names,
        "set": "degraded" if degraded else "clean",
    }
    return image, truth

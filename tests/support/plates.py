"""A plate in a camera frame for reader tests: a grey road-like 1280x720 frame, one box, any format, font."""

from __future__ import annotations

import random

import numpy as np

from cgrconsole.core.anpr.formats import FORMATS_BY_NAME
from cgrconsole.core.synthetic.plate_images import place_plate
from cgrconsole.core.synthetic.plate_render import render_plate
from support.parts import missing_part

BOX = (560, 400, 730, 437)  # x1, y1, x2, y2: a one-line plate 170 px wide, as a checkpoint camera sees it


def frame_with(
    plate: str, format_name: str, pose: tuple[float, float] | None = None, font: str = "stroke"
) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """The frame with ``plate`` in :data:`BOX` on a dark red car body, turned by ``pose`` (yaw, pitch) if
    given; and the plate's box in it."""
    rng = np.random.default_rng(3)
    frame = rng.integers(70, 110, (720, 1280, 3), dtype=np.uint8)
    frame[300:560, 470:820] = (120, 30, 35)
    return place_plate(frame, render_plate(plate, FORMATS_BY_NAME[format_name], font=font), BOX, pose)


def plateset2_plate(name: str, rng: random.Random) -> tuple[str, np.ndarray]:
    """A plate of format ``name`` drawn by the second renderer (benchmarks/plateset2), unmounted, RGB."""
    from benchmarks.plateset2.fonts import available_fonts
    from benchmarks.plateset2.layouts import layout_for
    from benchmarks.plateset2.plate import render_plate as render_plateset2

    fmt = FORMATS_BY_NAME[name]
    fonts = available_fonts("gost" if fmt.country == "RU" else "din")
    if not fonts:
        missing_part("plateset2's fonts are missing (see benchmarks/plateset2/fonts.py)")
    plate = fmt.generate(rng)
    picture, _ = render_plateset2(layout_for(name, plate, rng), rng.choice(fonts), rng)
    return plate, picture

"""Other views of a plate region, for when the first read does not fit a format confidently.

Yielded lazily, best bet first, so that the reader stops as soon as the reads agree:

1. the plate deskewed (perspective warp of its quadrilateral) and, when it has a region block, re-laid
   as one line of glyphs of one height (the small print under a region code left out);
2. the first crop at two thirds of its size: blur, noise and JPEG blocks shrink with it, and the
   recognizer reads a blurred plate better small than large;
3. the deskewed plate at that smaller size.

A plate smeared by motion (see :mod:`~cgrconsole.core.anpr.deblur`) gets other views instead: the crop
deblurred and, when its quadrilateral is found, the deblurred plate deskewed as in 1. Views of the smeared
plate are not offered then: they mostly misread it the way the first read did, and outvoted the deblurred
reads in the pool (on the motion-blurred evaluation plates: 71 % read with them, 87 % without).

Contrast-normalized (CLAHE) and looser crops were tried too; on the evaluation set they added OCR
calls and no correct reads, so they are not offered. Every view is BGR, as the OCR engines take it.
"""

from __future__ import annotations

from collections.abc import Iterator

import cv2
import numpy as np

from cgrconsole.core.anpr.deblur import MotionEstimate, deblurred_frame, find_motion
from cgrconsole.core.anpr.rectify import OUT_HEIGHT, one_line, plate_quad, rectify

PAD_X = 0.6  # the reader's crop margins in plate heights: wide sideways, where flags and region codes sit
PAD_Y = 0.15
SMALL = 2 / 3  # the smaller views' scale
DEBLURRED_HEIGHT = 40  # the deblurred crop is read a little better a bit smaller than the first crop


def crop_variants(
    image_rgb: np.ndarray, box: tuple[int, int, int, int], first_crop_bgr: np.ndarray
) -> Iterator[np.ndarray]:
    """Alternative BGR views of the plate in ``box`` of ``image_rgb``; ``first_crop_bgr`` is the crop
    the reader already read."""
    gray = cv2.cvtColor(image_rgb, cv2.COLOR_RGB2GRAY)
    motion = find_motion(gray, box, crop_margins(box))
    if motion is not None:
        yield from _deblurred_views(gray, box, motion)
        return
    quad = plate_quad(gray, box)
    image_bgr = cv2.cvtColor(image_rgb, cv2.COLOR_RGB2BGR) if quad is not None else None
    if image_bgr is not None and quad is not None:
        upright = rectify(image_bgr, quad)
        line = one_line(upright)
        yield line if line is not None else upright
    yield cv2.resize(first_crop_bgr, None, fx=SMALL, fy=SMALL, interpolation=cv2.INTER_AREA)
    if image_bgr is not None and quad is not None:
        yield rectify(image_bgr, quad, round(OUT_HEIGHT * SMALL))


def crop_margins(box: tuple[int, int, int, int]) -> tuple[int, int]:
    """The reader's margins (x, y) around ``box``, in pixels."""
    height = box[3] - box[1]
    return int(height * PAD_X), int(height * PAD_Y)


def with_margins(image: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The region ``box`` of ``image`` with the reader's margins (:func:`crop_margins`), clipped to it."""
    x1, y1, x2, y2 = box
    pad_x, pad_y = crop_margins(box)
    return image[max(0, y1 - pad_y) : y2 + pad_y, max(0, x1 - pad_x) : x2 + pad_x]


def _deblurred_views(
    gray: np.ndarray, box: tuple[int, int, int, int], motion: MotionEstimate
) -> Iterator[np.ndarray]:
    """The plate in ``box`` with ``motion`` undone: its crop, then its deskewed plate.

    The window deblurred is the one :func:`~cgrconsole.core.anpr.rectify.plate_quad` looks in (wider than
    the crop), so that the plate's outline is found on the sharp plate too."""
    x1, y1, x2, y2 = box
    height, width = gray.shape[:2]
    pad_x, pad_y = crop_margins(box)
    mx, my = max(pad_x, (x2 - x1) // 4), max(pad_y, y2 - y1)
    sharp = deblurred_frame(
        gray, (max(0, x1 - mx), max(0, y1 - my), min(width, x2 + mx), min(height, y2 + my)), motion
    )
    crop = with_margins(sharp, box)
    factor = DEBLURRED_HEIGHT / crop.shape[0]
    interpolation = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
    crop = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=interpolation)
    yield cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR)
    quad = plate_quad(sharp, box)
    if quad is not None:
        upright = rectify(cv2.cvtColor(sharp, cv2.COLOR_GRAY2BGR), quad)
        line = one_line(upright)
        yield line if line is not None else upright

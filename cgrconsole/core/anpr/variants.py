"""Other views of a plate region, for when the first read does not fit a format confidently.

Yielded lazily, best bet first, so that the reader stops as soon as the reads agree:

1. the plate deskewed (perspective warp of its quadrilateral) and, when it has a region block, re-laid
   as one line of glyphs of one height (the small print under a region code left out);
2. the first crop at two thirds of its size: blur, noise and JPEG blocks shrink with it, and the
   recognizer reads a blurred plate better small than large;
3. the deskewed plate at that smaller size.

Contrast-normalized (CLAHE) and looser crops were tried too; on the evaluation set they added OCR
calls and no correct reads, so they are not offered. Every view is BGR, as the OCR engines take it.
"""

from __future__ import annotations

from collections.abc import Iterator

import cv2
import numpy as np

from cgrconsole.core.anpr.rectify import OUT_HEIGHT, one_line, plate_quad, rectify

SMALL = 2 / 3  # the smaller views' scale


def crop_variants(
    image_rgb: np.ndarray, box: tuple[int, int, int, int], first_crop_bgr: np.ndarray
) -> Iterator[np.ndarray]:
    """Alternative BGR views of the plate in ``box`` of ``image_rgb``; ``first_crop_bgr`` is the crop
    the reader already read."""
    quad = plate_quad(cv2.cvtColor(image_rgb, cv2.COLOR_RGB2GRAY), box)
    image_bgr = cv2.cvtColor(image_rgb, cv2.COLOR_RGB2BGR) if quad is not None else None
    if image_bgr is not None and quad is not None:
        upright = rectify(image_bgr, quad)
        line = one_line(upright)
        yield line if line is not None else upright
    yield cv2.resize(first_crop_bgr, None, fx=SMALL, fy=SMALL, interpolation=cv2.INTER_AREA)
    if image_bgr is not None and quad is not None:
        yield rectify(image_bgr, quad, round(OUT_HEIGHT * SMALL))

"""Deskew a plate and tidy its layout before a second OCR read.

The finder gives an axis-aligned box. A plate seen at an angle (yaw/pitch up to ±30°) is a skewed
quadrilateral in it, and a line recognizer reads slanted glyphs poorly. :func:`plate_quad` finds the
plate's light field around the box (its outline, with the thin dividers of region boxes bridged) and
:func:`rectify` warps that quadrilateral to an upright rectangle with a perspective transform.

:func:`one_line` then cuts the upright plate at its full-height dividers. A narrow block behind a divider
holds the region code, often smaller than the main glyphs and over small print (``RUS`` and a flag,
``KG`` and a flag) that a one-line recognizer mixes into the region digits or skips altogether. The
region code alone is scaled to the main glyphs' height and laid on one line with them.
"""

from __future__ import annotations

import itertools

import cv2
import numpy as np

OUT_HEIGHT = 48  # the recognizer's input height: no rescaling after the warp
MARGIN = 0.12  # margin around the warped field, in plate heights (the recognizer wants a little air)
ASPECT_LIMITS = (1.6, 6.5)
DIVIDER_FILL = 0.86  # a divider is dark over nearly the field's whole height (glyphs: ~0.7)
DIVIDER_WIDTH = 0.12  # and thin: at most this share of the field height
REGION_BLOCK_MAX = 0.36  # a region block is at most this share of the plate width
TEXT_HEIGHT_MIN = 0.38  # glyph runs lower than this share of the field height are small print
GLYPH_AIR = 0.25  # space kept above and below a region code's glyphs, in glyph heights
THRESHOLD_SHARES = (0.5, 0.3, 0.18)  # where "light" ends: this share of field-to-ink below the field


def plate_quad(gray: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray | None:
    """The plate's corners (tl, tr, br, bl; float32, image pixels) around ``box``, or None if unsure."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    if w < 8 or h < 4:
        return None
    height, width = gray.shape[:2]
    wx1, wy1 = max(0, x1 - w // 4), max(0, y1 - h)
    wx2, wy2 = min(width, x2 + w // 4), min(height, y2 + h)
    window = cv2.GaussianBlur(gray[wy1:wy2, wx1:wx2], (3, 3), 0)
    ink, field = np.percentile(gray[y1:y2, x1:x2], (8, 92))
    bridge = cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(h * 0.12)) | 1, 1))
    # Lowest threshold first (keeps the whole field under a shadow or glare), higher ones when the
    # field merged with a light car body or road through a faint border.
    for share in THRESHOLD_SHARES:
        light = (window >= field - share * (field - ink)).astype(np.uint8)
        light = cv2.morphologyEx(light, cv2.MORPH_CLOSE, bridge)  # across region-box dividers
        hull = _field_hull(light, (x1 - wx1, y1 - wy1, x2 - wx1, y2 - wy1))
        if hull is not None:
            break
    else:
        return None
    quad = _ordered(_four_corners(hull)) + np.array([wx1, wy1], np.float32)
    return quad if _plausible(quad, box) else None


def _field_hull(light: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray | None:
    """Convex hull of the light component that fills most of ``box`` if it is plate-sized, else None."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    count, labels, stats, _ = cv2.connectedComponentsWithStats(light)
    inside = labels[y1:y2, x1:x2]
    votes = np.bincount(inside.ravel(), minlength=count)
    votes[0] = 0
    label = int(votes.argmax())
    if votes[label] < 0.3 * inside.size:
        return None
    _, _, lw, lh = (int(v) for v in stats[label][:4])
    # The field must be about the box: not the sky, a white van or the road merged with it.
    if lh > 1.7 * h or lw > 1.6 * w or lw < 0.5 * w or lh < 0.4 * h:
        return None
    contours, _ = cv2.findContours(
        (labels == label).astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE
    )
    return cv2.convexHull(max(contours, key=cv2.contourArea))


def rectify(image: np.ndarray, quad: np.ndarray, out_height: int = OUT_HEIGHT) -> np.ndarray:
    """The plate ``quad`` of ``image`` warped upright, ``out_height`` pixels high plus a margin."""
    tl, tr, br, bl = quad
    plate_w = max(float(np.linalg.norm(tr - tl)), float(np.linalg.norm(br - bl)))
    plate_h = max(float(np.linalg.norm(bl - tl)), float(np.linalg.norm(br - tr)))
    aspect = float(np.clip(plate_w / max(plate_h, 1.0), *ASPECT_LIMITS))
    out_w, pad = round(out_height * aspect), round(out_height * MARGIN)
    target = np.array(
        [[pad, pad], [pad + out_w, pad], [pad + out_w, pad + out_height], [pad, pad + out_height]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    size = (out_w + 2 * pad, out_height + 2 * pad)
    return cv2.warpPerspective(image, matrix, size, flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)


def one_line(plate: np.ndarray, field_height: int = OUT_HEIGHT) -> np.ndarray | None:
    """An upright plate (from :func:`rectify`) re-laid as one line of glyphs of one height, or None when
    it has no region block (nothing to re-lay).

    The plate is cut at its full-height dividers. A narrow block keeps only its tallest run of glyphs
    (the region code), scaled up to the height of the main glyphs, which leaves the small print under it
    out; a narrow block with no glyphs of text height is kept as it is.
    """
    gray = cv2.cvtColor(plate, cv2.COLOR_BGR2GRAY) if plate.ndim == 3 else plate
    pad = round(field_height * MARGIN)
    field = gray[pad : pad + field_height, pad : gray.shape[1] - pad]
    if field.size == 0:
        return None
    _, dark = cv2.threshold(field, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    fill = dark[round(0.03 * field_height) : round(0.97 * field_height)].mean(axis=0)
    core = dark[round(0.1 * field_height) : round(0.9 * field_height)].mean(axis=0)
    width = field.shape[1]
    # A divider is unbroken between the field's edges; a blurred glyph stroke mostly has a light gap.
    dividers = _dividers((fill >= DIVIDER_FILL) & (core >= 0.97), width, field_height)
    if not dividers:
        return None
    cuts = [0, *dividers, width]
    edge = max(2, round(0.06 * field_height))  # keep clear of the dividers themselves
    parts: list[np.ndarray] = []
    for left, right in itertools.pairwise(cuts):
        left, right = left + (edge if left else 0), right - (edge if right < width else 0)
        if right - left < edge:
            continue
        block = plate[pad : pad + field_height, pad + left : pad + right]
        if right - left > REGION_BLOCK_MAX * width:
            parts.append(block)
            continue
        runs = _runs(dark[:, left:right].mean(axis=1) > 0.04)
        top, bottom = max(runs, key=lambda run: run[1] - run[0], default=(0, 0))
        if bottom - top < TEXT_HEIGHT_MIN * field_height:  # no glyph of text height found (blur, dirt)
            parts.append(block)  # kept as it is: dropping it could leave a shorter plate that fits a format
            continue
        air = round((bottom - top) * GLYPH_AIR)
        glyphs = plate[
            pad + max(0, top - air) : pad + min(field_height, bottom + air), pad + left : pad + right
        ]
        factor = field_height / glyphs.shape[0]
        parts.append(cv2.resize(glyphs, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC))
    if not parts:
        return None
    light = np.percentile(
        plate[pad : pad + field_height, pad:-pad].reshape(-1, plate.shape[2] if plate.ndim == 3 else 1),
        90,
        axis=0,
    )
    gap = np.empty((field_height, round(0.15 * field_height), *plate.shape[2:]), plate.dtype)
    gap[...] = light.astype(plate.dtype)
    joined = [gap]
    for part in parts:
        joined += [part, gap]
    return cv2.copyMakeBorder(np.hstack(joined), pad, pad, 0, 0, cv2.BORDER_CONSTANT, value=light.tolist())


def _four_corners(hull: np.ndarray) -> np.ndarray:
    """The hull as a quadrilateral: its polygon approximation, or its tightest rotated rectangle."""
    perimeter = cv2.arcLength(hull, True)
    for epsilon in (0.02, 0.035, 0.05, 0.07):
        approx = cv2.approxPolyDP(hull, epsilon * perimeter, True)
        if len(approx) == 4 and cv2.contourArea(approx) >= 0.8 * cv2.contourArea(hull):
            return approx.reshape(4, 2).astype(np.float32)
    return cv2.boxPoints(cv2.minAreaRect(hull)).astype(np.float32)


def _ordered(points: np.ndarray) -> np.ndarray:
    """Corners as top-left, top-right, bottom-right, bottom-left (clockwise from the top-left)."""
    centre = points.mean(axis=0)
    clockwise = points[np.argsort(np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0]))]
    first = int(np.argmin(clockwise.sum(axis=1)))
    return np.roll(clockwise, -first, axis=0).astype(np.float32)


def _plausible(quad: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    """A convex plate-shaped quadrilateral lying over the finder's box."""
    x1, y1, x2, y2 = box
    tl, tr, br, bl = quad
    widths = np.linalg.norm(tr - tl), np.linalg.norm(br - bl)
    heights = np.linalg.norm(bl - tl), np.linalg.norm(br - tr)
    if not cv2.isContourConvex(quad.reshape(-1, 1, 2)) or min(widths) < 0.6 * max(widths):
        return False
    if min(heights) < 0.5 * max(heights) or min(widths) < 0.5 * (x2 - x1) or min(heights) < 0.4 * (y2 - y1):
        return False
    qx1, qy1 = quad.min(axis=0)
    qx2, qy2 = quad.max(axis=0)
    inter = max(0.0, min(qx2, x2) - max(qx1, x1)) * max(0.0, min(qy2, y2) - max(qy1, y1))
    union = (qx2 - qx1) * (qy2 - qy1) + (x2 - x1) * (y2 - y1) - inter
    return inter / union >= 0.4


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True in a 1-D boolean array, end exclusive."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def _dividers(dark_columns: np.ndarray, width: int, field_height: int) -> list[int]:
    """Where region blocks are cut off: at most one thin, full-height line near each end of the plate.

    Two candidates on one side are glyph strokes smeared by blur, not a divider: none is trusted there.
    """
    left, right = [], []
    for start, end in _runs(dark_columns):
        centre = (start + end) // 2
        if end - start > DIVIDER_WIDTH * field_height:
            continue
        if 0.08 * width < centre < REGION_BLOCK_MAX * width:
            left.append(centre)
        elif (1 - REGION_BLOCK_MAX) * width < centre < 0.92 * width:
            right.append(centre)
    return [*(left if len(left) == 1 else []), *(right if len(right) == 1 else [])]

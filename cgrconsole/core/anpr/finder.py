"""Finding plate-like regions with OpenCV, so the OCR reads small crops, never whole frames.

On a copy of the frame scaled to 640 px wide, two cues are combined:
- dark strokes on a light field: a black-hat transform, horizontal gradient, closed into blobs;
- bright rectangles of plate proportions (white plates).
Regions with plate-like aspect and size are scored by aspect, contrast and stroke density. The best
are grown from their text to the plate's light field at full resolution (:func:`_grow_to_plate`), so
that the crop holds the flag strip and the region box too, and returned best first, in full-frame pixels.
A field cut by a shadow band is looked for again with its light level evened out (:func:`_evened`); when
no region is found at all, the text bands of blobs too tall for a plate (a bar in front of it) are tried.
On an overexposed frame, the frame's local contrast (CLAHE) offers one more region.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

WORK_WIDTH = 640
ASPECT_RANGE = (1.8, 7.5)  # width / height: plates seen straight are 4.6 (KZ, RU), 2 (two-line)
MIN_WIDTH, MAX_WIDTH = 24, 320  # at WORK_WIDTH
SUPPRESS_IOU = 0.3  # a region overlapping a better one this much is the same plate
GROW_HEIGHT = 40  # px: the blob height a plate's field is looked for at (full size when lower)
FIELD_SHARES = (0.5, 0.25, 0.12)  # where the light field ends: this share of field-to-ink below the field
FIELD_TALLER = 2.4  # a plate's field is at most this many times as tall as its text blob (posed)
FIELD_WIDER = 2.4  # and at most this many times as wide (the blob is the serial, or a part of it)
INKED_COLUMNS = 0.5  # a plate's field has glyph ink (a tenth of the column) in this share of its columns
EVEN_SIZE = 0.3  # of the text blob's height: the light level's disc (strokes are ~0.15, shadow bands >= 0.5)
EVEN_LEVEL = 230.0  # the evened field's level
EVEN_FLOOR = 0.3  # of the blob's field level: darker stays dark (a dark body, the bumper's intake)
EVEN_MIN_HEIGHT = 44  # px of text blob: in smaller ones a blurred stroke is as wide as the disc
EVEN_ASPECT = 2.2  # a field found evened is a one-line plate's (2.5 posed at 30° yaw), not a two-line's
SATURATED = 250  # a gray level of the working copy at which the picture is washed out
OVEREXPOSED = 0.1  # share of saturated pixels of an overexposed frame (other frames: at most 0.06)
CLAHE_CLIP, CLAHE_TILES = 4.0, 8  # the local contrast of an overexposed frame
BAND_FILL = 0.5  # a text band's rows are at least this share of its fullest row (a bar's are thinner)


@dataclass(frozen=True)
class Region:
    box: tuple[int, int, int, int]  # x1, y1, x2, y2 in the input image
    score: float


class PlateFinder:
    def __init__(self, max_regions: int = 4) -> None:
        self.max_regions = max_regions
        self._hat = cv2.getStructuringElement(cv2.MORPH_RECT, (15, 5))
        self._close = cv2.getStructuringElement(cv2.MORPH_RECT, (11, 3))
        self._square = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))

    def find(self, image: np.ndarray, roi: tuple[float, float, float, float] | None = None) -> list[Region]:
        """Plate-like regions of an RGB or BGR image (H x W x 3), best first."""
        height, width = image.shape[:2]
        x0, y0, x1, y1 = (0, 0, width, height)
        if roi is not None:
            x0, y0 = int(roi[0] * width), int(roi[1] * height)
            x1, y1 = int(roi[2] * width), int(roi[3] * height)
        area = image[y0:y1, x0:x1]
        scale = min(1.0, WORK_WIDTH / max(1, area.shape[1]))
        small = (
            cv2.resize(area, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else area
        )
        gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY) if small.ndim == 3 else small
        strokes = self._stroke_mask(gray)
        regions = self._grown(area, gray, _plate_shaped(strokes) + self._bright_boxes(gray), scale)
        if not regions:  # a bar in front of the plate may have joined its text blob: its text band alone
            regions = self._grown(area, gray, _text_bands(strokes), scale)
        if np.count_nonzero(gray >= SATURATED) >= OVEREXPOSED * gray.size:
            regions = self._with_local_contrast(area, gray, regions, scale)
        return [
            Region((x0 + r.box[0], y0 + r.box[1], x0 + r.box[2], y0 + r.box[3]), r.score) for r in regions
        ]

    def _grown(
        self, area: np.ndarray, gray: np.ndarray, boxes: list[tuple[int, int, int, int]], scale: float
    ) -> list[Region]:
        """The best ``boxes`` (x, y, w, h in ``gray``) grown to their plates in ``area``, best first; each
        blob is grown only while fewer than max_regions are kept."""
        scored = [(self._score(gray, *box), box) for box in boxes]
        regions: list[Region] = []
        for score, (bx, by, bw, bh) in sorted(scored, key=lambda item: item[0], reverse=True):
            if score <= 0 or len(regions) >= self.max_regions:
                break
            blob = (int(bx / scale), int(by / scale), int((bx + bw) / scale), int((by + bh) / scale))
            region = Region(_grow_to_plate(area, blob), score)
            if all(_iou(region.box, other.box) < SUPPRESS_IOU for other in regions):
                regions.append(region)
        return regions

    def _with_local_contrast(
        self, area: np.ndarray, gray: np.ndarray, regions: list[Region], scale: float
    ) -> list[Region]:
        """An overexposed frame's regions with the best region found in its local contrast (CLAHE) in the
        last place, unless it is one of them.

        On a frame washed out to white the glyphs are pale on a white field in a white body: too little
        contrast for the plain cues, or a blob that outscores the plate's. The local contrast brings the
        glyphs back, but on the frame as a whole it raises clutter too (a grille, rain) above plates the
        plain cues find: so its best region only takes the last place."""
        clahe = cv2.createCLAHE(clipLimit=CLAHE_CLIP, tileGridSize=(CLAHE_TILES, CLAHE_TILES)).apply(gray)
        strokes = self._stroke_mask(clahe)
        kept = regions[: self.max_regions - 1]
        for region in self._grown(area, clahe, _plate_shaped(strokes) + self._bright_boxes(clahe), scale):
            if all(_iou(region.box, other.box) < SUPPRESS_IOU for other in kept):
                return [*kept, region]
        return regions

    def _stroke_mask(self, gray: np.ndarray) -> np.ndarray:
        """Dark strokes on a light field, closed into blobs."""
        blackhat = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, self._hat)
        grad = cv2.convertScaleAbs(cv2.Sobel(blackhat, cv2.CV_16S, 1, 0, ksize=3))
        grad = cv2.GaussianBlur(grad, (5, 5), 0)
        grad = cv2.morphologyEx(grad, cv2.MORPH_CLOSE, self._close)
        _, mask = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        mask = cv2.erode(mask, self._square, iterations=1)
        return cv2.dilate(mask, self._square, iterations=2)

    def _bright_boxes(self, gray: np.ndarray) -> list[tuple[int, int, int, int]]:
        _, mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        _, bright = cv2.threshold(gray, max(150, int(np.percentile(gray, 95))), 255, cv2.THRESH_BINARY)
        mask = cv2.morphologyEx(cv2.bitwise_and(mask, bright), cv2.MORPH_CLOSE, self._close)
        return _plate_shaped(mask)

    @staticmethod
    def _score(gray: np.ndarray, x: int, y: int, w: int, h: int) -> float:
        patch = gray[y : y + h, x : x + w]
        if patch.size == 0:
            return 0.0
        lo, hi = np.percentile(patch, (10, 90))
        contrast = (hi - lo) / 255.0
        edges = cv2.Canny(patch, 60, 160)
        density = float(np.count_nonzero(edges)) / patch.size
        aspect = w / max(1, h)
        aspect_fit = 1.0 - min(1.0, abs(aspect - 4.2) / 4.0)
        if contrast < 0.2 or not 0.04 <= density <= 0.5:
            return 0.0
        return contrast * 0.5 + aspect_fit * 0.3 + min(density, 0.25) * 0.8


def _grow_to_plate(image: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """A text blob (``box``: x1, y1, x2, y2 in ``image``) grown to its plate's light field.

    A text blob is often the serial alone on a large plate: the flag strip and the region box lie beyond
    gaps wider than the blob's closing, the region box behind a bar. Cropped around the blob, they are
    cut off, and the reader misses the region or reads the strip's edge as a glyph.

    The field is looked for near full resolution (:data:`GROW_HEIGHT`), where the plate's thin printed
    border still parts it from a light car body (at the finder's working scale it does not). It is the
    light component the blob lies in, not closed sideways (closing erases the border's sides too), with
    the components of its height right beside it joined (the region box behind its bar, the other half
    of a field cut by glyphs and a bolt). The lowest threshold first; higher ones when the field merged
    with a light body through a faint border. The blob is kept as it is when no plate-sized field is
    found, and is never narrowed (a flag strip is not light).
    """
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    height, width = image.shape[:2]
    wx1, wx2 = max(0, x1 - round(0.9 * w)), min(width, x2 + round(0.9 * w))
    wy1, wy2 = max(0, y1 - round(0.75 * h)), min(height, y2 + round(0.75 * h))
    window = image[wy1:wy2, wx1:wx2]
    if window.size == 0 or w < 4 or h < 4:
        return box
    window = cv2.cvtColor(window, cv2.COLOR_RGB2GRAY) if window.ndim == 3 else window
    factor = min(1.0, GROW_HEIGHT / h)  # a tall blob's border is a line of several pixels: scan it smaller
    if factor < 1:
        window = cv2.resize(window, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    lx1, ly1, lx2, ly2 = (round(v * factor) for v in (x1 - wx1, y1 - wy1, x2 - wx1, y2 - wy1))
    blob_box = (lx1, ly1, lx2, ly2)
    grown = _field_at_thresholds(window, blob_box)
    if grown is None and h >= EVEN_MIN_HEIGHT:  # a shadow band across the field: its level evened out
        grown = _field_at_thresholds(_evened(window, blob_box), blob_box)
        if grown is not None and grown[2] - grown[0] < EVEN_ASPECT * (grown[3] - grown[1]):
            grown = None
    if grown is None:
        return box
    gx1, gy1, gx2, gy2 = (round(v / factor) for v in grown)
    return wx1 + gx1, wy1 + gy1, wx1 + gx2, wy1 + gy2


def _evened(gray: np.ndarray, blob: tuple[int, int, int, int]) -> np.ndarray:
    """``gray`` divided by its local light level: a shadow band's step across a plate's field evened out.

    The level is ``gray`` closed by a disc wider than a glyph's stroke and narrower than a shadow band
    (:data:`EVEN_SIZE` of the text blob's height): the strokes take the field's level around them, a band
    keeps its own. Divided by it, the field in and out of a band is one level while the glyphs and the
    plate's thin border stay dark. Where the level is below :data:`EVEN_FLOOR` of the blob's field, the
    picture stays dark: a dark body beside the plate is not evened into a light one."""
    x1, y1, x2, y2 = blob
    size = max(3, round(EVEN_SIZE * (y2 - y1))) | 1
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    level = cv2.GaussianBlur(cv2.morphologyEx(gray, cv2.MORPH_CLOSE, disc), (size, size), 0)
    level = level.astype(np.float32)
    evened = np.clip(gray * (EVEN_LEVEL / np.maximum(level, 16.0)), 0, 255)
    evened[level < EVEN_FLOOR * float(np.percentile(gray[y1:y2, x1:x2], 92))] = 0
    return evened.astype(np.uint8)


def _field_at_thresholds(
    window: np.ndarray, blob: tuple[int, int, int, int]
) -> tuple[int, int, int, int] | None:
    """The plate's field around ``blob`` in ``window`` at the first of :data:`FIELD_SHARES` that gives one."""
    lx1, ly1, lx2, ly2 = blob
    ink, field = (float(v) for v in np.percentile(window[ly1:ly2, lx1:lx2], (8, 92)))
    if field - ink < 40:
        return None
    for share in FIELD_SHARES:
        grown = _field_box((window >= field - share * (field - ink)).astype(np.uint8), blob)
        if grown is not None:
            return grown
    return None


def _field_box(light: np.ndarray, blob: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The box of the light field around ``blob`` (with its same-height neighbours), or None."""
    x1, y1, x2, y2 = blob
    count, labels, stats, _ = cv2.connectedComponentsWithStats(light, connectivity=4)
    votes = np.bincount(labels[y1:y2, x1:x2].ravel(), minlength=count)
    votes[0] = 0
    seed = int(votes.argmax())
    if votes[seed] < 0.25 * (x2 - x1) * (y2 - y1):
        return None
    return _joined_field(light, stats, seed, blob)


def _joined_field(
    light: np.ndarray, stats: np.ndarray, seed: int, blob: tuple[int, int, int, int]
) -> tuple[int, int, int, int] | None:
    """The box of component ``seed`` and the components of its height beside it, if that is a plate's
    field for ``blob``; else None."""
    x1, y1, x2, y2 = blob
    w, h = x2 - x1, y2 - y1
    sx, sy, sw, sh = (int(v) for v in stats[seed][:4])
    if not (0.7 * h <= sh <= FIELD_TALLER * h and sw <= 2.2 * w):
        return None
    lx, ly, lw, lh, area = (stats[:, i].astype(np.int64) for i in range(5))
    plain = (area >= 0.3 * lw * lh) & (lw <= sw) & (lh >= 0.6 * sh) & (lh <= 1.25 * sh)
    gx1, gy1, gx2, gy2 = sx, sy, sx + sw, sy + sh
    gap = max(3, round(0.15 * sh))
    for _ in range(3):  # a field cut in two by glyphs and a bolt, then the region box behind its bar
        overlap = np.minimum(ly + lh, gy2) - np.maximum(ly, gy1)
        right, left = lx - gx2, gx1 - (lx + lw)
        beside = ((right >= 0) & (right <= gap)) | ((left >= 0) & (left <= gap))
        joined = plain & beside & (overlap >= 0.6 * sh)
        joined[0] = False
        if not joined.any():
            break
        gx1, gy1 = min(gx1, int(lx[joined].min())), min(gy1, int(ly[joined].min()))
        gx2, gy2 = max(gx2, int((lx + lw)[joined].max())), max(gy2, int((ly + lh)[joined].max()))
    if gx2 - gx1 > FIELD_WIDER * w or gx1 > x1 + 0.1 * w or gx2 < x2 - 0.1 * w:
        return None  # wider than any plate of this blob, or not the field the blob lies in
    if ((light[gy1:gy2, gx1:gx2] == 0).mean(axis=0) >= 0.1).mean() < INKED_COLUMNS:
        return None  # a light body with the plate in a hole, not a plate's field with its glyphs
    gx1, gx2 = min(gx1, x1), max(gx2, x2)  # never narrower than the blob: a flag strip is not light
    aspect = (gx2 - gx1) / max(1, gy2 - gy1)
    return (gx1, gy1, gx2, gy2) if ASPECT_RANGE[0] <= aspect <= ASPECT_RANGE[1] else None


def _plate_shaped(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes of the mask's plate-shaped blobs, a blob inside another's hole too when that other is not
    plate-shaped (a plate's blob in a hole of the street's or an overexposed body's blob around it)."""
    contours, hierarchy = cv2.findContours(mask, cv2.RETR_TREE, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return []
    parents = hierarchy[0][:, 3].tolist()
    rects = [cv2.boundingRect(contour) for contour in contours]
    shaped = [
        MIN_WIDTH <= w <= MAX_WIDTH and ASPECT_RANGE[0] <= w / max(1, h) <= ASPECT_RANGE[1]
        for _, _, w, h in rects
    ]
    depth = []  # even: a blob's outline, odd: a hole's
    for i in range(len(parents)):
        d, j = 0, parents[i]
        while j >= 0:
            d, j = d + 1, parents[j]
        depth.append(d)
    boxes: list[tuple[int, int, int, int]] = []
    for i, (x, y, w, h) in enumerate(rects):
        if depth[i] % 2 or not shaped[i]:
            continue
        outer = parents[parents[i]] if depth[i] else -1  # the blob in whose hole this one lies
        if outer < 0 or not shaped[outer]:
            boxes.append((x, y, w, h))
    return boxes


def _text_bands(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """The text bands (:func:`_text_band`) of the mask's outer blobs too tall for a plate."""
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    rects = [cv2.boundingRect(contour) for contour in contours]
    bands = [_text_band(mask, (x, y, w, h)) for x, y, w, h in rects if MIN_WIDTH <= w <= MAX_WIDTH]
    return [band for band in bands if band is not None]


def _text_band(mask: np.ndarray, rect: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The plate-shaped text band of a blob too tall for a plate, or None.

    A bar in front of the plate (a tow hook, a barrier arm, a pole) joins the glyphs' blob and makes it
    too tall. Its rows are thin beside the text's: the band is the longest run of rows at least
    :data:`BAND_FILL` of the blob's fullest row, narrowed to the columns the band's mask covers.
    """
    x, y, w, h = rect
    if w >= ASPECT_RANGE[0] * h:
        return None  # not too tall: too long, a row of something else
    patch = mask[y : y + h, x : x + w] > 0
    rows = patch.mean(axis=1)
    dense = rows >= BAND_FILL * rows.max()
    best, start = (0, 0), None
    for i, on in enumerate([*dense.tolist(), False]):
        if on and start is None:
            start = i
        elif not on and start is not None:
            best, start = max(best, (i - start, start)), None
    height, top = best
    columns = np.flatnonzero(patch[top : top + height].any(axis=0))
    if height < 3 or columns.size == 0:
        return None
    left, width = int(columns[0]), int(columns[-1] - columns[0] + 1)
    fits = width >= MIN_WIDTH and ASPECT_RANGE[0] <= width / height <= ASPECT_RANGE[1]
    return (x + left, y + top, width, height) if fits else None


def _iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union else 0.0

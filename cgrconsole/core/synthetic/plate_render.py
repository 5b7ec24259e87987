"""Draw a registration plate as an RGB image with OpenCV.

Glyphs are drawn large once in one of the :data:`PLATE_FONTS`, cropped to their ink and scaled into fixed
cells, which gives the narrow, evenly spaced characters of real plates and keeps them readable when the
plate is shrunk to ~30 px height in a camera frame. The default ``stroke`` font (OpenCV's built-in text,
bold, slashed zero) is what the demo cameras show; the others vary the letterforms for the recognizer's
evaluation set: OpenCV's variable ``sans`` face at another weight, its ``uni`` face thickened (open
zero, different 1/4/7), and DejaVu Sans Condensed Bold, the closest to the DIN-like plate fonts of the
region (from the system's fonts-dejavu-core package).

Colours stay below 235 everywhere except the plate's white background, so a "very bright" mask of a
synthetic frame finds plates and nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

import cv2
import numpy as np

from cgrconsole.core.anpr.formats import PlateFormat

PLATE_ASPECT = 520 / 112
"""Width : height of a standard one-line plate (520 x 112 mm)."""

BLACK = (12, 12, 12)
WHITE = (255, 255, 255)
_KZ_BLUE = (0, 150, 205)
_SUN_YELLOW = (250, 200, 0)
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class PlateFont:
    """How glyphs are drawn: an OpenCV font face (a built-in name or a font file), weight, extra boldness."""

    name: str
    face: str = ""
    """OpenCV ``FontFace`` name or font file; empty: the classic ``cv2.putText`` font."""
    weight: int = 0
    """100..1000 for variable faces; 0 keeps the face's own weight."""
    thicken: float = 0.0
    """Strokes grown by this share of the glyph height (for faces too thin for a plate)."""
    width: float = 1.0
    """Glyph width relative to the face's own proportions (< 1: condensed)."""


PLATE_FONTS: dict[str, PlateFont] = {
    font.name: font
    for font in (
        PlateFont("stroke"),
        PlateFont("sans", "sans", weight=820),
        PlateFont("uni", "uni", thicken=0.025, width=0.8),
        PlateFont("dejavu", str(_DEJAVU / "DejaVuSansCondensed-Bold.ttf")),
    )
}
"""The plate fonts by name; ``stroke`` is the default."""

_GLYPH_SIZE = 200  # pixels: glyphs are drawn this large once, then scaled into their cells


def plate_size(height: int) -> tuple[int, int]:
    """(width, height) in pixels of a plate rendered ``height`` pixels tall."""
    return round(height * PLATE_ASPECT), height


@lru_cache(maxsize=1024)
def _glyph(ch: str, font: PlateFont = PLATE_FONTS["stroke"]) -> np.ndarray:
    """Ink mask (float32, 0..1) of ``ch`` in ``font`` cropped to its bounding box."""
    pad = _GLYPH_SIZE // 4
    canvas: np.ndarray = np.zeros((_GLYPH_SIZE * 3 // 2 + 2 * pad, _GLYPH_SIZE + 2 * pad), np.uint8)
    origin = (pad, pad + _GLYPH_SIZE)
    if not font.face:
        cv2.putText(canvas, ch, origin, cv2.FONT_HERSHEY_SIMPLEX, 4.0, 255, 12, cv2.LINE_AA)
    else:
        if font.face.endswith(".ttf") and not Path(font.face).is_file():
            raise FileNotFoundError(
                f"plate font {font.name!r} needs {font.face} (apt install fonts-dejavu-core)"
            )
        cv2.putText(canvas, ch, origin, 255, _face(font.face), _GLYPH_SIZE, font.weight)
    if font.thicken:
        radius = max(1, round(font.thicken * _GLYPH_SIZE))
        canvas = cv2.dilate(canvas, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1,) * 2))
    ys, xs = np.nonzero(canvas > 40)
    crop = canvas[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    return (crop.astype(np.float32) / 255.0).copy()


@lru_cache(maxsize=8)
def _face(face: str) -> cv2.FontFace:
    return cv2.FontFace(face)


def _blit(img: np.ndarray, mask: np.ndarray, x: int, y: int, w: int, h: int, color: Sequence[int]) -> None:
    """Paint ``mask`` scaled to w x h at (x, y) in ``color``, clipped to the image."""
    if w < 1 or h < 1:
        return
    m = cv2.resize(mask, (w, h), interpolation=cv2.INTER_AREA)
    x0, y0 = max(x, 0), max(y, 0)
    x1, y1 = min(x + w, img.shape[1]), min(y + h, img.shape[0])
    if x1 <= x0 or y1 <= y0:
        return
    m = m[y0 - y : y1 - y, x0 - x : x1 - x, None]
    region = img[y0:y1, x0:x1].astype(np.float32)
    img[y0:y1, x0:x1] = (region * (1.0 - m) + np.asarray(color, np.float32) * m + 0.5).astype(np.uint8)


def draw_text(
    img: np.ndarray,
    text: str,
    center_x: float,
    bottom_y: float,
    char_h: float,
    color: Sequence[int] = BLACK,
    cell_ratio: float = 0.56,
) -> None:
    """Draw a short label (``KZ``, ``RUS``) centred on ``center_x`` with its baseline at ``bottom_y``."""
    cell, gap = char_h * cell_ratio, char_h * 0.08
    x = center_x - (len(text) * cell + (len(text) - 1) * gap) / 2
    for ch in text:
        _draw_char(img, ch, x, cell, bottom_y, char_h, color)
        x += cell + gap


def _draw_char(
    img: np.ndarray,
    ch: str,
    cell_x: float,
    cell_w: float,
    bottom_y: float,
    h: float,
    color: Sequence[int],
    font: PlateFont = PLATE_FONTS["stroke"],
) -> None:
    mask = _glyph(ch, font)
    natural_w = mask.shape[1] * h / mask.shape[0]
    w = min(cell_w, natural_w * 0.88 * font.width)
    _blit(img, mask, round(cell_x + (cell_w - w) / 2), round(bottom_y - h), round(w), round(h), color)


def _draw_groups(
    img: np.ndarray,
    groups: Sequence[str],
    x0: float,
    x1: float,
    bottom_y: float,
    char_h: float,
    letter_scale: float = 1.0,
    separator: str = "",
    font: PlateFont = PLATE_FONTS["stroke"],
) -> None:
    """Lay the groups out evenly between x0 and x1: fixed cells, gaps (or separators) between groups."""
    cell, gap, group_gap = char_h * 0.56, char_h * 0.075, char_h * 0.34
    n_chars = sum(len(g) for g in groups)
    total = n_chars * cell + (n_chars - len(groups)) * gap + (len(groups) - 1) * group_gap
    shrink = min(1.0, (x1 - x0) / total)
    cell, gap, group_gap = cell * shrink, gap * shrink, group_gap * shrink
    x = x0 + ((x1 - x0) - total * shrink) / 2
    for gi, group in enumerate(groups):
        for ci, ch in enumerate(group):
            h = char_h * (letter_scale if ch.isalpha() else 1.0)
            _draw_char(img, ch, x, cell, bottom_y, h, BLACK, font)
            x += cell + (gap if ci < len(group) - 1 else 0.0)
        if gi < len(groups) - 1:
            if separator == "-":
                mid_y, half = bottom_y - char_h * 0.5, group_gap * 0.28
                thick = max(1, round(char_h * 0.1))
                cv2.line(img, (round(x + group_gap / 2 - half), round(mid_y)),
                         (round(x + group_gap / 2 + half), round(mid_y)), BLACK, thick)  # fmt: skip
            x += group_gap


def _vline(img: np.ndarray, x: float, k: float) -> None:
    cv2.line(img, (round(x), 0), (round(x), img.shape[0] - 1), BLACK, max(1, round(3 * k)))


def _flag_stripes(img: np.ndarray, x0: float, y0: float, x1: float, y1: float, colors: Sequence) -> None:
    """A flag of horizontal stripes (top to bottom) with a thin dark outline."""
    step = (y1 - y0) / len(colors)
    for i, color in enumerate(colors):
        cv2.rectangle(img, (round(x0), round(y0 + i * step)), (round(x1), round(y0 + (i + 1) * step)),
                      color, -1)  # fmt: skip
    cv2.rectangle(img, (round(x0), round(y0)), (round(x1), round(y1)), (90, 90, 90), 1)


def render_plate(plate: str, fmt: PlateFormat, height: int = 112, font: str = "stroke") -> np.ndarray:
    """Draw ``plate`` (normalized, valid in ``fmt``) as an RGB uint8 image ``height`` pixels tall.

    White background, black border, large black characters in ``font`` (a :data:`PLATE_FONTS` name; the
    small labels stay in the default); Kazakhstan 2012 has the blue strip with KZ and the region box,
    Russia the region box with RUS, Kyrgyzstan and Uzbekistan their flag fields.
    """
    draw_groups = partial(_draw_groups, font=PLATE_FONTS[font])
    w, h = plate_size(height)
    k = h / 112.0
    img = np.full((h, w, 3), 255, np.uint8)
    groups = list(fmt.groups(plate))
    ri = fmt.region_group
    region = groups.pop(ri) if ri is not None and groups[ri].isdigit() else ""
    border = max(2, round(4 * k))
    left, right = border + 6 * k, w - border - 6 * k
    char_h, bottom = 0.66 * h, 0.5 * h + 0.33 * h
    letter_scale, separator = 1.0, ""

    if fmt.country == "KZ" and region:
        strip = 0.11 * w
        cv2.rectangle(img, (0, 0), (round(strip), h), _KZ_BLUE, -1)
        cv2.circle(img, (round(strip / 2), round(0.36 * h)), round(0.15 * h), _SUN_YELLOW, -1, cv2.LINE_AA)
        draw_text(img, "KZ", strip / 2, 0.9 * h, 0.22 * h, WHITE)
        box = w - 0.19 * w
        _vline(img, box, k)
        draw_groups(img, [region], box + 8 * k, right - 4 * k, bottom, char_h * 0.92)
        left, right = strip + 10 * k, box - 8 * k
    elif fmt.country == "RU":
        box = w - (0.23 if len(region) == 3 else 0.2) * w
        _vline(img, box, k)
        draw_groups(img, [region], box + 8 * k, right - 4 * k, 0.62 * h, 0.5 * h)
        mid = (box + w) / 2
        draw_text(img, "RUS", mid - 0.11 * h, 0.9 * h, 0.17 * h)
        _flag_stripes(img, mid + 0.1 * h, 0.74 * h, mid + 0.36 * h, 0.9 * h,
                      [(250, 250, 250), (0, 57, 166), (213, 43, 30)])  # fmt: skip
        letter_scale, right = 0.8, box - 8 * k
    elif fmt.country == "KG" and region:
        box = 0.2 * w
        _vline(img, box, k)
        draw_groups(img, [region], left, box - 4 * k, 0.6 * h, 0.48 * h)
        cv2.rectangle(img, (round(left + 4 * k), round(0.7 * h)), (round(left + 0.36 * h), round(0.9 * h)),
                      (220, 20, 30), -1)  # fmt: skip
        cv2.circle(img, (round(left + 4 * k + 0.16 * h), round(0.8 * h)), round(0.06 * h), _SUN_YELLOW, -1)
        draw_text(img, "KG", box - 0.2 * h, 0.9 * h, 0.18 * h)
        left = box + 8 * k
    elif fmt.country == "UZ" and region:
        box, strip = 0.19 * w, w - 0.11 * w
        _vline(img, box, k)
        draw_groups(img, [region], left + 4 * k, box - 8 * k, bottom, char_h * 0.9)
        _flag_stripes(img, strip + 6 * k, 0.12 * h, right, 0.5 * h,
                      [(30, 150, 220), (250, 250, 250), (40, 160, 60)])  # fmt: skip
        draw_text(img, "UZ", (strip + w) / 2, 0.88 * h, 0.24 * h)
        left, right = box + 8 * k, strip
    elif fmt.country == "VN":
        separator = "-"

    draw_groups(img, groups, left, right, bottom, char_h, letter_scale, separator)
    cv2.rectangle(img, (border // 2, border // 2), (w - 1 - border // 2, h - 1 - border // 2), BLACK, border)
    return img

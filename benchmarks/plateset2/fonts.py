"""Real free fonts for the second plate set, none of them the demo renderer's (DejaVu, Hershey).

Each font comes from a Debian package (named in :data:`FONTS`) so the set is reproducible on any
machine of the project; :func:`available_fonts` tells which are installed. A glyph is drawn large with
FreeType (Pillow), cut to its ink and stretched into the character cell the plate standard prescribes:
plate fonts are cell-fitted, so a proportional font becomes a plate font of its own style.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont


@dataclass(frozen=True)
class FontSpec:
    """One font file, its Debian package and the standards whose style it resembles."""

    name: str
    path: str
    package: str
    styles: tuple[str, ...]  # "din" (KZ/KG/UZ: DIN 1451 / FE-Schrift look), "gost" (RU GOST R 50577)


FONTS: tuple[FontSpec, ...] = (
    FontSpec(
        "roboto_condensed",
        "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
        "fonts-roboto-unhinted",
        ("din", "gost"),
    ),
    FontSpec(
        "nimbus_sans_narrow",
        "/usr/share/fonts/opentype/urw-base35/NimbusSansNarrow-Bold.otf",
        "fonts-urw-base35",
        ("din", "gost"),
    ),
    FontSpec(
        "liberation_narrow",
        "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
        "fonts-liberation",
        ("gost", "din"),
    ),
    FontSpec(
        "freesans", "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf", "fonts-freefont-ttf", ("din",)
    ),
    FontSpec(
        "noto_display",
        "/usr/share/fonts/truetype/noto/NotoSansDisplay-Bold.ttf",
        "fonts-noto-core",
        ("din", "gost"),
    ),
)

FONTS_BY_NAME = {f.name: f for f in FONTS}
_DRAW_SIZE = 160  # px: large enough that stretching into a cell never magnifies FreeType's hinting


def available_fonts(style: str) -> list[FontSpec]:
    """Installed fonts of ``style`` (sorted by name, so a seed picks the same font on every machine)."""
    return sorted((f for f in FONTS if style in f.styles and Path(f.path).is_file()), key=lambda f: f.name)


def missing_packages() -> list[str]:
    """Debian packages to install for the fonts that are absent here."""
    return sorted({f.package for f in FONTS if not Path(f.path).is_file()})


@lru_cache(maxsize=1024)
def _ink(font_path: str, char: str) -> np.ndarray:
    font = ImageFont.truetype(font_path, _DRAW_SIZE)
    canvas = Image.new("L", (_DRAW_SIZE * 2, _DRAW_SIZE * 2), 0)
    ImageDraw.Draw(canvas).text((_DRAW_SIZE // 3, _DRAW_SIZE // 3), char, fill=255, font=font)
    ink = np.asarray(canvas)
    rows, cols = np.nonzero(ink > 40)
    if rows.size == 0:
        raise ValueError(f"{Path(font_path).name} has no glyph for {char!r}")
    return ink[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1].copy()


def glyph_mask(font: FontSpec, char: str, width: int, height: int, boldness: float = 0.0) -> np.ndarray:
    """A ``height`` x ``width`` float mask (0..1) of ``char`` filling its cell.

    Narrow glyphs (``1``) keep their own aspect and are centred rather than stretched to the cell, as
    on real plates. ``boldness`` > 0 thickens the strokes (a fraction of the cell width), < 0 thins them.
    """
    ink = _ink(font.path, char)
    ink_h, ink_w = ink.shape
    natural_w = round(ink_w * height / ink_h)
    w = max(1, min(width, natural_w if natural_w < 0.6 * width else width))
    scaled = cv2.resize(ink, (w, max(1, height)), interpolation=cv2.INTER_AREA).astype(np.float32) / 255
    mask = np.zeros((height, width), np.float32)
    x0 = (width - w) // 2
    mask[:, x0 : x0 + w] = scaled
    k = round(abs(boldness) * width)
    if k >= 1:
        kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k + 1, k + 1))
        mask = cv2.dilate(mask, kernel) if boldness > 0 else cv2.erode(mask, kernel)
    return mask

"""Draw one plate: sheet, border, flags, stamped (embossed) characters, small print, holder, bolts.

The picture is drawn at ``PX_PER_MM`` pixels per millimetre, larger than any plate in the frames, and
only made smaller later (by the pose warp), as a camera would see a real plate.
"""

from __future__ import annotations

import random

import cv2
import numpy as np

from .fonts import FontSpec, glyph_mask
from .layouts import PLATE_MM, Box, PlateLayout

PX_PER_MM = 2.4
Image = np.ndarray


def _px(v: float) -> int:
    return round(v * PX_PER_MM)


def _rect(img: Image, box: Box, color: tuple[int, int, int]) -> None:
    cv2.rectangle(img, (_px(box.x), _px(box.y)), (_px(box.x + box.w), _px(box.y + box.h)), color, -1)


def draw_flag(img: Image, country: str, box: Box) -> None:
    """A small flag of ``country`` into ``box`` (simplified: at plate size the details are a few pixels)."""
    x, y, w, h = box.x, box.y, box.w, box.h
    if country == "KZ":
        _rect(img, box, (0, 175, 202))
        cx, cy = _px(x + w * 0.55), _px(y + h * 0.42)
        cv2.circle(img, (cx, cy), _px(h * 0.2), (254, 197, 0), -1, cv2.LINE_AA)
        cv2.ellipse(img, (cx, _px(y + h * 0.72)), (_px(w * 0.3), _px(h * 0.1)), 0, 180, 360, (254, 197, 0), 2)
        _rect(img, Box(x + w * 0.04, y, w * 0.08, h), (254, 197, 0))  # the ornament at the hoist
    elif country == "RU":
        for i, color in enumerate(((250, 250, 250), (0, 57, 166), (213, 43, 30))):
            _rect(img, Box(x, y + h * i / 3, w, h / 3), color)
        cv2.rectangle(img, (_px(x), _px(y)), (_px(x + w), _px(y + h)), (60, 60, 60), 1)
    elif country == "KG":
        _rect(img, box, (232, 17, 45))
        center = (_px(x + w / 2), _px(y + h / 2))
        cv2.circle(img, center, _px(h * 0.33), (255, 239, 0), -1, cv2.LINE_AA)
        cv2.circle(img, center, _px(h * 0.16), (232, 17, 45), -1, cv2.LINE_AA)
    elif country == "UZ":
        _rect(img, Box(x, y, w, h / 3), (0, 153, 181))
        _rect(img, Box(x, y + h / 3, w, h / 3), (250, 250, 250))
        _rect(img, Box(x, y + 2 * h / 3, w, h / 3), (30, 181, 58))
        for yy in (y + h / 3, y + 2 * h / 3):
            _rect(img, Box(x, yy - h * 0.03, w, h * 0.06), (206, 17, 38))
        cv2.circle(img, (_px(x + w * 0.18), _px(y + h * 0.17)), _px(h * 0.11), (250, 250, 250), -1)
        cv2.rectangle(img, (_px(x), _px(y)), (_px(x + w), _px(y + h)), (90, 90, 90), 1)


def _text_mask(items: list[tuple[str, Box]], font: FontSpec, shape: tuple[int, int], bold: float) -> Image:
    mask = np.zeros(shape, np.float32)
    for ch, box in items:
        x0, y0, w, h = _px(box.x), _px(box.y), max(2, _px(box.w)), max(2, _px(box.h))
        glyph = glyph_mask(font, ch, w, h, bold)
        region = mask[y0 : y0 + h, x0 : x0 + w]
        np.maximum(region, glyph[: region.shape[0], : region.shape[1]], out=region)
    return mask


def render_plate(layout: PlateLayout, font: FontSpec, rng: random.Random) -> tuple[Image, Image]:
    """The plate alone (RGB uint8) and the mask of its stamped relief (glyphs, border: 0..1)."""
    w, h = _px(PLATE_MM[0]), _px(PLATE_MM[1])
    tint = rng.choice(((250, 250, 248), (244, 244, 236), (236, 238, 240), (248, 246, 230)))
    sheet = np.empty((h, w, 3), np.float32)
    sheet[:] = tint
    sheet += np.random.default_rng(rng.getrandbits(32)).normal(0, 3.0, (h, w, 1))  # retroreflective grain
    ink = np.array(rng.choice(((18, 18, 20), (30, 30, 34), (10, 14, 24))), np.float32)
    bold = rng.uniform(-0.03, 0.06)
    relief = _text_mask(layout.glyphs, font, (h, w), bold)
    small = _text_mask(layout.print_text, font, (h, w), 0.02)
    border = np.zeros((h, w), np.float32)
    inset, thick = _px(rng.uniform(2.5, 4.5)), max(2, _px(rng.uniform(1.5, 2.6)))
    cv2.rectangle(border, (inset, inset), (w - inset, h - inset), 1.0, thick, cv2.LINE_AA)
    for bar in layout.bars:
        cv2.line(border, (_px(bar), inset), (_px(bar), h - inset), 1.0, thick, cv2.LINE_AA)
    plate = sheet.clip(0, 255).astype(np.uint8)
    for country, box in layout.flags:
        draw_flag(plate, country, box)
    out = plate.astype(np.float32)
    paint = np.maximum(np.maximum(relief, small), border)[..., None]
    out = out * (1 - paint) + ink * paint
    # stamping raises the glyphs and the rim: light from above-left brightens one flank, darkens the other
    raised = cv2.GaussianBlur(np.maximum(relief, border), (0, 0), PX_PER_MM * rng.uniform(0.5, 1.0))
    angle = rng.uniform(0, 2 * np.pi)
    gx, gy = cv2.Sobel(raised, cv2.CV_32F, 1, 0), cv2.Sobel(raised, cv2.CV_32F, 0, 1)
    shade = (np.cos(angle) * gx + np.sin(angle) * gy) * rng.uniform(0.6, 1.4)
    out += (shade * 120)[..., None]
    return out.clip(0, 255).astype(np.uint8), relief


def mount(plate: Image, rng: random.Random) -> tuple[Image, np.ndarray, str]:
    """The plate in a holder or frame, with bolts; returns picture, the plate's corner quad, holder kind."""
    h, w = plate.shape[:2]
    kind = rng.choice(("none", "none", "black", "black", "chrome", "dealer"))
    margin = {"none": 0.0, "black": 7.0, "chrome": 6.0, "dealer": 6.0}[kind]
    top, bottom = _px(margin * rng.uniform(0.8, 1.3)), _px(margin * (3.0 if kind == "dealer" else 1.0))
    side = _px(margin)
    canvas = np.zeros((h + top + bottom, w + 2 * side, 3), np.uint8)
    if kind == "black":
        canvas[:] = rng.choice(((22, 22, 22), (35, 35, 38)))
    elif kind == "chrome":
        ramp = np.linspace(210, 110, canvas.shape[0], dtype=np.float32)[:, None, None]
        canvas[:] = ramp.astype(np.uint8)
    elif kind == "dealer":
        canvas[:] = (18, 18, 20)
        text = "".join(rng.choice("ABCDEFGHKMNOPRSTUVXYZ") for _ in range(rng.randint(6, 11)))
        scale = bottom / 40
        cv2.putText(  # a dealer's name under the plate: small text a reader must not take for the plate
            canvas,
            text,
            (side + w // 4, h + top + int(bottom * 0.78)),
            cv2.FONT_HERSHEY_DUPLEX,
            scale,
            (200, 200, 200),
            max(1, int(scale * 1.5)),
            cv2.LINE_AA,
        )
    canvas[top : top + h, side : side + w] = plate
    bolt_y = top + _px(rng.uniform(7, 14))
    xs = rng.choice(((0.22, 0.78), (0.19, 0.81), (0.3, 0.7)))
    for fx in xs:
        center = (side + round(w * (fx + rng.uniform(-0.015, 0.015))), bolt_y)
        radius = _px(rng.uniform(6.0, 9.0))
        cap = rng.choice(((170, 170, 175), (200, 200, 205), (40, 40, 40), (240, 240, 240)))
        cv2.circle(canvas, center, radius, cap, -1, cv2.LINE_AA)
        cv2.circle(
            canvas,
            (center[0] - radius // 3, center[1] - radius // 3),
            max(1, radius // 3),
            (250, 250, 250),
            -1,
            cv2.LINE_AA,
        )
        cv2.line(
            canvas,
            (center[0] - radius // 2, center[1]),
            (center[0] + radius // 2, center[1]),
            (60, 60, 60),
            max(1, radius // 4),
        )
    quad = np.array([[side, top], [side + w, top], [side + w, top + h], [side, top + h]], np.float32)
    return canvas, quad, kind

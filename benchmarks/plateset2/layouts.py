"""Where everything sits on a plate, in millimetres on the 520 x 112 mm single-line plate.

Written from the published descriptions of each standard (not from the demo renderer):

* **KZ 2012** (ST RK 1125): flag of Kazakhstan above a printed ``KZ`` in a strip on the left; the serial
  ``123 ABC`` (private) or ``123 AB`` (legal entity); a vertical bar, then the two-digit region box.
* **RU GOST R 50577** type 1: serial ``A 123 BC`` with letters shorter than digits; a bar, then the
  region box: the region code (2 or 3 digits) above ``RUS`` and the tricolour.
* **KG 2016**: a field on the left with the two-digit province code above the flag and ``KG``; a bar,
  then ``123 ABC`` (private) or ``123 AB`` (legal), digits slightly taller than letters.
* **UZ 2008**: the two-digit region in a field on the left, a bar, ``A 123 BC`` (private) or
  ``123 ABC`` (government); the flag above ``UZ`` at the right edge.

A maker's plates differ a little (stamping dies, sheet cut), so each plate jitters sizes and places.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

PLATE_MM = (520.0, 112.0)
LATIN_TO_CYRILLIC = dict(zip("ABEKMHOPCTYX", "АВЕКМНОРСТУХ", strict=True))


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float


@dataclass
class PlateLayout:
    """Everything drawn on one plate: embossed glyphs, flat small print, flags and bars."""

    country: str
    glyphs: list[tuple[str, Box]] = field(default_factory=list)  # embossed serial and region characters
    print_text: list[tuple[str, Box]] = field(default_factory=list)  # flat: KZ, RUS, KG, UZ
    flags: list[tuple[str, Box]] = field(default_factory=list)
    bars: list[float] = field(default_factory=list)  # x of each vertical separator


def _row(
    groups: list[str],
    x0: float,
    x1: float,
    baseline: float,
    heights: tuple[float, float],
    max_w: float,
    rng: random.Random,
) -> list[tuple[str, Box]]:
    """Characters of ``groups`` centred in [x0, x1], bottoms on ``baseline``; heights (digit, letter)."""
    n = sum(len(g) for g in groups)
    pitch_gap, group_gap = 5.0 * rng.uniform(0.8, 1.25), 13.0 * rng.uniform(0.7, 1.3)
    gaps = pitch_gap * (n - len(groups)) + group_gap * (len(groups) - 1)
    w = min(max_w * rng.uniform(0.93, 1.05), (x1 - x0 - gaps) / n)
    x = x0 + (x1 - x0 - (n * w + gaps)) / 2 + rng.uniform(-2, 2)
    out = []
    for gi, group in enumerate(groups):
        for ci, ch in enumerate(group):
            h = heights[0] if ch.isdigit() else heights[1]
            out.append((ch, Box(x, baseline - h, w, h)))
            x += w + (pitch_gap if ci < len(group) - 1 else 0)
        if gi < len(groups) - 1:
            x += group_gap
    return out


def _j(rng: random.Random, v: float, rel: float = 0.04) -> float:
    return v * rng.uniform(1 - rel, 1 + rel)


def layout_for(format_name: str, plate: str, rng: random.Random) -> PlateLayout:
    """The layout of ``plate`` (normalized text) in format ``format_name``."""
    if format_name.startswith("kz2012"):
        return _kz(plate, rng)
    if format_name.startswith("ru_"):
        return _ru(plate, rng)
    if format_name.startswith("kg2016"):
        return _kg(plate, rng)
    if format_name.startswith("uz2008"):
        return _uz(plate, rng)
    raise ValueError(f"plateset2 draws no {format_name}")


def _kz(plate: str, rng: random.Random) -> PlateLayout:
    serial, region = plate[:-2], plate[-2:]
    out = PlateLayout("KZ")
    out.flags.append(("KZ", Box(_j(rng, 10), _j(rng, 13), _j(rng, 44), _j(rng, 29))))
    out.print_text += _row(["KZ"], 10, 54, _j(rng, 94, 0.02), (34, _j(rng, 34)), 20, rng)
    h = _j(rng, 74)
    out.glyphs += _row([serial[:3], serial[3:]], 62, 442, _j(rng, 95, 0.015), (h, h), 46, rng)
    bar = _j(rng, 448, 0.008)
    out.bars.append(bar)
    out.glyphs += _row([region], bar + 4, 514, _j(rng, 92, 0.015), (_j(rng, 62),) * 2, 28, rng)
    return out


def _ru(plate: str, rng: random.Random) -> PlateLayout:
    serial, region = plate[:6], plate[6:]
    cyr = "".join(LATIN_TO_CYRILLIC.get(c, c) for c in serial)
    out = PlateLayout("RU")
    heights = (_j(rng, 76), _j(rng, 58))
    out.glyphs += _row([cyr[0], cyr[1:4], cyr[4:]], 14, 392, _j(rng, 96, 0.015), heights, 47, rng)
    bar = _j(rng, 398, 0.01)
    out.bars.append(bar)
    rh = _j(rng, 54)
    out.glyphs += _row(
        [region], bar + 3, 514, _j(rng, 10, 0.1) + rh, (rh, rh), 40 if len(region) < 3 else 33, rng
    )
    out.print_text += _row(["RUS"], bar + 6, bar + 70, _j(rng, 98, 0.015), (20, 20), 18, rng)
    out.flags.append(("RU", Box(bar + 74, _j(rng, 79), _j(rng, 36), _j(rng, 19))))
    return out


def _kg(plate: str, rng: random.Random) -> PlateLayout:
    region, serial = plate[:2], plate[2:]
    out = PlateLayout("KG")
    out.glyphs += _row([region], 10, 108, _j(rng, 62, 0.02), (_j(rng, 52),) * 2, 36, rng)
    out.flags.append(("KG", Box(_j(rng, 16), _j(rng, 71), _j(rng, 38), _j(rng, 26))))
    out.print_text += _row(["KG"], 58, 104, _j(rng, 97, 0.015), (25, 25), 19, rng)
    bar = _j(rng, 114, 0.02)
    out.bars.append(bar)
    heights = (_j(rng, 76), _j(rng, 68))
    out.glyphs += _row([serial[:3], serial[3:]], bar + 8, 510, _j(rng, 96, 0.015), heights, 48, rng)
    return out


def _uz(plate: str, rng: random.Random) -> PlateLayout:
    region, serial = plate[:2], plate[2:]
    out = PlateLayout("UZ")
    out.glyphs += _row([region], 8, 92, _j(rng, 90, 0.02), (_j(rng, 64),) * 2, 34, rng)
    bar = _j(rng, 96, 0.02)
    out.bars.append(bar)
    groups = [serial[0], serial[1:4], serial[4:]] if serial[0].isalpha() else [serial[:3], serial[3:]]
    heights = (_j(rng, 74), _j(rng, 66))
    out.glyphs += _row(groups, bar + 8, 452, _j(rng, 94, 0.015), heights, 46, rng)
    out.flags.append(("UZ", Box(_j(rng, 462, 0.005), _j(rng, 14), _j(rng, 46), _j(rng, 28))))
    out.print_text += _row(["UZ"], 460, 512, _j(rng, 92, 0.015), (34, 34), 20, rng)
    return out

"""The capture time burned into a frame as black and white blocks, read back from any copy of it.

The synthetic camera writes its capture wall clock (ms since the epoch) into every frame, so whatever shows
the frame later — a tile of the console, a browser playing the live stream — can tell how old the picture
is: latency = time shown − time burned (source and viewer share the clock on one machine).

Layout (resources/player/timecode.js reads the same one; keep them in step). The frame is divided into
cells of ``width / 80`` pixels (16 px at 1280x720, macroblock-aligned there, 4 px in a 320x180 tile). The
code is a strip of 3 columns x 24 rows of cells flush with the right edge, its top at 2/9 of the height:
right of every plate the scene draws (they end at x = 1218 of 1280) and clear of the tile's top and
bottom bars (their name/state/fps texts). All coordinates are fractions of the frame, so a scaled copy is
read with the same rule. Cells, row by row, left to right:

* row 0 = white, black, white and row 23 = black, white, black: guards that say the code is there and
  give the reader its own black and white levels (a half-transparent overlay or an encoder's level shift
  moves both, the threshold follows);
* rows 1-22 (66 cells): 48 bits of the time (most significant first), 16 bits of CRC-16/CCITT-FALSE over
  those 6 bytes, then white, black (two more guards).

A cell is read as the mean of its central half, thresholded halfway between the guards' levels. Anything
off — low contrast, a guard of the wrong colour, a CRC mismatch — reads as None, never as a wrong time.
"""

from __future__ import annotations

import numpy as np

GRID = 80  # cells across the frame's width
COLUMNS, ROWS = 3, 24
TOP = 2 / 9  # of the frame's height
DATA_BITS, CRC_BITS = 48, 16
MIN_WIDTH = 160  # below 2 px per cell a block code does not survive an encoder
MIN_CONTRAST = 48  # grey levels between the guards' white and black, or the code is absent

_TOP_GUARD = (1, 0, 1)
_BOTTOM_GUARD = (0, 1, 0)
_TAIL_GUARD = (1, 0)


def crc16(data: bytes) -> int:
    """CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF): detects every error of up to 3 bits in 64."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def _cells(value: int) -> list[int]:
    """Every cell's colour (1 = white), row by row."""
    data = [(value >> (DATA_BITS - 1 - i)) & 1 for i in range(DATA_BITS)]
    check = crc16(value.to_bytes(DATA_BITS // 8, "big"))
    crc = [(check >> (CRC_BITS - 1 - i)) & 1 for i in range(CRC_BITS)]
    return [*_TOP_GUARD, *data, *crc, *_TAIL_GUARD, *_BOTTOM_GUARD]


_GUARDS = {0: 1, 1: 0, 2: 1, 67: 1, 68: 0, 69: 0, 70: 1, 71: 0}  # cell index -> colour
assert len(_cells(0)) == COLUMNS * ROWS and all(_cells(0)[i] == c for i, c in _GUARDS.items())


def fits(width: int, height: int) -> bool:
    """True when a frame of this size can carry the code."""
    return width >= MIN_WIDTH and TOP * height + ROWS * width / GRID <= height


def cell_box(width: int, height: int, index: int) -> tuple[int, int, int, int]:
    """Pixel box ``(x1, y1, x2, y2)`` of cell ``index`` in a frame (or a scaled copy) of this size."""
    size = width / GRID
    row, column = divmod(index, COLUMNS)
    x0 = width - COLUMNS * size
    y0 = TOP * height
    return (
        round(x0 + column * size),
        round(y0 + row * size),
        round(x0 + (column + 1) * size),
        round(y0 + (row + 1) * size),
    )


def burn(image: np.ndarray, epoch_ms: int) -> None:
    """Draw ``epoch_ms`` (0 <= it < 2**48) into an RGB uint8 ``image`` in place."""
    if not 0 <= epoch_ms < 1 << DATA_BITS:
        raise ValueError(f"epoch_ms={epoch_ms} does not fit in {DATA_BITS} bits")
    height, width = image.shape[:2]
    if not fits(width, height):
        raise ValueError(f"a {width}x{height} frame is too small for the time code")
    for index, white in enumerate(_cells(epoch_ms)):
        x1, y1, x2, y2 = cell_box(width, height, index)
        image[y1:y2, x1:x2] = 255 if white else 0


def _levels(image: np.ndarray) -> list[float]:
    """Mean grey of every cell's central half."""
    height, width = image.shape[:2]
    levels = []
    for index in range(COLUMNS * ROWS):
        x1, y1, x2, y2 = cell_box(width, height, index)
        dx, dy = (x2 - x1) // 4, (y2 - y1) // 4
        levels.append(float(image[y1 + dy : y2 - dy, x1 + dx : x2 - dx].mean()))
    return levels


def read(image: np.ndarray) -> int | None:
    """The time burned into ``image`` (RGB or grey uint8, any scale), or None if absent or damaged."""
    height, width = image.shape[:2]
    if not fits(width, height) or width / GRID < 2:
        return None
    levels = _levels(image)
    white = min(levels[i] for i, c in _GUARDS.items() if c)
    black = max(levels[i] for i, c in _GUARDS.items() if not c)
    if white - black < MIN_CONTRAST:
        return None
    threshold = (white + black) / 2
    bits = [1 if level > threshold else 0 for level in levels]
    payload = bits[len(_TOP_GUARD) : len(_TOP_GUARD) + DATA_BITS + CRC_BITS]
    value = int("".join(map(str, payload[:DATA_BITS])), 2)
    check = int("".join(map(str, payload[DATA_BITS:])), 2)
    return value if crc16(value.to_bytes(DATA_BITS // 8, "big")) == check else None

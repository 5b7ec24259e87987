"""Motion deblurring: the blur line of a smeared plate is found, undoing it sharpens the plate, sharp plates
are left alone, and the reader reads a smeared plate it misreads without it.

Plates are pasted into a plain 1280x720 frame at the size a checkpoint camera sees them (~170 px wide,
glyphs ~23 px tall) and smeared with a line kernel drawn here, independently of the module's own.
"""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest
from support.plates import frame_with

from cgrconsole.core.anpr import variants
from cgrconsole.core.anpr.deblur import deblurred_frame, find_motion, motion_kernel, two_tone
from cgrconsole.core.anpr.reader import PlateReader
from cgrconsole.core.anpr.variants import crop_margins


def smeared(image: np.ndarray, length: float, angle: float) -> np.ndarray:
    """``image`` blurred along a line ``length`` px long at ``angle`` degrees (subpixel ends)."""
    size = 2 * math.ceil(length / 2) + 3
    kernel = np.zeros((size, size), np.float32)
    c, dx, dy = (
        size // 2,
        math.cos(math.radians(angle)) * length / 2,
        math.sin(math.radians(angle)) * length / 2,
    )
    shift = 4  # 1/16 px
    ends = [(round((c + sx * dx) * 16), round((c + sy * dy) * 16)) for sx, sy in ((-1, -1), (1, 1))]
    cv2.line(kernel, ends[0], ends[1], 1.0, 1, cv2.LINE_AA, shift)
    return cv2.filter2D(image, -1, kernel / kernel.sum(), borderType=cv2.BORDER_REFLECT)


def angle_apart(a: float, b: float) -> float:
    """Degrees between two line directions (a line at 10° is the line at 190°)."""
    d = (a - b) % 180
    return min(d, 180 - d)


@pytest.mark.parametrize(("length", "angle"), [(8, 0.0), (10, 20.0), (12, -30.0), (9, 100.0), (6, 12.0)])
def test_the_blur_line_is_found(length: int, angle: float) -> None:
    image, box = frame_with("473KBM15", "kz2012_private")
    gray = cv2.cvtColor(smeared(image, length, angle), cv2.COLOR_RGB2GRAY)
    motion = find_motion(gray, box, crop_margins(box))
    assert motion is not None
    assert abs(motion.length - length) <= 1, motion
    assert angle_apart(motion.angle, angle) <= 10, motion
    assert motion.gain > 0.1  # the deblurred plate clearly more two-toned than the smeared one


@pytest.mark.parametrize(("length", "angle"), [(10, 20.0), (9, 100.0)])
def test_undoing_the_blur_sharpens_the_plate(length: int, angle: float) -> None:
    image, box = frame_with("01723SZF", "kg2016_private")
    sharp = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    blurred = cv2.cvtColor(smeared(image, length, angle), cv2.COLOR_RGB2GRAY)
    motion = find_motion(blurred, box, crop_margins(box))
    assert motion is not None
    x1, y1, x2, y2 = box
    window = (x1 - 60, y1 - 40, x2 + 60, y2 + 40)
    restored = deblurred_frame(blurred, window, motion)
    plate = (slice(y1 + 4, y2 - 4), slice(x1 + 8, x2 - 8))

    def laplacian_energy(gray: np.ndarray) -> float:
        return float(cv2.Laplacian(gray[plate].astype(np.float32), cv2.CV_32F).var())

    assert laplacian_energy(restored) > 2 * laplacian_energy(blurred)
    assert two_tone(restored[plate].astype(np.float32)) < 0.7 * two_tone(blurred[plate].astype(np.float32))
    # Closer to the sharp plate than the blurred one was, and untouched outside the window.
    error = np.abs(restored[plate].astype(int) - sharp[plate]).mean()
    assert error < 0.7 * np.abs(blurred[plate].astype(int) - sharp[plate]).mean()
    assert np.array_equal(restored[: y1 - 40], blurred[: y1 - 40])


@pytest.mark.parametrize(
    ("plate", "fmt"), [("473KBM15", "kz2012_private"), ("B581MP761", "ru_private_3digit_region")]
)
def test_a_sharp_or_slightly_smeared_plate_is_left_alone(plate: str, fmt: str) -> None:
    image, box = frame_with(plate, fmt)
    for frame in (image, smeared(image, 2, 0.0), cv2.GaussianBlur(image, (0, 0), 1.0)):
        gray = cv2.cvtColor(frame, cv2.COLOR_RGB2GRAY)
        assert find_motion(gray, box, crop_margins(box)) is None


def test_the_motion_kernel_is_a_normalized_line() -> None:
    kernel = motion_kernel(10, 0.0)
    assert kernel.sum() == pytest.approx(1.0)
    rows = np.flatnonzero(kernel.sum(axis=1) > 0.01)
    columns = np.flatnonzero(kernel.sum(axis=0) > 0.01)
    assert len(rows) == 1 and 10 <= len(columns) <= 11  # one row, the line's length
    assert np.flatnonzero(motion_kernel(10, 90.0).sum(axis=0) > 0.01).size == 1  # vertical: one column


@pytest.mark.parametrize(("plate", "fmt", "length", "angle"), [("706DXA20", "kz2012_private", 11, 15.0)])
def test_a_smeared_plate_is_read_through_its_deblurred_view(
    reader: PlateReader, monkeypatch: pytest.MonkeyPatch, plate: str, fmt: str, length: int, angle: float
) -> None:
    image, _ = frame_with(plate, fmt)
    blurred = smeared(image, length, angle)
    assert reader.read(blurred).plate == plate
    monkeypatch.setattr(variants, "find_motion", lambda *_: None)  # the views of the smeared plate only
    assert reader.read(blurred).plate != plate

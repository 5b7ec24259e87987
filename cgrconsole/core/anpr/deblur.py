"""Undoing linear motion blur on a plate, for the reader's second look.

A vehicle moving during the exposure smears the plate along a line (a few to ~15 px at checkpoint
distances, against glyphs ~23 px tall). With the right line, a Wiener deconvolution gives the glyphs back
well enough to read; with a line a pixel too long or short it rings or stays smeared, so the line has to
be found precisely. (On the evaluation set, the true kernel made 107 of 118 motion-blurred crops readable,
against 61 as they are; the same kernel one pixel longer, 69.)

The line (length and angle) is found blindly, by trying kernels and keeping the one whose deconvolved plate
is the most *two-toned*: a plate is dark glyphs on a light field, blur adds mid tones between the two, and
a wrong kernel adds ringing that spreads both tones. The measure (:func:`two_tone`) is taken inside the
plate box only, as the margins hold car body and road. A coarse grid of angles at two lengths finds the
direction, a sweep of lengths at that angle the length, and a hill climb over neighbouring angles and
lengths refines both: about 60 deconvolutions of the crop at its native resolution (the pixels the blur
smeared), ~20 ms. Sharpness measures (gradient sparsity, over- and undershoot) picked the line far less
often: a plate's two tones are a stronger prior than any generic image statistic.

A plate that is not soft to begin with is not searched, and one that no kernel makes more two-toned than
it already is (sharp, or blurred some other way) is left alone: :func:`find_motion` returns None.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

Box = tuple[int, int, int, int]  # x1, y1, x2, y2

LENGTHS = tuple(range(2, 16))  # blur lengths tried, in pixels of the frame
COARSE_LENGTHS = (6, 10)  # the lengths at which the direction is looked for first
COARSE_ANGLES = (*range(-40, 41, 10), *range(50, 131, 10))  # degrees; 0 is horizontal, 90 vertical
ANGLE_STEP, REFINE_ROUNDS = 5, 3  # the hill climb: neighbours this many degrees and 1 px apart
NSR = 0.01  # Wiener noise-to-signal ratio: lower rings on noise and JPEG blocks, higher leaves glyphs soft
SOFT = 0.17  # a plate this far from two-toned may be blurred (sharp plates: ~0.1; smeared ones: > 0.2)
GIVE_UP = -0.3  # a coarse best gain below this: no motion blur, the rest of the search is skipped
MIN_GAIN = 0.0  # the best kernel must make the plate more two-toned than it is (a sharp one only rings)
MIN_LENGTH = 4  # shorter blur barely hurts reading: not worth an OCR call


@dataclass(frozen=True)
class MotionEstimate:
    length: int  # pixels of the frame
    angle: float  # degrees, 0 horizontal, 90 vertical
    gain: float  # the share of the plate's two-tone measure the deconvolution removed (up to 1)


def motion_kernel(length: int, angle: float) -> np.ndarray:
    """A linear motion blur kernel: an antialiased line about ``length`` px long at ``angle`` degrees,
    summing to 1. Its ends lie on whole pixels, so lengths and angles that round to the same pixels give
    the same kernel (which the search scores once)."""
    size = length + 2 - length % 2 + 1  # odd, with a pixel to spare at each end
    kernel = np.zeros((size, size), np.float32)
    centre = (size - 1) / 2
    dx, dy = math.cos(math.radians(angle)) * length / 2, math.sin(math.radians(angle)) * length / 2
    start, end = (round(centre - dx), round(centre - dy)), (round(centre + dx), round(centre + dy))
    cv2.line(kernel, start, end, 1.0, 1, cv2.LINE_AA)
    return kernel / kernel.sum()


def two_tone(values: np.ndarray) -> float:
    """Otsu's within-class variance over the total variance: near 0 for a two-toned patch, toward 1 for a
    smooth one. Blur (mid tones) and ringing (spread tones) both raise it."""
    u8 = np.clip(values, 0, 255).astype(np.uint8)
    threshold, _ = cv2.threshold(u8, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    dark, light = values[u8 <= threshold], values[u8 > threshold]
    total = float(values.var())
    if not dark.size or not light.size or total < 1e-6:
        return 1.0
    return float(dark.var() * dark.size + light.var() * light.size) / values.size / total


class Deconvolver:
    """Wiener deconvolution of one grayscale patch by many kernels: the patch's spectrum is taken once."""

    def __init__(self, gray: np.ndarray, inner: Box | None = None, margin: int = max(LENGTHS) + 2) -> None:
        """``inner`` (in patch pixels; default: all of it) is where the plate lies: deblurring is judged
        there. ``margin`` must exceed the longest kernel, or the patch's edges wrap into each other."""
        self.patch = gray.astype(np.float32)
        self.inner = inner or (0, 0, gray.shape[1], gray.shape[0])
        self.margin = margin
        padded = _tapered(self.patch, margin)
        rows, cols = cv2.getOptimalDFTSize(padded.shape[0]), cv2.getOptimalDFTSize(padded.shape[1])
        canvas = np.full((rows, cols), float(self.patch.mean()), np.float32)
        canvas[: padded.shape[0], : padded.shape[1]] = padded
        self.spectrum = cv2.dft(canvas, flags=cv2.DFT_COMPLEX_OUTPUT)
        self._scores: dict[bytes, tuple[float, int, float]] = {}

    def deblur(self, kernel: np.ndarray, nsr: float = NSR) -> np.ndarray:
        """The patch deconvolved by ``kernel`` (float32, the patch's size; not clipped)."""
        rows, cols = self.spectrum.shape[:2]
        psf = np.zeros((rows, cols), np.float32)
        kh, kw = kernel.shape
        psf[:kh, :kw] = kernel
        psf = np.roll(psf, (-(kh // 2), -(kw // 2)), axis=(0, 1))  # its centre at the origin: no shift
        otf = cv2.dft(psf, flags=cv2.DFT_COMPLEX_OUTPUT)
        power = otf[..., 0] ** 2 + otf[..., 1] ** 2 + nsr
        restored = cv2.mulSpectrums(self.spectrum, otf, 0, conjB=True) / power[..., None]
        out = cv2.dft(restored, flags=cv2.DFT_INVERSE | cv2.DFT_REAL_OUTPUT | cv2.DFT_SCALE)
        height, width = self.patch.shape
        return out[self.margin : self.margin + height, self.margin : self.margin + width]

    def score(self, length: int, angle: float) -> float:
        """The two-tone measure of the plate deblurred by this line (lower is sharper). Cached by kernel:
        the search meets the same pixels again under other lengths and angles."""
        kernel = motion_kernel(length, angle)
        key = kernel.tobytes()
        if key not in self._scores:
            x1, y1, x2, y2 = self.inner
            self._scores[key] = (two_tone(self.deblur(kernel)[y1:y2, x1:x2]), length, angle)
        return self._scores[key][0]

    def best(self) -> tuple[float, int, float]:
        """(score, length, angle) of the best kernel scored so far."""
        return min(self._scores.values())


def find_motion(gray: np.ndarray, box: Box, pad: tuple[int, int]) -> MotionEstimate | None:
    """The motion blur of the plate in ``box`` of the grayscale frame ``gray``, judged on its crop with
    margins ``pad`` (x, y: the reader's crop), or None when it shows none worth undoing."""
    x1, y1, x2, y2 = box
    height, width = gray.shape[:2]
    cx1, cy1 = max(0, x1 - pad[0]), max(0, y1 - pad[1])
    crop = gray[cy1 : min(height, y2 + pad[1]), cx1 : min(width, x2 + pad[0])]
    w, h = x2 - x1, y2 - y1
    inner = (x1 - cx1 + w // 20, y1 - cy1 + h // 10, x2 - cx1 - w // 20, y2 - cy1 - h // 10)
    return estimate_motion(Deconvolver(crop, inner))


def estimate_motion(deconvolver: Deconvolver) -> MotionEstimate | None:
    """The blur line of the deconvolver's plate, or None when it shows no motion blur worth undoing.

    Only a soft plate is searched (one Otsu threshold tells): the search costs ~20 ms, and a sharp plate
    cannot be made sharper, only ring."""
    x1, y1, x2, y2 = deconvolver.inner
    before = two_tone(deconvolver.patch[y1:y2, x1:x2])
    if before < SOFT or not _search(deconvolver, before):
        return None
    after, length, angle = deconvolver.best()
    gain = 1.0 - after / before
    if length < MIN_LENGTH or gain < MIN_GAIN:
        return None
    return MotionEstimate(length, float(angle), gain)


def deblurred_frame(gray: np.ndarray, window: Box, motion: MotionEstimate) -> np.ndarray:
    """A copy of the grayscale frame ``gray`` with ``window`` deblurred: views (the crop, the deskewed
    plate) can then be cut from it as from the frame itself."""
    x1, y1, x2, y2 = window
    sharp = Deconvolver(gray[y1:y2, x1:x2]).deblur(motion_kernel(motion.length, motion.angle))
    frame = gray.copy()
    frame[y1:y2, x1:x2] = np.clip(sharp, 0, 255).astype(np.uint8)
    return frame


def _search(deconvolver: Deconvolver, before: float) -> bool:
    """Coarse angles at a few lengths, every length at the best angle, then a hill climb over neighbouring
    angles and lengths. ~8x cheaper than the full grid of 5° and 1 px, and it lands on the grid's best
    kernel in 110 of 118 motion-blurred plates. False, cut short, when even the coarse grid's best is far
    worse than no deconvolution at all (a plate blurred some other way)."""
    coarse = min(
        ((length, angle) for length in COARSE_LENGTHS for angle in COARSE_ANGLES),
        key=lambda la: deconvolver.score(*la),
    )
    if 1.0 - deconvolver.score(*coarse) / before < GIVE_UP:
        return False
    angle = float(coarse[1])
    best = (min(LENGTHS, key=lambda length: deconvolver.score(length, angle)), angle)
    for _ in range(REFINE_ROUNDS):
        length, angle = best
        around = [
            (length + dl, angle + da)
            for dl in (-1, 0, 1)
            for da in (-ANGLE_STEP, 0, ANGLE_STEP)
            if LENGTHS[0] <= length + dl <= LENGTHS[-1]
        ]
        step = min(around, key=lambda la: deconvolver.score(*la))
        if step == best:
            break
        best = step
    return True


def _tapered(gray: np.ndarray, margin: int) -> np.ndarray:
    """``gray`` mirrored out by ``margin`` and faded to its mean there: the deconvolution (which sees the
    patch as periodic) meets no hard edge at its border, which it would ring along."""
    padded = cv2.copyMakeBorder(gray, margin, margin, margin, margin, cv2.BORDER_REFLECT)
    ramp = (0.5 - 0.5 * np.cos(np.linspace(0, math.pi, margin))).astype(np.float32)
    rows, cols = np.ones(padded.shape[0], np.float32), np.ones(padded.shape[1], np.float32)
    rows[:margin], rows[-margin:] = ramp, ramp[::-1]
    cols[:margin], cols[-margin:] = ramp, ramp[::-1]
    mean = float(gray.mean())
    return (padded - mean) * np.outer(rows, cols) + mean

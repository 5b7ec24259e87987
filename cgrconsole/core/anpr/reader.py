"""One frame in, the best plate reading out: find regions, read the crops, interpret the text."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import cv2
import numpy as np

from cgrconsole.core.anpr.finder import PlateFinder, Region
from cgrconsole.core.anpr.interpret import PlateCandidate, best_candidates, interpret, rank
from cgrconsole.core.anpr.ocr import OcrEngine

PAD_X = 0.6  # crop margins in plate heights: wide sideways, where flags and region codes sit
PAD_Y = 0.15
REC_HEIGHT = 48  # the recognizer's input height; smaller crops are scaled up


@dataclass(frozen=True)
class PlateReading:
    plate: str | None
    confidence: float
    country: str
    box: tuple[int, int, int, int] | None
    candidates: list[PlateCandidate] = field(default_factory=list)
    ms: float = 0.0


class PlateReader:
    """Not thread-safe (the OCR session is not); one reader per recognition thread."""

    def __init__(self, engine: OcrEngine, finder: PlateFinder | None = None, regions: int = 3) -> None:
        self.engine = engine
        self.finder = finder or PlateFinder(max_regions=regions)
        self.regions = regions

    def read(
        self, image_rgb: np.ndarray, roi: tuple[float, float, float, float] | None = None
    ) -> PlateReading:
        started = time.perf_counter()
        found: list[tuple[PlateCandidate, Region]] = []
        for region in self.finder.find(image_rgb, roi)[: self.regions]:
            crop = plate_crop(image_rgb, region.box)
            for text, confidence in self.engine.read_line(crop):
                found += [(candidate, region) for candidate in interpret(text, confidence)]
        ms = (time.perf_counter() - started) * 1000
        candidates = best_candidates(candidate for candidate, _ in found)
        best = max(found, key=lambda pair: rank(pair[0]), default=None)
        if best is None or not best[0].country:  # nothing fits a plate format: candidates only
            box = best[1].box if best else None
            return PlateReading(None, 0.0, "", box, candidates, ms)
        top, region = best
        return PlateReading(top.plate, round(top.score, 4), top.country, region.box, candidates, ms)


def plate_crop(image_rgb: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The region with a margin, as BGR, at least ``REC_HEIGHT`` pixels high."""
    x1, y1, x2, y2 = box
    pad_x, pad_y = int((y2 - y1) * PAD_X), int((y2 - y1) * PAD_Y)
    height, width = image_rgb.shape[:2]
    crop = image_rgb[
        max(0, y1 - pad_y) : min(height, y2 + pad_y), max(0, x1 - pad_x) : min(width, x2 + pad_x)
    ]
    if crop.shape[0] < REC_HEIGHT:
        factor = REC_HEIGHT / max(1, crop.shape[0])
        crop = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    return cv2.cvtColor(crop, cv2.COLOR_RGB2BGR)

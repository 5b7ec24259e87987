"""One frame in, the best plate reading out: find regions, read the crops, interpret the text.

The first read of each region is one OCR call on a plain crop. Only when no reading fits a plate format
confidently does the reader take a second look at the likeliest regions, through other views of the
plate (deskewed, region code on one line with the rest, smaller; see :mod:`~cgrconsole.core.anpr.variants`),
and pools every read: a plate more views agree on wins. Most frames stop after the first read.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import cv2
import numpy as np

from cgrconsole.core.anpr.finder import PlateFinder, Region
from cgrconsole.core.anpr.interpret import PlateCandidate, interpret, pool_reads
from cgrconsole.core.anpr.ocr import OcrEngine
from cgrconsole.core.anpr.variants import crop_variants, with_margins

REC_HEIGHT = 48  # the recognizer's input height; smaller crops are scaled up
SETTLED = 0.85  # a pooled reading fitting a format at this score needs no further look
SECOND_LOOK_REGIONS = 1  # other views of the likeliest region only: a second region rarely helped


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
        regions = self.finder.find(image_rgb, roi)[: self.regions]
        reads: list[tuple[list[PlateCandidate], Region]] = []
        crops: dict[tuple[int, int, int, int], np.ndarray] = {}
        for region in regions:
            crops[region.box] = plate_crop(image_rgb, region.box)
            reads += self._read(crops[region.box], region)
        candidates = pool_reads([read for read, _ in reads])
        for region in _second_look(regions, reads) if not _settled(candidates) else []:
            candidates = self._look_again(image_rgb, region, crops[region.box], reads)
            if _settled(candidates):
                break
        ms = (time.perf_counter() - started) * 1000
        top = candidates[0] if candidates else None
        box = _box_of(top, reads) if top else (regions[0].box if regions else None)
        if top is None or not top.country:  # nothing fits a plate format: candidates only
            return PlateReading(None, 0.0, "", box, candidates, ms)
        return PlateReading(top.plate, round(top.score, 4), top.country, box, candidates, ms)

    def _look_again(
        self,
        image_rgb: np.ndarray,
        region: Region,
        crop_bgr: np.ndarray,
        reads: list[tuple[list[PlateCandidate], Region]],
    ) -> list[PlateCandidate]:
        """Read other views of ``region`` (appended to ``reads``) until the pooled reads settle."""
        candidates = pool_reads([read for read, _ in reads])
        for view in crop_variants(image_rgb, region.box, crop_bgr):
            reads += self._read(view, region)
            candidates = pool_reads([read for read, _ in reads])
            if _settled(candidates):
                break
        return candidates

    def _read(self, crop_bgr: np.ndarray, region: Region) -> list[tuple[list[PlateCandidate], Region]]:
        """One OCR call: the candidates of each text line it found."""
        return [(interpret(text, confidence), region) for text, confidence in self.engine.read_line(crop_bgr)]


def _settled(candidates: list[PlateCandidate]) -> bool:
    return bool(candidates) and bool(candidates[0].country) and candidates[0].score >= SETTLED


def _second_look(regions: list[Region], reads: list[tuple[list[PlateCandidate], Region]]) -> list[Region]:
    """Regions worth other views: those whose text fits a format first, then the finder's order."""
    fitting = [region for read, region in reads if any(c.country for c in read)]
    ordered = list(dict.fromkeys([*fitting, *regions]))
    return ordered[:SECOND_LOOK_REGIONS]


def _box_of(
    candidate: PlateCandidate, reads: list[tuple[list[PlateCandidate], Region]]
) -> tuple[int, int, int, int]:
    """The box of the region where ``candidate``'s plate was read with the best score."""
    scored = [(c.score, region) for read, region in reads for c in read if c.plate == candidate.plate]
    return max(scored, key=lambda item: item[0])[1].box


def plate_crop(image_rgb: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The region with a margin, as BGR, at least ``REC_HEIGHT`` pixels high."""
    crop = with_margins(image_rgb, box)
    if crop.shape[0] < REC_HEIGHT:
        factor = REC_HEIGHT / max(1, crop.shape[0])
        crop = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    return cv2.cvtColor(crop, cv2.COLOR_RGB2BGR)

"""One frame in, the best plate reading out: find regions, read the crops, interpret the text.

The first read of each region is one OCR call on a plain crop. Then the reader takes a second look at the
likeliest region, through other views of the plate (deskewed, region code on one line with the rest,
deblurred, smaller; see :mod:`~cgrconsole.core.anpr.variants`), and pools every read: a plate more views
agree on wins, and its confidence is the share of the looks at it that read it
(:func:`~cgrconsole.core.anpr.interpret.pool_reads`). One look, however sure, never settles a plate: the
network can be sure and wrong on a degraded plate, and is caught when another view reads something else.
Most frames stop after one other view (the two looks agree).

``read`` gives the frame's one best plate (``anpr read``). ``read_plates`` gives every plate of the frame
(video and the console: two vehicles side by side are two plates): the same best plate first, then each
other region whose own reads (its first one, confirmed by another view) settle on another plate.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import cv2
import numpy as np

from cgrconsole.core.anpr.finder import PlateFinder, Region
from cgrconsole.core.anpr.formats import text_distance
from cgrconsole.core.anpr.interpret import ONE_LOOK, PlateCandidate, interpret, pool_reads
from cgrconsole.core.anpr.ocr import OcrEngine
from cgrconsole.core.anpr.variants import crop_variants, with_margins

REC_HEIGHT = 48  # the recognizer's input height; smaller crops are scaled up
SETTLED = 0.85  # a pooled reading fitting a format at this score needs no further look (> ONE_LOOK)
SECOND_LOOK_REGIONS = 1  # other views of the likeliest region only: a second region rarely helped
OTHER_MIN_WIDTH = 0.5  # of the best plate's width: a smaller plate is a vehicle further off (read_plates)


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
        """The frame's best plate reading (or candidates only, or nothing)."""
        return self._read_frame(image_rgb, roi)[0]

    def read_plates(
        self, image_rgb: np.ndarray, roi: tuple[float, float, float, float] | None = None
    ) -> list[PlateReading]:
        """Every plate of the frame: :meth:`read`'s reading first, then the others, one per vehicle.

        Another plate is a region apart from every plate already taken (no overlap), at least
        :data:`OTHER_MIN_WIDTH` of the best plate's width, whose own reads settle on a plate that differs
        from theirs by more than one character. A much smaller plate belongs to a vehicle further off: its
        first read, on a few pixels, misreads more, and the vehicle is read when it comes nearer. A region
        whose first read would settle but for being one look gets other views, as the best plate does;
        other regions cost no OCR call beyond :meth:`read`'s. With several plates, each one's confidence
        comes from the reads of its own region, not pooled with the other vehicle's.
        """
        best, regions, reads = self._read_frame(image_rgb, roi)
        if best.plate is None or best.box is None:
            return [best]
        taken: list[tuple[str, tuple[int, int, int, int]]] = [(best.plate, best.box)]
        others = []
        for region in regions:
            if _width(region.box) < OTHER_MIN_WIDTH * _width(best.box) or any(
                _overlap(region.box, box) for _, box in taken
            ):
                continue
            own = _pooled(reads, region)
            if not _settled(own) and _settled(own, SETTLED * ONE_LOOK):
                own = self._look_again(image_rgb, region, plate_crop(image_rgb, region.box), reads, own=True)
            if not _settled(own) or any(text_distance(own[0].plate, plate) <= 1 for plate, _ in taken):
                continue
            top = own[0]
            taken.append((top.plate, region.box))
            others.append(PlateReading(top.plate, round(top.score, 4), top.country, region.box, own, best.ms))
        if not others:
            return [best]
        box = best.box
        pooled = pool_reads([(read, where) for read, where in reads if _overlap(where.box, box)])
        score = next((c.score for c in pooled if c.plate == best.plate), best.confidence)
        return [PlateReading(best.plate, round(score, 4), best.country, box, pooled, best.ms), *others]

    def _read_frame(
        self, image_rgb: np.ndarray, roi: tuple[float, float, float, float] | None
    ) -> tuple[PlateReading, list[Region], list[tuple[list[PlateCandidate], Region]]]:
        """The best reading, the finder's regions and every read taken (with its region)."""
        started = time.perf_counter()
        regions = self.finder.find(image_rgb, roi)[: self.regions]
        reads: list[tuple[list[PlateCandidate], Region]] = []
        crops: dict[tuple[int, int, int, int], np.ndarray] = {}
        for region in regions:
            crops[region.box] = plate_crop(image_rgb, region.box)
            reads += self._read(crops[region.box], region)
        candidates = pool_reads(reads)
        for region in _second_look(regions, reads) if not _settled(candidates) else []:
            candidates = self._look_again(image_rgb, region, crops[region.box], reads)
            if _settled(candidates):
                break
        ms = (time.perf_counter() - started) * 1000
        top = candidates[0] if candidates else None
        box = _box_of(top, reads) if top else (regions[0].box if regions else None)
        if top is None or not top.country:  # nothing fits a plate format: candidates only
            return PlateReading(None, 0.0, "", box, candidates, ms), regions, reads
        return PlateReading(top.plate, round(top.score, 4), top.country, box, candidates, ms), regions, reads

    def _look_again(
        self,
        image_rgb: np.ndarray,
        region: Region,
        crop_bgr: np.ndarray,
        reads: list[tuple[list[PlateCandidate], Region]],
        own: bool = False,
    ) -> list[PlateCandidate]:
        """Read other views of ``region`` (appended to ``reads``) until the pooled reads settle: those of
        the whole frame, or with ``own`` those of ``region`` alone."""
        candidates = _pooled(reads, region if own else None)
        for view in crop_variants(image_rgb, region.box, crop_bgr):
            reads += self._read(view, region)
            candidates = _pooled(reads, region if own else None)
            if _settled(candidates):
                break
        return candidates

    def _read(self, crop_bgr: np.ndarray, region: Region) -> list[tuple[list[PlateCandidate], Region]]:
        """One OCR call: the candidates of each text line it found."""
        return [(interpret(text, confidence), region) for text, confidence in self.engine.read_line(crop_bgr)]


def _settled(candidates: list[PlateCandidate], at: float = SETTLED) -> bool:
    """Whether the top plate fits a format at score ``at`` or more (``SETTLED * ONE_LOOK``: it would settle
    if another look agreed with its one look)."""
    return bool(candidates) and bool(candidates[0].country) and candidates[0].score >= at


def _pooled(
    reads: list[tuple[list[PlateCandidate], Region]], region: Region | None = None
) -> list[PlateCandidate]:
    """The reads pooled: all of them, or those taken in ``region``."""
    return pool_reads([(read, where) for read, where in reads if region is None or where == region])


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


def _width(box: tuple[int, int, int, int]) -> int:
    return box[2] - box[0]


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def plate_crop(image_rgb: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The region with a margin, as BGR, at least ``REC_HEIGHT`` pixels high."""
    crop = with_margins(image_rgb, box)
    if crop.shape[0] < REC_HEIGHT:
        factor = REC_HEIGHT / max(1, crop.shape[0])
        crop = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    return cv2.cvtColor(crop, cv2.COLOR_RGB2BGR)

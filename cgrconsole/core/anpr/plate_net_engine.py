"""The plate recognizer in the reader's place of an OCR engine: alone, or as a second opinion.

Both are :class:`~cgrconsole.core.anpr.ocr.OcrEngine`\\ s, so the reader (finder, crops, second look,
pooling) stays as it is:

* ``plate_net``: the network reads every crop the reader offers; its line is the plate decoded under the
  formats (or, when none fits, its free text, which the reader shows but never sends).
* ``rapidocr+plate_net``: RapidOCR and the network both read each crop and the reader pools their lines
  as two reads (``interpret.pool_reads``): when they agree the plate keeps its score, when they disagree
  neither plate keeps more than about three quarters of its score, below auto-send.
"""

from __future__ import annotations

import numpy as np

from cgrconsole.core.anpr.ocr import OcrEngine
from cgrconsole.core.anpr.plate_net import PlateNet

FREE_TEXT_FACTOR = 0.5  # a free text that fits no format is a weak line (the reader may still repair it)


class PlateNetEngine:
    """The plate network as an OCR engine: one line per crop."""

    name = "plate_net"

    def __init__(self, net: PlateNet | None = None) -> None:
        self.net = net or PlateNet()

    def load(self) -> None:
        self.net.load()

    def read_line(self, crop_bgr: np.ndarray) -> list[tuple[str, float]]:
        reading = self.net.read(crop_bgr)
        if reading.plate:
            return [(reading.plate, reading.confidence)]
        return [(reading.free_text, FREE_TEXT_FACTOR * reading.confidence)] if reading.free_text else []


class SecondOpinionEngine:
    """An OCR engine's lines and the plate network's line for the same crop."""

    def __init__(self, ocr: OcrEngine, net: PlateNetEngine | None = None) -> None:
        self.ocr = ocr
        self.net = net or PlateNetEngine()
        self.name = f"{ocr.name}+{self.net.name}"

    def load(self) -> None:
        self.ocr.load()
        self.net.load()

    def read_line(self, crop_bgr: np.ndarray) -> list[tuple[str, float]]:
        return [*self.ocr.read_line(crop_bgr), *self.net.read_line(crop_bgr)]

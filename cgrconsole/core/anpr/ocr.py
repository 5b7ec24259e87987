"""OCR engines behind one interface. Weights come from installed packages; nothing is downloaded.

RapidOCR (PP-OCR models shipped inside the ``rapidocr`` wheel, run by onnxruntime) and EasyOCR are general
OCR engines; ``plate_net`` is the plate network (weights in the package's resources), the default, and
``rapidocr+plate_net`` both side by side.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

if TYPE_CHECKING:
    from cgrconsole.core.anpr.plate_net import PlateNet

ENGINES = ("rapidocr", "easyocr", "plate_net", "rapidocr+plate_net")  # easyocr needs the [easyocr] extra
DEFAULT_ENGINE = "plate_net"  # the most exact and fastest on both plate sets: docs/plate_net.md


class OcrEngine(Protocol):
    name: str

    def load(self) -> None:
        """Load the model now (otherwise the first read does, and its timing includes the load)."""
        ...

    def read_line(self, crop_bgr: np.ndarray) -> list[tuple[str, float]]:
        """Text lines read from a plate crop (BGR), each with a confidence 0..1."""
        ...


class RapidOcrEngine:
    """Recognition only (no text detection): plate crops come from our own finder."""

    name = "rapidocr"

    def __init__(self) -> None:
        self._ocr: Any = None  # rapidocr.RapidOCR, imported on first use

    def load(self) -> None:
        if self._ocr is None:
            logging.getLogger("RapidOCR").setLevel(logging.WARNING)
            try:
                from rapidocr import RapidOCR  # heavy import (onnxruntime): only when recognition is used
            except ImportError as exc:  # the installers carry plate_net only (packaging/README.md)
                raise RuntimeError(
                    "the rapidocr engine is not installed here (the installers carry the plate_net reader "
                    'only): set [anpr] engine = "plate_net", or install the console from source with rapidocr'
                ) from exc

            self._ocr = RapidOCR()
            logging.getLogger("RapidOCR").setLevel(logging.WARNING)

    def read_line(self, crop_bgr: np.ndarray) -> list[tuple[str, float]]:
        self.load()
        assert self._ocr is not None
        result = self._ocr(crop_bgr, use_det=False, use_cls=False, use_rec=True)
        texts, scores = result.txts or (), result.scores or ()
        return [(str(t), float(s)) for t, s in zip(texts, scores, strict=False) if t]


FREE_TEXT_FACTOR = 0.5  # the plate network's text that fits no format is a weak line (shown, never sent)


class PlateNetEngine:
    """The plate network (:mod:`~cgrconsole.core.anpr.plate_net`) in an OCR engine's place: one line per
    crop, the plate decoded under the formats or, when none fits, its free text."""

    name = "plate_net"

    def __init__(self, net: PlateNet | None = None) -> None:
        from cgrconsole.core.anpr.plate_net import PlateNet  # OpenCV's DNN module: only when it is used

        self.net = net or PlateNet()

    def load(self) -> None:
        self.net.load()

    def read_line(self, crop_bgr: np.ndarray) -> list[tuple[str, float]]:
        reading = self.net.read(crop_bgr)
        if reading.plate:
            return [(reading.plate, reading.confidence)]
        return [(reading.free_text, FREE_TEXT_FACTOR * reading.confidence)] if reading.free_text else []


class SecondOpinionEngine:
    """An OCR engine's lines and the plate network's line for the same crop. The reader pools them as two
    reads of one look (``interpret.pool_reads``): when they agree the plate keeps its score, when they
    disagree neither plate keeps more than half of it, below auto-send, until other views settle it."""

    def __init__(self, ocr: OcrEngine, net: PlateNetEngine | None = None) -> None:
        self.ocr = ocr
        self.net = net or PlateNetEngine()
        self.name = f"{ocr.name}+{self.net.name}"

    def load(self) -> None:
        self.ocr.load()
        self.net.load()

    def read_line(self, crop_bgr: np.ndarray) -> list[tuple[str, float]]:
        return [*self.ocr.read_line(crop_bgr), *self.net.read_line(crop_bgr)]


def create_engine(name: str = DEFAULT_ENGINE) -> OcrEngine:
    if name == "rapidocr":
        return RapidOcrEngine()
    if name == "easyocr":
        from cgrconsole.core.anpr.ocr_easyocr import EasyOcrEngine  # imports torch only on load()

        return EasyOcrEngine()
    if name == "plate_net":
        return PlateNetEngine()
    if name == "rapidocr+plate_net":
        return SecondOpinionEngine(RapidOcrEngine())
    raise ValueError(f"unknown OCR engine {name!r}; available: {', '.join(ENGINES)}")

"""OCR engines behind one interface. Weights come from installed packages; nothing is downloaded.

RapidOCR (PP-OCR models shipped inside the ``rapidocr`` wheel, run by onnxruntime) is the default.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

import numpy as np

ENGINES = ("rapidocr", "easyocr", "plate_net", "rapidocr+plate_net")  # easyocr needs the [easyocr] extra


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
            from rapidocr import RapidOCR  # heavy import (onnxruntime): only when recognition is used

            self._ocr = RapidOCR()
            logging.getLogger("RapidOCR").setLevel(logging.WARNING)

    def read_line(self, crop_bgr: np.ndarray) -> list[tuple[str, float]]:
        self.load()
        assert self._ocr is not None
        result = self._ocr(crop_bgr, use_det=False, use_cls=False, use_rec=True)
        texts, scores = result.txts or (), result.scores or ()
        return [(str(t), float(s)) for t, s in zip(texts, scores, strict=False) if t]


def create_engine(name: str = "rapidocr") -> OcrEngine:
    if name == "rapidocr":
        return RapidOcrEngine()
    if name == "easyocr":
        from cgrconsole.core.anpr.ocr_easyocr import EasyOcrEngine  # imports torch only on load()

        return EasyOcrEngine()
    if name in ("plate_net", "rapidocr+plate_net"):  # the plate network (plate_net_engine.py)
        from cgrconsole.core.anpr.plate_net_engine import PlateNetEngine, SecondOpinionEngine

        return PlateNetEngine() if name == "plate_net" else SecondOpinionEngine(RapidOcrEngine())
    raise ValueError(f"unknown OCR engine {name!r}; available: {', '.join(ENGINES)}")

"""Plate recognition's settings (the ``[anpr]`` table): plain data, validated by ``cgrconsole.config``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class AnprConfig:
    """Plate recognition on cameras with ``anpr = true``."""

    enabled: bool = True
    # the plate reader (ocr.ENGINES; the default is ocr.DEFAULT_ENGINE): plate_net is the plate network,
    # rapidocr+plate_net both side by side (a second opinion), rapidocr / easyocr the general OCR engines
    engine: Literal["rapidocr", "easyocr", "plate_net", "rapidocr+plate_net"] = "plate_net"
    sample_fps: float = 5.0  # frames analysed per second and camera (when something moves)
    auto_send_min_confidence: float = 0.95  # for cameras with auto_send = true
    auto_send_queued_only: bool = False  # and then only plates in today's CarGoRuqsat queue (TruckNumbers)

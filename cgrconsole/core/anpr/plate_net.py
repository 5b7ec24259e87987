"""The plate-specific recognizer: a small CRNN trained on rendered plates, run by OpenCV's DNN module.

The network (``training/model.py``, trained by ``training/train.py``; figures in ``docs/plate_net.md``)
reads a plate crop stretched to :data:`INPUT_HEIGHT` x :data:`INPUT_WIDTH` gray pixels and gives, for each
of its time steps, the probabilities of the CTC blank and of each character of :data:`ALPHABET`.

Decoding is constrained by the plate formats (:mod:`~cgrconsole.core.anpr.grammar_decode`): the best CTC
path whose text fits a format, per-position alphabets applied while decoding, not as a repair after it.
The weights ship in the package's resources (``models/plate_net.onnx``): nothing is downloaded, no torch
at run time. OpenCV (already there for the finder) runs the ONNX file: its outputs match onnxruntime's to
within 1e-5 (docs/benchmarks.md, "Trimmed again"), and the installed console carries no 35 MB onnxruntime.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cv2
import numpy as np

from cgrconsole.core.anpr.grammar_decode import ALPHABET, PlateNetReading, decode

INPUT_HEIGHT, INPUT_WIDTH = 32, 128
__all__ = ["ALPHABET", "INPUT_HEIGHT", "INPUT_WIDTH", "PlateNet", "PlateNetReading", "prepare"]
MODEL_FILE = "models/plate_net.onnx"  # inside the resources folder (cgrconsole.resources.resource_dir)


def prepare(crop: np.ndarray) -> np.ndarray:
    """A plate crop (BGR or gray, any size) as the network's input: 1 x 1 x H x W float32 in [0, 1].

    Gray, stretched to the input size, contrast stretched between its 2nd and 98th percentile, so that a
    night or overexposed plate looks like a day one.
    """
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if crop.ndim == 3 else crop
    shrink = gray.shape[0] > INPUT_HEIGHT or gray.shape[1] > INPUT_WIDTH
    small = cv2.resize(
        gray, (INPUT_WIDTH, INPUT_HEIGHT), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_LINEAR
    ).astype(np.float32)
    lo, hi = np.percentile(small, (2, 98))
    scaled = (small - lo) / max(float(hi - lo), 8.0)
    return np.clip(scaled, 0.0, 1.0).astype(np.float32)[None, None]


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax of T x C logits."""
    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


def default_model_path() -> Path:
    from cgrconsole.resources import resource_dir

    return resource_dir() / MODEL_FILE


class PlateNet:
    """The recognizer's network. Constructing it does no I/O; :meth:`load` does.

    Not thread-safe; one per recognition thread, like the OCR engines. OpenCV's own thread setting
    (``cv2.setNumThreads``) applies, as for the rest of the pipeline.
    """

    name = "plate_net"

    def __init__(self, model_path: Path | None = None) -> None:
        self.model_path = model_path
        self._net: Any = None

    def load(self) -> None:
        if self._net is not None:
            return
        path = self.model_path or default_model_path()
        if not path.is_file():
            raise FileNotFoundError(f"plate recognizer model missing: {path} (reinstall the console)")
        self._net = cv2.dnn.readNetFromONNX(str(path))

    def probabilities(self, crops: list[np.ndarray]) -> np.ndarray:
        """N x T x (1 + len(ALPHABET)) class probabilities of the plate crops (BGR or gray)."""
        self.load()
        self._net.setInput(np.concatenate([prepare(c) for c in crops]), "image")
        return softmax(self._net.forward())

    def read(self, crop: np.ndarray) -> PlateNetReading:
        """The plate in one crop (BGR or gray), decoded under the plate formats."""
        return decode(self.probabilities([crop])[0])

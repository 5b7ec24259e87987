"""Let ``import torchvision`` (so ``import easyocr``) work on CPU torch when its C++ ops cannot load.

Why this exists: PyPI's Linux torchvision 0.28.0 wheel is built against CUDA torch. Its ``_C.so`` links
``libtorch_cuda.so``, which the CPU torch 2.13.0 wheel we pin does not have, so torchvision imports
without its operators. Most of torchvision copes with that, but ``torchvision/_meta_registrations.py``
registers fake kernels for ``torchvision::nms`` and ``torchvision::qnms`` unconditionally, and that dies
with ``RuntimeError: operator torchvision::nms does not exist``.

:func:`ensure_torchvision_importable` defines those two operator schemas, with a plain-torch CPU
kernel so the operator is real rather than a stub, before torchvision is imported, and only when
torchvision's ``_C`` cannot load. The other ``_C`` operators (roi_align, deform_conv2d, ...) stay
missing, and ``torchvision.ops`` keeps saying so when called, because torchvision checks for its
extension first. EasyOCR only needs ``torchvision.transforms``. Windows torch wheels from PyPI are
CPU builds whose torchvision ``_C`` loads, so there this does nothing.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
import threading
from typing import Any

NMS_SCHEMA = "(Tensor dets, Tensor scores, float iou_threshold) -> Tensor"  # as torchvision's C++ defines it

_lock = threading.Lock()
_library: Any = None  # the torch.library.Library holding our definitions: it must stay alive


def ensure_torchvision_importable() -> bool:
    """Define ``torchvision::nms``/``qnms`` if torchvision's ``_C`` cannot provide them.

    Call it before the first ``import torchvision`` (or ``easyocr``). Returns True when the
    definitions were installed (now or by an earlier call), False when they are not needed.
    """
    global _library
    with _lock:
        if _library is not None:
            return True
        if "torchvision" in sys.modules or os.name == "nt":
            return False  # already imported (nothing to fix now), or Windows (CPU wheels load)
        package = importlib.util.find_spec("torchvision")  # finds it without importing it
        if package is None or not package.submodule_search_locations:
            return False  # not installed: importing it fails anyway, and says why
        import torch

        if _has_op(torch, "nms") or _extension_loads(torch, next(iter(package.submodule_search_locations))):
            return False
        library = torch.library.Library("torchvision", "DEF")
        library.define("nms" + NMS_SCHEMA)
        library.define("qnms" + NMS_SCHEMA)
        for op in ("nms", "qnms"):
            # CPU for plain tensors, QuantizedCPU for qnms's quantized ones (dequantized first).
            for key in ("CPU", "QuantizedCPU"):
                library.impl(op, nms_reference, key)
        _library = library
        return True


def nms_reference(dets: Any, scores: Any, iou_threshold: float) -> Any:
    """Greedy non-maximum suppression, like torchvision's CPU kernel: indices kept, best score first.

    Boxes are ``(x1, y1, x2, y2)``; a box is dropped when its IoU with a kept, higher-scoring box is
    greater than ``iou_threshold``. Ties in score keep the input order (torchvision sorts stably).
    """
    import torch

    if dets.is_quantized:
        dets, scores = dets.dequantize(), scores.dequantize()
    if dets.numel() == 0:
        return torch.empty(0, dtype=torch.long, device=dets.device)
    x1, y1, x2, y2 = dets.unbind(1)
    areas = (x2 - x1) * (y2 - y1)
    order = torch.sort(scores, stable=True, descending=True).indices
    suppressed = torch.zeros(dets.size(0), dtype=torch.bool, device=dets.device)
    keep = []
    for i in order.tolist():  # a Python loop over boxes: N is tens to hundreds where this is used
        if suppressed[i]:
            continue
        keep.append(i)
        width = (torch.minimum(x2[i], x2) - torch.maximum(x1[i], x1)).clamp(min=0)
        height = (torch.minimum(y2[i], y2) - torch.maximum(y1[i], y1)).clamp(min=0)
        inter = width * height
        suppressed |= inter / (areas[i] + areas - inter) > iou_threshold
    return torch.tensor(keep, dtype=torch.long, device=dets.device)


def _has_op(torch: Any, name: str) -> bool:
    try:
        getattr(torch.ops.torchvision, name)
    except (AttributeError, RuntimeError):
        return False
    return True


def _extension_loads(torch: Any, package_dir: str) -> bool:
    """Load torchvision's ``_C`` the way torchvision does (loading it again later is a no-op)."""
    details = (importlib.machinery.ExtensionFileLoader, importlib.machinery.EXTENSION_SUFFIXES)
    finder = importlib.machinery.FileFinder(package_dir, details)
    extension = finder.find_spec("_C")
    if extension is None or extension.origin is None:
        return False
    try:
        torch.ops.load_library(extension.origin)
    except (ImportError, OSError):
        return False
    return True

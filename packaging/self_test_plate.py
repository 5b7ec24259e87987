"""Make ``resources/self_test/plate.jpg``, the plate ``cgrconsole --self-test`` reads (run once, commit it).

The project's own plate renderer draws a Kazakh 2012 private plate on a grey margin, as a camera crop would
show it; the self-test expects the network to read exactly :data:`PLATE` from it.

    python packaging/self_test_plate.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cgrconsole.core.anpr.formats import FORMATS_BY_NAME  # noqa: E402
from cgrconsole.core.synthetic.plate_render import render_plate  # noqa: E402
from cgrconsole.self_test.local import PLATE, PLATE_FORMAT, PLATE_IMAGE  # noqa: E402


def main() -> None:
    plate = render_plate(PLATE, FORMATS_BY_NAME[PLATE_FORMAT], height=56)
    margin = 6
    crop = np.full((plate.shape[0] + 2 * margin, plate.shape[1] + 2 * margin, 3), 96, np.uint8)
    crop[margin : margin + plate.shape[0], margin : margin + plate.shape[1]] = plate
    target = ROOT / "resources" / PLATE_IMAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    ok, data = cv2.imencode(".jpg", crop, [cv2.IMWRITE_JPEG_QUALITY, 85])
    assert ok
    target.write_bytes(data.tobytes())
    print(f"{target}: {crop.shape[1]}x{crop.shape[0]}, {len(data)} bytes")


if __name__ == "__main__":
    main()

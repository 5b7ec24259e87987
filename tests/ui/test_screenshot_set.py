"""The screenshots issue 13 asks for are all in docs/screenshots, in English and Russian, and each is a real
picture: the size its window or dialog has, many colours, not a flat field. Run last (tests/ui/conftest.py
moves these tests after the ones that make the pictures), so ``make screenshots`` checks what it just made."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

# base name → (smallest width, smallest height, largest width, largest height) of the picture; a dialog
# fits the 1280 x 800 screen of the smallest checkpoint PC
EXPECTED: dict[str, tuple[int, int, int, int]] = {
    "review_main_window": (1280, 800, 1280, 800),  # the main window while plates arrive
    "events_panel": (1280, 800, 1280, 800),  # the main window with events in every state
    "correction_typing": (600, 300, 1200, 800),  # a correction in progress, typed on the list
    "event_details": (900, 600, 1400, 1000),  # details with the archive player at the event
    "history_window": (900, 500, 1400, 1000),
    "settings_cameras": (900, 600, 1280, 900),
    "settings_site": (900, 600, 1280, 900),
    "settings_archive": (900, 600, 1280, 900),
    "settings_destinations": (900, 600, 1280, 900),
    "settings_language": (900, 600, 1280, 900),
    "log_viewer": (900, 500, 1400, 1000),
    "health_cameras": (800, 600, 1400, 1000),
    "health_uplinks": (800, 600, 1400, 1000),
}
LANGUAGES = ("en", "ru")


def file_name(base: str, language: str) -> str:
    return f"{base}.png" if language == "en" else f"{base}_{language}.png"


EXPECTED_FILES = [file_name(base, language) for base in EXPECTED for language in LANGUAGES]


@pytest.mark.after_screenshots
@pytest.mark.parametrize("name", EXPECTED_FILES)
def test_screenshot_set_each_is_a_real_picture(name: str) -> None:
    path = DOCS / name
    assert path.is_file(), f"{name} is missing: run make screenshots"
    image = cv2.imread(str(path))
    assert image is not None, f"{name} is not a picture"
    height, width = image.shape[:2]
    base = name.removesuffix(".png").removesuffix("_ru")
    min_w, min_h, max_w, max_h = EXPECTED[base]
    assert min_w <= width <= max_w and min_h <= height <= max_h, f"{name} is {width}×{height}"
    sample = image[::7, ::7].reshape(-1, 3)
    colours = len(np.unique(sample, axis=0))
    assert colours > 100, f"{name} has {colours} colours: nearly one colour"
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    assert float(gray.std()) > 12, f"{name} is nearly flat (std {gray.std():.1f})"
    # no big empty area: three quarters of the height (in eighths) hold something besides the background
    empty = [i for i, band in enumerate(np.array_split(gray, 8)) if float(band.std()) <= 2]
    assert len(empty) <= 2, f"{name} is empty in eighths {empty} of its height"

"""The default engine's reader, loaded once for all reader tests."""

from __future__ import annotations

import pytest

from cgrconsole.core.anpr.ocr import create_engine
from cgrconsole.core.anpr.reader import PlateReader


@pytest.fixture(scope="session")
def reader() -> PlateReader:
    engine = create_engine("rapidocr")
    engine.load()
    return PlateReader(engine)

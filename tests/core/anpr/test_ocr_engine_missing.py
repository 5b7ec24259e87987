"""An engine whose package is not installed (the installers carry plate_net only) says so and what to do."""

from __future__ import annotations

import sys

import pytest

from cgrconsole.core.anpr.ocr import create_engine


def test_rapidocr_missing_says_which_engine_to_choose(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rapidocr", None)  # `import rapidocr` now raises ImportError
    engine = create_engine("rapidocr")
    with pytest.raises(RuntimeError, match='engine = "plate_net"'):
        engine.load()

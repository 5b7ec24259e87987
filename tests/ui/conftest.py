from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from support.events import OFFICER

from cgrconsole.config import CameraConfig, Config, IngestConfig
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.review.shift import FILE_NAME as SHIFT_FILE
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.destination import Destination
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths
from cgrconsole.ui.i18n import install_translator
from cgrconsole.ui.main_window import MainWindow


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "after_screenshots: runs after every other test (checks their pictures)"
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The checks of the saved screenshots run once the tests that make them have run."""
    items.sort(key=lambda item: item.get_closest_marker("after_screenshots") is not None)


FAST = IngestConfig(open_timeout_s=2, read_timeout_s=2, backoff_initial_s=0.3, backoff_max_s=2)


def make_engine(
    tmp_path: Path,
    cameras: list[CameraConfig],
    destinations: Sequence[Destination] | None = None,
    secrets: SecretStore | None = None,
    officer: str | None = OFFICER,
    **config: object,
) -> Engine:
    """``officer``: the officer on shift the data folder remembers (None: nobody yet, the first decision
    asks)."""
    paths = AppPaths(tmp_path / "data", tmp_path / "data" / "archive", tmp_path / "data" / "logs")
    if officer is not None:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        (paths.data_dir / SHIFT_FILE).write_text(json.dumps({"officer": officer}), encoding="utf-8")
    config.setdefault("live", LiveConfig(bind="127.0.0.1", port=0))  # no test listens on 0.0.0.0:8443
    return Engine(
        Config(cameras=tuple(cameras), ingest=FAST, **config),
        paths,  # type: ignore[arg-type]
        secrets or SecretStore(MemoryKeyring()),
        destinations=destinations,
    )


@pytest.fixture
def engine_factory(tmp_path: Path) -> Iterator:
    engines: list[Engine] = []

    def build(
        cameras: list[CameraConfig],
        destinations: Sequence[Destination] | None = None,
        secrets: SecretStore | None = None,
        officer: str | None = OFFICER,
        **config: object,
    ) -> Engine:
        engines.append(make_engine(tmp_path, cameras, destinations, secrets, officer, **config))
        return engines[-1]

    yield build
    for engine in engines:
        engine.stop()


@pytest.fixture
def open_window(qtbot):
    """Show a main window over an engine and start both, as the application does."""

    def open_(engine: Engine, width: int = 1024, height: int = 640) -> MainWindow:
        window = MainWindow(engine)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        engine.start()
        window.start()
        return window

    return open_


@pytest.fixture
def language(request, qapp) -> Iterator[str]:
    """The UI in a language for one test (the test's parameter, Russian by default), English again after."""
    lang = getattr(request, "param", "ru")
    translator = install_translator(qapp, lang)
    assert translator is not None or lang == "en", "run 'make translations' first"
    yield lang
    if translator is not None:
        QCoreApplication.removeTranslator(translator)

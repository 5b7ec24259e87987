"""The demo names its cameras and site in the window's language (a newcomer saw English names in ru/kk)."""

from __future__ import annotations

import argparse
import re

import pytest

from cgrconsole import app
from cgrconsole.demo import DEMO_CAMERAS, demo_config

CYRILLIC = re.compile("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_demo_name_is_in_the_language(language: str) -> None:
    config = demo_config(language=language)
    assert CYRILLIC.search(config.site.name), config.site.name
    for camera in config.cameras:
        assert CYRILLIC.search(camera.label) and not re.search("[A-Za-z]", camera.label), camera.label
    assert [c.name for c in config.cameras] == [c.name for c in DEMO_CAMERAS]  # folder names stay


def test_english_and_an_unknown_language_keep_the_english_names() -> None:
    for language in ("en", "de"):
        config = demo_config(language=language)
        assert config.site.name == "Demo checkpoint"
        assert [c.label for c in config.cameras] == [c.title for c in DEMO_CAMERAS]


@pytest.mark.parametrize(
    ("headless", "lang", "expected"), [(False, "kk", "Кіру 1"), (True, None, "Entry lane 1")]
)
def test_the_demo_run_takes_the_language_asked_for(tmp_path, headless, lang, expected) -> None:
    args = argparse.Namespace(demo=True, headless=headless, lang=lang, data_dir=tmp_path, config=None)
    report, _paths, _secrets = app.load(args)
    try:
        assert report.config.cameras[0].label == expected
    finally:
        args.demo_standins.stop()

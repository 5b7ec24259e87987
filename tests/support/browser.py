"""Headless Debian chromium driven by PyPI playwright: the one way browser tests and benchmarks start it.

Never a browser playwright downloads (``playwright install`` cannot reach its CDN here, and the point is
the browser a user has): the system's ``/usr/bin/chromium``, headless, with the flags of
../shared/research/LLHLS.md §5, autoplay allowed for muted video, and certificate errors ignored (the
console's live server has a self-signed certificate). A test that cannot run says why: skipped on a
developer's machine, failed under ``CI=1`` (``make test`` installs every part, so a skip there is a defect).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = "/usr/bin/chromium"
FLAGS = (
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",  # muted players start without a click
)
H264_TYPES = ('video/mp4; codecs="avc1.42E01E"', 'video/mp4; codecs="avc1.640028"')  # Baseline, High 4.0


def browser_missing(*, ffmpeg: bool = False) -> str:
    """Why a browser test cannot run here ("" when it can)."""
    if not Path(CHROMIUM).exists():
        return "Debian chromium is not installed (apt-get install chromium; make test does it as root)"
    if ffmpeg and shutil.which("ffmpeg") is None:
        return "ffmpeg is not installed (apt-get install ffmpeg)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright (PyPI) is not installed in the venv"
    return ""


def skip_or_fail(reason: str) -> None:
    """Skip with ``reason`` locally; fail under CI=1, where every part must be installed."""
    if os.environ.get("CI"):
        pytest.fail(f"required on CI: {reason}")
    pytest.skip(reason)


def require_browser(*, ffmpeg: bool = False) -> None:
    """Skip or fail (see :func:`skip_or_fail`) unless chromium, playwright (and ffmpeg if asked) are here."""
    reason = browser_missing(ffmpeg=ffmpeg)
    if reason:
        skip_or_fail(reason)


@contextmanager
def chromium(**launch: Any) -> Iterator[Browser]:
    """The system chromium, headless, with :data:`FLAGS`; closed on exit."""
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=list(FLAGS), **launch)
        try:
            yield browser
        finally:
            browser.close()


def new_page(browser: Browser, errors: list[str] | None = None, **options: Any) -> Page:
    """A page in a fresh context that accepts self-signed certificates; its console errors and
    uncaught exceptions go into ``errors`` when given."""
    page = browser.new_page(ignore_https_errors=True, **options)
    if errors is not None:
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
    return page


def assert_h264_mse(page: Page) -> None:
    """Fail with a clear message unless this browser's MediaSource plays H.264 (what hls.js needs)."""
    supported = page.evaluate(
        "types => types.map(t => typeof MediaSource !== 'undefined' && MediaSource.isTypeSupported(t))",
        list(H264_TYPES),
    )
    missing = [t for t, ok in zip(H264_TYPES, supported, strict=True) if not ok]
    assert not missing, (
        f"this Chromium's MediaSource cannot play H.264 ({', '.join(missing)} unsupported): hls.js cannot "
        f"play the console's streams in it. Use a build with proprietary codecs (Debian's chromium has them)"
    )

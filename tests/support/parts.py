"""System parts a test needs (GStreamer, ffprobe, OpenSSH, a plate font): skip without them, say why.

On the Linux CI ``make test`` installs every part, so there a missing one fails the test instead of
hiding it. Elsewhere (a developer's machine, the Windows CI, which installs only the Python packages)
the test is skipped with the reason.
"""

from __future__ import annotations

import os
import sys

import pytest


def required_on_linux_ci() -> bool:
    return bool(os.environ.get("CI")) and sys.platform == "linux"


def missing_part(reason: str) -> None:
    """Skip (or, on the Linux CI, fail) the running test because ``reason``."""
    if required_on_linux_ci():
        pytest.fail(f"required on CI: {reason}")
    pytest.skip(reason)

"""Finding the ``resources/`` folder (translations, later icons, the player page) wherever the console runs.

- a PyInstaller bundle: ``<bundle>/resources``;
- an installed wheel: ``cgrconsole/_resources`` inside the package (``setup.py`` copies it there at build);
- a checkout (and an editable install): the top-level ``resources/`` next to the package.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGED = "_resources"  # the folder's name inside an installed package


def resource_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / PACKAGED
    if installed.is_dir():
        return installed
    return package.parent / "resources"

"""libvlc for the archive player (and the self-test), loaded once and only when a video is to be played.

python-vlc's own discovery is unkind to an application: a wrong ``PYTHON_VLC_LIB_PATH`` or
``PYTHON_VLC_MODULE_PATH`` ends the process (``sys.exit(1)`` at import), and on Linux without libvlc
``import vlc`` succeeds on the process's own symbols and the first call fails with ``NameError``. Here
every one of those ends as a ``VlcMissing`` with the reason in words, and the console goes on without
a player (the dialog offers the system's player instead).

No Qt here: the window's player and ``cgrconsole --self-test`` share this one discovery.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import logging
import os
import sys
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

# No audio (the archive has none), no title over the picture, no keyboard or mouse taken from Qt.
BASE_ARGS = ("--no-audio", "--no-video-title-show", "--no-xlib", "--quiet")


ORIGINS = {"bundled": "bundled with the console", "installed": "installed VLC", "system": "system libvlc"}


@dataclass(frozen=True)
class Vlc:
    module: ModuleType
    instance: Any  # vlc.Instance
    version: str
    library: str = ""  # the file loaded, where the system says (else the name python-vlc asked for)

    @property
    def source(self) -> str:
        """Which libvlc this is, for the self-test: "bundled" (the installer's own), "installed" (VLC on
        Windows) or "system"."""
        bundled = bundled_vlc_dir()
        if bundled is not None and self.library and Path(self.library).parent == bundled:
            return "bundled"
        return "installed" if sys.platform == "win32" else "system"

    @property
    def origin(self) -> str:
        """The same for the log."""
        return ORIGINS[self.source]


@dataclass(frozen=True)
class VlcMissing:
    reason: str  # for the log and the dialog's details


_loaded: dict[tuple[str, ...], Vlc | VlcMissing] = {}


def problem_before_import(environ: Mapping[str, str] = os.environ) -> str | None:
    """What would make ``import vlc`` exit the process or load nothing, found without importing it."""
    lib = environ.get("PYTHON_VLC_LIB_PATH")
    if lib is not None and not os.path.isfile(lib):
        return f"PYTHON_VLC_LIB_PATH names no file: {lib}"
    plugins = environ.get("PYTHON_VLC_MODULE_PATH")
    if plugins and not os.path.isdir(plugins):
        return f"PYTHON_VLC_MODULE_PATH names no folder: {plugins}"
    if lib is None and sys.platform.startswith("linux") and ctypes.util.find_library("vlc") is None:
        try:
            ctypes.CDLL("libvlc.so.5")
        except OSError:
            return "libvlc is not installed (Debian/Ubuntu: apt install libvlc5 vlc-plugin-base)"
    return None


BUNDLED_DIR = "vlc"  # <bundle>/vlc: libvlc.dll, libvlccore.dll, plugins/ (the Windows installer's own)


def bundled_vlc_dir() -> Path | None:
    """The installer's own libvlc (Windows: packaging/windows/fetch_libvlc.ps1 puts it there), if any."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return None
    folder = Path(bundle) / BUNDLED_DIR
    return folder if (folder / "libvlc.dll").is_file() or (folder / "libvlc.so.5").is_file() else None


def use_bundled_vlc(environ: MutableMapping[str, str] = os.environ) -> Path | None:
    """Point python-vlc at the bundle's libvlc and plugins (before ``import vlc``), unless the admin set
    ``PYTHON_VLC_LIB_PATH`` already; returns the folder used, or None (then python-vlc looks for an
    installed VLC: the registry and Program Files on Windows, the system's libvlc on Linux)."""
    folder = bundled_vlc_dir()
    if folder is None or "PYTHON_VLC_LIB_PATH" in environ:
        return None
    library = next(p for p in (folder / "libvlc.dll", folder / "libvlc.so.5") if p.is_file())
    environ["PYTHON_VLC_LIB_PATH"] = str(library)
    environ["PYTHON_VLC_MODULE_PATH"] = str(folder / "plugins")
    if hasattr(os, "add_dll_directory"):  # libvlc.dll finds libvlccore.dll beside it
        os.add_dll_directory(str(folder))
    return folder


def load_vlc(args: tuple[str, ...] = (), environ: Mapping[str, str] = os.environ) -> Vlc | VlcMissing:
    """libvlc with ``BASE_ARGS + args``, or why not; never raises, never exits (cached per ``args``)."""
    if environ is os.environ:
        use_bundled_vlc()
    key = (*args, environ.get("PYTHON_VLC_LIB_PATH", ""), environ.get("PYTHON_VLC_MODULE_PATH", ""))
    if key not in _loaded:
        _loaded[key] = _load(tuple(args), environ)
        found = _loaded[key]
        if isinstance(found, VlcMissing):
            log.warning("archive player unavailable: %s", found.reason)
        else:
            log.info("archive player: libvlc %s, %s (%s)", found.version, found.origin, found.library)
    return _loaded[key]


def _load(args: tuple[str, ...], environ: Mapping[str, str]) -> Vlc | VlcMissing:
    problem = problem_before_import(environ)
    if problem is not None:
        return VlcMissing(problem)
    try:
        import vlc
    except SystemExit:  # python-vlc's discovery gave up (it logs why)
        return VlcMissing("python-vlc could not find libvlc (it tried to exit the program)")
    except Exception as exc:  # OSError from ctypes, an ImportError of python-vlc itself
        return VlcMissing(f"python-vlc did not load: {type(exc).__name__}: {exc}")
    try:
        version = vlc.libvlc_get_version().decode("utf-8", "replace")
        instance = vlc.Instance([*BASE_ARGS, *args])
    except Exception as exc:  # NameError/AttributeError: the library is not libvlc
        return VlcMissing(f"libvlc did not load: {type(exc).__name__}: {exc}")
    if instance is None:
        return VlcMissing(f"libvlc {version} did not start (its plugins may be missing: vlc-plugin-base)")
    return Vlc(vlc, instance, version, loaded_library(vlc))


def loaded_library(module: Any) -> str:
    """Which libvlc python-vlc loaded: its file from the process's memory map on Linux, else its name."""
    name = str(getattr(getattr(module, "dll", None), "_name", "") or "")
    maps = Path("/proc/self/maps")
    if maps.is_file():
        with contextlib.suppress(OSError):
            for line in maps.read_text().splitlines():
                path = line.split(maxsplit=5)[-1] if line.count(" ") >= 5 else ""
                if "/libvlc.so" in path:
                    return path.strip()
    return name

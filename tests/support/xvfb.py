"""A real X server (Xvfb) for the one test that opens the window as an officer's desktop would.

Xvfb keeps its screen in a file (``-fbdir``, XWD format), so the test reads what is really on the screen
without any X client of its own: a window that never opened, or stayed black, shows as black.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np

SIZE = (1280, 800)


def xcb_libraries_missing() -> list[str]:
    """The libraries PySide6's xcb platform plugin links that this system lacks (``ldd``: not found)."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return []
    listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    return sorted({line.split()[0] for line in listing.splitlines() if "not found" in line})


def xvfb_missing() -> str | None:
    """Why the window cannot be opened on a real X server here, or None when it can."""
    if not sys.platform.startswith("linux"):
        return "Xvfb (a real X server) exists on Linux only"
    if shutil.which("Xvfb") is None:
        return "Xvfb is not installed: apt-get install xvfb (make test installs it when run as root)"
    missing = xcb_libraries_missing()
    if missing:
        return (
            f"Qt's xcb platform plugin cannot load, these libraries are missing: {', '.join(missing)}. "
            "make demo or make test installs them as root (GUI_PACKAGES in the Makefile)"
        )
    return None


class Xvfb:
    """One X server on a free display number, its screen readable as an RGB array."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""

    def start(self, timeout: float = 10.0) -> Xvfb:
        self.folder.mkdir(parents=True, exist_ok=True)
        read, write = os.pipe()
        width, height = SIZE
        screen = ["-screen", "0", f"{width}x{height}x24", "-br"]  # -br: black until a window paints
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), *screen, "-nolisten", "tcp", "-fbdir", str(self.folder)],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        os.close(write)
        with os.fdopen(read) as ready:  # Xvfb writes its display number when it accepts clients
            number = ready.readline().strip()
        if not number:
            _out, err = self.process.communicate(timeout=timeout)
            raise RuntimeError(f"Xvfb did not start: {err.decode(errors='replace')[-500:]}")
        self.display = f":{number}"
        return self

    def screen(self) -> np.ndarray:
        """What the screen shows now: height x width x 3, uint8 RGB."""
        return read_xwd((self.folder / "Xvfb_screen0").read_bytes())

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


def read_xwd(data: bytes) -> np.ndarray:
    """An XWD image (Xvfb's frame buffer file: 24-bit TrueColor in 32-bit pixels) as RGB."""
    order = ">" if int.from_bytes(data[:4], "big") < 4096 else "<"
    header = np.frombuffer(data, dtype=f"{order}u4", count=25)
    header_size, width, height = int(header[0]), int(header[4]), int(header[5])
    byte_order, bits_per_pixel, bytes_per_line = int(header[7]), int(header[11]), int(header[12])
    masks, colours = header[14:17], int(header[19])
    if bits_per_pixel != 32:
        raise ValueError(f"unexpected XWD pixel size {bits_per_pixel}")
    start = header_size + 12 * colours  # the colour map (XWDColor: 12 bytes each) precedes the pixels
    pixels = np.frombuffer(
        data, dtype=">u4" if byte_order else "<u4", count=height * bytes_per_line // 4, offset=start
    )
    pixels = pixels.reshape(height, bytes_per_line // 4)[:, :width]
    channels = []
    for mask in (int(m) for m in masks):
        shift = (mask & -mask).bit_length() - 1
        channels.append(((pixels & mask) >> shift).astype(np.uint8))
    return np.dstack(channels)

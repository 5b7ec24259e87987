"""Fewer malloc arenas on glibc, so the console's memory settles instead of creeping up.

glibc gives each thread that allocates concurrently an arena of its own, up to 8 per core. The
console's threads (a camera's ingest, recorder and packager, the HTTP server, the recognizer) pass
large buffers between them — video packets, 10–100 KB live parts, segments — freed on another
thread than the one that made them; with many arenas the freed space is scattered and the resident
size grows more than the data does. Two arenas keep it more compact: in one A/B pair with 40
live-stream viewers, the RSS rose 12 MB instead of 18 MB in 4 minutes (docs/benchmarks.md, "Live
stream"; the real growth there was h2's memory of closed streams, see core/live/server.py). Python's
own small objects are unaffected (pymalloc), and the GIL already serializes most allocation.

``MALLOC_ARENA_MAX`` in the environment is the admin's choice and wins. Elsewhere (Windows, macOS,
musl) nothing is done.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

ARENAS = 2
M_ARENA_MAX = -8  # glibc's malloc.h


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Call before the threads start; True when glibc took the limit."""
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return mallopt(M_ARENA_MAX, arenas) == 1

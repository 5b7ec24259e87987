"""Facts about this console process that every layer may read: when it started, how it ends.

Kept tiny and free of imports so the command line, the composition root and the window can all
use it without importing one another.
"""

from __future__ import annotations

import time
from enum import IntEnum

STARTED_AT = time.time()  # the first moment our code runs; start-up timings count from here


class ExitCode(IntEnum):
    """What ``cgrconsole`` returns to the shell (and to a service manager)."""

    OK = 0
    FAILURE = 1
    CONFIG = 2  # the configuration cannot be used; the message names each key
    ALREADY_RUNNING = 3  # another console holds this data folder
    UNHEALTHY = 4  # a demo camera gave no video

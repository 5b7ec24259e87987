"""Facts about this console process that every layer may read: when it started, how it ends.

Kept tiny and free of imports so the command line, the composition root and the window can all
use it without importing one another.
"""

from __future__ import annotations

import subprocess
import sys
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
    RESTART = 5  # the window asked to start again (never returned to the shell: ``start_again`` runs)


def restart_command() -> list[str]:
    """The command that started this console: the installed program, or the interpreter as it was run."""
    if getattr(sys, "frozen", False):  # the installer's executable
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.orig_argv[1:]]


def start_again() -> subprocess.Popen[bytes]:
    """This console once more, as a process of its own (called once this one let go of its data folder)."""
    return subprocess.Popen(restart_command(), stdin=subprocess.DEVNULL)

"""The one way a core service announces what happened: a ``Signal`` its listeners connect to.

Plain callbacks, written once: ``emit`` calls every connected callback on the emitting thread
(each service says in its docstring which thread that is), in the order they connected. A
callback that raises is logged with its traceback and never stops the others or the emitter:
a broken listener must not stop a recorder. ``ui/bridge.py`` turns signals into Qt signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, ParamSpec

P = ParamSpec("P")
log = logging.getLogger(__name__)


class Signal(Generic[P]):
    """``connect(callback)`` then ``emit(*args)``; thread-safe to connect while another thread emits."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._callbacks: tuple[Callable[P, object], ...] = ()
        self._lock = threading.Lock()

    def connect(self, callback: Callable[P, object]) -> None:
        with self._lock:
            self._callbacks = (*self._callbacks, callback)

    def disconnect(self, callback: Callable[P, object]) -> None:
        with self._lock:
            self._callbacks = tuple(c for c in self._callbacks if c != callback)

    def emit(self, *args: P.args, **kwargs: P.kwargs) -> None:
        for callback in self._callbacks:  # a snapshot: connect/disconnect swap the tuple
            try:
                callback(*args, **kwargs)
            except Exception:
                log.exception("a listener of %s failed", self.name)

    def __len__(self) -> int:
        return len(self._callbacks)

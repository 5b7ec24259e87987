"""Logging: a rotating file in the log folder, the console, and a filter that hides secrets.

Every handler carries the ``SecretFilter``: URL passwords and every secret read from the
keyring are replaced with ``***`` before a line is written anywhere.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path

from cgrconsole.core.camera.url import redact_url

LOG_FILE = "cgrconsole.log"
LOG_MAX_BYTES = 10 * 1024 * 1024  # one file's cap: then it is renamed .1 (…) and a new one begun
LOG_BACKUPS = 10  # rotated files kept: at most 11 x 10 MB of file logs on the disk
FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"


class SecretFilter(logging.Filter):
    """Redacts URL credentials and registered secret values in every record."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: frozenset[str] = frozenset()
        self._lock = threading.Lock()

    def add_secret(self, value: str) -> None:
        if value and len(value) >= 3:  # shorter values would blank out ordinary text
            with self._lock:
                self._secrets = self._secrets | {value}

    def redact(self, text: str) -> str:
        text = redact_url(text)
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        redacted = self.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


SECRETS = SecretFilter()


def setup_logging(log_dir: Path | None, level: str = "INFO", console: bool = True) -> None:
    """Configure the root logger once: a rotating file (``LOG_MAX_BYTES``, ``LOG_BACKUPS`` kept), stderr."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level.upper())
    formatter = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = []
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_dir / LOG_FILE, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
        )
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(SECRETS)
        root.addHandler(handler)

"""The officer on shift: the name every decision carries, remembered across restarts, audited.

The console has no log-in for officers: the officer on shift types their name once (at the first
decision, or with the window's Change button) and it stays, in ``officer.json`` in the data folder,
until the next officer takes over. Taking over and ending a shift are written to the audit log
("shift started by X", "shift ended by X"), so the audit says who sat at the console when.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from pathlib import Path

from cgrconsole.core.files import write_atomically
from cgrconsole.core.signals import Signal
from cgrconsole.core.storage.audit import AuditKind, AuditLog

log = logging.getLogger(__name__)

FILE_NAME = "officer.json"
MAX_NAME = 60  # a name and a surname, maybe a rank; longer is a pasted paragraph
SHIFT_STARTED, SHIFT_ENDED = "shift_started", "shift_ended"  # the audit's words (kind review)


def clean_name(text: str) -> str:
    """The name as it is recorded: spaces collapsed, trimmed, at most ``MAX_NAME`` characters."""
    return " ".join(text.split())[:MAX_NAME].strip()


class OfficerShift:
    """Who is on shift. ``load`` reads the data folder (no I/O in the constructor); the GUI thread
    calls ``start``/``end``; ``changed(name)`` fires on it after the file and the audit are written
    (``name`` is "" when the shift ended and nobody took over)."""

    def __init__(self, data_dir: Path, audit: AuditLog, clock: Callable[[], float] = time.time) -> None:
        self.path = data_dir / FILE_NAME
        self._audit = audit
        self._clock = clock
        self._officer = ""
        self._since: float | None = None
        self.changed: Signal[[str]] = Signal("officer on shift changed")

    def load(self) -> str:
        """The officer remembered from the last run ("" when none, or the file is unreadable)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self._officer = clean_name(str(data.get("officer", "")))
            since = data.get("since")
            self._since = float(since) if isinstance(since, int | float) else None
        except FileNotFoundError:
            self._officer = ""
        except (OSError, ValueError, AttributeError) as exc:  # a damaged file: ask again, never crash
            log.warning("the officer on shift could not be read from %s: %s", self.path, exc)
            self._officer = ""
        return self._officer

    def officer(self) -> str:
        """The name decisions are recorded under; "" while nobody has said who is on shift."""
        return self._officer

    @property
    def since(self) -> float | None:
        """When the current shift started (UTC epoch), if known."""
        return self._since if self._officer else None

    def start(self, name: str) -> str:
        """``name`` takes over (the previous officer's shift ends); returns the name as recorded."""
        officer = clean_name(name)
        if not officer:
            raise ValueError("the officer's name is empty")
        if officer == self._officer:
            return officer
        previous = self._officer
        if previous:
            self._audit.record(AuditKind.REVIEW, previous, event=SHIFT_ENDED, by=previous, next=officer)
        now = self._clock()
        self._write({"officer": officer, "since": now})
        self._audit.record(AuditKind.REVIEW, officer, event=SHIFT_STARTED, by=officer, previous=previous)
        self._officer, self._since = officer, now
        log.info("shift started by %s%s", officer, f" (after {previous})" if previous else "")
        self.changed.emit(officer)
        return officer

    def end(self) -> None:
        """The officer leaves and nobody takes over yet: the next decision asks for a name."""
        previous = self._officer
        if not previous:
            return
        self._write({"officer": "", "since": None})
        self._audit.record(AuditKind.REVIEW, previous, event=SHIFT_ENDED, by=previous, next="")
        self._officer, self._since = "", None
        log.info("shift ended by %s", previous)
        self.changed.emit("")

    def _write(self, data: dict[str, object]) -> None:
        write_atomically(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))

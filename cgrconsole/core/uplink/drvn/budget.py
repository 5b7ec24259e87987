"""The getvehicleinfo allowance: at most 10 000 requests per day per provider (seed 2.7 e).

Counted before each call (a call whose answer was lost still counts on the server) and kept in a
small JSON file so a restart does not reset the day's count. The day is ĐBVN's (Vietnam, UTC+7).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cgrconsole.core.files import write_atomically

log = logging.getLogger(__name__)


class DailyBudget:
    """A per-day counter with a limit; ``path`` None keeps it in memory only."""

    def __init__(
        self,
        limit: int,
        path: Path | None,
        clock: Callable[[], float],
        utc_offset_h: int = 7,
    ) -> None:
        self.limit = limit
        self._path = path
        self._clock = clock
        self._tz_offset = timedelta(hours=utc_offset_h)
        self._day = ""
        self._used = 0
        self._loaded = False

    def _today(self) -> str:
        return (datetime.fromtimestamp(self._clock(), UTC) + self._tz_offset).date().isoformat()

    def _load(self) -> None:
        self._loaded = True
        if self._path is None or not self._path.exists():
            return
        try:
            doc = json.loads(self._path.read_text(encoding="utf-8"))
            self._day, self._used = str(doc["day"]), int(doc["used"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            # An unreadable file must not give a fresh allowance: assume today's is spent.
            log.warning("drvn: vehicle-info budget file unreadable (%s); assuming today's is spent", exc)
            self._day, self._used = self._today(), self.limit

    def _save(self) -> None:
        if self._path is None:
            return
        write_atomically(self._path, json.dumps({"day": self._day, "used": self._used}).encode("utf-8"))

    @property
    def used(self) -> int:
        self._roll()
        return self._used

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    def _roll(self) -> None:
        if not self._loaded:
            self._load()
        today = self._today()
        if self._day != today:
            self._day, self._used = today, 0

    def take(self) -> bool:
        """Count one call; False (and nothing counted) when today's allowance is spent."""
        self._roll()
        if self._used >= self.limit:
            return False
        self._used += 1
        self._save()
        return True

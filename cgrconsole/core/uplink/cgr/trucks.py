"""The day's queue (TruckNumbers): reading the list, keeping it, and answering the officer.

The list is kept in memory and in ``cgr_truck_numbers.json`` in the data folder, so a restart
shows the last list with its age. Plates are compared normalized (upper case, letters and digits
only). ``is_queued`` answers None, "unknown", when there is no list or it is older than
``max_age_s``: an old list must not flag a truck as "not in the queue".
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cgrconsole.core.files import write_atomically

log = logging.getLogger(__name__)

CACHE_FILE = "cgr_truck_numbers.json"
_PLATE_KEYS = (
    "trucknumber",
    "truck_number",
    "number",
    "plate",
    "platenumber",
    "grnz",
    "vehiclenumber",
    "regnumber",
)
_WRAPPER_KEYS = ("data", "items", "result", "value", "trucknumbers", "trucks")
_NOT_PLATE = re.compile(r"[^0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


def normalize_plate(text: str) -> str:
    """``"123 abc-01"`` → ``"123ABC01"``."""
    return _NOT_PLATE.sub("", text.upper())


def parse_truck_numbers(data: Any) -> list[str]:
    """Plates of a TruckNumbers answer: strings or objects, maybe wrapped; raises ValueError."""
    if isinstance(data, dict):
        lowered = {str(k).lower(): v for k, v in data.items()}
        for key in _WRAPPER_KEYS:
            if isinstance(lowered.get(key), list | dict):
                return parse_truck_numbers(lowered[key])
        raise ValueError(f"no list of plates in the answer (keys: {', '.join(sorted(lowered))})")
    if not isinstance(data, list):
        raise ValueError(f"expected a list of plates, got {type(data).__name__}")
    plates: list[str] = []
    for item in data:
        text = item if isinstance(item, str) else _plate_of(item)
        plate = normalize_plate(text) if text else ""
        if plate and plate not in plates:
            plates.append(plate)
    return plates


def _plate_of(item: Any) -> str | None:
    if not isinstance(item, dict):
        return None
    lowered = {str(k).lower(): v for k, v in item.items()}
    for key in _PLATE_KEYS:
        if isinstance(lowered.get(key), str):
            return str(lowered[key])
    return None


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) as soon as it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@dataclass(frozen=True)
class TruckList:
    """One fetched list. ``fetched_at`` is epoch seconds; None when nothing was ever fetched."""

    plates: frozenset[str]
    fetched_at: float | None


class TruckQueue:
    """The last TruckNumbers list, shared by the poller (writes, on its asyncio thread) and the UI (reads).

    ``on_update(TruckList)`` fires on the writer's thread after each successful fetch.
    """

    def __init__(
        self,
        data_dir: Path | None,
        clock: Callable[[], float],
        max_age_s: float = 3600.0,
        max_distance: int = 2,
        on_update: Callable[[TruckList], None] | None = None,
    ) -> None:
        self._path = data_dir / CACHE_FILE if data_dir is not None else None
        self._clock = clock
        self._max_age_s = max_age_s
        self._max_distance = max_distance
        self._on_update = on_update
        self._lock = threading.Lock()
        self._list = TruckList(frozenset(), None)

    def load(self) -> TruckList:
        """Read the file kept by the last run (I/O, so not in the constructor); a bad file is ignored."""
        if self._path is None or not self._path.exists():
            return self.current()
        try:
            record = json.loads(self._path.read_text(encoding="utf-8"))
            loaded = TruckList(frozenset(map(normalize_plate, record["plates"])), float(record["fetched_at"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("cgr: ignoring the cached truck list %s (%s)", self._path, type(exc).__name__)
            return self.current()
        with self._lock:
            self._list = loaded
        return loaded

    def update(self, plates: Iterable[str]) -> TruckList:
        fresh = TruckList(frozenset(normalize_plate(p) for p in plates if normalize_plate(p)), self._clock())
        with self._lock:
            self._list = fresh
        self._save(fresh)
        if self._on_update is not None:
            self._on_update(fresh)
        return fresh

    def current(self) -> TruckList:
        with self._lock:
            return self._list

    def age_s(self) -> float | None:
        fetched = self.current().fetched_at
        return None if fetched is None else max(0.0, self._clock() - fetched)

    def is_queued(self, plate: str) -> bool | None:
        """True/False against a fresh list; None when there is none or it is too old to tell."""
        age = self.age_s()
        if age is None or age > self._max_age_s:
            return None
        return normalize_plate(plate) in self.current().plates

    def suggest(self, plate: str, limit: int = 5) -> list[str]:
        """Queued plates within ``max_distance`` edits of ``plate``, closest first (even from an old list)."""
        wanted = normalize_plate(plate)
        scored = [(edit_distance(wanted, p, self._max_distance), p) for p in self.current().plates]
        return [p for d, p in sorted(scored) if d <= self._max_distance][:limit]

    def _save(self, truck_list: TruckList) -> None:
        if self._path is None:
            return
        record = {"fetched_at": truck_list.fetched_at, "plates": sorted(truck_list.plates)}
        try:
            write_atomically(self._path, json.dumps(record, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:  # the list still works from memory
            log.warning("cgr: cannot keep the truck list in %s (%s)", self._path, exc)

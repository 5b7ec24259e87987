"""A fresh event store + outbox on a temporary database, with an injected clock."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

from cgrconsole.core.review.events import DetectedPlate, EventStore
from cgrconsole.core.review.media import encode_jpeg
from cgrconsole.core.storage.audit import AuditLog
from cgrconsole.core.storage.database import Database
from cgrconsole.core.uplink.destination import Outcome, RetryLater
from cgrconsole.core.uplink.outbox import Outbox
from support.clock import FakeClock

ALMATY = ZoneInfo("Asia/Almaty")
T0 = 1_755_500_000.0  # 2025-08-18 12:53 local
OFFICER = "Айгерим Нурланова"  # the officer on shift in UI tests (a Cyrillic name: it is recorded as typed)


@dataclass
class EventRig:
    database: Database
    store: EventStore
    outbox: Outbox
    audit: AuditLog
    clock: FakeClock

    def close(self) -> None:
        self.database.close()


def make_rig(root: Path, destinations: Sequence[str] = ("cgr",), clock: FakeClock | None = None) -> EventRig:
    clock = clock or FakeClock(T0)
    database = Database(root / "cgrconsole.db")
    database.open()
    audit = AuditLog(database, clock)
    store = EventStore(database, root / "events", audit, lambda: destinations, ALMATY, clock)
    outbox = Outbox(database, clock)
    store.follow(outbox)
    return EventRig(database, store, outbox, audit, clock)


def picture(seed: int = 0, size: tuple[int, int] = (72, 128)) -> bytes:
    rng = np.random.default_rng(seed)
    return encode_jpeg(rng.integers(0, 255, (*size, 3), dtype=np.uint8))


def detected(plate: str = "123ABC01", ts: float = T0, camera: str = "Camera1", **kw: object) -> DetectedPlate:
    values: dict = {
        "camera": camera,
        "ts": ts,
        "direction": "entry",
        "plate": plate,
        "country": "KZ",
        "confidence": 0.93,
        "frame_jpeg": picture(1),
        "crop_jpeg": picture(2, (24, 96)),
        "candidates": [{"plate": plate, "score": 0.93, "country": "KZ"}],
        "box": (10, 20, 110, 44),
        "archive_path": "Camera1/2025/08/18/12/Camera1_2025_08_18_12_50.mp4",
    }
    values.update(kw)
    return DetectedPlate(**values)


def add_on_worker(engine: Any, **kw: Any) -> str:
    """As the recognizer does: the event (``detected(**kw)``) is stored on another thread."""
    ids: list[str] = []
    worker = threading.Thread(target=lambda: ids.append(engine.events.add(detected(**kw)).id))
    worker.start()
    worker.join(10)
    return ids[0]


def answer(rig: EventRig, event_id: str, destination: str, outcome: Outcome) -> None:
    """``destination`` answers for ``event_id``'s row; the other rows claimed with it go back to pending."""
    for row in rig.outbox.claim(destination, 100):
        if row.event_id == event_id:
            rig.outbox.complete(row, outcome)
        else:
            rig.outbox.complete(row, RetryLater("not answered in this test", after_s=0))

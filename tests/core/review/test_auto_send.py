"""Auto-send (off by default): a trusted camera's reading goes out without the officer only when its format
is known, its confidence reaches the threshold and, when asked, the plate is in today's queue."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from support.events import make_rig

from cgrconsole.core.anpr.tracker import PlateEvent
from cgrconsole.core.review.intake import AutoSend, EventIntake

QUEUE = {"123ABC01": True, "777KZZ02": False}


def plate_event(plate: str, confidence: float, country: str = "KZ") -> PlateEvent:
    image = np.random.default_rng(1).integers(0, 255, (120, 200, 3), dtype=np.uint8)
    return PlateEvent(
        1_755_500_000.0, plate, confidence, country, "entry", [], (10, 20, 110, 44), 5, 1, image
    )


@pytest.mark.parametrize(
    ("auto", "plate", "confidence", "country", "sent"),
    [
        (AutoSend(frozenset()), "123ABC01", 0.99, "KZ", False),  # off by default
        (AutoSend(frozenset({"Camera1"})), "123ABC01", 0.99, "KZ", True),
        (AutoSend(frozenset({"Camera1"})), "123ABC01", 0.90, "KZ", False),  # below the threshold
        (AutoSend(frozenset({"Camera1"})), "12ABC", 0.99, "", False),  # no known format
        (AutoSend(frozenset({"Camera1"}), 0.95, QUEUE.get), "123ABC01", 0.99, "KZ", True),
        (AutoSend(frozenset({"Camera1"}), 0.95, QUEUE.get), "777KZZ02", 0.99, "KZ", False),  # not queued
        (AutoSend(frozenset({"Camera1"}), 0.95, QUEUE.get), "555AAA05", 0.99, "KZ", False),  # queue unknown
    ],
)
def test_auto_send_policy(
    tmp_path: Path, auto: AutoSend, plate: str, confidence: float, country: str, sent: bool
) -> None:
    rig = make_rig(tmp_path)
    try:
        intake = EventIntake(rig.store, auto_send=auto, audit=rig.audit)
        event_id = intake.accept("Camera1", plate_event(plate, confidence, country))
        state = rig.store.get(event_id).state
        assert (state == "confirmed") == sent, state
    finally:
        rig.close()

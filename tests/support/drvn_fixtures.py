"""Helpers for the ĐBVN (drvn) tests: a shared fake clock, photos of chosen sizes, events, clients."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.destination import OutboundEvent
from cgrconsole.core.uplink.drvn.client import DrvnClient
from cgrconsole.core.uplink.drvn.settings import DrvnCamera, DrvnSettings
from cgrconsole.standins.drvn import DrvnStandin
from cgrconsole.standins.drvn_state import Account
from support.clock import FakeClock

PROVIDER_ID = 1001
USER = "site-nurzholy"
PASSWORD = "S3cret-Pa55word-xyz"


def photo(
    width: int = 640, height: int = 480, quality: int = 85, noise: float = 10.0, seed: int = 0
) -> bytes:
    """A textured JPEG (a gradient with noise: never flat, so the server's 'black/white' check passes)."""
    rng = np.random.default_rng(seed)
    x = np.linspace(0, 255, width, dtype=np.float32)
    y = np.linspace(0, 255, height, dtype=np.float32)
    base = x[None, :] * 0.5 + y[:, None] * 0.5
    image = np.stack([base, 255 - base, np.full_like(base, 128)], -1) + rng.normal(
        0, noise, (height, width, 3)
    )
    ok, buf = cv2.imencode(
        ".jpg", np.clip(image, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, quality]
    )
    assert ok
    return buf.tobytes()


NORMAL_PHOTO = photo()  # about 68 KB: inside 30–512 KB, sent untouched


def event(
    n: int, clock: FakeClock, age_s: float = 0.0, jpeg: bytes = NORMAL_PHOTO, plate: str = ""
) -> OutboundEvent:
    return OutboundEvent(
        event_id=f"{n:032x}",
        camera="Camera1",
        time=datetime.fromtimestamp(clock.now - age_s, UTC),
        direction="entry",
        plate=plate or f"30E{n:05d}",
        country="VN",
        confidence=0.97,
        photo_jpeg=jpeg,
        crop_jpeg=None,
        archive_path=None,
    )


def standin(clock: FakeClock, **options: Any) -> DrvnStandin:
    return DrvnStandin(accounts=[Account(PROVIDER_ID, USER, PASSWORD)], clock=clock, **options).start()


def settings(server: DrvnStandin, **overrides: Any) -> DrvnSettings:
    base = DrvnSettings(
        enabled=True,
        base_url=server.url,
        provider_id=PROVIDER_ID,
        user_name=USER,
        cameras={"Camera1": DrvnCamera(camera_id=7, camera_view=0)},
        default_camera=DrvnCamera(camera_id=7),
        gps_lat=21.0285,
        gps_lon=105.8542,
        timeout_s=5.0,
    )
    return replace(base, **overrides)


def client(
    server: DrvnStandin,
    clock: FakeClock,
    tmp: Path | None = None,
    keyring: MemoryKeyring | None = None,
    **overrides: Any,
) -> DrvnClient:
    store = SecretStore(keyring or MemoryKeyring({"drvn/password": PASSWORD}))
    budget = tmp / "vehicle_info_budget.json" if tmp is not None else None
    return DrvnClient(settings(server, **overrides), store, clock=clock, budget_path=budget)


def uploads(server: DrvnStandin) -> list[dict[str, Any]]:
    """The upload requests the stand-in saw (not the logins, status or time checks)."""
    with server.state.lock:
        return [c for c in server.state.calls if "/api/v1/image" in c["path"]]

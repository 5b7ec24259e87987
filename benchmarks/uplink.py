"""Sending confirmed events: confirm → 2xx latency, sustained delivery rates, outbox recovery time.

The stand-ins run as separate processes (``cgrconsole standin cgr|drvn``) on loopback; the outbox,
dispatcher thread and clients run here exactly as in the console.
- latency: confirm one event, wait for its 2xx, next (``--latency-events``); p50 / p95 of confirm → 2xx.
- rate: ``--rate-events`` confirmed events queued, then drained; events/s per destination (CarGoRuqsat
  one POST per event; ĐBVN list upload ``images`` of ~60 KB JPEGs, 20 per request).
- recovery: ``--recovery-rows`` rows left in flight by a crash: time for ``recover()`` and the first claim.
Usage: python benchmarks/uplink.py [--latency-events 200] [--rate-events 2000] [--recovery-rows 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import cv2
import numpy as np
from _common import OUT, machine, table
from support.rtsp import free_port

from cgrconsole.core.review.events import EventStore
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.storage.audit import AuditLog
from cgrconsole.core.storage.database import Database
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.cgr.uplink import create_cgr_uplink
from cgrconsole.core.uplink.destination import Destination
from cgrconsole.core.uplink.dispatcher import DispatcherThread, OutboxDispatcher
from cgrconsole.core.uplink.drvn.client import DrvnClient
from cgrconsole.core.uplink.drvn.settings import DrvnCamera, DrvnSettings
from cgrconsole.core.uplink.outbox import Outbox

ZONE = ZoneInfo("Asia/Almaty")
SECRETS = {"cgr/registration_token": "demo-registration-token", "drvn/password": "demo-password"}


def photo(kb: int = 60) -> bytes:
    """A JPEG of about ``kb`` KB (noise in a grey picture sets the size)."""
    rng = np.random.default_rng(1)
    image = np.full((720, 1280, 3), 120, np.uint8)
    for quality in range(90, 10, -5):
        noisy = image.copy()
        noisy[::4, ::4] = rng.integers(0, 255, noisy[::4, ::4].shape, dtype=np.uint8)
        data = cv2.imencode(".jpg", noisy, [cv2.IMWRITE_JPEG_QUALITY, quality])[1].tobytes()
        if len(data) <= kb * 1024:
            return data
    return data


def standin(which: str, *options: str) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "cgrconsole", "standin", which, "--port", str(port), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    process.stdout.readline()  # the stand-in says it is listening
    return process, f"http://127.0.0.1:{port}"


class Rig:
    """A database, event store and outbox in a temporary folder; events share one photo file."""

    def __init__(self, destinations: tuple[str, ...]) -> None:
        root = Path(tempfile.mkdtemp(prefix="cgr-uplink-"))
        self.database = Database(root / "cgrconsole.db")
        self.database.open()
        self.store = EventStore(
            self.database, root / "events", AuditLog(self.database), lambda: destinations, ZONE
        )
        self.outbox = Outbox(self.database, backoff_initial_s=0.2, backoff_cap_s=2)
        self.store.follow(self.outbox)
        (root / "events").mkdir()
        (root / "events" / "photo.jpg").write_bytes(photo())

    def add_events(self, count: int, start: float) -> list[str]:
        ids = [uuid.uuid4().hex for _ in range(count)]
        rows = [
            {
                "id": event_id,
                "camera": "Camera1",
                "ts": start + i * 0.01,
                "direction": "entry",
                "plate": f"{i % 1000:03d}{'ABCDEFGHKL'[i // 1000 % 10]}BC01",
                "original_plate": "",
                "country": "KZ",
                "confidence": 0.95,
                "candidates": "[]",
                "origin": "anpr",
                "state": "new",
                "frame_path": "photo.jpg",
                "archive_path": "Camera1/2025/08/18/11/Camera1_2025_08_18_11_05.mp4",
                "created_ts": time.time(),
            }
            for i, event_id in enumerate(ids)
        ]
        with self.database.transaction() as db:
            db.table("plate_events").insert_all(rows)
        return ids


def dispatcher(rig: Rig, destinations: list[Destination]) -> DispatcherThread:
    return DispatcherThread(OutboxDispatcher(rig.outbox, destinations, rig.store.outbound, idle_poll_s=1))


def delivered(rig: Rig) -> int:
    with rig.database.lock:
        return int(
            rig.database.db.execute("SELECT COUNT(*) FROM outbox WHERE state = 'delivered'").fetchone()[0]
        )


def cgr_client(url: str) -> Destination:
    settings = replace(CgrSettings(), enabled=True, base_url=url, token_cache="memory")
    return create_cgr_uplink(settings, SecretStore(MemoryKeyring(SECRETS)), None).client


def drvn_client(url: str) -> Destination:
    settings = replace(
        DrvnSettings(),
        enabled=True,
        base_url=url,
        provider_id=1001,
        user_name="demo",
        gps_lat=10.8,
        gps_lon=106.7,
        default_camera=DrvnCamera(camera_id=1),
    )
    return DrvnClient(settings, SecretStore(MemoryKeyring(SECRETS)))


def latency(url: str, count: int) -> list[float]:
    rig = Rig(("cgr",))
    ids = rig.add_events(count, time.time() - 60)
    thread = dispatcher(rig, [cgr_client(url)])
    thread.start()
    waits = []
    for event_id in ids:
        started = time.perf_counter()
        rig.store.confirm(event_id, by="officer")
        thread.wake()
        while rig.outbox.rows(event_id)[0].state != "delivered":
            time.sleep(0.0005)
        waits.append((time.perf_counter() - started) * 1000)
    thread.stop(10)
    return waits


def rate(name: str, client: Destination, count: int) -> float:
    rig = Rig((name,))
    ids = rig.add_events(count, time.time() - 3600)
    for event_id in ids:
        rig.store.confirm(event_id, by="officer")
    thread = dispatcher(rig, [client])
    started = time.perf_counter()
    thread.start()
    while delivered(rig) < count:
        time.sleep(0.05)
        if time.perf_counter() - started > 600:
            raise RuntimeError(f"{name}: only {delivered(rig)} of {count} delivered in 10 minutes")
    seconds = time.perf_counter() - started
    thread.stop(10)
    return count / seconds


def recovery(rows: int) -> tuple[float, float]:
    rig = Rig(("cgr",))
    ids = rig.add_events(rows, time.time() - 3600)
    for event_id in ids:
        rig.store.confirm(event_id, by="officer")
    with rig.database.transaction() as db:  # what a crash in the middle of everything would leave
        db.execute("UPDATE outbox SET state = 'in_flight'")
        db.execute(
            "INSERT INTO outbox_attempts (outbox_id, started_ts, outcome) SELECT id, 0, 'running' FROM outbox"
        )
    rig.database.close()
    started = time.perf_counter()
    database = Database(rig.database.path)
    database.open()
    outbox = Outbox(database)
    outbox.recover()
    recovered = time.perf_counter() - started
    claimed = outbox.claim("cgr", 20)
    assert len(claimed) == 20
    return recovered, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-events", type=int, default=200)
    parser.add_argument("--rate-events", type=int, default=2000)
    parser.add_argument("--recovery-rows", type=int, default=10_000)
    args = parser.parse_args()
    cgr, cgr_url = standin("cgr")
    drvn, drvn_url = standin("drvn", "--anywhere", "--min-interval", "0")
    try:
        waits = latency(cgr_url, args.latency_events)
        cgr_rate = rate("cgr", cgr_client(cgr_url), args.rate_events)
        drvn_rate = rate("drvn", drvn_client(drvn_url), args.rate_events // 2)
    finally:
        for process in (cgr, drvn):
            process.terminate()
            process.wait(10)
    recovered, first_claim = recovery(args.recovery_rows)
    p50, p95 = statistics.median(waits), sorted(waits)[int(0.95 * (len(waits) - 1))]
    rows = [
        ["confirm → 2xx, CarGoRuqsat (p50 / p95)", f"{p50:.1f} / {p95:.1f} ms", "p50 ≤ 100 ms"],
        ["sustained rate, CarGoRuqsat (one POST per event)", f"{cgr_rate:.0f} events/s", "≥ 200 events/s"],
        ["sustained rate, ĐBVN list upload (~60 KB JPEGs)", f"{drvn_rate:.0f} images/s", "≥ 50 images/s"],
        [f"recovery after a crash, {args.recovery_rows} rows in flight", f"{recovered * 1000:.0f} ms", "-"],
        ["… until the first batch is claimed", f"{first_claim * 1000:.0f} ms", "-"],
    ]
    print(table(["measure", "result", "target"], rows))
    print(f"\nphoto {len(photo()) / 1024:.0f} KB; {machine()}; CPU load average {os.getloadavg()[0]:.1f}")
    (OUT / "uplink.json").write_text(json.dumps({"rows": rows}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

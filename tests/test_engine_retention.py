"""The running console keeps its own data for the retention period: the janitor thread sweeps at start."""

from __future__ import annotations

from pathlib import Path

from support.clock import FakeClock
from support.events import T0, detected
from support.waiting import wait_until

from cgrconsole.config import Config
from cgrconsole.core.review.retention import DAY
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths


def test_the_engine_deletes_events_past_retention_and_guards_every_folder(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "video", tmp_path / "logs")
    clock = FakeClock(T0)

    def engine() -> Engine:
        return Engine(
            Config(), paths, SecretStore(MemoryKeyring()), decode=False, clock=clock, destinations=[]
        )

    first = engine()
    first.start()
    try:
        old = first.events.add(detected(ts=T0))
        first.events.confirm(old.id, by="officer1")  # no destination: settled at once
        frame = paths.events_dir / old.frame_path
        assert frame.exists()
    finally:
        first.stop()

    clock.now = T0 + 61 * DAY
    paths.archive_dir.mkdir()
    second = engine()
    second.start()
    try:
        wait_until(lambda: second.audit.entries(AuditKind.RETENTION), 10, message="the first sweep")
        assert second.events.recent() == [] and not frame.exists()
        entry = second.audit.entries(AuditKind.RETENTION)[0]
        assert entry.subject == "data" and entry.detail["events"] == 1
        wait_until(lambda: second.space.disks, 10, message="the first guard")
        roles = {role for disk in second.space.disks for role in disk.folders}
        assert roles >= {"archive", "data", "events", "logs"}  # backups: only after a migration
        assert len(second.space.disks) == 1, "all on the test's one disk"
    finally:
        second.stop()

"""The window never waits for a disk or a writer: a hanging archive share and a long transaction."""

from __future__ import annotations

import threading

from cgrconsole.core.camera.settings import CameraConfig

SMALL = "size=640x360&fps=15"


def test_a_hanging_archive_disk_does_not_freeze_the_window(qtbot, engine_factory, open_window) -> None:
    engine = engine_factory([CameraConfig("Lane1", f"synthetic://Lane1?{SMALL}", anpr=False)])
    window = open_window(engine)
    tile = window.grid.tiles["Lane1"]
    qtbot.waitUntil(lambda: tile.frame_seq > 0, timeout=15_000)
    released = threading.Event()
    entered = threading.Event()

    def hanging_disk_usage(path):  # a network share that stopped answering
        entered.set()
        released.wait(60)
        raise OSError("the share is gone")

    engine.janitor.disk_usage = hanging_disk_usage
    try:
        window._archive_poll.poll()
        qtbot.waitUntil(entered.is_set, timeout=5000)
        seen = tile.frame_seq
        qtbot.waitUntil(lambda: tile.frame_seq > seen + 15, timeout=10_000)  # video keeps painting
        window._archive_poll.poll()  # a second tick while the first hangs: skipped, not queued
    finally:
        released.set()


def test_the_windows_reads_do_not_wait_for_a_writer(qtbot, engine_factory, open_window) -> None:
    engine = engine_factory([])
    open_window(engine)
    holding, release = threading.Event(), threading.Event()

    def long_write() -> None:  # e.g. the dispatcher recovering 10 000 rows in one transaction
        with engine.database.transaction() as db:
            db.execute("INSERT INTO audit_log (ts, kind, subject, detail) VALUES (0, 'app', 'x', '{}')")
            holding.set()
            release.wait(30)

    writer = threading.Thread(target=long_write)
    writer.start()
    try:
        assert holding.wait(10)
        assert engine.outbox.counts() == {}  # on the GUI thread, while the write transaction is open
        assert engine.events.recent() == []
        assert not release.is_set() and writer.is_alive(), (
            "the reads finished inside the writer's transaction"
        )
    finally:
        release.set()
        writer.join(10)

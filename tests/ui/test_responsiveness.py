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


def test_the_engine_starts_off_the_gui_thread_behind_a_starting_message(
    qtbot, qapp, engine_factory, monkeypatch
) -> None:
    """``run_gui`` as the console runs it: a slow start (a big crash remux) leaves the window alive."""
    import argparse

    from PySide6.QtCore import QTimer

    from cgrconsole.engine import Engine
    from cgrconsole.ui import application
    from cgrconsole.ui.main_window import MainWindow

    engine = engine_factory([CameraConfig("Lane1", f"synthetic://Lane1?{SMALL}", anpr=False)])
    release, seen = threading.Event(), {}
    original_start = Engine.start

    def slow_start(self: Engine) -> None:
        seen["thread"] = threading.current_thread().name
        release.wait(20)
        original_start(self)

    monkeypatch.setattr(Engine, "start", slow_start)

    def window() -> MainWindow:
        return next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())

    def while_starting() -> None:  # on the GUI thread, while the start is still blocked
        seen["message"] = window().statusBar().currentMessage()
        seen["started_then"] = engine.started_at is not None
        release.set()

    def when_live() -> None:
        if engine.started_at is None or window().grid.tiles["Lane1"].frame_seq < 0:  # -1: no frame yet
            QTimer.singleShot(100, when_live)
            return
        seen["live_message"] = window().statusBar().currentMessage()
        window().close()

    QTimer.singleShot(500, while_starting)
    QTimer.singleShot(600, when_live)
    code = application.run_gui(engine, argparse.Namespace(lang="en", duration=60.0))
    assert code == 0
    assert seen["thread"] == "engine-start", "the engine started on its own thread"
    assert seen["message"].startswith("Starting:") and seen["started_then"] is False
    assert "live_message" in seen, "the camera came live after the start"
    assert not seen["live_message"].startswith("Starting"), "and the message went"

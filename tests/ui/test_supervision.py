"""A worker that hits an unexpected error is logged, shown, restarted, and leaves no broken file."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from support.probe import probe

from cgrconsole.core.archive.recorder import ArchiveProblem, RecorderState
from cgrconsole.core.archive.segment import RECORDING_DIR, SegmentWriter
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.core.supervision import Supervisor, install_excepthooks

SMALL = "size=640x360&fps=15&gop=15"


def test_a_recorder_crash_is_logged_shown_and_recording_resumes(
    qtbot, engine_factory, open_window, monkeypatch, caplog, tmp_path: Path
) -> None:
    calls = {"n": 0}
    original = SegmentWriter.write

    def write_then_fail_once(self: SegmentWriter, packet) -> None:  # PyAV's InvalidDataError is a ValueError
        calls["n"] += 1
        if calls["n"] == 40:
            raise ValueError("[Errno 1094995529] Invalid data found when processing input")
        original(self, packet)

    monkeypatch.setattr(SegmentWriter, "write", write_then_fail_once)
    caplog.set_level(logging.INFO)
    engine = engine_factory([CameraConfig("Lane1", f"synthetic://Lane1?seed=3&{SMALL}")])
    window = open_window(engine)
    recorder, tile = engine.recorders["Lane1"], window.grid.tiles["Lane1"]

    qtbot.waitUntil(lambda: recorder.status.state is RecorderState.RECORDING, timeout=15_000)
    first_file = recorder.status.file
    qtbot.waitUntil(
        lambda: tile.recording is not None and tile.recording.problem is ArchiveProblem.INTERNAL_ERROR,
        timeout=15_000,
    )
    assert tile.recording.state is RecorderState.FAILED, "the tile stops claiming REC"
    assert window._faults.isVisible() and "Recording of Lane1" in window._faults.text()
    shot = tile.grab()
    shot.save(str(tmp_path / "tile_internal_error.png"))  # for a person to look at

    qtbot.waitUntil(lambda: recorder.status.state is RecorderState.RECORDING, timeout=15_000)
    assert recorder.status.file != first_file, "a new file, never the interrupted one reopened"
    assert "record-Lane1 crashed" in caplog.text and "Traceback" in caplog.text
    assert "ValueError: [Errno 1094995529]" in caplog.text
    entries = engine.audit.entries(AuditKind.APP, "record-Lane1")
    assert entries and entries[0].detail["event"] == "worker_error"
    assert "Invalid data" in entries[0].detail["error"]

    qtbot.waitUntil(lambda: calls["n"] > 80, timeout=15_000)  # the new file got packets too
    engine.stop()
    files = sorted(p for p in engine.paths.archive_dir.rglob("*.mp4") if RECORDING_DIR not in p.parts)
    # The interrupted file, then the new recording (two files if a 5-minute boundary fell in between).
    assert 2 <= len(files) <= 3, f"the interrupted file was finished, and a new one recorded: {files}"
    interrupted, *resumed = files
    assert probe(interrupted).frames > 10, f"{interrupted.name} plays"
    frames = [probe(path).frames for path in resumed]
    plays = dict(zip(resumed, frames, strict=True))
    assert all(frames) and sum(frames) > 10, f"the resumed recording plays: {plays}"
    assert not list((engine.paths.archive_dir / RECORDING_DIR).glob("*")), "nothing left half-written"


def test_a_recognizer_whose_model_cannot_load_is_shown_to_the_officer(
    qtbot, engine_factory, open_window, monkeypatch
) -> None:
    from cgrconsole.core.anpr import ocr
    from cgrconsole.core.anpr.recognizer import RecognitionState

    def broken_load(self) -> None:  # a damaged install: the ONNX file is missing
        raise FileNotFoundError("plate_net.onnx")

    assert ocr.DEFAULT_ENGINE == "plate_net", "break the default engine's model"
    monkeypatch.setattr(ocr.PlateNetEngine, "load", broken_load)
    engine = engine_factory([CameraConfig("Lane1", f"synthetic://Lane1?{SMALL}")])
    window = open_window(engine)
    qtbot.waitUntil(lambda: engine.recognition.status.state is RecognitionState.FAILED, timeout=15_000)
    qtbot.waitUntil(lambda: "Plate recognition is OFF" in window._faults.text(), timeout=5_000)
    assert window._faults.isVisible() and "Internal error" not in window._faults.text(), "said once"
    qtbot.waitUntil(lambda: bool(engine.audit.entries(AuditKind.APP, "anpr (model)")), timeout=5_000)
    (entry,) = engine.audit.entries(AuditKind.APP, "anpr (model)")
    assert "plate_net.onnx" in entry.detail["error"]


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_qt_slot_is_reported_not_lost(qtbot, caplog) -> None:
    """PySide6 hands an exception raised in a slot to sys.excepthook, which the console installs."""
    from PySide6.QtCore import QObject, Signal

    class Sender(QObject):
        poked = Signal()

    saved = threading.excepthook, sys.excepthook
    supervisor = Supervisor()
    install_excepthooks(supervisor)
    try:
        sender = Sender()

        def slot() -> None:
            raise ZeroDivisionError("division by zero in a slot")

        sender.poked.connect(slot)
        with caplog.at_level(logging.ERROR):
            sender.poked.emit()
            qtbot.waitUntil(lambda: bool(supervisor.recent()), timeout=5_000)
    finally:
        threading.excepthook, sys.excepthook = saved
    (fault,) = supervisor.recent()
    assert fault.error == "ZeroDivisionError: division by zero in a slot" and fault.restart_in_s is None
    assert "Traceback" in caplog.text

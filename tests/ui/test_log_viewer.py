"""The connection and transfer log in the console: filters, CSV export, the live tail (real SQLite)."""

from __future__ import annotations

import io
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cgrconsole.config import CameraConfig
from cgrconsole.core.camera.status import CameraState
from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.core.storage.audit_query import AuditQuery, AuditReader, read_csv
from cgrconsole.ui.log_viewer import Column, LogViewer

ZONE = ZoneInfo("Asia/Almaty")


def viewer_of(qtbot, engine) -> LogViewer:
    viewer = LogViewer(AuditReader(engine.database), ZONE, engine.paths.log_dir)
    qtbot.addWidget(viewer)
    viewer.show()
    return viewer


def shown(viewer: LogViewer, column: Column) -> list[str]:
    model = viewer.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_the_menu_opens_it_with_the_camera_connection_filtered(qtbot, engine_factory, open_window) -> None:
    engine = engine_factory([CameraConfig("Entry1", "synthetic://Entry1?seed=1", anpr=False)])
    window = open_window(engine)
    qtbot.waitUntil(lambda: engine.cameras.status("Entry1").state is CameraState.LIVE, timeout=15_000)
    engine.audit.record(AuditKind.HLS_CLIENT, "10.8.0.7", event="connect", camera="Entry1")
    window.log_action.trigger()
    viewer = window.log_viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.waitUntil(lambda: "10.8.0.7" in shown(viewer, Column.SUBJECT), timeout=5000)
    assert "console" in shown(viewer, Column.SUBJECT)  # the start, kind "Console"
    viewer.show_group("camera")
    qtbot.waitUntil(lambda: shown(viewer, Column.SUBJECT) == ["Entry1"] * viewer.model.rowCount() != [])
    details = shown(viewer, Column.DETAIL)
    assert any("State: Live" in d and "Codec: h264" in d for d in details), details
    viewer.show_group("hls")
    qtbot.waitUntil(lambda: shown(viewer, Column.SUBJECT) == ["10.8.0.7"])


def test_text_and_time_filters_then_the_csv_round_trips(qtbot, engine_factory, tmp_path: Path) -> None:
    engine = engine_factory([])
    engine.start()
    for i in range(30):
        engine.audit.record(AuditKind.SFTP_TRANSFER, f"Entry1/2026/12/03/file_{i:02d}.mp4", event="uploaded")
        engine.audit.record(AuditKind.API_CALL, "cgr", event="send", event_id=f"e{i}", result="delivered")
    viewer = viewer_of(qtbot, engine)
    qtbot.waitUntil(lambda: viewer.model.rowCount() >= 61)  # and the console's start
    viewer.text.setText("file_1")
    qtbot.waitUntil(lambda: len(shown(viewer, Column.SUBJECT)) == 10)
    assert all("file_1" in s for s in shown(viewer, Column.SUBJECT))
    viewer.period.set_range(engine.started_at - 3600, engine.started_at - 120)  # before anything happened
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 0 and "Nothing" in viewer.summary.text())
    viewer.period.choose("1h")
    viewer.text.clear()
    viewer.show_group("api")
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 30)
    target = tmp_path / "log.csv"
    viewer.export_csv_to(target)
    qtbot.waitUntil(lambda: not viewer.exporting, timeout=5000)
    back = read_csv(io.StringIO(target.read_text(encoding="utf-8-sig"), newline=""))
    assert [(e.id, e.kind, e.subject, e.detail) for e in back] == [
        (e.id, e.kind, e.subject, e.detail) for e in viewer.model.entries
    ]
    assert {e.detail["event_id"] for e in back} == {f"e{i}" for i in range(30)}


def test_the_live_tail_shows_new_rows_and_keeps_a_scrolled_view_still(qtbot, engine_factory) -> None:
    engine = engine_factory([])
    engine.start()
    for i in range(150):
        engine.audit.record(AuditKind.HLS_CLIENT, f"10.0.0.{i}", event="request")
    viewer = viewer_of(qtbot, engine)
    viewer.resize(900, 500)
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 151)
    engine.audit.record(AuditKind.CAMERA_SESSION, "Exit1", state="offline", reason="unreachable")
    viewer.poll_tail()
    qtbot.waitUntil(lambda: shown(viewer, Column.SUBJECT)[:1] == ["Exit1"], timeout=3000)  # on top, seen
    assert not viewer.new_rows.isVisible()
    bar = viewer.table.verticalScrollBar()
    bar.setValue(60)
    first = viewer.table.rowAt(0)
    reading = viewer.model.entries[first].subject
    for i in range(3):
        engine.audit.record(AuditKind.API_CALL, "cgr", event="send", event_id=f"new{i}", result="retry")
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 155, timeout=5000)  # the timer's own tick
    assert viewer.model.entries[viewer.table.rowAt(0)].subject == reading  # the same rows in view
    assert viewer.new_rows.isVisible() and "3" in viewer.new_rows.text()
    viewer.new_rows.click()
    assert bar.value() == 0 and not viewer.new_rows.isVisible()
    assert [e.id for e in viewer.model.entries] == [
        e.id for e in AuditReader(engine.database).page(AuditQuery(), None, 1000).entries
    ]


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_the_details_are_in_the_officers_language_and_a_servers_text_as_it_came(
    qtbot, engine_factory, language
) -> None:
    engine = engine_factory([])
    engine.start()
    server_said = "the server refused the plate: not a plate number it knows"
    engine.audit.record(
        AuditKind.API_CALL, "cgr", event="send", event_id="ev3", result="rejected", reason=server_said, x="1"
    )
    engine.audit.record(AuditKind.ADMIN_ACTION, "admin", action="sign_out", why="timeout")
    viewer = viewer_of(qtbot, engine)
    qtbot.waitUntil(lambda: viewer.model.rowCount() >= 3, timeout=5000)
    details = dict(zip(shown(viewer, Column.SUBJECT), shown(viewer, Column.DETAIL), strict=True))
    send, sign_out = details["cgr"], details["admin"]
    for text in (send, sign_out):
        assert "=" not in text, text  # no raw key=value left
        for word in ("event", "result", "action", "why", "sign_out", "timeout", "send", "rejected"):
            assert word not in text.replace(server_said, ""), f"{language}: {word!r} in {text!r}"
    assert server_said in send  # a server's words are never rewritten
    assert "x: 1" in send  # an unknown key as it was recorded
    expected = {"ru": "Итог: отклонено", "kk": None}[language]
    if expected:
        assert expected in send, send


def test_the_text_filter_finds_the_words_the_officer_reads(qtbot, engine_factory, language) -> None:
    engine = engine_factory([])
    engine.start()
    for i in range(3):
        engine.audit.record(AuditKind.API_CALL, "cgr", event="send", event_id=f"ok{i}", result="delivered")
    engine.audit.record(AuditKind.API_CALL, "cgr", event="send", event_id="later", result="retry")
    engine.audit.record(AuditKind.SFTP_TRANSFER, "Entry1/a.mp4", event="uploaded", resumed=False)
    viewer = viewer_of(qtbot, engine)
    qtbot.waitUntil(lambda: viewer.model.rowCount() >= 5, timeout=5000)

    def found(text: str) -> list[str]:
        viewer.text.setText(text)
        viewer.search()
        qtbot.waitUntil(lambda: not viewer.model.loading, timeout=5000)  # search() set it: this answer
        return sorted(e.detail.get("event_id", e.subject) for e in viewer.model.entries)

    # "Итог: доставлено" and "Итог: не доставлено, будет повтор" are what the rows say
    assert found("доставлено") == ["later", "ok0", "ok1", "ok2"]
    assert found("будет повтор") == ["later"]
    assert found("ВЫГРУЖЕНО") == ["Entry1/a.mp4"]  # case-blind in Cyrillic
    assert found("итог") == ["later", "ok0", "ok1", "ok2"]  # a key, as shown
    assert found("доставлено") == ["later", "ok0", "ok1", "ok2"]
    engine.audit.record(AuditKind.API_CALL, "cgr", event="send", event_id="tail", result="delivered")
    engine.audit.record(AuditKind.API_CALL, "cgr", event="send", event_id="other", result="refused")
    viewer.poll_tail()  # the live tail filters the same way
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 5, timeout=5000)
    assert viewer.model.entries[0].detail["event_id"] == "tail"

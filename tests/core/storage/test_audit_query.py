"""The connection and transfer log as the viewer reads it: filters, pages, the live tail, CSV."""

from __future__ import annotations

import io
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from support.clock import FakeClock
from support.events import T0

from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.audit_query import GROUPS, AuditQuery, AuditReader, read_csv, write_csv
from cgrconsole.core.storage.database import Database

ALMATY = ZoneInfo("Asia/Almaty")
KINDS = [AuditKind.CAMERA_SESSION, AuditKind.HLS_CLIENT, AuditKind.SFTP_TRANSFER, AuditKind.RETENTION]


@pytest.fixture
def log(tmp_path: Path):
    database = Database(tmp_path / "cgrconsole.db")
    database.open()
    clock = FakeClock(T0)
    audit = AuditLog(database, clock)
    for i in range(500):  # a row every 10 s over ~83 minutes, the kinds in turn
        clock.now = T0 + 10 * i
        audit.record(KINDS[i % 4], f"subject-{i}", n=i, note="Въезд" if i % 50 == 0 else "x")
    yield audit, AuditReader(database), clock
    database.close()


def test_pages_follow_each_other_without_gaps_or_repeats(log) -> None:
    _audit, reader, _clock = log
    seen, cursor = [], None
    while True:
        page = reader.page(AuditQuery(), cursor, 64)
        seen += [e.detail["n"] for e in page.entries]
        if page.next is None:
            break
        cursor = page.next
    assert seen == list(range(499, -1, -1))


def test_kind_time_and_text_filters_match_the_rows_they_say(log) -> None:
    audit, reader, _clock = log
    everything = audit.entries(limit=10_000)
    queries = [
        AuditQuery(kinds=GROUPS["camera"]),
        AuditQuery(kinds=GROUPS["archive"] + GROUPS["hls"]),  # two kinds merged, newest first
        AuditQuery(since=T0 + 1000, until=T0 + 2000),
        AuditQuery(text="Въезд"),
        AuditQuery(text="ВЪЕЗД"),  # Cyrillic in any case too
        AuditQuery(text="SUBJECT-7"),  # Latin letters in any case
        AuditQuery(text="subject-12"),
        AuditQuery(kinds=GROUPS["sftp"], since=T0 + 3000, text="subject-4"),
        AuditQuery(text="въезд?", stored=('"note": "Въезд"',)),  # a fragment the viewer's words stand for
    ]
    for query in queries:
        expected = [e.id for e in everything if query.matches(e)]
        got = [e.id for e in reader.all(query)]
        assert got == expected and got, query
    assert not list(reader.all(AuditQuery(kinds=GROUPS["admin"])))
    assert not list(reader.all(AuditQuery(text="100%")))  # % is a character, not a wildcard
    assert len(list(reader.all(AuditQuery(text="въЕЗд")))) == 10  # every 50th row says "Въезд"


def test_the_tail_gives_only_the_new_matching_rows(log) -> None:
    audit, reader, clock = log
    last = reader.last_id()
    clock.now += 10
    audit.record(AuditKind.HLS_CLIENT, "10.0.0.7", event="connect")
    audit.record(AuditKind.CAMERA_SESSION, "Entry1", state="live")
    assert [e.subject for e in reader.newer(AuditQuery(), last)] == ["Entry1", "10.0.0.7"]
    assert [e.subject for e in reader.newer(AuditQuery(kinds=GROUPS["hls"]), last)] == ["10.0.0.7"]
    assert reader.newer(AuditQuery(), reader.last_id()) == []


def test_csv_export_round_trips(log) -> None:
    _audit, reader, _clock = log
    query = AuditQuery(kinds=GROUPS["camera"], text="Въезд")
    rows = list(reader.all(query))
    out = io.StringIO(newline="")
    assert write_csv(rows, out, ALMATY) == len(rows) == 5  # i = 0, 100, … 400
    back = read_csv(io.StringIO(out.getvalue(), newline=""))
    assert [(e.id, e.kind, e.subject, e.detail) for e in back] == [
        (e.id, e.kind, e.subject, e.detail) for e in rows
    ]
    assert [round(e.ts, 3) for e in back] == [round(e.ts, 3) for e in rows]

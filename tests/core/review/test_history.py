"""History search on a real SQLite database: partial and look-alike plates, filters, keyset pages, exports."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from support.events import ALMATY, T0, detected, make_rig

from cgrconsole.core.anpr.interpret import lookalike_key, search_key
from cgrconsole.core.review import history as history_module
from cgrconsole.core.review.events import REJECTED
from cgrconsole.core.review.history import (
    CSV_FIELDS,
    EventHistory,
    HistoryQuery,
    csv_row,
    read_csv,
    write_csv,
    write_photos_zip,
)
from cgrconsole.core.storage.database import Database
from cgrconsole.core.storage.migrations import MIGRATIONS
from cgrconsole.core.storage.vacuum import compact


def plates(history: EventHistory, **query: object) -> list[str]:
    return [e.plate for e in history.page(HistoryQuery(**query)).events]  # type: ignore[arg-type]


@pytest.fixture
def rig(tmp_path: Path):
    rig = make_rig(tmp_path)
    yield rig
    rig.close()


def test_the_key_folds_cyrillic_and_lookalike_glyphs() -> None:
    assert lookalike_key("а 123 во 77") == lookalike_key("A123B077") == lookalike_key("412380 77")
    assert lookalike_key("O0D") == "000" and lookalike_key("I1l") == "111"
    assert search_key("123ABC01", "123ABE01") == "12348C01|12348E01"  # as sent | as read
    assert search_key("123ABD01", "123ABO01") == "12348001"  # D and O alike: one key
    assert search_key("123ABC01", "123ABC01") == "12348C01"  # the same reading once


def test_partial_and_lookalike_queries_find_the_right_plates(rig) -> None:
    for i, plate in enumerate(("123ABC01", "A123BO77", "777OOO02", "456XYZ05", "К001МО750")):
        rig.store.add(detected(plate, ts=T0 + i))
    history = EventHistory(rig.database)
    assert plates(history, plate="23 аВс") == ["123ABC01"]  # Cyrillic а, В, с typed for A, B, C
    assert plates(history, plate="23AB") == ["123ABC01"]
    assert plates(history, plate="1 2 3") == ["A123BO77", "123ABC01"]  # newest first
    assert plates(history, plate="B077") == ["A123BO77"]  # 0 typed for O
    assert plates(history, plate="8O") == ["A123BO77"]  # 8 typed for B
    assert plates(history, plate="000") == ["777OOO02"]  # O read or typed as 0
    assert plates(history, plate="ооо") == ["777OOO02"]  # Cyrillic о
    assert plates(history, plate="ХYZ") == ["456XYZ05"]  # Cyrillic Х
    assert plates(history, plate="к001мо") == ["K001MO750"]  # stored in Latin (formats.normalize)
    assert plates(history, plate="7") == ["K001MO750", "777OOO02", "A123BO77"]  # short: no index
    assert plates(history, plate="QQQ") == ["777OOO02"]  # Q and O alike (interpret.TO_DIGIT)
    assert plates(history, plate="999") == []
    assert len(plates(history)) == 5


def test_a_corrected_plate_is_found_by_what_was_read_too(rig) -> None:
    event = rig.store.add(detected("123ABE01"))
    rig.store.confirm(event.id, by="officer", plate="123ABK01")
    rig.store.add(detected("555KKK05", ts=T0 + 5))
    history = EventHistory(rig.database)
    assert plates(history, plate="ABK") == ["123ABK01"]
    assert plates(history, plate="BE0") == ["123ABK01"]  # as the camera read it
    assert plates(history, plate="KKK") == ["555KKK05"]


def test_filters_time_camera_direction_state(rig) -> None:
    a = rig.store.add(detected("111AAA01", ts=T0, camera="Entry1"))
    b = rig.store.add(detected("222BBB02", ts=T0 + 3600, camera="Exit1", direction="exit"))
    c = rig.store.add(detected("333CCC03", ts=T0 + 7200, camera="Entry1"))
    rig.store.reject(c.id, by="officer", reason="reflection")
    history = EventHistory(rig.database)
    assert plates(history, since=T0 + 1, until=T0 + 7200) == [b.plate]  # until is exclusive
    assert plates(history, since=T0 + 3600) == [c.plate, b.plate]
    assert plates(history, cameras=("Entry1",)) == [c.plate, a.plate]
    assert plates(history, cameras=("Entry1", "Exit1")) == [c.plate, b.plate, a.plate]
    assert plates(history, direction="exit") == [b.plate]
    assert plates(history, states=(REJECTED,)) == [c.plate]
    assert plates(history, states=("new",), cameras=("Entry1",)) == [a.plate]
    assert plates(history, plate="AAA", cameras=("Exit1",)) == []


def test_pages_follow_each_other_without_gaps_or_repeats(rig) -> None:
    ids = []
    for i in range(23):  # pairs share a time: the id breaks the tie
        ids.append(rig.store.add(detected(f"{100 + i}ABC01", ts=T0 + i // 2)).id)
    history = EventHistory(rig.database)
    seen, cursor, pages = [], None, 0
    while True:
        page = history.page(HistoryQuery(plate="ABC"), cursor, limit=5)
        seen += [e.id for e in page.events]
        pages += 1
        if page.next is None:
            break
        cursor = page.next
    everything = history.page(HistoryQuery(), limit=100).events
    assert seen == [e.id for e in everything] and sorted(seen) == sorted(ids)
    assert pages == 5  # 5 + 5 + 5 + 5 + 3
    assert [(e.ts, e.id) for e in everything] == sorted(((e.ts, e.id) for e in everything), reverse=True)
    assert len(list(history.all(HistoryQuery(plate="ABC"), page_size=4))) == 23


def test_the_index_follows_deletes_and_a_full_vacuum(rig) -> None:
    keep = rig.store.add(detected("123ABC01"))
    gone = rig.store.add(detected("123ABD01", ts=T0 + 1))
    with rig.database.transaction() as db:  # as retention deletes old events
        db.execute("DELETE FROM plate_events WHERE id = ?", [gone.id])
    history = EventHistory(rig.database)
    assert plates(history, plate="123AB") == [keep.plate]
    # VACUUM may renumber a table's rowids (SQLite's documentation; 3.40 happens to keep them): done by
    # hand here, the index points at no event, until the compaction's full VACUUM rebuilds it
    with rig.database.transaction() as db:
        db.execute("UPDATE plate_events SET rowid = rowid + 100")
    assert plates(history, plate="123AB") == []
    compact(rig.database)  # the first compaction is a full VACUUM
    assert plates(history, plate="123AB") == [keep.plate]
    with rig.database.transaction() as db:  # FTS5's own consistency check against the events
        db.execute("INSERT INTO plate_search(plate_search, rank) VALUES ('integrity-check', 1)")


def test_the_migration_gives_existing_events_their_key(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(path, MIGRATIONS[:7])
    old.open()
    with old.transaction() as db:
        db.table("plate_events").insert(
            {"id": "e1", "camera": "Entry1", "ts": T0, "direction": "entry", "plate": "A123BO77",
             "original_plate": "A123B077", "state": "sent", "created_ts": T0}
        )  # fmt: skip
    old.close()
    database = Database(path)
    database.open()
    try:
        history = EventHistory(database)
        assert [e.id for e in history.page(HistoryQuery(plate="в0 77")).events] == ["e1"]
        assert "INDEX idx_plate_events_ts_id_search_key" in " ".join(history.explain(HistoryQuery()))
    finally:
        database.close()
    assert sqlite3.connect(path).execute("SELECT search_key FROM plate_events").fetchone() == ("41238077",)


def test_csv_export_round_trips(rig) -> None:
    first = rig.store.add(detected("123ABC01", camera="Въезд, 1"))
    second = rig.store.add(detected("A123BO77", ts=T0 + 61.25))
    rig.store.reject(second.id, by="Айгерим", reason='Блик на прицепе, "не номер"\nвторая строка')
    history = EventHistory(rig.database)
    events = list(history.all(HistoryQuery()))
    out = io.StringIO(newline="")
    assert write_csv(events, out, ALMATY) == 2
    rows = read_csv(io.StringIO(out.getvalue(), newline=""))
    assert rows == [csv_row(e, ALMATY) for e in events]
    assert [r["id"] for r in rows] == [second.id, first.id]
    assert rows[0]["note"].endswith("вторая строка") and rows[0]["decided_by"] == "Айгерим"
    assert rows[1]["camera"] == "Въезд, 1"
    times = [datetime.fromisoformat(r["time"]) for r in rows]
    assert [t.timestamp() for t in times] == [T0 + 61.25, T0]
    assert times[0].utcoffset().total_seconds() == 5 * 3600  # the site's time, offset written
    with pytest.raises(ValueError, match="not an event export"):
        read_csv(io.StringIO("a,b\n1,2\n"))
    assert tuple(rows[0]) == CSV_FIELDS


def test_photos_zip_holds_every_picture_and_the_csv(rig, tmp_path: Path) -> None:
    events = [rig.store.add(detected(p, ts=T0 + i)) for i, p in enumerate(("123ABC01", "A123BO77"))]
    (rig.store.media_dir / events[0].crop_path).unlink()  # a picture already gone
    target = tmp_path / "photos.zip"
    written, missing = write_photos_zip(reversed(events), rig.store.media_dir, target, ALMATY)
    assert (written, missing) == (2, 1)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert names[-1] == "events.csv" and len(names) == 4
        frame = next(n for n in names if n.endswith(f"_A123BO77_{events[1].id[:8]}_frame.jpg"))
        assert archive.read(frame) == (rig.store.media_dir / events[1].frame_path).read_bytes()
        rows = read_csv(io.TextIOWrapper(archive.open("events.csv"), "utf-8", newline=""))
    assert [r["plate"] for r in rows] == ["A123BO77", "123ABC01"]


def test_a_common_key_walks_the_time_index_and_finds_the_same_rows(rig, monkeypatch) -> None:
    for i in range(12):
        rig.store.add(detected(f"{100 + i}ABC0{i % 3}", ts=T0 + i // 2, camera=("Entry1", "Exit1")[i % 2]))
        rig.store.add(detected(f"{500 + i}KKK05", ts=T0 + i + 0.5))
    history = EventHistory(rig.database)
    queries = [HistoryQuery(plate="ABC"), HistoryQuery(plate="48C", cameras=("Exit1",))]

    def walk(query: HistoryQuery) -> list[str]:
        found, cursor = [], None
        while True:
            page = history.page(query, cursor, limit=5)
            found += [e.id for e in page.events]
            if page.next is None:
                return found
            cursor = page.next

    rare = [walk(q) for q in queries]
    assert "USING INTEGER PRIMARY KEY" in " ".join(history.explain(queries[0]))  # few: fetched by rowid
    monkeypatch.setattr(history_module, "COMMON_MATCHES", 5)  # 12 matches are now "common"
    assert "INDEX idx_plate_events_ts_id_search_key" in " ".join(history.explain(queries[0]))
    assert "INDEX idx_plate_events_camera_ts_id_search_key" in " ".join(history.explain(queries[1]))
    assert [walk(q) for q in queries] == rare and [len(r) for r in rare] == [12, 6]

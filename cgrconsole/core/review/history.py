"""Searching the stored events: by any part of a plate (look-alike glyphs alike), time, camera,
direction and state, newest first, a page at a time; and exporting what was found (CSV, photos as ZIP).

The plate is matched against ``plate_events.search_key`` (``interpret.search_key``: the plate as sent
and as read, Cyrillic as Latin, look-alike letters folded into digits), so ``A 123 BO 77``, ``а123во77``
and ``4123806`` find the same truck. A query of 3 glyphs or more is answered from the trigram index
(``migrations.PLATE_SEARCH``); a shorter one matches so many events that walking them newest first
fills a page at once. Pages follow each other by (time, id) of the last row shown (keyset), never by
OFFSET: the 50th page costs what the first one does.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from cgrconsole.core.anpr.interpret import lookalike_key
from cgrconsole.core.review.events import COLUMNS, PlateEventRecord, record_of
from cgrconsole.core.storage.database import Database
from cgrconsole.core.storage.migrations import PLATE_SEARCH

PAGE_SIZE = 100
TRIGRAM = 3  # the shortest key the index answers
COMMON_MATCHES = 2000  # a key matching more events than this is answered walking the time index


@dataclass(frozen=True)
class HistoryQuery:
    """What the officer looks for; every empty field matches everything."""

    plate: str = ""  # any part of the plate, typed as the officer likes (spaces, Cyrillic, 0/O …)
    since: float | None = None  # UTC epoch, inclusive
    until: float | None = None  # UTC epoch, exclusive
    cameras: tuple[str, ...] = ()
    direction: str = ""  # entry | exit
    states: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return lookalike_key(self.plate)


@dataclass(frozen=True)
class PageCursor:
    """Where the next page starts: just older than this (time, id)."""

    ts: float
    id: str


@dataclass(frozen=True)
class HistoryPage:
    events: list[PlateEventRecord]
    next: PageCursor | None  # None: this was the last page


class EventHistory:
    """Reads through ``Database.read()``: any thread, its own connection, never waiting for writers."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def page(
        self, query: HistoryQuery, after: PageCursor | None = None, limit: int = PAGE_SIZE
    ) -> HistoryPage:
        """Up to ``limit`` events matching ``query``, newest first, older than ``after`` when given."""
        with self._database.read() as db:
            where, params = _conditions(query, _common(db, query))
            if after is not None:  # written so that the time index bounds it: ts <= ? first
                where.append("e.ts <= ? AND (e.ts < ? OR e.id < ?)")
                params += [after.ts, after.ts, after.id]
            sql = (
                f"SELECT {_prefixed(COLUMNS)} FROM plate_events e WHERE {' AND '.join(where) or '1'} "
                "ORDER BY e.ts DESC, e.id DESC LIMIT ?"
            )
            rows = db.execute(sql, [*params, limit + 1]).fetchall()
        events = [record_of(r) for r in rows[:limit]]
        more = len(rows) > limit
        return HistoryPage(events, PageCursor(events[-1].ts, events[-1].id) if more else None)

    def all(self, query: HistoryQuery, page_size: int = 1000) -> Iterator[PlateEventRecord]:
        """Every matching event, newest first, read a page at a time (for exports)."""
        cursor: PageCursor | None = None
        while True:
            page = self.page(query, cursor, page_size)
            yield from page.events
            if page.next is None:
                return
            cursor = page.next

    def explain(self, query: HistoryQuery) -> list[str]:
        """SQLite's plan for the first page (the benchmark shows which index answers)."""
        with self._database.read() as db:
            where, params = _conditions(query, _common(db, query))
            sql = (
                f"EXPLAIN QUERY PLAN SELECT {_prefixed(COLUMNS)} FROM plate_events e "
                f"WHERE {' AND '.join(where) or '1'} ORDER BY e.ts DESC, e.id DESC LIMIT 1"
            )
            return [str(r[-1]) for r in db.execute(sql, params).fetchall()]


def _common(db: Any, query: HistoryQuery) -> bool:
    """Does the plate's key match so many events that walking them newest first is the faster way?

    The index counts cheaply (a fraction of a millisecond for 10 000 matches). A rare key is best
    answered by fetching its few events and sorting them; a common one (``000``: 1 event in 80) by
    walking the time index and keeping the matches, which fills a page after a few thousand rows.
    """
    key = query.key
    if len(key) < TRIGRAM:
        return False
    sql = f"SELECT COUNT(*) FROM (SELECT 1 FROM {PLATE_SEARCH} WHERE {PLATE_SEARCH} MATCH ? LIMIT ?)"
    return int(db.execute(sql, [f'"{key}"', COMMON_MATCHES + 1]).fetchone()[0]) > COMMON_MATCHES


def _conditions(query: HistoryQuery, common: bool) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    key = query.key
    if len(key) >= TRIGRAM:
        # the phrase in double quotes: the key is matched as one substring (no FTS syntax gets in:
        # a key is only A-Z and 0-9). "+" keeps SQLite from fetching a common key's events by rowid:
        # it walks an index in time order (or the camera's, the state's) and probes the matches.
        rowid = "+e.rowid" if common else "e.rowid"
        where.append(f"{rowid} IN (SELECT rowid FROM {PLATE_SEARCH} WHERE {PLATE_SEARCH} MATCH ?)")
        params.append(f'"{key}"')
    elif key:
        where.append("instr(e.search_key, ?) > 0")
        params.append(key)
    if query.since is not None:
        where.append("e.ts >= ?")
        params.append(query.since)
    if query.until is not None:
        where.append("e.ts < ?")
        params.append(query.until)
    if query.cameras:
        where.append(f"e.camera IN ({', '.join('?' for _ in query.cameras)})")
        params += list(query.cameras)
    if query.direction:
        where.append("e.direction = ?")
        params.append(query.direction)
    if query.states:
        where.append(f"e.state IN ({', '.join('?' for _ in query.states)})")
        params += list(query.states)
    return where, params


def _prefixed(columns: str) -> str:
    return ", ".join(f"e.{c.strip()}" for c in columns.split(","))


# -- exports ------------------------------------------------------------------------------
CSV_FIELDS = (
    "id",
    "time",
    "camera",
    "direction",
    "plate",
    "original_plate",
    "country",
    "confidence",
    "state",
    "decided_by",
    "note",
    "archive_path",
    "frame_path",
    "crop_path",
)
"""The CSV's columns; ``time`` is the site's local time in ISO 8601 with its offset (a spreadsheet and a
script read it alike, and it names the instant exactly)."""


def write_csv(events: Iterable[PlateEventRecord], out: TextIO, zone: ZoneInfo) -> int:
    """``events`` as CSV (header first) into ``out``, opened with ``newline=""``; returns the rows written."""
    writer = csv.DictWriter(out, CSV_FIELDS)
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(csv_row(event, zone))
        count += 1
    return count


def csv_row(event: PlateEventRecord, zone: ZoneInfo) -> dict[str, str]:
    return {
        "id": event.id,
        "time": datetime.fromtimestamp(event.ts, zone).isoformat(timespec="milliseconds"),
        "camera": event.camera,
        "direction": event.direction,
        "plate": event.plate,
        "original_plate": event.original_plate,
        "country": event.country,
        "confidence": f"{event.confidence:.4f}",
        "state": event.state,
        "decided_by": event.decided_by or "",
        "note": event.note or "",
        "archive_path": event.archive_path or "",
        "frame_path": event.frame_path or "",
        "crop_path": event.crop_path or "",
    }


def read_csv(source: TextIO) -> list[dict[str, str]]:
    """The rows of a CSV written by ``write_csv`` (checked to have its columns)."""
    reader = csv.DictReader(source)
    if tuple(reader.fieldnames or ()) != CSV_FIELDS:
        raise ValueError(f"not an event export: columns {reader.fieldnames}")
    return list(reader)


def write_photos_zip(
    events: Iterable[PlateEventRecord], media_dir: Path, target: Path, zone: ZoneInfo
) -> tuple[int, int]:
    """The events' pictures and ``events.csv`` into a ZIP; returns (events written, pictures missing).

    Names sort by time: ``2025-08-18_12-53-20_123ABC01_<id8>_frame.jpg``. JPEGs are stored, not
    deflated (they do not shrink). A picture gone from the disk (retention) is counted, not fatal.
    """
    rows: list[PlateEventRecord] = []
    missing = 0
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for event in events:
            rows.append(event)
            stamp = datetime.fromtimestamp(event.ts, zone).strftime("%Y-%m-%d_%H-%M-%S")
            for kind, relative in (("frame", event.frame_path), ("crop", event.crop_path)):
                if not relative:
                    continue
                path = media_dir / relative
                if not path.is_file():
                    missing += 1
                    continue
                archive.write(path, f"{stamp}_{event.plate}_{event.id[:8]}_{kind}.jpg")
        with archive.open("events.csv", "w") as raw, io.TextIOWrapper(raw, "utf-8", newline="") as text:
            write_csv(rows, text, zone)
    return len(rows), missing

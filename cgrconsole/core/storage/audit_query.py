"""Reading the audit log as the console's "connection and transfer log": filtered by kind, time and
text, newest first, a page at a time; the rows added since a given one (the live tail); CSV export.

Pages follow each other by (time, id) of the last row shown (keyset), never by OFFSET: with a kind
the ``(kind, ts)`` index answers (one query per kind, merged), without one the ``(ts)`` index does, so
the 100th page costs what the first one does at any size of the log. Text is matched in the subject
and the detail (case-blind in every script: Cyrillic too), and, as the viewer shows the detail in
the officer's language, the stored fragments that read as the typed text (``AuditQuery.stored``, exact,
e.g. ``"delivered"`` for "доставлено"); it walks the rows newest first until a page is full.
"""

from __future__ import annotations

import csv
import heapq
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from cgrconsole.core.storage.audit import AuditEntry, AuditKind
from cgrconsole.core.storage.database import Database, fold

PAGE_SIZE = 200
CSV_FIELDS = ("id", "time", "kind", "subject", "detail")

# What the viewer offers to filter by (the contract's words), and the audit kinds behind each.
GROUPS: dict[str, tuple[AuditKind, ...]] = {
    "camera": (AuditKind.CAMERA_SESSION,),
    "hls": (AuditKind.HLS_CLIENT,),
    "api": (AuditKind.API_CALL,),
    "sftp": (AuditKind.SFTP_TRANSFER,),
    "admin": (AuditKind.ADMIN_ACTION,),
    "archive": (AuditKind.ARCHIVE, AuditKind.RETENTION),
    "review": (AuditKind.REVIEW,),
    "app": (AuditKind.APP,),
}


@dataclass(frozen=True)
class AuditQuery:
    """Every empty field matches everything."""

    kinds: tuple[AuditKind, ...] = ()
    since: float | None = None  # UTC epoch, inclusive
    until: float | None = None  # UTC epoch, exclusive
    text: str = ""
    stored: tuple[str, ...] = ()  # with ``text``: exact fragments of the stored detail JSON that match too

    def matches(self, entry: AuditEntry) -> bool:
        """The same test as the SQL, for a row already read (used by the tests)."""
        if self.kinds and entry.kind not in self.kinds:
            return False
        if self.since is not None and entry.ts < self.since:
            return False
        if self.until is not None and entry.ts >= self.until:
            return False
        needle = fold(self.text.strip()) or ""
        detail = json.dumps(entry.detail, ensure_ascii=False, sort_keys=True, default=str)
        if not needle or needle in (fold(entry.subject) or "") or needle in (fold(detail) or ""):
            return True
        return any(fragment in detail for fragment in self.stored)


@dataclass(frozen=True)
class AuditCursor:
    """Where the next page starts: just older than this (time, id)."""

    ts: float
    id: int


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    next: AuditCursor | None  # None: this was the last page


def _entry(row: Sequence[Any]) -> AuditEntry:
    try:
        kind = AuditKind(row[2])
    except ValueError:  # written by a newer console: shown as what it says
        kind = AuditKind.APP
    try:
        detail = json.loads(row[4] or "{}")
    except json.JSONDecodeError:
        detail = {"text": row[4]}
    return AuditEntry(row[0], row[1], kind, row[3] or "", detail if isinstance(detail, dict) else {})


class AuditReader:
    """Queries on ``Database.read()`` (a connection of the calling thread): call it off the GUI thread."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def _where(
        self, query: AuditQuery, kind: AuditKind | None, extra: str = "", params: Sequence[Any] = ()
    ) -> tuple[str, list[Any]]:
        where: list[str] = []
        values: list[Any] = []
        if kind is not None:
            where.append("kind = ?")
            values.append(kind.value)
        if query.since is not None:
            where.append("ts >= ?")
            values.append(query.since)
        if query.until is not None:
            where.append("ts < ?")
            values.append(query.until)
        if query.text.strip():
            stored = " OR instr(detail, ?) > 0" * len(query.stored)
            where.append(f"(instr(fold(subject), ?) > 0 OR instr(fold(detail), ?) > 0{stored})")
            values += [fold(query.text.strip())] * 2 + list(query.stored)
        if extra:
            where.append(extra)
            values += list(params)
        return (" WHERE " + " AND ".join(where)) if where else "", values

    def page(self, query: AuditQuery, cursor: AuditCursor | None = None, limit: int = PAGE_SIZE) -> AuditPage:
        """Newest first: up to ``limit`` rows older than ``cursor``."""
        extra, params = ("(ts, id) < (?, ?)", (cursor.ts, cursor.id)) if cursor else ("", ())
        kinds: Sequence[AuditKind | None] = query.kinds or (None,)
        with self._database.read() as db:
            runs = []
            for kind in kinds:
                where, values = self._where(query, kind, extra, params)
                sql = f"SELECT id, ts, kind, subject, detail FROM audit_log{where} ORDER BY ts DESC, id DESC LIMIT ?"  # noqa: E501
                runs.append([_entry(r) for r in db.execute(sql, [*values, limit + 1]).fetchall()])
        merged = list(heapq.merge(*runs, key=lambda e: (-e.ts, -e.id)))
        entries = merged[:limit]
        more = len(merged) > limit
        return AuditPage(entries, AuditCursor(entries[-1].ts, entries[-1].id) if more and entries else None)

    def all(self, query: AuditQuery) -> Iterator[AuditEntry]:
        """Every matching row, newest first, a page at a time (the export)."""
        cursor: AuditCursor | None = None
        while True:
            page = self.page(query, cursor, 1000)
            yield from page.entries
            if page.next is None:
                return
            cursor = page.next

    def newer(self, query: AuditQuery, after_id: int, limit: int = 1000) -> list[AuditEntry]:
        """The matching rows written after row ``after_id`` (the live tail), newest first.

        Only the primary key's range is read (a few rows a second), the filter applied here."""
        sql = "SELECT id, ts, kind, subject, detail FROM audit_log WHERE id > ? ORDER BY id DESC LIMIT ?"
        with self._database.read() as db:
            rows = [_entry(r) for r in db.execute(sql, [after_id, limit]).fetchall()]
        return sorted((e for e in rows if query.matches(e)), key=lambda e: (-e.ts, -e.id))

    def last_id(self) -> int:
        with self._database.read() as db:
            row = db.execute("SELECT MAX(id) FROM audit_log").fetchone()
        return int(row[0] or 0)


def write_csv(entries: Iterable[AuditEntry], out: TextIO, zone: ZoneInfo) -> int:
    """``entries`` as CSV (header first) into ``out``, opened with ``newline=""``; returns the rows written.
    The detail is the stored JSON, so a spreadsheet and a script both read it."""
    writer = csv.DictWriter(out, CSV_FIELDS)
    writer.writeheader()
    count = 0
    for entry in entries:
        writer.writerow(
            {
                "id": entry.id,
                "time": datetime.fromtimestamp(entry.ts, zone).isoformat(timespec="milliseconds"),
                "kind": entry.kind.value,
                "subject": entry.subject,
                "detail": json.dumps(entry.detail, ensure_ascii=False, sort_keys=True, default=str),
            }
        )
        count += 1
    return count


def read_csv(source: TextIO) -> list[AuditEntry]:
    """What ``write_csv`` wrote, read back (the round-trip test, and scripts)."""
    return [
        AuditEntry(
            int(row["id"]),
            datetime.fromisoformat(row["time"]).timestamp(),
            AuditKind(row["kind"]),
            row["subject"],
            json.loads(row["detail"] or "{}"),
        )
        for row in csv.DictReader(source)
    ]

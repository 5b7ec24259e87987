"""The outbox: one row per (event, destination), claimed atomically, completed with every attempt kept.

Rows go ``pending`` → ``in_flight`` (claimed) → ``delivered`` | ``failed`` (permanent: the officer
acts) | back to ``pending`` with a later ``next_attempt_ts``. A crash leaves rows ``in_flight``;
``recover()`` at start returns them to ``pending`` (the destination's idempotent id makes the
resend harmless). Per destination, rows go out in event-time order: while the oldest pending row
waits for its retry, the younger ones wait behind it.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from cgrconsole.core.backoff import backoff_delay
from cgrconsole.core.storage.database import Database
from cgrconsole.core.uplink.destination import Delivered, Outcome, Rejected, RetryLater, wire_id
from cgrconsole.core.uplink.reasons import NO_LINK, Reason, because

PENDING, IN_FLIGHT, DELIVERED, FAILED, DISMISSED = "pending", "in_flight", "delivered", "failed", "dismissed"


@dataclass(frozen=True)
class OutboxRow:
    id: int
    event_id: str
    destination: str
    state: str
    event_ts: float
    attempts: int
    next_attempt_ts: float | None
    last_code: str | None
    last_error: str | None  # English (logs; the only text of rows older than reason codes)
    last_reason: Reason | None = None  # the same, coded: the UI says it in the officer's language

    @classmethod
    def of(cls, values: Sequence[Any]) -> OutboxRow:
        """A row of ``_ROW`` (the fields, in order)."""
        row = dict(zip([f.name for f in fields(cls)], values, strict=True))
        return cls(**{**row, "last_reason": Reason.from_json(row["last_reason"])})


@dataclass(frozen=True)
class Attempt:
    outbox_id: int
    started_ts: float
    finished_ts: float | None
    outcome: str
    code: str | None
    http_status: int | None
    detail: str | None  # English
    reason: Reason | None = None  # coded; None for attempts older than reason codes

    @classmethod
    def of(cls, values: Sequence[Any]) -> Attempt:
        """A row of ``_ATTEMPT`` (the fields, in order)."""
        row = dict(zip([f.name for f in fields(cls)], values, strict=True))
        return cls(**{**row, "reason": Reason.from_json(row["reason"])})


INTERRUPTED = because("outbox.interrupted")
RECONCILED = because("outbox.reconcile")


def enqueue(db: Any, event_id: str, event_ts: float, destinations: Sequence[str], now: float) -> None:
    """Inside the caller's transaction: queue the event for each destination that does not have it yet.

    A row that failed or was dismissed goes back to pending (the officer resends after a correction);
    a delivered row stays delivered.
    """
    for destination in destinations:
        db.execute(
            "INSERT INTO outbox (event_id, destination, state, event_ts, created_ts, next_attempt_ts, "
            "attempts) VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT (event_id, destination) DO UPDATE SET "
            "state = excluded.state, next_attempt_ts = excluded.next_attempt_ts, dismissed_reason = NULL "
            "WHERE outbox.state IN (?, ?)",
            [event_id, destination, PENDING, event_ts, now, now, FAILED, DISMISSED],
        )


_ROW = ", ".join(f.name for f in fields(OutboxRow))  # the columns are named as the row's fields
_ATTEMPT = ", ".join(f.name for f in fields(Attempt))
_HEAD = f"SELECT {_ROW} FROM outbox WHERE destination = ? AND state = ? ORDER BY event_ts, id LIMIT 1"


class Outbox:
    """Thread-safe (every change is one IMMEDIATE transaction)."""

    def __init__(
        self,
        database: Database,
        clock: Callable[[], float] = time.time,
        backoff_initial_s: float = 2.0,
        backoff_cap_s: float = 300.0,
        rng: random.Random | None = None,
    ) -> None:
        self._database = database
        self._clock = clock
        self.backoff_initial_s = backoff_initial_s
        self.backoff_cap_s = backoff_cap_s
        self._rng = rng or random.Random()
        self._on_event_done: list[Callable[[Any, str], None]] = []

    def on_event_done(self, callback: Callable[[Any, str], None]) -> None:
        """``callback(db, event_id)`` inside the completing transaction (the event store sets its state)."""
        self._on_event_done.append(callback)

    def recover(self) -> int:
        """Rows a crash left in flight go back to pending; returns how many."""
        now = self._clock()
        with self._database.transaction() as db:
            ids = [r[0] for r in db.execute("SELECT id FROM outbox WHERE state = ?", [IN_FLIGHT]).fetchall()]
            for row_id in ids:
                db.execute(
                    "UPDATE outbox_attempts SET finished_ts = ?, outcome = 'interrupted', detail = ?, "
                    "reason = ? WHERE outbox_id = ? AND finished_ts IS NULL",
                    [now, INTERRUPTED.english(), INTERRUPTED.to_json(), row_id],
                )
            db.execute(
                "UPDATE outbox SET state = ?, claimed_ts = NULL, next_attempt_ts = ? WHERE state = ?",
                [PENDING, now, IN_FLIGHT],
            )
        return len(ids)

    def claim(self, destination: str, limit: int) -> list[OutboxRow]:
        """The oldest due pending rows, marked in flight with an open attempt; [] while the head waits."""
        now = self._clock()
        with self._database.transaction() as db:
            rows = [
                OutboxRow.of(r)
                for r in db.execute(
                    f"SELECT {_ROW} FROM outbox WHERE destination = ? AND state = ? "
                    "ORDER BY event_ts, id LIMIT ?",
                    [destination, PENDING, limit],
                ).fetchall()
            ]
            due = []
            for row in rows:
                if (row.next_attempt_ts or 0) > now:
                    break  # time order: the rest waits behind a row that waits
                due.append(row)
            for row in due:
                db.execute(
                    "UPDATE outbox SET state = ?, claimed_ts = ? WHERE id = ?", [IN_FLIGHT, now, row.id]
                )
                db.execute(
                    "INSERT INTO outbox_attempts (outbox_id, started_ts, outcome) VALUES (?, ?, 'running')",
                    [row.id, now],
                )
        return due

    def next_due(self, destination: str) -> float | None:
        """When the oldest pending row of ``destination`` may go (None: nothing pending)."""
        head = self.head(destination)
        return None if head is None else float(head.next_attempt_ts or 0)

    def head(self, destination: str) -> OutboxRow | None:
        """The oldest pending row of ``destination``: the one every younger row waits behind."""
        with self._database.read() as db:
            row = db.execute(_HEAD, [destination, PENDING]).fetchone()
        return None if row is None else OutboxRow.of(row)

    def release(self, destination: str) -> int:
        """The server answers again: when the head waits only because it could not reach it, end the wait.

        Rows waiting for a time the server set (Retry-After, a busy window) or for the admin keep
        waiting: only a head whose last failure is in ``reasons.NO_LINK`` is released, and with it
        the rows behind it (they go in order anyway). Returns how many rows may go now.
        """
        now = self._clock()
        with self._database.transaction() as db:
            row = db.execute(_HEAD, [destination, PENDING]).fetchone()
            head = None if row is None else OutboxRow.of(row)
            if head is None or (head.next_attempt_ts or 0) <= now or not waits_for_link(head):
                return 0
            cursor = db.execute(
                "UPDATE outbox SET next_attempt_ts = ? WHERE destination = ? AND state = ? "
                "AND next_attempt_ts > ?",
                [now, destination, PENDING, now],
            )
            return int(cursor.rowcount)

    def complete(self, row: OutboxRow, outcome: Outcome) -> None:
        now = self._clock()
        with self._database.transaction() as db:
            if isinstance(outcome, Delivered):
                db.execute(
                    "UPDATE outbox SET state = ?, delivered_ts = ?, remote_ref = ?, already_there = ?, "
                    "attempts = attempts + 1, last_code = NULL, last_error = NULL, last_reason = NULL "
                    "WHERE id = ?",
                    [DELIVERED, now, outcome.remote_ref, int(outcome.already_there), row.id],
                )
                kind, code, status = "delivered", "already_there" if outcome.already_there else "ok", None
                why = outcome.why
                # the link works again: rows still waiting out their backoff go now, in order
                db.execute(
                    "UPDATE outbox SET next_attempt_ts = ? WHERE destination = ? AND state = ? "
                    "AND next_attempt_ts > ?",
                    [now, row.destination, PENDING, now],
                )
                detail = why.english() if why is not None else outcome.remote_ref
            elif isinstance(outcome, RetryLater):
                wait = outcome.after_s
                if wait is None:
                    wait = backoff_delay(
                        row.attempts, self.backoff_initial_s, self.backoff_cap_s, 0.2, self._rng
                    )
                why, detail = outcome.why, outcome.reason
                db.execute(
                    "UPDATE outbox SET state = ?, next_attempt_ts = ?, attempts = attempts + 1, "
                    "last_code = 'retry', last_error = ?, last_reason = ? WHERE id = ?",
                    [PENDING, now + max(0.0, wait), detail, why.to_json(), row.id],
                )
                kind, code, status = "retry", "retry", outcome.http_status
            else:
                assert isinstance(outcome, Rejected)
                why, detail = outcome.why, outcome.reason
                db.execute(
                    "UPDATE outbox SET state = ?, attempts = attempts + 1, last_code = ?, last_error = ?, "
                    "last_reason = ? WHERE id = ?",
                    [FAILED, outcome.code, detail, why.to_json(), row.id],
                )
                kind, code, status = "rejected", outcome.code, outcome.http_status
            db.execute(
                "UPDATE outbox_attempts SET finished_ts = ?, outcome = ?, code = ?, http_status = ?, "
                "detail = ?, reason = ? WHERE outbox_id = ? AND finished_ts IS NULL",
                [now, kind, code, status, detail, why.to_json() if why is not None else None, row.id],
            )
            if not isinstance(outcome, RetryLater):
                for callback in self._on_event_done:
                    callback(db, row.event_id)

    def dismiss(
        self, outbox_id: int, reason: str, on_dismissed: Callable[[Any, OutboxRow], None]
    ) -> OutboxRow:
        """The officer gives up on a failed row; ``on_dismissed(db, row)`` audits it in the same commit."""
        with self._database.transaction() as db:
            found = db.execute(f"SELECT {_ROW} FROM outbox WHERE id = ? AND state = ?", [outbox_id, FAILED])
            values = found.fetchone()
            if values is None:
                raise ValueError(f"outbox row {outbox_id} is not failed")
            row = OutboxRow.of(values)
            db.execute(
                "UPDATE outbox SET state = ?, dismissed_reason = ? WHERE id = ?",
                [DISMISSED, reason, outbox_id],
            )
            on_dismissed(db, row)
            for callback in self._on_event_done:
                callback(db, row.event_id)
        return row

    def delivered_events(self, destination: str, since: float) -> list[tuple[str, str, float, str]]:
        """(event id, plate, event time, id on the wire) of what ``destination`` has had since ``since``,
        oldest first (the wire id differs from the event's once a correction was sent again)."""
        sql = (
            "SELECT o.event_id, e.plate, o.event_ts, e.revision FROM outbox o "
            "JOIN plate_events e ON e.id = o.event_id "
            "WHERE o.destination = ? AND o.state = ? AND o.event_ts >= ? ORDER BY o.event_ts"
        )
        with self._database.read() as db:
            found = db.execute(sql, [destination, DELIVERED, since]).fetchall()
        return [(str(r[0]), str(r[1]), float(r[2]), wire_id(str(r[0]), int(r[3] or 0))) for r in found]

    def requeue(self, destination: str, event_ids: Sequence[str]) -> int:
        """Send delivered events again (the server lost them); returns how many rows went back."""
        now, count = self._clock(), 0
        with self._database.transaction() as db:
            for event_id in event_ids:
                cursor = db.execute(
                    "UPDATE outbox SET state = ?, next_attempt_ts = ?, last_code = 'reconcile', "
                    "last_error = ?, last_reason = ? WHERE event_id = ? AND destination = ? AND state = ?",
                    [
                        PENDING,
                        now,
                        RECONCILED.english(),
                        RECONCILED.to_json(),
                        event_id,
                        destination,
                        DELIVERED,
                    ],
                )
                count += cursor.rowcount
        return count

    def rows(self, event_id: str) -> list[OutboxRow]:
        with self._database.read() as db:
            found = db.execute(
                f"SELECT {_ROW} FROM outbox WHERE event_id = ? ORDER BY destination", [event_id]
            ).fetchall()
        return [OutboxRow.of(r) for r in found]

    def attempts(self, outbox_id: int) -> list[Attempt]:
        with self._database.read() as db:
            found = db.execute(
                f"SELECT {_ATTEMPT} FROM outbox_attempts WHERE outbox_id = ? ORDER BY id",
                [outbox_id],
            ).fetchall()
        return [Attempt.of(r) for r in found]

    def last_attempt(self, destination: str, among: int = 1000) -> Attempt | None:
        """The most recent finished attempt to ``destination`` among the last ``among`` of all (the status
        bar asks every 2 s: a bounded look, never a scan of the whole history; CROSS JOIN keeps SQLite
        walking the newest attempts first rather than every row of the destination)."""
        with self._database.read() as db:
            found = db.execute(
                f"SELECT {', '.join('a.' + c for c in _ATTEMPT.split(', '))} FROM outbox_attempts a "
                "CROSS JOIN outbox o ON o.id = a.outbox_id "
                "WHERE o.destination = ? AND a.finished_ts IS NOT NULL "
                "AND a.id > (SELECT COALESCE(MAX(id), 0) FROM outbox_attempts) - ? "
                "ORDER BY a.id DESC LIMIT 1",
                [destination, among],
            ).fetchone()
        return None if found is None else Attempt.of(found)

    def counts(self) -> dict[str, dict[str, int]]:
        """{destination: {state: rows}} for the status bar."""
        with self._database.read() as db:
            found = db.execute(
                "SELECT destination, state, COUNT(*) FROM outbox GROUP BY destination, state"
            ).fetchall()
        counts: dict[str, dict[str, int]] = {}
        for destination, state, count in found:
            counts.setdefault(destination, {})[state] = count
        return counts


def waits_for_link(row: OutboxRow) -> bool:
    """The row waits only because the server could not be reached (a reachability check may end it)."""
    return row.last_reason is not None and not NO_LINK.isdisjoint(row.last_reason.codes())

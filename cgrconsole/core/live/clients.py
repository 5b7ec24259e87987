"""Who watches the live stream: client sessions, their access log in the audit log, connection counts.

A player asks for a playlist several times a second, so one audit row per request would flood the
log. Requests are summed per client address into a *session* (first seen, last seen, requests,
bytes, cameras, answers by status); a session ends after ``idle_s`` without a request and is written
then, and every ``flush_s`` while it lasts (the counts in a row are the session's so far: the last
row of a session is the whole session). Every refusal is written on its own, up to
``refusals_per_minute`` per address; beyond that they are counted and the count is written once.

The server's event loop calls ``admit``/``finish``/``refused``/``sweep``; ``clients`` and ``totals``
are safe from any thread (the console asks from its own). Audit rows are written on a thread of the
monitor's own, so the loop never waits for SQLite.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from cgrconsole.core.storage.audit import AuditKind

log = logging.getLogger(__name__)

IDLE_S = 30.0  # a player polls every part (0.2 s) or segment (1–2 s); 30 s of silence is gone
FLUSH_S = 300.0  # a session watched for hours still leaves a row every 5 minutes
REFUSALS_PER_MINUTE = 20
TEXT_LIMIT = 200  # characters of a path or user agent kept in the audit log


class AuditRecorder(Protocol):
    def record(self, kind: AuditKind, subject: str, **detail: Any) -> None: ...


@dataclass(frozen=True)
class ClientSession:
    """One client address watching now (a snapshot for the console and /metrics)."""

    address: str
    since: float  # epoch s of its first request
    last_seen: float
    requests: int
    bytes_sent: int
    cameras: tuple[str, ...]
    user: str = ""  # the basic-auth user; "token" when it showed the token; "" without auth
    user_agent: str = ""


@dataclass(frozen=True)
class AccessTotals:
    """Counters since the server started, for /metrics."""

    requests: int
    bytes_sent: int
    refused: dict[str, int]  # reason code → refusals
    connections: int  # TCP connections carrying a request now


@dataclass
class _Session:
    address: str
    since: float
    last_seen: float
    user_agent: str
    requests: int = 0
    bytes_sent: int = 0
    in_flight: int = 0
    user: str = ""
    cameras: set[str] = field(default_factory=set)
    statuses: Counter[int] = field(default_factory=Counter)
    written_at: float = 0.0

    def snapshot(self) -> ClientSession:
        return ClientSession(
            self.address,
            self.since,
            self.last_seen,
            self.requests,
            self.bytes_sent,
            tuple(sorted(self.cameras)),
            self.user,
            self.user_agent,
        )

    def row(self, event: str, **extra: Any) -> dict[str, Any]:
        return {
            "event": event,
            "first_seen": round(self.since, 3),
            "last_seen": round(self.last_seen, 3),
            "duration_s": round(self.last_seen - self.since, 1),
            "requests": self.requests,
            "bytes": self.bytes_sent,
            "cameras": sorted(self.cameras),
            "statuses": {str(status): n for status, n in sorted(self.statuses.items())},
            "user": self.user,
            "user_agent": self.user_agent,
            **extra,
        }


@dataclass
class _RefusalWindow:
    started: float
    written: int = 0
    suppressed: int = 0


class AccessMonitor:
    """Sessions of the clients the access control let in, and the refusals of the others."""

    def __init__(
        self,
        audit: AuditRecorder,
        clock: Callable[[], float],
        *,
        idle_s: float = IDLE_S,
        flush_s: float = FLUSH_S,
        refusals_per_minute: int = REFUSALS_PER_MINUTE,
        link_query: Callable[[], str] = str,
    ) -> None:
        self._audit = audit
        self._link_query = link_query
        self._clock = clock
        self._idle_s = idle_s
        self._flush_s = flush_s
        self._refusals_per_minute = refusals_per_minute
        self._lock = threading.Lock()
        self._sessions: dict[str, _Session] = {}
        self._windows: dict[str, _RefusalWindow] = {}
        self._connections: dict[tuple[str, int], int] = {}  # (address, port) → requests in flight
        self._per_address: Counter[str] = Counter()
        self._requests = 0
        self._bytes = 0
        self._refused: Counter[str] = Counter()
        self._writer: concurrent.futures.ThreadPoolExecutor | None = None

    # --- connections (the server's loop) ---

    def connection_refusal(
        self, address: str, port: int, max_total: int, max_per_client: int
    ) -> tuple[str, str] | None:
        """(reason code, English) when a request on a *new* connection exceeds a limit; None: counted in.

        A connection counts while it carries a request (idle keep-alive connections cost nothing and the
        server closes them after a few seconds); requests on a connection already counted always pass.
        """
        key = (address, port)
        with self._lock:
            if key not in self._connections:
                if len(self._connections) >= max_total:
                    return "server_busy", f"the server carries its limit of {max_total} connections"
                if self._per_address[address] >= max_per_client:
                    return "too_many_connections", (
                        f"this client holds its limit of {max_per_client} connections"
                    )
                self._per_address[address] += 1
            self._connections[key] = self._connections.get(key, 0) + 1
        return None

    def connection_done(self, address: str, port: int) -> None:
        key = (address, port)
        with self._lock:
            left = self._connections.get(key, 0) - 1
            if left > 0:
                self._connections[key] = left
                return
            self._connections.pop(key, None)
            self._per_address[address] -= 1
            if self._per_address[address] <= 0:
                del self._per_address[address]

    # --- requests (the server's loop) ---

    def admit(self, address: str, user_agent: str, user: str) -> None:
        """A request the access control let in has started."""
        now = self._clock()
        with self._lock:
            session = self._sessions.get(address)
            if session is None:
                session = _Session(address, now, now, user_agent[:TEXT_LIMIT], written_at=now)
                self._sessions[address] = session
                log.info("live stream: %s started watching", address)
            session.in_flight += 1
            session.last_seen = now
            if user:
                session.user = user

    def finish(self, address: str, status: int, bytes_sent: int, camera: str | None) -> None:
        """That request has ended (answered, or its client went away: ``status`` 0)."""
        now = self._clock()
        with self._lock:
            self._requests += 1
            self._bytes += bytes_sent
            session = self._sessions.get(address)
            if session is None:  # ended by close() while the request ran
                return
            session.in_flight = max(0, session.in_flight - 1)
            session.last_seen = now
            session.requests += 1
            session.bytes_sent += bytes_sent
            session.statuses[status] += 1
            if camera and 200 <= status < 400:
                session.cameras.add(camera)

    def refused(self, address: str, status: int, reason: str, why: str, **detail: Any) -> None:
        """One refused request: audited on its own (``detail``: method, path, user agent — never a secret)."""
        now = self._clock()
        with self._lock:
            self._refused[reason] += 1
            window = self._windows.get(address)
            rows = self._roll_window(address, window, now)
            window = self._windows.setdefault(address, _RefusalWindow(now))
            if window.written < self._refusals_per_minute:
                window.written += 1
                fields = {k: (v[:TEXT_LIMIT] if isinstance(v, str) else v) for k, v in detail.items()}
                row = {"event": "refused", "status": status, "reason": reason, "why": why, **fields}
                rows.append((address, row))
                log.info("live stream: refused %s (%s): %s", address, status, why)
            else:
                window.suppressed += 1
        self._write(rows)

    def _roll_window(
        self, address: str, window: _RefusalWindow | None, now: float
    ) -> list[tuple[str, dict[str, Any]]]:
        """Ends a refusal window older than a minute; a row for the refusals it did not write. Under lock."""
        if window is None or now - window.started < 60.0:
            return []
        del self._windows[address]
        if not window.suppressed:
            return []
        log.warning("live stream: %d more refusals of %s in a minute", window.suppressed, address)
        return [(address, {"event": "refused_more", "count": window.suppressed, "since": window.started})]

    # --- time passing (the server's loop, every few seconds) ---

    def sweep(self) -> None:
        """End idle sessions, write the periodic rows of long ones, and the counts of suppressed refusals."""
        now = self._clock()
        rows: list[tuple[str, dict[str, Any]]] = []
        with self._lock:
            for address, session in list(self._sessions.items()):
                if session.in_flight == 0 and now - session.last_seen >= self._idle_s:
                    del self._sessions[address]
                    rows.append((address, session.row("session", ended_by="idle")))
                    log.info("live stream: %s stopped watching (%d requests)", address, session.requests)
                elif now - session.written_at >= self._flush_s:
                    session.written_at = now
                    rows.append((address, session.row("watching")))
            for address, window in list(self._windows.items()):
                rows += self._roll_window(address, window, now)
        self._write(rows)

    def close(self) -> None:
        """The server stops: every session ends now and is written; waits for the rows to be stored."""
        now = self._clock() + 60.0  # every refusal window ends too
        with self._lock:
            sessions = list(self._sessions.values())
            self._sessions.clear()
            rows = [(s.address, s.row("session", ended_by="server_stop")) for s in sessions]
            for address, window in list(self._windows.items()):
                rows += self._roll_window(address, window, now)
            writer, self._writer = self._writer, None
        if writer is not None:
            writer.shutdown(wait=True)
        for address, row in rows:
            self._store(address, row)

    # --- reading (any thread) ---

    def clients(self) -> list[ClientSession]:
        """The clients watching now, the longest watching first."""
        with self._lock:
            return sorted((s.snapshot() for s in self._sessions.values()), key=lambda c: c.since)

    def totals(self) -> AccessTotals:
        with self._lock:
            return AccessTotals(self._requests, self._bytes, dict(self._refused), len(self._connections))

    def link_query(self) -> str:
        """What a link handed to the remote party must carry (``token=…``, or ""); for the console's own
        copy buttons, never for a log. May read the keyring: call it off the GUI thread."""
        return self._link_query()

    # --- writing ---

    def _write(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        if not rows:
            return
        with self._lock:
            if self._writer is None:
                self._writer = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="live-audit")
            writer = self._writer
        for address, row in rows:
            writer.submit(self._store, address, row)

    def _store(self, address: str, row: dict[str, Any]) -> None:
        try:
            self._audit.record(AuditKind.HLS_CLIENT, address, **row)
        except Exception:  # the database may be closing; the file log still has the line
            log.exception("live stream: could not write the access log row of %s: %s", address, row)

    def drain(self, timeout: float = 5.0) -> None:
        """Wait until the rows handed to the writer so far are stored (tests, and an orderly stop)."""
        with self._lock:
            writer = self._writer
        if writer is not None:
            writer.submit(lambda: None).result(timeout)

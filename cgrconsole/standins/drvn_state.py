"""State of the ĐBVN stand-in: accounts, JWTs, accepted images, call log and the faults to inject."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

VN_OFFSET = timedelta(hours=7)  # ĐBVN's day


@dataclass
class Faults:
    """What to break. Counters (``*_next``) are consumed one per matching request.

    ``fault_paths``: the request faults hit only paths containing it ("api/v1/image" = the four uploads).
    """

    fault_paths: str = "api/v1/image"
    reset_next: int = 0  # close the connection before reading the request: no answer at all
    fail_next: int = 0  # answer ``fail_status`` without processing
    fail_status: int = 500
    garbage_next: int = 0  # 200 with a body that is not JSON
    drop_after_commit_next: int = 0  # process and keep the upload, then close without answering
    rate_limit_next: int = 0  # 429 with Retry-After
    retry_after_s: int = 2  # 0: a 429 carries no Retry-After (the client must ask the status)
    slow_s: float = 0.0  # wait this long before answering any protocol request
    busy_until: float = 0.0  # server time; getserverstatus says State 2 until then
    # Recurring busy windows: busy for busy_for_s at the start of every busy_every_s, from busy_from.
    busy_every_s: float = 0.0
    busy_for_s: float = 0.0
    busy_from: float = 0.0
    # A ready status announces in NextUpdateTime when the next busy window starts; False: it says
    # only "in 5 minutes", as a server that knows only the present would.
    announce_busy: bool = True
    busy_message: str = "Hệ thống đang bận"
    clock_offset_s: float = 0.0  # the server's clock minus the real one
    expire_tokens_after_uploads: int = 0  # after this many more uploads every token expires (code 10)
    auth_status: int = 401  # HTTP status of answers with code 9/10 (a server may use 200)


@dataclass(frozen=True)
class Received:
    """One image the stand-in accepted (the JPEG itself is kept in memory only)."""

    guid: str
    provider_id: int
    plate: str
    gps_time_ms: int
    camera_id: int
    camera_view: int
    gps_lat: float
    gps_lon: float
    driver_license: str
    size: int
    checksum: str
    method: str  # base64 | multipart
    received_at: float  # server time
    late: bool  # older than 15 min: accepted as catch-up, flagged (seed Bảng 1)


@dataclass
class Account:
    provider_id: int
    user_name: str
    password: str


class StandinState:
    """Everything the handlers share; every method takes the lock."""

    def __init__(
        self,
        accounts: list[Account],
        clock: Callable[[], float],
        token_ttl_s: float,
        record_path: Path | None,
    ) -> None:
        self.lock = threading.RLock()
        self.accounts = {a.provider_id: a for a in accounts}
        self._clock = clock
        self.token_ttl_s = token_ttl_s
        self.record_path = record_path
        self.faults = Faults()
        self.received: list[Received] = []
        self.images: dict[str, bytes] = {}
        self.failures: list[tuple[int, float]] = []  # (provider, server time) of refused images
        self.calls: list[dict[str, Any]] = []
        self.busy_violations = 0  # uploads that arrived while the server said busy
        self.vehicle_info_calls: dict[tuple[int, str], int] = {}
        self._key = secrets.token_bytes(32)
        self._revoked: set[str] = set()
        self._serial = 0  # tokens are numbered: expire_tokens() ends all issued so far, whatever the clock
        self._expired_serial = 0

    def now(self) -> float:
        """The server's clock (Unix seconds)."""
        return self._clock() + self.faults.clock_offset_s

    def busy(self, now: float) -> tuple[bool, float | None]:
        """(busy now?, when that changes): the end of this busy window, or the start of the next one."""
        f = self.faults
        if now < f.busy_until:
            return True, f.busy_until
        if f.busy_every_s <= 0 or f.busy_for_s <= 0:
            return False, None
        if now < f.busy_from:
            return False, f.busy_from
        start = now - (now - f.busy_from) % f.busy_every_s
        if now < start + f.busy_for_s:
            return True, start + f.busy_for_s
        return False, start + f.busy_every_s

    @staticmethod
    def vn_day(unix_s: float) -> str:
        return (datetime.fromtimestamp(unix_s, UTC) + VN_OFFSET).date().isoformat()

    # -- JWT (HS256, stdlib) -----------------------------------------------------------------------
    def issue_token(self, provider_id: int, user: str) -> str:
        now = self.now()
        with self.lock:
            self._serial += 1
            serial = self._serial
        claims = {"pid": provider_id, "sub": user, "iat": now, "exp": now + self.token_ttl_s, "jti": serial}
        head = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        body = _b64(json.dumps(claims).encode())
        signature = _b64(hmac.new(self._key, f"{head}.{body}".encode(), hashlib.sha256).digest())
        return f"{head}.{body}.{signature}"

    def check_token(self, token: str) -> tuple[int, dict[str, Any]]:
        """(1, claims) when valid; (9, {}) wrong or revoked; (10, {}) expired."""
        try:
            head, body, signature = token.split(".")
            expected = _b64(hmac.new(self._key, f"{head}.{body}".encode(), hashlib.sha256).digest())
            if not hmac.compare_digest(expected, signature) or token in self._revoked:
                return 9, {}
            claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        except (ValueError, TypeError):
            return 9, {}
        if claims["exp"] <= self.now() or claims["jti"] <= self._expired_serial:
            return 10, {}
        return 1, claims

    def revoke(self, token: str) -> None:
        with self.lock:
            self._revoked.add(token)

    def expire_tokens(self) -> None:
        """Every token issued so far now answers code 10."""
        with self.lock:
            self._expired_serial = self._serial

    # -- records ---------------------------------------------------------------------------------
    def keep(self, record: Received, jpeg: bytes) -> None:
        with self.lock:
            self.received.append(record)
            self.images[record.guid] = jpeg
            if self.record_path is not None:
                with self.record_path.open("a", encoding="utf-8") as out:
                    out.write(json.dumps(dataclasses.asdict(record)) + "\n")

    def has(self, guid: str) -> bool:
        with self.lock:
            return guid in self.images

    def set_faults(self, changes: dict[str, Any]) -> Faults:
        with self.lock:
            known = {f.name for f in dataclasses.fields(Faults)}
            unknown = set(changes) - known
            if unknown:
                raise KeyError(", ".join(sorted(unknown)))
            self.faults = dataclasses.replace(self.faults, **changes)
            return self.faults

    def take_fault(self, name: str, path: str) -> bool:
        """Consume one count of fault ``name`` if it applies to ``path``."""
        with self.lock:
            if self.faults.fault_paths not in path or getattr(self.faults, name) <= 0:
                return False
            setattr(self.faults, name, getattr(self.faults, name) - 1)
            return True

    def reset(self) -> None:
        with self.lock:
            self.faults = Faults()
            self.received.clear()
            self.images.clear()
            self.failures.clear()
            self.calls.clear()
            self.busy_violations = 0
            self.vehicle_info_calls.clear()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

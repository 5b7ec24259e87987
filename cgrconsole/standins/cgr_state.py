"""The CarGoRuqsat stand-in's memory: issued tokens, accepted events, the truck list and queued faults.

Shared by the server's request threads and the test that drives it, so every method takes the lock.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from cgrconsole.standins.cgr_rules import CgrStandinConfig

TokenCheck = Literal["ok", "missing", "unknown", "expired", "wrong_mode"]


@dataclass(frozen=True)
class Fault:
    """One injected misbehaviour for the next ``times`` protocol requests whose path contains ``path``.

    ``commit``: do the real work first (store the event), then misbehave, e.g. drop the answer after
    committing. ``status``/``body``/``headers`` replace the answer; ``drop`` closes the connection
    without one; ``delay_s`` waits before answering.
    """

    path: str = ""
    status: int | None = None
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    commit: bool = False
    drop: bool = False
    delay_s: float = 0.0
    times: int = 1

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class _Armed:
    fault: Fault
    remaining: int


@dataclass
class _Issued:
    mode: str
    expires_at: float


class StandinState:
    """Tokens, events, trucks and faults of one stand-in."""

    def __init__(self, config: CgrStandinConfig, clock: Callable[[], float]) -> None:
        self.config = config
        self._clock = clock
        self._lock = threading.Lock()
        self._key = secrets.token_bytes(32)
        self._tokens: dict[str, _Issued] = {}
        self._events: list[dict[str, Any]] = []
        self._event_ids: set[str] = set()
        self._faults: list[_Armed] = []
        self._expire_countdown: int | None = None
        self.truck_numbers: list[str] = []
        self.auth_calls = 0

    # -- tokens -----------------------------------------------------------------------
    def issue_token(self) -> str:
        now = self._clock()
        expires = now + self.config.token_ttl_s
        if self.config.token_format == "jwt":
            token = _jwt(
                {"sub": self.config.mode, "exp": int(expires), "jti": secrets.token_hex(8)}, self._key
            )
        else:
            token = secrets.token_urlsafe(32)
        with self._lock:
            self._tokens[token] = _Issued(self.config.mode, expires)
            self.auth_calls += 1
        return token

    def issued_tokens(self) -> list[str]:
        """Every bearer token handed out (a test checks none of them reached a log)."""
        with self._lock:
            return list(self._tokens)

    def check_token(self, authorization: str | None, mode: str) -> TokenCheck:
        if not authorization or not authorization.startswith("Bearer "):
            return "missing"
        with self._lock:
            issued = self._tokens.get(authorization[7:].strip())
            if issued is None:
                return "unknown"
            if self._clock() >= issued.expires_at:
                return "expired"
            if issued.mode != mode:
                return "wrong_mode"
            if self._expire_countdown is not None:
                self._expire_countdown -= 1
                if self._expire_countdown <= 0:  # this request is the last one they serve
                    self._expire_all()
                    self._expire_countdown = None
            return "ok"

    def expire_tokens(self, after_uses: int | None = None) -> None:
        """Expire every token issued so far now, or after ``after_uses`` more authorized requests."""
        with self._lock:
            if after_uses:
                self._expire_countdown = after_uses
            else:
                self._expire_all()

    def _expire_all(self) -> None:
        now = self._clock()
        for issued in self._tokens.values():
            issued.expires_at = min(issued.expires_at, now)

    # -- events -----------------------------------------------------------------------
    def commit_event(self, record: dict[str, Any]) -> tuple[bool, int]:
        """Store ``record`` unless its id is known: (stored, number)."""
        with self._lock:
            if record["event_id"] in self._event_ids:
                return False, 0
            self._event_ids.add(record["event_id"])
            record = {**record, "id": len(self._events) + 1, "received_at": self._clock()}
            self._events.append(record)
            if self.config.events_file:
                with Path(self.config.events_file).open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            return True, record["id"]

    @property
    def events(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._events)

    # -- faults -----------------------------------------------------------------------
    def inject(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(_Armed(fault, fault.times))

    def take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for armed in self._faults:
                if armed.fault.path in path:
                    armed.remaining -= 1
                    if armed.remaining <= 0:
                        self._faults.remove(armed)
                    return armed.fault
        return None

    def reset(self) -> None:
        with self._lock:
            self._events.clear()
            self._event_ids.clear()
            self._faults.clear()
            self._tokens.clear()
            self._expire_countdown = None
            self.auth_calls = 0

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            faults = [{**asdict(a.fault), "remaining": a.remaining} for a in self._faults]
            return {
                "events": len(self._events),
                "tokens": len(self._tokens),
                "auth_calls": self.auth_calls,
                "faults": faults,
            }


def _jwt(claims: dict[str, Any], key: bytes) -> str:
    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

    head = part(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()) + "." + part(json.dumps(claims).encode())
    return head + "." + part(hmac.new(key, head.encode(), hashlib.sha256).digest())

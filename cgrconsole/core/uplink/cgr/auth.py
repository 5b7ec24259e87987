"""The bearer token: reading the Auth answer in whatever shape it comes, and caching it.

The Auth answer's format is not published, so every shape an ASP.NET service plausibly returns is
accepted: a JSON string, plain text, ``{"token"}``, ``{"accessToken"}``, ``{"access_token",
"expires_in"}``, any of these wrapped in ``data``/``result``/``value``, and a JWT whose ``exp`` says
when it expires. The token is a secret: it is handed to the log redactor and never formatted into text.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cgrconsole.core.secrets import SecretStore

log = logging.getLogger(__name__)

TOKEN_KEY = "cgr/token"
REGISTRATION_KEY = "cgr/registration_token"
_TOKEN_KEYS = ("token", "accesstoken", "access_token", "bearertoken", "bearer", "jwt", "idtoken")
_WRAPPER_KEYS = ("data", "result", "value", "payload")
_EXPIRES_IN_KEYS = ("expires_in", "expiresin", "expiresinseconds", "ttl")
_EXPIRES_AT_KEYS = ("expires_at", "expiresat", "expires", "expiration", "expirationdate", "validto")
_TOKEN_TEXT = re.compile(r"[A-Za-z0-9\-._~+/=:]{8,8192}")


class TokenFormatError(ValueError):
    """The Auth answer holds no recognizable token (the message never contains the body)."""


@dataclass(frozen=True)
class BearerToken:
    """A bearer token and when it stops working (epoch seconds), when the server said so."""

    value: str
    expires_at: float | None = None

    def __repr__(self) -> str:  # a token in a traceback or a debug print would leak it
        return f"BearerToken(value=***, expires_at={self.expires_at!r})"

    def usable(self, now: float, margin_s: float) -> bool:
        return self.expires_at is None or now < self.expires_at - margin_s


def parse_token_response(body: bytes, now: float) -> BearerToken:
    """The token in an Auth answer's body; raises ``TokenFormatError``."""
    text = body.decode("utf-8", "replace").strip()
    try:
        data: Any = json.loads(text)
    except ValueError:
        data = text  # plain text: the token itself
    value, expires_at = _find_token(data, now, depth=0)
    if value.lower().startswith("bearer "):
        value = value[7:].strip()
    if not _TOKEN_TEXT.fullmatch(value):
        raise TokenFormatError(f"the Auth answer is not a token ({len(text)} bytes of {_kind(data)})")
    if expires_at is None:
        expires_at = jwt_expiry(value)
    return BearerToken(value, expires_at)


def _find_token(data: Any, now: float, depth: int) -> tuple[str, float | None]:
    if isinstance(data, str):
        return data.strip(), None
    if not isinstance(data, dict) or depth > 2:
        raise TokenFormatError(f"the Auth answer is {_kind(data)}, not a token")
    lowered = {str(k).lower(): v for k, v in data.items()}
    for key in _TOKEN_KEYS:
        if isinstance(lowered.get(key), str):
            return lowered[key].strip(), _expiry(lowered, now)
    for key in _WRAPPER_KEYS:
        if key in lowered:
            return _find_token(lowered[key], now, depth + 1)
    raise TokenFormatError(f"the Auth answer has no token field (keys: {', '.join(sorted(lowered))})")


def _expiry(fields: dict[str, Any], now: float) -> float | None:
    for key in _EXPIRES_IN_KEYS:
        value = fields.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            return now + float(value)
    for key in _EXPIRES_AT_KEYS:
        value = fields.get(key)
        if isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                continue
            if moment.tzinfo is not None:  # a naive time is ambiguous; the JWT or a 401 will tell
                return moment.timestamp()
    return None


def jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT (not verified: checking the signature is the server's job)."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, binascii.Error):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    return float(exp) if isinstance(exp, int | float) and not isinstance(exp, bool) else None


def _kind(data: Any) -> str:
    kinds: dict[type, str] = {dict: "an object", list: "a list", str: "text"}
    return kinds.get(type(data), type(data).__name__)


class TokenCache:
    """The current bearer token in memory and, optionally, in the OS keyring (survives a restart).

    ``scope`` (base URL + mode) is stored with the token, so a token of another server or mode is
    never reused after the configuration changes.
    """

    def __init__(self, secrets: SecretStore, scope: str, use_keyring: bool) -> None:
        self._secrets = secrets
        self._scope = scope
        self._use_keyring = use_keyring
        self._token: BearerToken | None = None
        self._loaded = not use_keyring

    def get(self) -> BearerToken | None:
        if not self._loaded:
            self._loaded = True
            self._token = self._load()
        return self._token

    def put(self, token: BearerToken) -> None:
        self._token = token
        if self._use_keyring:
            record = {"token": token.value, "expires_at": token.expires_at, "scope": self._scope}
            try:
                self._secrets.set(TOKEN_KEY, json.dumps(record))
            except Exception as exc:  # keyring backends raise their own errors; memory still works
                log.warning("cgr: the bearer token cannot be kept in the keyring (%s)", type(exc).__name__)

    def clear(self) -> None:
        self._token = None
        if self._use_keyring:
            with contextlib.suppress(Exception):  # already gone or no keyring: nothing to forget
                self._secrets.delete(TOKEN_KEY)

    def _load(self) -> BearerToken | None:
        raw = self._secrets.get(TOKEN_KEY)
        if not raw:
            return None
        try:
            record = json.loads(raw)
            if record.get("scope") != self._scope or not isinstance(record.get("token"), str):
                return None
            expires = record.get("expires_at")
            return BearerToken(record["token"], float(expires) if expires is not None else None)
        except (ValueError, TypeError, AttributeError):
            return None

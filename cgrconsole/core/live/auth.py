"""Who may watch: the allow-list of client addresses, and the token or basic-auth check of ``[live] auth``.

The secret comes from the keyring (``live/token``, ``live/password``). It is read off the event loop and
kept for a minute, compared in constant time, and never written to a log or the audit log (the
``SecretStore`` hands each value it reads to the log redactor).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import ipaddress
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, quote

from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.secrets import SecretStore

log = logging.getLogger(__name__)

Scope = Mapping[str, Any]

TOKEN_KEY = "live/token"
PASSWORD_KEY = "live/password"
SECRET_TTL_S = 60.0  # a new token set with `cgrconsole secret set` counts within a minute
SHORT_TOKEN = 16
REALM = "cgrconsole live stream"


class AllowList:
    """Client addresses and networks (``10.8.0.0/24``, ``10.8.0.7``, ``::1``); ``::ffff:a.b.c.d`` is IPv4."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for entry in entries:
            try:
                self.networks.append(ipaddress.ip_network(entry.strip(), strict=False))
            except ValueError:
                log.warning("live stream: %r in [live] allow is not an address or network; ignored", entry)

    def allows(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return any(ip.version == net.version and ip in net for net in self.networks)


def client_address(scope: Scope) -> tuple[str, int]:
    """The TCP peer (address, port); ``::ffff:a.b.c.d`` is written as a.b.c.d."""
    client = scope.get("client") or ("", 0)
    host, port = str(client[0]), int(client[1] or 0)
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return host, port
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped), port
    return str(ip), port


class Credentials:
    """The check of ``[live] auth``: none, a token, or basic auth with ``basic_user`` and a password."""

    def __init__(
        self, settings: LiveConfig, secrets: SecretStore, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.auth = settings.auth
        self.user = settings.basic_user
        self._secrets = secrets
        self._clock = clock
        self._cached: tuple[float, str | None] | None = None
        self._key = TOKEN_KEY if settings.auth == "token" else PASSWORD_KEY

    def _read(self) -> str | None:
        """The secret from the keyring (blocking), cached for a minute; warns when it is missing or weak."""
        now = self._clock()
        if self._cached is not None and now - self._cached[0] < SECRET_TTL_S:
            return self._cached[1]
        value = self._secrets.get(self._key) or None
        if value is None:
            log.warning(
                "live stream: [live] auth = %s, but the keyring holds no %s: every request is refused "
                "until an admin sets it with 'cgrconsole secret set %s'",
                self.auth,
                self._key,
                self._key,
            )
        elif self.auth == "token" and len(value) < SHORT_TOKEN:
            log.warning(
                "live stream: the token in %s has only %d characters; set one of %d or more random ones",
                self._key,
                len(value),
                SHORT_TOKEN,
            )
        self._cached = (now, value)
        return value

    async def secret(self) -> str | None:
        if self._cached is not None and self._clock() - self._cached[0] < SECRET_TTL_S:
            return self._cached[1]
        return await asyncio.to_thread(self._read)

    async def verify(self, scope: Scope) -> tuple[str | None, str]:
        """(who, "") when let in — "" without auth, "token", or the user name — or (None, why) when not."""
        if self.auth == "none":
            return "", ""
        expected = await self.secret()
        if expected is None:
            return None, f"no {self._key} is in the console's keyring"
        authorization = header(scope, b"authorization")
        if self.auth == "token":
            given = ""
            scheme, _, value = authorization.partition(" ")
            if scheme.lower() == "bearer":
                given = value.strip()
            else:
                query = scope.get("query_string", b"").decode("latin-1")
                given = next((v for k, v in parse_qsl(query, keep_blank_values=True) if k == "token"), "")
            if given and hmac.compare_digest(given.encode(), expected.encode()):
                return "token", ""
            return None, "wrong or missing token" if given else "no token"
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() != "basic":
            return None, "no basic-auth credentials"
        try:
            user, _, password = base64.b64decode(value.strip(), validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None, "malformed basic-auth credentials"
        same_user = hmac.compare_digest(user.encode(), self.user.encode())
        same_password = hmac.compare_digest(password.encode(), expected.encode())
        if same_user & same_password:
            return user, ""
        return None, "wrong user name or password"

    def link_query(self) -> str:
        """What a link handed to the remote party carries: ``token=…`` with token auth, else "" (blocking)."""
        if self.auth != "token":
            return ""
        token = self._read()
        return f"token={quote(token, safe='')}" if token else ""

    def challenge(self) -> str:
        if self.auth == "basic":
            return f'Basic realm="{REALM}", charset="UTF-8"'
        return f'Bearer realm="{REALM}"'


def header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return ""

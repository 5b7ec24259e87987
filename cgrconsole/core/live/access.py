"""Access control of the live stream's HTTP server: a pure-ASGI middleware in front of every route.

In this order, before anything is routed: the client's address must be on the allow-list (403), the
path must be clean (400/404, see ``request_path``), the method GET/HEAD/OPTIONS (405); a CORS
preflight is answered (204); a new connection must fit the limits per client and in total (503 with
Retry-After); then the token (``?token=`` or ``Authorization: Bearer``) or the basic-auth password is
checked (401, see ``auth``). Every refusal is one audit row; the requests let in are summed per client
session (``clients.AccessMonitor``). The client address is the TCP peer's: X-Forwarded-For is never trusted.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import unquote

from starlette.middleware import Middleware

from cgrconsole.core.live.auth import AllowList, Credentials, client_address, header
from cgrconsole.core.live.clients import FLUSH_S, IDLE_S, AccessMonitor, AuditRecorder, ClientSession
from cgrconsole.core.live.request_path import path_problem
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.secrets import SecretStore

__all__ = ["AccessMiddleware", "AccessMonitor", "ClientSession", "access_middleware"]

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

RETRY_AFTER_S = 2
SWEEP_S = 5.0
METHODS = ("GET", "HEAD", "OPTIONS")


def camera_of(path: str) -> str | None:
    """The camera a ``/live/<camera>/…`` path is about."""
    parts = path.split("/")
    return parts[2] if len(parts) > 3 and parts[1] == "live" and parts[2] else None


class AccessMiddleware:
    """The ASGI middleware (``access_middleware`` builds it with its monitor)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        settings: LiveConfig,
        credentials: Credentials,
        monitor: AccessMonitor,
        sweep_s: float = SWEEP_S,
    ) -> None:
        self.app = app
        self.settings = settings
        self.allow = AllowList(settings.allow)
        self.credentials = credentials
        self.monitor = monitor
        self.sweep_s = sweep_s
        self._sweeper: asyncio.Task[None] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, self._lifespan(receive), send)
            return
        address, port = client_address(scope)
        if scope["type"] != "http":  # no websockets here
            await send({"type": "websocket.close", "code": 1008})
            return
        self._start_sweeper()
        method = scope.get("method", "GET")
        raw = scope.get("raw_path") or scope.get("path", "").encode()
        user_agent = header(scope, b"user-agent")
        refusal = Refusal(self, scope, send, address, method, raw.decode("latin-1"), user_agent)
        if not self.allow.allows(address):
            await refusal(403, "not_allowed", f"{address} is not on the allow-list")
            return
        problem = path_problem(scope)
        if problem is not None:
            await refusal(problem[0], "bad_path", problem[1])
            return
        if method not in METHODS:
            await refusal(405, "method", f"method {method}", [(b"allow", b"GET, HEAD, OPTIONS")])
            return
        origin = self._cors_headers(scope)
        if method == "OPTIONS":
            await self._preflight(scope, send, origin, refusal)
            return
        limit = self.monitor.connection_refusal(
            address, port, self.settings.max_connections, self.settings.max_connections_per_client
        )
        if limit is not None:
            await refusal(503, limit[0], limit[1], [(b"retry-after", str(RETRY_AFTER_S).encode())])
            return
        try:
            user, why = await self.credentials.verify(scope)
            if user is None:
                challenge = [(b"www-authenticate", self.credentials.challenge().encode())]
                await refusal(401, "unauthorized", why, challenge + origin)
                return
            await self._serve(scope, receive, send, address, user, user_agent, origin)
        finally:
            self.monitor.connection_done(address, port)

    async def _serve(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        address: str,
        user: str,
        user_agent: str,
        origin: list[tuple[bytes, bytes]],
    ) -> None:
        self.monitor.admit(address, user_agent, user)
        status, sent = 0, 0

        async def counting_send(message: Message) -> None:
            nonlocal status, sent
            if message["type"] == "http.response.start":
                status = int(message["status"])
                if origin:
                    message = {**message, "headers": [*message.get("headers", ()), *origin]}
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        except asyncio.CancelledError:  # the client went away (status 0 unless an answer had begun)
            raise
        except Exception:
            status = status or 500
            raise
        finally:
            self.monitor.finish(address, status, sent, camera_of(scope.get("path", "")))

    def _cors_headers(self, scope: Scope) -> list[tuple[bytes, bytes]]:
        """The CORS headers for this request's Origin, [] when it has none or it is not listed."""
        origin = header(scope, b"origin")
        allowed = self.settings.cors_origins
        if not origin or not allowed:
            return []
        if origin in allowed:
            return [
                (b"access-control-allow-origin", origin.encode("latin-1")),
                (b"access-control-allow-credentials", b"true"),
                (b"access-control-expose-headers", b"Age, Content-Length, Date"),
                (b"vary", b"Origin"),
            ]
        if "*" in allowed:
            return [(b"access-control-allow-origin", b"*"), (b"access-control-expose-headers", b"Age")]
        return []

    async def _preflight(
        self, scope: Scope, send: Send, origin: list[tuple[bytes, bytes]], refusal: Refusal
    ) -> None:
        """OPTIONS: a CORS preflight carries no credentials, so it is answered before the auth check."""
        if header(scope, b"origin") and not origin:
            await refusal(403, "origin_not_allowed", f"origin {header(scope, b'origin')!r} is not listed")
            return
        headers = [(b"allow", b"GET, HEAD, OPTIONS"), (b"content-length", b"0")]
        if origin:
            headers += [
                (b"access-control-allow-methods", b"GET, HEAD, OPTIONS"),
                (b"access-control-allow-headers", b"Authorization, Range"),
                (b"access-control-max-age", b"600"),
                *origin,
            ]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    # --- the periodic sweep of the sessions, on the server's loop ---

    def _start_sweeper(self) -> None:
        loop = asyncio.get_running_loop()
        if self._sweeper is None or self._sweeper.done() or self._sweeper.get_loop() is not loop:
            self._sweeper = loop.create_task(self._sweep_forever(), name="live access sweep")

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self.sweep_s)
            self.monitor.sweep()

    def _lifespan(self, receive: Receive) -> Receive:
        async def watched() -> Message:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._start_sweeper()
            elif message["type"] == "lifespan.shutdown":
                if self._sweeper is not None:
                    self._sweeper.cancel()
                await asyncio.to_thread(self.monitor.close)
            return message

        return watched


class Refusal:
    """Answers one request with a short plain-text refusal and writes its audit row."""

    def __init__(
        self,
        middleware: AccessMiddleware,
        scope: Scope,
        send: Send,
        address: str,
        method: str,
        path: str,
        user_agent: str,
    ) -> None:
        self.monitor = middleware.monitor
        self.scope, self.send = scope, send
        self.address, self.method, self.path, self.user_agent = address, method, path, user_agent

    async def __call__(
        self, status: int, reason: str, why: str, headers: list[tuple[bytes, bytes]] | None = None
    ) -> None:
        self.monitor.refused(
            self.address,
            status,
            reason,
            why,
            method=self.method,
            path=unquote(self.path, errors="replace"),
            user_agent=self.user_agent,
        )
        body = f"{status}: {ADVICE.get(reason, why)}\n".replace("{address}", self.address).encode()
        await self.send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                    (b"cache-control", b"no-store"),
                    *(headers or []),
                ],
            }
        )
        await self.send({"type": "http.response.body", "body": b"" if self.method == "HEAD" else body})


# What the remote party reads in a refusal: what happened and what to do (never a secret).
ADVICE = {
    "not_allowed": "the address {address} may not watch this console's cameras; ask the checkpoint's "
    "admin to add it to [live] allow",
    "bad_path": "this path is not served",
    "method": "only GET, HEAD and OPTIONS are served",
    "origin_not_allowed": "this web page's origin may not use the stream; ask the admin to add it to "
    "[live] cors_origins",
    "too_many_connections": "this client holds too many connections; close some players and retry",
    "server_busy": "the console serves as many connections as it may; retry in a moment",
    "unauthorized": "the stream needs the access the checkpoint's admin handed over (the token, or the "
    "user name and password)",
}


def access_middleware(
    settings: LiveConfig,
    secrets: SecretStore,
    audit: AuditRecorder,
    clock: Callable[[], float] = time.time,
    *,
    sweep_s: float = SWEEP_S,
    idle_s: float = IDLE_S,
    flush_s: float = FLUSH_S,
) -> tuple[Middleware, AccessMonitor]:
    """The access control for ``build_app(..., middleware=[...])`` and the monitor the console reads."""
    credentials = Credentials(settings, secrets)
    monitor = AccessMonitor(audit, clock, idle_s=idle_s, flush_s=flush_s, link_query=credentials.link_query)
    middleware = Middleware(
        AccessMiddleware, settings=settings, credentials=credentials, monitor=monitor, sweep_s=sweep_s
    )
    return middleware, monitor

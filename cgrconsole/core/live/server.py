"""The live stream's HTTP server: hypercorn on a thread and event loop of its own, beside Qt.

Why hypercorn: it speaks HTTP/2 (by ALPN over TLS, HTTP/1.1 for the rest). A browser opens at most 6
HTTP/1.1 connections per host and a low-latency player holds 1–2 (a blocking playlist reload and a
part), so an operator watching 4 cameras over HTTP/1.1 stalls; over HTTP/2 they share one connection.
uvicorn and aiohttp serve HTTP/1.1 only.

``start()`` binds the listening socket itself before hypercorn runs, so a port in use is a clear
``LiveServerError`` in the caller's thread (the console runs on without the stream) and the port is
known at once (port 0 picks a free one). hypercorn's access log stays off: the token is in the query
strings. Its error log goes to our logging. A crash of the loop is reported to the supervisor and the
server starts again on the same port.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import ipaddress
import logging
import socket
import ssl
import sys
from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import quote

import h2.connection
from hypercorn.asyncio import serve
from hypercorn.config import Config as HypercornConfig

from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.tls import ServerCertificate, TlsError, primary_address
from cgrconsole.core.service_thread import ServiceThread
from cgrconsole.core.supervision import Supervisor

log = logging.getLogger(__name__)

KEEP_ALIVE_MAX_REQUESTS = 2**31  # in effect none: idle connections still close (keep_alive_timeout)
# h2 remembers how each closed stream ended, up to 65 536 per connection (7.9 MB, measured): a viewer's
# page of 4 cameras closes ~40 streams a second, so each watcher's connection grew the console by
# ~0.3 MB a minute for 27 minutes (10 watchers: +79 MB). 4 096 (0.5 MB) is ~100 s of them; a frame on a
# stream forgotten earlier only gets an RST_STREAM back (h2 treats it as closed), never a connection error.
CLOSED_STREAMS_REMEMBERED = 4096
h2.connection.H2Connection.MAX_CLOSED_STREAMS = CLOSED_STREAMS_REMEMBERED
ANY_ADDRESS = ("", "0.0.0.0", "::")


class LiveServerError(Exception):
    """The server cannot start (English: what happened and what to do)."""

    def __init__(self, message: str, *, port_in_use: bool = False) -> None:
        super().__init__(message)
        self.port_in_use = port_in_use


class LoopAttached(Protocol):
    """What the server needs of a ``LiveStream``: its waiters are woken on the server's loop."""

    def attach_loop(self, loop: asyncio.AbstractEventLoop) -> None: ...
    def detach_loop(self) -> None: ...


class LiveServer:
    """Serves ``app`` on ``settings.bind``:``settings.port`` (TLS with ``certificate``, else plain HTTP)."""

    def __init__(
        self,
        app: Any,
        settings: LiveConfig,
        *,
        certificate: ServerCertificate | None,
        streams: Mapping[str, LoopAttached] | None = None,
        supervisor: Supervisor | None = None,
        graceful_timeout: float = 1.0,
        name: str = "live stream server",
    ) -> None:
        self.app = app
        self.settings = settings
        self.certificate = certificate
        self.streams = streams if streams is not None else {}
        self.graceful_timeout = graceful_timeout
        self._thread = ServiceThread(name, self._serve, supervisor)
        self._socket: socket.socket | None = None
        self._port = 0
        self._host = ""  # for links, chosen at start (the machine's primary address may change)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._shutdown: asyncio.Event | None = None

    # -- what the console shows ---------------------------------------------------------
    @property
    def port(self) -> int:
        """The port listened on (0 before ``start()``)."""
        return self._port

    @property
    def base_url(self) -> str:
        """``https://host:port`` for links ("" until listening)."""
        if not self._port:
            return ""
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"{'https' if self.certificate else 'http'}://{host}:{self._port}"

    @property
    def certificate_fingerprint(self) -> str | None:
        return self.certificate.fingerprint if self.certificate else None

    def stream_url(self, camera: str) -> str:
        return f"{self.base_url}/live/{quote(camera, safe='')}/index.m3u8"

    # -- life cycle ---------------------------------------------------------------------
    def start(self) -> LiveServer:
        """Listen, then serve on the server's thread; raises ``LiveServerError`` (port in use, bad cert)."""
        if self._port:
            return self
        if self.certificate is not None:
            try:
                self.certificate.context()  # a broken pair fails here, not later on the thread
            except TlsError as exc:
                raise LiveServerError(str(exc)) from None
        self._socket = listen(self.settings.bind, self.settings.port)
        self._port = self._socket.getsockname()[1]
        self._host = link_host(self.settings.bind)
        self._thread.start()
        scheme = "https (HTTP/2 and HTTP/1.1)" if self.certificate else "plain http (HTTP/1.1)"
        log.info("live stream server listening on %s:%d, %s", self.settings.bind, self._port, scheme)
        return self

    def stop(self, timeout: float = 10.0) -> bool:
        """Stop serving (open requests get ``graceful_timeout``); True when the thread ended in time."""
        self._thread.request_stop()
        loop, shutdown = self._loop, self._shutdown
        if loop is not None and shutdown is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between: the thread is ending
                loop.call_soon_threadsafe(shutdown.set)
        ended = self._thread.stop(timeout)
        if self._socket is not None:  # never handed to hypercorn (stopped before the thread ran)
            self._socket.close()
            self._socket = None
        if ended:
            self._port = 0
            log.info("live stream server stopped")
        return ended

    @property
    def alive(self) -> bool:
        return self._thread.alive

    def _config(self, sock: socket.socket) -> HypercornConfig:
        config = HypercornConfig()
        config.bind = [f"fd://{sock.detach()}"]  # hypercorn owns (and closes) the descriptor now
        config.accesslog = None  # it would log every query string, tokens included
        config.errorlog = logging.getLogger("cgrconsole.core.live.hypercorn")
        config.graceful_timeout = self.graceful_timeout
        # hypercorn closes a connection after 1000 requests by default; an LL-HLS player makes about 10 a
        # second per camera, so a browser watching 4 cameras over one HTTP/2 connection was cut every 25 s,
        # and every tile stalled while it reconnected
        config.keep_alive_max_requests = KEEP_ALIVE_MAX_REQUESTS
        if self.certificate is not None:
            config.certfile = str(self.certificate.cert_file)
            config.keyfile = str(self.certificate.key_file)
            config.alpn_protocols = ["h2", "http/1.1"]
        return config

    def _serve(self) -> None:
        """The thread: one event loop running hypercorn until ``stop()``."""
        sock, self._socket = self._socket, None
        if sock is None:  # a restart after a crash: the old socket went with hypercorn
            sock = listen(self.settings.bind, self._port)
        config = self._config(sock)
        loop = asyncio.new_event_loop()
        loop.set_exception_handler(_loop_exception)
        shutdown = asyncio.Event()
        self._shutdown, self._loop = shutdown, loop
        if self._thread.stop_event.is_set():  # stop() ran before the loop existed
            shutdown.set()
        for stream in list(self.streams.values()):  # cameras added later attach at their first wait
            stream.attach_loop(loop)
        try:
            loop.run_until_complete(serve(self.app, config, shutdown_trigger=shutdown.wait))  # type: ignore[arg-type]
        finally:
            for stream in list(self.streams.values()):
                stream.detach_loop()
            self._loop = None
            loop.close()


def _loop_exception(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """Errors no task awaited: a client that vanished mid-TLS is normal on a network, not an error.

    Python 3.11's streams re-raise a connection task's cancellation (a client gone while the server
    stops or drops it) from a callback: CancelledError there is the same normal end.
    """
    error = context.get("exception")
    if isinstance(error, (ssl.SSLError, ConnectionError, TimeoutError, asyncio.CancelledError)):
        log.debug("live stream: a client connection ended abruptly: %s", error)
        return
    log.warning("live stream server: %s", context.get("message"), exc_info=error)


def listen(bind: str, port: int) -> socket.socket:
    """A listening socket on ``bind``:``port`` ("::" takes IPv4 too); ``LiveServerError`` says what to do."""
    family = socket.AF_INET6 if ":" in bind else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if sys.platform == "win32":  # SO_REUSEADDR there would let two servers share the port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
        else:  # restart at once on a port whose old connections are in TIME_WAIT
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6 and bind == "::":
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        sock.bind((bind or "0.0.0.0", port))
        sock.listen(128)
        sock.setblocking(False)
    except OSError as exc:
        sock.close()
        in_use = exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1))
        raise LiveServerError(_bind_problem(bind, port, exc), port_in_use=in_use) from None
    return sock


def _bind_problem(bind: str, port: int, exc: OSError) -> str:
    where = f"{bind or '0.0.0.0'}:{port}"
    if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
        what = (
            "the port is in use by another program (another console?): stop it, or set [live] port "
            "to a free port"
        )
    elif exc.errno in (errno.EADDRNOTAVAIL, getattr(errno, "WSAEADDRNOTAVAIL", -1)):
        what = 'the address is not one of this machine\'s: set [live] bind to one of them, or "0.0.0.0"'
    elif exc.errno in (errno.EACCES, getattr(errno, "WSAEACCES", -1)):
        what = "this user may not open that port (below 1024?): set [live] port to e.g. 8443"
    else:
        what = f"{exc.strerror or exc}: check [live] bind and port"
    return f"the live stream cannot listen on {where}: {what}. The console runs on without the live stream."


def link_host(bind: str) -> str:
    """The host to put in the links: the bind address, or for any-address the machine's primary one."""
    if bind in ANY_ADDRESS:
        return primary_address() or "127.0.0.1"
    try:
        return str(ipaddress.ip_address(bind))
    except ValueError:
        return bind  # a host name

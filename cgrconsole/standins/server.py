"""The life cycle every stand-in shares: bind, serve on a thread, stop (cutting open connections), restart.

A stand-in subclasses ``StandinServer`` and names its request handler; the handler reaches the
stand-in as ``self.server.standin``. ``start()`` binds (TLS when given a context: the handshake
happens in the request's thread, so a client that never finishes it cannot stall the others),
``stop()`` ends serving and cuts kept-alive connections, and a restart binds the same port again,
so a test can refuse connections and accept them again at the same address.

A stand-in's ``/__standin/`` control API (faults, resets, what was received) has no authentication:
it answers only clients on this PC (``is_loopback`` of the client's address), whatever the stand-in
listens on; the protocol paths answer everyone it listens to.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Self

log = logging.getLogger(__name__)
POLL_S = 0.05  # stop() and refuse/accept take ~50 ms, not the default 0.5 s
CONTROL_REFUSED = "the stand-in's control API answers clients on this PC (loopback) only"


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 (also as ::ffff:127.x.y.z), or the name localhost."""
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def control_allowed(handler: BaseHTTPRequestHandler, name: str) -> bool:
    """May this request reach the control API? A refusal is logged with the client's address."""
    client = str(handler.client_address[0])
    if is_loopback(client):
        return True
    log.warning("%s: control request %s from %s refused: %s", name, handler.path, client, CONTROL_REFUSED)
    return False


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        standin: StandinServer,
        tls: ssl.SSLContext | None,
    ) -> None:
        self.standin = standin
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__(address, handler)
        if tls is not None:
            self.socket = tls.wrap_socket(self.socket, server_side=True, do_handshake_on_connect=False)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.sockets_lock:
            self.open_sockets.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.sockets_lock:
            self.open_sockets.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("%s: a connection ended abnormally", self.standin.name, exc_info=True)

    def cut_connections(self) -> None:
        with self.sockets_lock:
            for sock in list(self.open_sockets):
                with contextlib.suppress(OSError):  # already closed by the client
                    sock.shutdown(socket.SHUT_RDWR)


class StandinServer:
    """A local HTTP(S) server on a thread of this process (demo and tests only)."""

    name: ClassVar[str] = "stand-in"
    handler: ClassVar[type[BaseHTTPRequestHandler]]

    def __init__(self, host: str = "127.0.0.1", port: int = 0, tls: ssl.SSLContext | None = None) -> None:
        self._host = host
        self._port = port
        self._tls = tls
        self._server: _HttpServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> Self:
        server = _HttpServer((self._host, self._port), self.handler, self, self._tls_context())
        self._server = server
        self._port = server.server_address[1]  # a restart binds the same port again
        self._thread = threading.Thread(
            target=lambda: server.serve_forever(poll_interval=POLL_S), name=self.name, daemon=True
        )
        self._thread.start()
        log.info("%s on %s", self.name, self.url)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.cut_connections()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def secure(self) -> bool:
        return self._tls is not None

    def _tls_context(self) -> ssl.SSLContext | None:
        """The TLS context to serve with (built here, at start, when a subclass loads files)."""
        return self._tls

    @property
    def port(self) -> int:
        if not self._port:
            raise RuntimeError(f"the {self.name} is not started")
        return self._port

    @property
    def url(self) -> str:
        return f"{'https' if self.secure else 'http'}://{self._host}:{self.port}"

    def refuse_connections(self) -> None:
        """Stop listening and cut open connections: clients get 'connection refused' until ``accept``."""
        self.stop()

    def accept_connections(self) -> None:
        self.start()

"""A local CarGoRuqsat API over real HTTP(S), strict the way the service would be (demo and tests).

Protocol paths: ``GET /{Checkpoint|WaitingArea}/Auth?RegistrationToken=…``, ``POST /{mode}/CamEvent``,
``GET /Checkpoint/TruckNumbers``. Test control, kept apart under ``/__standin/``: ``GET events``,
``GET state``, ``POST faults`` (a ``Fault`` as JSON), ``POST expire-tokens`` (``{"after_uses": n}``),
``POST truck-numbers`` (``{"plates": […]}``), ``POST refuse`` (``{"seconds": s}``), ``POST reset``.
In-process: ``CgrStandin(config).start()``, ``.port``, ``.url``, ``.received``, ``.stop()``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import signal
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cgrconsole.standins.cgr_cli import config_from_args, parse_args
from cgrconsole.standins.cgr_handler import CgrRequestHandler
from cgrconsole.standins.cgr_rules import CgrStandinConfig
from cgrconsole.standins.cgr_state import Fault, StandinState

log = logging.getLogger(__name__)

__all__ = ["CgrStandin", "CgrStandinConfig", "Fault", "main"]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], standin: CgrStandin, tls: ssl.SSLContext | None) -> None:
        self.standin = standin
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__(address, CgrRequestHandler)
        if tls is not None:  # the handshake happens on the first read, in the request's thread
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
        log.debug("cgr stand-in: a connection ended abnormally", exc_info=True)  # e.g. a TLS client gave up

    def cut_connections(self) -> None:
        with self.sockets_lock:
            for sock in list(self.open_sockets):
                with contextlib.suppress(OSError):  # already closed by the client
                    sock.shutdown(socket.SHUT_RDWR)


class CgrStandin:
    """The stand-in server in this process: ``start()`` binds and serves on a thread, ``stop()`` ends it.

    ``clock`` (epoch seconds) decides token expiry, so a test can share one fake clock with the client.
    """

    def __init__(
        self,
        config: CgrStandinConfig | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        tls_cert: Path | None = None,
        tls_key: Path | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config or CgrStandinConfig()
        self.state = StandinState(self.config, clock)
        self._host = host
        self._port = port
        self._tls_files = (tls_cert, tls_key) if tls_cert else None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle ---------------------------------------------------------------------
    def start(self) -> CgrStandin:
        tls = None
        if self._tls_files:
            tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            tls.load_cert_chain(*self._tls_files)
        self._server = _Server((self._host, self._port), self, tls)
        self._port = self._server.server_address[1]  # keep the port across refuse/accept
        server = self._server  # a short poll interval: stop() and refuse_connections() take ~50 ms, not 0.5 s
        self._thread = threading.Thread(
            target=lambda: server.serve_forever(poll_interval=0.05), name="cgr-standin", daemon=True
        )
        self._thread.start()
        log.info("cgr stand-in on %s", self.url)
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

    def __enter__(self) -> CgrStandin:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        scheme = "https" if self._tls_files else "http"
        return f"{scheme}://{self._host}:{self._port}"

    # -- what tests look at and change -------------------------------------------------
    @property
    def received(self) -> list[dict[str, Any]]:
        """Accepted events, oldest first (photo replaced by its size and SHA-256)."""
        return self.state.events

    def inject(self, fault: Fault) -> None:
        self.state.inject(fault)

    def expire_tokens(self, after_uses: int | None = None) -> None:
        self.state.expire_tokens(after_uses)

    def set_truck_numbers(self, plates: Iterable[str]) -> None:
        self.state.truck_numbers = list(plates)

    def refuse_connections(self) -> None:
        """Stop listening and cut open connections: clients get 'connection refused' until ``accept``."""
        self.stop()

    def accept_connections(self) -> None:
        self.start()

    def refuse_for(self, seconds: float) -> None:
        """Refuse for ``seconds`` from another thread (the control API answers first)."""

        def pause() -> None:
            time.sleep(0.05)
            self.refuse_connections()
            time.sleep(seconds)
            self.accept_connections()

        threading.Thread(target=pause, name="cgr-standin-refuse", daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    """``cgrconsole standin cgr [--port N] …``: serve until interrupted. Prints the URL on the first line."""
    args = parse_args(argv)
    standin = CgrStandin(config_from_args(args), args.host, args.port, args.tls_cert, args.tls_key)
    if args.truck_numbers:
        standin.set_truck_numbers(p.strip() for p in args.truck_numbers.split(",") if p.strip())
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # a terminated stand-in closes cleanly
    standin.start()
    print(json.dumps({"url": standin.url, "port": standin.port}), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass  # Ctrl+C or SIGTERM: the normal way to end it
    finally:
        standin.stop()
    return 0

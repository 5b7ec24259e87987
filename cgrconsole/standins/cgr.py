"""A local CarGoRuqsat API over real HTTP(S), strict the way the service would be (demo and tests).

Protocol paths: ``GET /{Checkpoint|WaitingArea}/Auth?RegistrationToken=…``, ``POST /{mode}/CamEvent``,
``GET /Checkpoint/TruckNumbers``. Test control, kept apart under ``/__standin/``: ``GET events``,
``GET state``, ``POST faults`` (a ``Fault`` as JSON), ``POST expire-tokens`` (``{"after_uses": n}``),
``POST truck-numbers`` (``{"plates": […]}``), ``POST refuse`` (``{"seconds": s}``), ``POST reset``.
``--host`` may be any address (a trainer's PC on the site LAN); the control API, which has no
authentication, answers loopback clients only (``server.control_allowed``, as the ĐBVN stand-in's).
In-process: ``CgrStandin(config).start()``, ``.port``, ``.url``, ``.received``, ``.stop()``.
"""

from __future__ import annotations

import json
import logging
import signal
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from cgrconsole.standins.cgr_cli import config_from_args, parse_args
from cgrconsole.standins.cgr_handler import CgrRequestHandler
from cgrconsole.standins.cgr_rules import CgrStandinConfig
from cgrconsole.standins.cgr_state import Fault, StandinState
from cgrconsole.standins.server import StandinServer

log = logging.getLogger(__name__)

__all__ = ["CgrStandin", "CgrStandinConfig", "Fault", "main"]


class CgrStandin(StandinServer):
    """The stand-in server in this process: ``start()`` binds and serves on a thread, ``stop()`` ends it.

    ``clock`` (epoch seconds) decides token expiry, so a test can share one fake clock with the client.
    """

    name = "cgr stand-in"
    handler = CgrRequestHandler

    def __init__(
        self,
        config: CgrStandinConfig | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        tls_cert: Path | None = None,
        tls_key: Path | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(host, port)
        self.config = config or CgrStandinConfig()
        self.state = StandinState(self.config, clock)
        self._tls_files = (tls_cert, tls_key) if tls_cert else None

    @property
    def secure(self) -> bool:
        return self._tls_files is not None

    def _tls_context(self) -> ssl.SSLContext | None:
        if not self._tls_files:
            return None
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(*self._tls_files)
        return tls

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

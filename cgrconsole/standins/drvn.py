"""A local stand-in of the ĐBVN camera-image server (seed 004), strict like the real one, with faults.

Protocol paths are the seed's (``/api/v1/...``); the test control API lives apart under
``/__standin/`` (received, calls, faults, expire-tokens, reset). Run it with
``cgrconsole standin drvn --port N`` or in-process with ``DrvnStandin(...).start()``.
Demo and tests only: it listens on loopback and is never used in production paths.
"""

from __future__ import annotations

import argparse
import email.parser
import email.policy
import json
import logging
import ssl
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cgrconsole.core.uplink.drvn import wire
from cgrconsole.standins.drvn_api import ProtocolApi, Reply
from cgrconsole.standins.drvn_state import Account, StandinState
from cgrconsole.standins.drvn_validate import Rules
from cgrconsole.standins.server import CONTROL_REFUSED, StandinServer, control_allowed, is_loopback

log = logging.getLogger(__name__)
CONTROL = "/__standin/"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = 1 << 16  # one write per answer: headers and body apart meet Nagle + delayed ACK (40 ms)
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("drvn stand-in: " + format, *args)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    @property
    def _standin(self) -> DrvnStandin:
        return self.server.standin  # type: ignore[attr-defined, no-any-return]

    def _dispatch(self, method: str) -> None:
        url = urlsplit(self.path)
        path = url.path
        if path.startswith(CONTROL):
            if not control_allowed(self, self._standin.name):
                self.close_connection = True  # its body is not read
                self._write(Reply(403, 403, CONTROL_REFUSED))
                return
            self._write(self._standin.control(method, path[len(CONTROL) :], self._body()))
            return
        api, state = self._standin.api, self._standin.state
        if state.take_fault("reset_next", path):
            self.close_connection = True  # no answer at all, like a dropped connection
            return
        body = self._body()
        if body is None:
            self._write(Reply(400, 400, f"request larger than {wire.MAX_REQUEST_BYTES} bytes"))
            return
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        reply = api.handle(
            method,
            path.lstrip("/"),
            {k.lower(): v for k, v in self.headers.items()},
            query,
            body,
            self._multipart,
        )
        with state.lock:
            state.calls.append(
                {
                    "method": method,
                    "path": path,
                    "status": reply.status,
                    "code": reply.code,
                    "bytes": len(body),
                }
            )
        if state.faults.slow_s > 0:
            time.sleep(state.faults.slow_s)
        if reply.drop:
            self.close_connection = True
            return
        self._write(reply)

    def _body(self) -> bytes | None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > wire.MAX_REQUEST_BYTES:
            remaining = length
            while remaining > 0:  # read it all so the client sees our answer, not a broken pipe
                remaining -= len(self.rfile.read(min(remaining, 1 << 20)) or b"x" * remaining)
            self.close_connection = True
            return None
        return self.rfile.read(length) if length else b""

    def _multipart(self, body: bytes) -> dict[str, tuple[str | None, bytes]]:
        """Form parts by name: (filename, bytes)."""
        head = f"Content-Type: {self.headers.get('Content-Type', '')}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        parts: dict[str, tuple[str | None, bytes]] = {}
        if not message.is_multipart():
            return parts
        for part in message.iter_parts():  # type: ignore[attr-defined]
            name = part.get_param("name", header="content-disposition")
            if name:
                payload = part.get_payload(decode=True)
                parts[str(name)] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
        return parts

    def _write(self, reply: Reply) -> None:
        payload = reply.raw if reply.raw is not None else json.dumps(reply.document()).encode()
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        for key, value in reply.headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(payload)


class DrvnStandin(StandinServer):
    """The stand-in server; ``start()`` binds and serves in a thread, ``stop()`` closes it.

    ``received``: images accepted so far; ``state.faults`` / ``set_faults(...)``: what to break.
    """

    name = "drvn stand-in"
    handler = _Handler

    def __init__(
        self,
        port: int = 0,
        host: str = "127.0.0.1",
        *,
        accounts: list[Account] | None = None,
        clock: Callable[[], float] = time.time,
        rules: Rules | None = None,
        token_ttl_s: float = 3600.0,
        record_path: Path | None = None,
        tls: ssl.SSLContext | None = None,
        rate_per_s: float = 0.0,
    ) -> None:
        super().__init__(host, port, tls)
        self.state = StandinState(
            accounts or [Account(1001, "demo", "demo-password")], clock, token_ttl_s, record_path
        )
        self.api = ProtocolApi(self.state, rules or Rules(), rate_per_s)

    @property
    def received(self) -> list[Any]:
        with self.state.lock:
            return list(self.state.received)

    def set_faults(self, **changes: Any) -> None:
        self.state.set_faults(changes)

    def control(self, method: str, name: str, body: bytes | None) -> Reply:
        """The ``/__standin/`` API (tests and the demo drive faults through it)."""
        state = self.state
        if method == "GET" and name == "received":
            with state.lock:
                images = [r.__dict__ for r in state.received]
            return Reply(200, 1, data={"count": len(images), "images": images})
        if method == "GET" and name == "calls":
            with state.lock:
                return Reply(
                    200, 1, data={"calls": list(state.calls), "busy_violations": state.busy_violations}
                )
        if method == "POST" and name == "faults":
            try:
                faults = state.set_faults(json.loads(body or b"{}"))
            except (ValueError, KeyError, TypeError) as exc:
                return Reply(400, 400, f"bad faults: {exc}")
            return Reply(200, 1, data=faults.__dict__)
        if method == "POST" and name == "expire-tokens":
            state.expire_tokens()
            return Reply(200, 1)
        if method == "POST" and name == "reset":
            state.reset()
            return Reply(200, 1)
        return Reply(404, 404, f"unknown control {method} {name}")


def serve(port: int, host: str = "127.0.0.1", faults: dict[str, Any] | None = None, **options: Any) -> None:
    """Serve until interrupted (the CLI's ``cgrconsole standin drvn``), with ``faults`` set from the start."""
    if not is_loopback(host):
        raise ValueError("the stand-in listens on loopback only")
    standin = DrvnStandin(port, host, **options)
    standin.set_faults(**(faults or {}))
    standin.start()
    accounts = ", ".join(f"{a.provider_id}/{a.user_name}" for a in standin.state.accounts.values())
    print(f"ĐBVN stand-in on {standin.url} (accounts: {accounts}); Ctrl+C stops it", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        standin.stop()


def main(argv: list[str] | None = None) -> int:
    """``cgrconsole standin drvn [--port N] [--provider-id ID --user U --password P] ...``"""
    parser = argparse.ArgumentParser(prog="cgrconsole standin drvn", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--provider-id", type=int, default=1001)
    parser.add_argument("--user", default="demo")
    parser.add_argument("--password", default="demo-password", help="the account's password (a test value)")
    parser.add_argument(
        "--record", type=Path, help="append each accepted image's fields to this JSON-lines file"
    )
    parser.add_argument("--token-ttl", type=float, default=3600.0, help="JWT lifetime in seconds")
    parser.add_argument(
        "--min-interval", type=float, default=180.0, help="code 8 below this many s per vehicle"
    )
    parser.add_argument("--anywhere", action="store_true", help="accept positions outside Vietnam (demo)")
    parser.add_argument(
        "--busy", nargs=2, type=float, metavar=("FOR_S", "EVERY_S"), help="busy FOR_S s of every EVERY_S"
    )
    parser.add_argument(
        "--busy-unannounced", action="store_true", help="a ready status does not announce busy windows"
    )
    parser.add_argument("--no-retry-after", action="store_true", help="answer 429 without Retry-After")
    args = parser.parse_args(argv)
    rules = Rules(min_interval_s=args.min_interval, require_vietnam=not args.anywhere)
    faults: dict[str, Any] = {"announce_busy": not args.busy_unannounced}
    if args.busy:
        faults.update(busy_for_s=args.busy[0], busy_every_s=args.busy[1], busy_from=time.time())
    if args.no_retry_after:
        faults["retry_after_s"] = 0
    serve(
        args.port,
        accounts=[Account(args.provider_id, args.user, args.password)],
        rules=rules,
        token_ttl_s=args.token_ttl,
        record_path=args.record,
        faults=faults,
    )
    return 0

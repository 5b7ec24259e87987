"""A real HTTP server that only redirects, as a web server on port 80 does to send everyone to https."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from typing import Any

from cgrconsole.standins.server import StandinServer


class _Redirect(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _answer(self) -> None:
        server: RedirectServer = self.server.standin  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        server.asked.append(f"{self.command} {self.path.split('?')[0]}")
        self.send_response(server.status)
        self.send_header("Location", server.target.rstrip("/") + self.path)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


class RedirectServer(StandinServer):
    """Answers every request with ``status`` and ``Location: target + the path asked`` (query included)."""

    name = "redirect server"
    handler = _Redirect

    def __init__(self, target: str, status: int = 301) -> None:
        super().__init__()
        self.target = target
        self.status = status
        self.asked: list[str] = []

"""A real hypercorn server on 127.0.0.1 for an ASGI app, on a thread and event loop of its own.

It is the console's own ``LiveServer`` (core/live/server.py): the listening socket is bound before
hypercorn starts (port 0), so the port is known without a race; TLS (HTTP/2 and HTTP/1.1 by ALPN) when
a certificate is given.
"""

from __future__ import annotations

import socket
import ssl
from pathlib import Path
from typing import Any

from cgrconsole.core.live.server import LiveServer
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.tls import ServerCertificate, fingerprint


class AsgiServer(LiveServer):
    """The product's ``LiveServer`` on 127.0.0.1 and a free port, for any ASGI app of a test."""

    def __init__(self, app: Any, cert: tuple[Path, Path] | None = None) -> None:
        certificate = ServerCertificate(cert[0], cert[1], fingerprint(cert[0])) if cert else None
        settings = LiveConfig(bind="127.0.0.1", port=0, tls="files" if cert else "off")
        super().__init__(app, settings, certificate=certificate, name="test asgi server")

    @property
    def url(self) -> str:
        return self.base_url

    def stop(self, timeout: float = 10.0) -> bool:
        assert super().stop(timeout), "the test server did not stop"
        return True


def raw_request(
    port: int, target: str | bytes, *, method: str = "GET", source: str = "127.0.0.1", tls: bool = False
) -> tuple[int, dict[str, str], bytes]:
    """One HTTP/1.1 request with its target sent byte for byte (no client library normalizes ``..``)."""
    raw = target if isinstance(target, bytes) else target.encode()
    sock = socket.create_connection(("127.0.0.1", port), timeout=10, source_address=(source, 0))
    if tls:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        sock = context.wrap_socket(sock)
    with sock:
        sock.sendall(
            method.encode() + b" " + raw + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body

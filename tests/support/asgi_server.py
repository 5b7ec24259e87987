"""A real hypercorn server on 127.0.0.1 for an ASGI app, on a thread and event loop of its own.

The listening socket is bound before hypercorn starts (port 0, then handed over by descriptor), so
the port is known without a race. TLS (HTTP/2 and HTTP/1.1 by ALPN) when a certificate is given.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from pathlib import Path
from typing import Any

from hypercorn.asyncio import serve
from hypercorn.config import Config


class AsgiServer:
    def __init__(self, app: Any, cert: tuple[Path, Path] | None = None) -> None:
        self.app = app
        self.cert = cert
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self.error: BaseException | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.cert else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> AsgiServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(128)
        sock.setblocking(False)
        self.port = sock.getsockname()[1]
        config = Config()
        config.bind = [f"fd://{sock.detach()}"]  # hypercorn owns (and closes) the descriptor now
        config.accesslog = None
        config.errorlog = None
        config.graceful_timeout = 1.0
        if self.cert is not None:
            config.certfile, config.keyfile = (str(p) for p in self.cert)
        self._thread = threading.Thread(
            target=self._run, args=(config,), name="test asgi server", daemon=True
        )
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the test server did not start")
        return self

    def _run(self, config: Config) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._stop = asyncio.Event()

        async def main() -> None:
            loop.call_soon(self._ready.set)
            await serve(self.app, config, shutdown_trigger=self._stop.wait)  # type: ignore[arg-type]

        try:
            loop.run_until_complete(main())
        except BaseException as exc:  # reported by stop()
            self.error = exc
            self._ready.set()
        finally:
            loop.close()

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(10)
            assert not self._thread.is_alive(), "the test server did not stop"
        if self.error is not None:
            raise self.error


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

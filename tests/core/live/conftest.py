"""Fixtures of the live stream's tests: a real server with the real access control (support/live_site.py)."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.asgi_server import AsgiServer
from support.clock import FakeClock
from support.live_site import LiveSite, stand_in_app

from cgrconsole.core.live.access import access_middleware
from cgrconsole.core.live.routes import build_app
from cgrconsole.core.live.server import LiveServer
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.tls import server_certificate
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.storage.audit import AuditLog
from cgrconsole.core.storage.database import Database
from cgrconsole.logs import SECRETS


@pytest.fixture
def live_site(tmp_path: Path) -> Iterator:
    """``live_site(**LiveConfig fields, secrets={...})`` starts a server; all are stopped after the test."""
    started: list[tuple[LiveSite, Database]] = []

    def start(secrets: dict[str, str] | None = None, cert: tuple[Path, Path] | None = None, **fields: Any):
        database = Database(tmp_path / f"site{len(started)}.db")
        database.open()
        clock = FakeClock()
        audit = AuditLog(database, clock, redact=SECRETS.redact)
        settings = dataclasses.replace(LiveConfig(allow=("127.0.0.1/32",)), **fields)
        store = SecretStore(MemoryKeyring(secrets or {}), on_secret=SECRETS.add_secret)
        middleware, monitor = access_middleware(settings, store, audit, clock, sweep_s=0.05)
        release = threading.Event()
        server = AsgiServer(stand_in_app(release, middleware), cert).start()
        site = LiveSite(server, monitor, audit, clock, release)
        started.append((site, database))
        return site

    yield start
    for site, database in started:
        site.release.set()
        site.server.stop()
        database.close()


@pytest.fixture
def serve_streams(tmp_path: Path) -> Iterator:
    """``serve_streams(streams, **LiveConfig fields)`` serves ``build_app(streams)`` with the product's
    ``LiveServer`` on 127.0.0.1 (TLS with a self-signed certificate unless ``tls="off"``)."""
    started: list[LiveServer] = []

    def start(streams: dict[str, Any], *, middleware=(), routes=(), **fields: Any) -> LiveServer:
        settings = dataclasses.replace(LiveConfig(bind="127.0.0.1", port=0), **fields)
        certificate = server_certificate(settings, tmp_path / "tls")
        app = build_app(streams, settings, middleware=middleware, routes=routes)
        server = LiveServer(app, settings, certificate=certificate, streams=streams).start()
        started.append(server)
        return server

    yield start
    for server in started:
        assert server.stop(10), "the live server did not stop"

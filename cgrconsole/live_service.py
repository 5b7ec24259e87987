"""The live stream for the remote party as the engine runs it (R-LIVE-4/5/6).

Per camera a ``LiveStream`` and the ``LivePackager`` that fills it from its own subscription to the
camera's packet fan-out (stream copy: no second RTSP session, no decode); one access control
(allow-list, auth, access log); one HTTP server with the live routes, ``/metrics``, the status page
and the test player. ``[live] enabled = false``: none of it exists.

Construction does no I/O. ``start()`` starts the packagers, then makes or loads the TLS certificate and
starts the server. A certificate or port problem is logged with what to do, and the console runs on
without the stream (the status bar turns red). ``stop()`` stops the server first (its access log rows
go to the audit log while the database is open), then the packagers.

A camera added or removed in the settings is published or withdrawn at once (``add_camera``,
``remove_camera``): the server keeps running, its viewers of other cameras are not cut off.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from cgrconsole import __version__
from cgrconsole.config import Config
from cgrconsole.core.camera.manager import CameraManager
from cgrconsole.core.live.access import AccessMonitor, access_middleware
from cgrconsole.core.live.metrics import OutboxCounts, console_collector, metrics_route
from cgrconsole.core.live.packager import QUEUE_PACKETS, LivePackager
from cgrconsole.core.live.pages import pages_routes
from cgrconsole.core.live.routes import build_app
from cgrconsole.core.live.server import LiveServer, LiveServerError
from cgrconsole.core.live.stream import LiveStream
from cgrconsole.core.live.tls import TlsError, server_certificate
from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.storage.audit import AuditLog
from cgrconsole.core.supervision import Supervisor
from cgrconsole.paths import AppPaths
from cgrconsole.resources import resource_dir

log = logging.getLogger(__name__)


class LiveService:
    """The engine's live stream: ``streams``, ``packagers``, ``server`` (None unless up), ``access``."""

    def __init__(
        self,
        config: Config,
        paths: AppPaths,
        secrets: SecretStore,
        cameras: CameraManager,
        recorders: Mapping[str, Any],
        outbox: OutboxCounts | None,
        audit: AuditLog,
        supervisor: Supervisor,
        *,
        clock: Callable[[], float] = time.time,
        announce: Callable[[str], None] | None = None,
        port_fallback: bool = False,
    ) -> None:
        self.settings = config.live
        self.paths = paths
        self.supervisor = supervisor
        self.announce = announce
        self.port_fallback = port_fallback
        self.streams: dict[str, LiveStream] = {}
        self.packagers: dict[str, LivePackager] = {}
        self.server: LiveServer | None = None
        self.access: AccessMonitor | None = None
        self.problem = ""  # why the server does not run (English, also in the log)
        self._app: Any = None
        self._clock = clock
        self._started = False
        self._subscriptions: dict[str, tuple[Any, Any]] = {}  # camera: (fan-out, queue), given back at stop
        if not self.settings.enabled:
            return
        for name, worker in cameras.workers.items():
            self._publish(name, worker)
        middleware, self.access = access_middleware(self.settings, secrets, audit, clock)
        collect = console_collector(
            cameras, recorders, outbox, self.streams, self.access, version=__version__
        )
        routes = [
            metrics_route(collect),
            *pages_routes(self.streams, self.settings, resource_dir() / "player", title=config.site.name),
        ]
        self._app = build_app(self.streams, self.settings, middleware=[middleware], routes=routes)

    def _publish(self, name: str, worker: Any) -> None:
        """``name``'s stream and packager, on its own subscription to the camera's packets."""
        stream = LiveStream(name)
        queue = worker.fanout.subscribe("live", maxsize=QUEUE_PACKETS)
        self._subscriptions[name] = (worker.fanout, queue)
        self.streams[name] = stream  # the routes, pages and metrics read ``streams`` at each request
        self.packagers[name] = LivePackager(name, queue, stream, self.settings, self.supervisor, self._clock)

    def add_camera(self, name: str, worker: Any) -> None:
        """A camera added at run time is published at once (subscribed before its ingest starts)."""
        if self._app is None or name in self.streams:
            return
        self._publish(name, worker)
        if self._started:
            self.packagers[name].start()
        if self.server is not None:
            self._say(f"live: {name} {self.server.stream_url(name)}")

    def remove_camera(self, name: str, timeout: float) -> None:
        """A camera removed at run time is no longer published (its playlist answers 404)."""
        self.streams.pop(name, None)
        packager = self.packagers.pop(name, None)
        if packager is not None:
            packager.stop(timeout)
        subscription = self._subscriptions.pop(name, None)
        if subscription is not None:
            fanout, queue = subscription
            fanout.unsubscribe(queue)

    def _say(self, line: str) -> None:
        log.info("%s", line)
        if self.announce is not None:
            self.announce(line)

    def start(self) -> None:
        if self._app is None:
            return
        self._started = True
        for packager in self.packagers.values():
            packager.start()
        try:
            certificate = server_certificate(self.settings, self.paths.live_tls_dir)
            self.server = self._listen(certificate)
        except (TlsError, LiveServerError) as exc:
            self.problem = str(exc)
            log.error("live stream: %s", exc)
            return
        for camera in sorted(self.streams):
            self._say(f"live: {camera} {self.server.stream_url(camera)}")
        if certificate is not None:
            log.info("live stream: TLS certificate SHA-256 fingerprint %s", certificate.fingerprint)

    def _listen(self, certificate: Any) -> LiveServer:
        def server(settings: Any) -> LiveServer:
            return LiveServer(
                self._app, settings, certificate=certificate, streams=self.streams, supervisor=self.supervisor
            ).start()

        try:
            return server(self.settings)
        except LiveServerError as exc:
            if not (self.port_fallback and exc.port_in_use):
                raise
        found = server(replace(self.settings, port=0))  # the demo: any free port rather than none
        log.warning(
            "live stream: port %d is in use; the demo serves on port %d instead",
            self.settings.port,
            found.port,
        )
        if self.announce is not None:
            self.announce(f"live: port {self.settings.port} is in use, serving on {found.port}")
        return found

    def stop(self, timeout: float) -> None:
        if self.server is not None:
            self.server.stop(timeout)
            self.server = None
        for packager in self.packagers.values():
            packager.request_stop()
        for packager in self.packagers.values():
            packager.stop(timeout)
        for fanout, queue in self._subscriptions.values():  # a service started in its place subscribes anew
            fanout.unsubscribe(queue)
        self._subscriptions.clear()
        self._started = False

    def viewers(self) -> int:
        """The remote clients watching now (restarting the stream would cut them off)."""
        return len(self.access.clients()) if self.access is not None and self.server is not None else 0

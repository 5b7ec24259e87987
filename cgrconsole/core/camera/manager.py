"""All cameras of the site: builds a worker per enabled camera and runs them."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from cgrconsole.core.backoff import Backoff
from cgrconsole.core.camera.settings import CameraConfig, IngestConfig
from cgrconsole.core.camera.source import PacketSource
from cgrconsole.core.camera.status import CameraState, CameraStatus
from cgrconsole.core.camera.worker import CameraWorker
from cgrconsole.core.signals import Signal
from cgrconsole.core.supervision import Supervisor

log = logging.getLogger(__name__)

SourceFactory = Callable[[CameraConfig], PacketSource]


class CameraManager:
    """Starts, lists and stops the camera workers. Disabled cameras get a status, not a thread."""

    def __init__(
        self,
        cameras: Sequence[CameraConfig],
        open_source: SourceFactory,
        ingest: IngestConfig,
        *,
        decode: bool = True,
        clock: Callable[[], float] = time.time,
        supervisor: Supervisor | None = None,
    ) -> None:
        self.cameras: tuple[CameraConfig, ...] = ()
        self.workers: dict[str, CameraWorker] = {}
        self.disabled: dict[str, CameraStatus] = {}
        # every camera's status changes, on that camera's ingest thread
        self.status_changed: Signal[[CameraStatus]] = Signal("camera status")
        self._open_source = open_source
        self._ingest = ingest
        self._decode = decode
        self._clock = clock
        self._supervisor = supervisor
        for camera in cameras:
            self.add(camera)

    def add(self, camera: CameraConfig) -> CameraWorker | None:
        """A camera more (its worker not started yet); None for a disabled one."""
        self.cameras = (*self.cameras, camera)
        if not camera.enabled:
            self.disabled[camera.name] = CameraStatus(camera.name, CameraState.DISABLED, since=self._clock())
            return None
        ingest = self._ingest
        worker = CameraWorker(
            camera.name,
            lambda: self._open_source(camera),
            decode=self._decode,
            backoff=Backoff(ingest.backoff_initial_s, ingest.backoff_max_s),
            offline_after=ingest.offline_after_s,
            frozen_after=ingest.frozen_picture_after_s,
            clock=self._clock,
            supervisor=self._supervisor,
        )
        worker.status_changed.connect(self.status_changed.emit)
        self.workers[camera.name] = worker
        return worker

    def remove(self, name: str, timeout: float = 5.0) -> None:
        """Stop the camera's worker (its consumers see the session end) and forget the camera."""
        worker = self.workers.pop(name, None)
        if worker is not None:
            worker.stop(timeout)
        self.disabled.pop(name, None)
        self.cameras = tuple(c for c in self.cameras if c.name != name)

    def status(self, name: str) -> CameraStatus:
        worker = self.workers.get(name)
        return worker.status if worker else self.disabled[name]

    def statuses(self) -> list[CameraStatus]:
        return [self.status(camera.name) for camera in self.cameras]

    def start(self) -> None:
        for worker in self.workers.values():
            worker.start()
        log.info("started %d camera(s), %d disabled", len(self.workers), len(self.disabled))

    def stop(self, timeout: float = 5.0) -> None:
        """Stop all workers; the timeout is shared, so shutdown stays bounded."""
        for worker in self.workers.values():
            worker.request_stop()  # ask everyone first, then wait
        deadline = time.monotonic() + timeout
        for worker in self.workers.values():
            worker.stop(max(0.1, deadline - time.monotonic()))

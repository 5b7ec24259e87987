"""The product's ``LiveStream`` fed by the product's ``LivePackager`` with real H.264, for the server's tests.

``LiveFeed`` drives the packager synchronously (``packager.step``) on the test's thread, so "when the
part is published and not before" is under the test's control: ``publish(n)`` steps packets until n
more parts are complete. ``run()`` instead feeds the packager's own thread in real time (ffmpeg's
test). The packets come from ``live_media.encode`` (libx264 set up like the synthetic camera), 25 fps
with a keyframe every second: parts of 5 frames (PART-TARGET 0.2 s), 5 parts to a 1 s segment.
The first segment is held by the packager until it is complete, so the first ``publish`` brings 5.
"""

from __future__ import annotations

import functools
import ssl
import threading
import time
from typing import Any

import httpx

from cgrconsole.core.camera.fanout import PacketQueue
from cgrconsole.core.camera.packets import SessionEnded, SessionStarted
from cgrconsole.core.live.packager import LivePackager
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.stream import LiveStream
from cgrconsole.core.live.window import part_name, segment_name
from support.live_media import Session, encode

FPS = 25
GOP = 25


@functools.cache
def camera(frames: int = 400, fps: int = FPS, gop: int = GOP) -> Session:
    """Encoded once per test process: packets are immutable, every feed may replay them."""
    return encode(frames, fps=fps, gop=gop)


class LiveFeed:
    """One camera: a real ``LiveStream`` (``.stream``, what the server serves) and the packager feeding it."""

    def __init__(self, name: str = "Entry1", frames: int = 400, settings: LiveConfig | None = None) -> None:
        self.camera = name
        self.source = camera(frames)
        self.stream = LiveStream(name)
        self.queue = PacketQueue("live", 100_000)
        self.packager = LivePackager(name, self.queue, self.stream, settings or LiveConfig())
        self._packets = iter(self.source.packets)
        self._parts: dict[int, int] = {}  # msn → parts published in it
        self._started = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- synchronous ---------------------------------------------------------------------
    def begin(self) -> None:
        """The camera's session starts (STARTING: nothing listed yet)."""
        if not self._started:
            self._started = True
            first = self.source.packets[0].wallclock
            self.packager.step(SessionStarted(self.camera, self.source.info, first))

    @property
    def published(self) -> int:
        """Parts published so far."""
        return sum(self._parts.values())

    def publish(self, count: int = 1) -> None:
        """Step packets until ``count`` more parts are published (the first segment comes whole)."""
        goal = self.published + count
        while self.published < goal:
            self.step()

    def step(self) -> bool:
        """Step one packet; whether it completed a part (a part is complete when the next packet comes)."""
        self.begin()
        before = self.published
        self.packager.step(next(self._packets))
        snapshot = self.stream.snapshot()
        if snapshot is not None and snapshot.last_part >= 0:
            self._parts[snapshot.last_msn] = snapshot.last_part + 1
        return self.published > before

    def newest(self) -> tuple[int, int]:
        snapshot = self.stream.snapshot()
        assert snapshot is not None
        return snapshot.last_msn, snapshot.last_part

    @property
    def session(self) -> str:
        snapshot = self.stream.snapshot()
        assert snapshot is not None
        return snapshot.session

    def part_name(self, msn: int, index: int) -> str:
        return part_name(self.session, msn, index)

    def segment_name(self, msn: int) -> str:
        return segment_name(self.session, msn)

    # -- real time -----------------------------------------------------------------------
    def run(self) -> LiveFeed:
        """The packager's own thread, fed the rest of the packets at the camera's pace until ``stop()``."""
        self.begin()
        self.packager.start()

        def feed() -> None:
            started = time.monotonic()
            for number, packet in enumerate(self._packets):
                if self._stop.wait(max(0.0, started + number / FPS - time.monotonic())):
                    return
                self.queue.put(packet)
            self.queue.put(SessionEnded(self.camera, "stopped", time.time()))

        self._thread = threading.Thread(target=feed, name=f"feed {self.camera}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)
            assert self.packager.stop(10), "the packager did not stop"


def client_for(server: Any, **options: Any) -> httpx.Client:
    """An HTTP/2 client that trusts the server's own certificate (never ``verify=False``)."""
    if server.certificate is None:
        return httpx.Client(base_url=server.base_url, timeout=20, **options)
    context = ssl.create_default_context(cafile=str(server.certificate.cert_file))
    return httpx.Client(base_url=server.base_url, verify=context, http2=True, timeout=20, **options)

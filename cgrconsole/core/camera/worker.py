"""One camera, one thread, one session at a time.

The worker connects, fans the packets out to its consumers, decodes every frame once
into the latest-frame slot (tiles) and the sampler (recognition), measures fps and
bitrate, watches for a frozen picture (frames that keep showing the same image), and
reconnects with exponential backoff when anything goes wrong. It never dies of a camera
problem: every failure becomes a status with a reason.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace

from cgrconsole.core.backoff import Backoff
from cgrconsole.core.camera.decoder import FrameDecoder
from cgrconsole.core.camera.fanout import PacketFanout
from cgrconsole.core.camera.frames import Frame, FrameSampler, LatestFrameSlot
from cgrconsole.core.camera.freeze import FreezeDetector
from cgrconsole.core.camera.meter import RateMeter
from cgrconsole.core.camera.packets import SessionEnded, SessionStarted, StreamInfo
from cgrconsole.core.camera.source import PacketSource, SourceError
from cgrconsole.core.camera.status import CameraState, CameraStatus, FailureReason
from cgrconsole.core.service_thread import ServiceThread
from cgrconsole.core.signals import Signal
from cgrconsole.core.supervision import Supervisor

log = logging.getLogger(__name__)

STATS_INTERVAL = 1.0  # seconds between fps/bitrate refreshes of the status snapshot
STABLE_SESSION = 10.0  # a session live this long resets the backoff


class CameraWorker:
    """Owns the ingest thread of one camera.

    Status listeners are called on the ingest thread, only when the state or the reason
    changes; ``status`` is a snapshot that is also refreshed with fps/bitrate every second,
    and at once when the picture freezes or moves again (``same_picture_since``).
    """

    def __init__(
        self,
        name: str,
        open_source: Callable[[], PacketSource],
        *,
        decode: bool = True,
        backoff: Backoff | None = None,
        offline_after: float = 60.0,
        frozen_after: float = 5.0,
        clock: Callable[[], float] = time.time,
        supervisor: Supervisor | None = None,
    ) -> None:
        self.name = name
        self.fanout = PacketFanout(name)
        self.slot = LatestFrameSlot()
        self.samplers: tuple[FrameSampler, ...] = ()
        self.decode = decode
        self._open_source = open_source
        self._backoff = backoff or Backoff()
        self._offline_after = offline_after
        self._freeze = FreezeDetector(frozen_after)
        self._clock = clock
        # (CameraStatus) on the ingest thread, when the state or the reason changes
        self.status_changed: Signal[[CameraStatus]] = Signal(f"{name} status")
        self._status = CameraStatus(name, CameraState.CONNECTING, since=clock())
        self._supervisor = supervisor or Supervisor()
        self._service = ServiceThread(f"ingest-{name}", self._run, self._supervisor)
        self._stop = self._service.stop_event
        self._frames = 0
        self._sessions = 0

    # -- public -------------------------------------------------------------------
    @property
    def status(self) -> CameraStatus:
        return self._status

    @property
    def sessions(self) -> int:
        """How many sessions reached the camera (connected and got the stream description)."""
        return self._sessions

    def add_frame_sampler(self, fps: float, maxsize: int = 2) -> FrameSampler:
        """Frames for a consumer such as the recognizer, at most ``fps`` per second."""
        sampler = FrameSampler(fps, maxsize)
        self.samplers = (*self.samplers, sampler)
        return sampler

    def start(self) -> None:
        self._service.start()

    def request_stop(self) -> None:
        """Ask the thread to end without waiting (lets a manager stop many at once)."""
        self._service.request_stop()

    def stop(self, timeout: float = 5.0) -> bool:
        """Ask the thread to end; True when it ended within ``timeout`` seconds."""
        return self._service.stop(timeout)

    # -- the loop -----------------------------------------------------------------
    def _run(self) -> None:
        failing_since: float | None = None
        while not self._stop.is_set():
            started = self._clock()
            try:
                self._session()
                if self._stop.is_set():
                    break
                raise SourceError(FailureReason.STREAM_ENDED)
            except SourceError as exc:
                reason, detail = exc.reason, exc.detail
            except Exception as exc:  # reported like any crash, then retried like any camera failure
                self._supervisor.report(self.name, exc)
                reason, detail = FailureReason.INTERNAL_ERROR, ""
            if self._stop.is_set():
                break
            now = self._clock()
            if self._status.state is CameraState.LIVE and now - started >= STABLE_SESSION:
                self._backoff.reset()
                failing_since = None
            failing_since = failing_since or now
            if not reason.retryable:
                self._set_status(CameraState.OFFLINE, reason, detail)
                self._stop.wait()
                break
            delay = self._backoff.next_delay()
            long_outage = now - failing_since >= self._offline_after
            state = CameraState.OFFLINE if reason.permanent or long_outage else CameraState.RECONNECTING
            self._set_status(state, reason, detail, retry_at=now + delay)
            self._stop.wait(delay)
        self.slot.clear()

    def _session(self) -> None:
        source = self._open_source()
        session_reason = "stopped"
        try:
            source.open()
            self._sessions += 1
            info = source.info
            self.fanout.publish(SessionStarted(self.name, info, self._clock()))
            decoder = FrameDecoder(info) if self.decode else None
            self._freeze.reset()
            meter = RateMeter()
            next_stats = 0.0
            live = False
            for packet in source.packets():
                if self._stop.is_set():
                    return
                now = packet.wallclock
                meter.add(now, len(packet.data))
                self.fanout.publish(packet)
                if decoder is not None:
                    self._consume_frames(decoder.decode(packet), now)
                if not live:
                    live = True
                    self._set_status(CameraState.LIVE, None, "", stream=info)
                if now >= next_stats:
                    next_stats = now + STATS_INTERVAL
                    fps, bps = meter.rates(now)
                    self._status = replace(
                        self._status, fps=fps, bitrate_bps=bps, frames=self._frames, dropped=self._dropped()
                    )
        except SourceError as exc:
            session_reason = exc.reason.value
            raise
        finally:
            source.close()
            self.fanout.publish(SessionEnded(self.name, session_reason, self._clock()))

    def _consume_frames(self, images: list, now: float) -> None:
        for image in images:
            self._frames += 1
            frame = Frame(self.name, self._frames, image, now)
            self.slot.put(frame)
            for sampler in self.samplers:
                sampler.offer(frame)
        if images and self._freeze.observe(images[-1], now):
            self._on_freeze_changed(now)

    def _on_freeze_changed(self, now: float) -> None:
        since = self._freeze.frozen_since
        self._status = replace(self._status, same_picture_since=since)
        if since is not None:
            log.warning(
                "%s: the picture has not changed for %.0f s: the camera sends the same image "
                "(a frozen camera; restart it if it lasts)",
                self.name,
                now - since,
            )
        else:
            log.info("%s: the picture moves again", self.name)

    def _dropped(self) -> int:
        return self.fanout.dropped + sum(sampler.dropped for sampler in self.samplers)

    def _set_status(
        self,
        state: CameraState,
        reason: FailureReason | None,
        detail: str,
        *,
        retry_at: float | None = None,
        stream: StreamInfo | None = None,
    ) -> None:
        previous = self._status
        changed = previous.state is not state or previous.reason is not reason
        since = self._clock() if changed else previous.since
        self._status = CameraStatus(
            self.name,
            state,
            reason,
            detail,
            since=since,
            retry_at=retry_at,
            codec=stream.codec if stream else "",
            width=stream.width if stream else 0,
            height=stream.height if stream else 0,
            frames=self._frames,
            dropped=self._dropped(),
        )
        if not changed:
            return
        if state is CameraState.LIVE:
            log.info("%s: %s", self.name, self._status.describe())
        else:
            retry = f"; retry in {retry_at - self._clock():.1f} s" if retry_at else ""
            log.warning("%s: %s%s", self.name, self._status.describe(), retry)
        self.status_changed.emit(self._status)

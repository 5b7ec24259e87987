"""Background recognition for the running console: sampled frames in, one event per vehicle out.

One thread serves every camera with ANPR on (the OCR session is not thread-safe, and the two
cores are shared with ingest and recording). Each camera has its own frame sampler (at most
``fps`` frames/s, dropping rather than queueing), motion gate, region of interest and tracker.
A frame is read when something moved in the region, or a vehicle is being tracked (a vehicle
standing at the barrier is re-read twice a second so its track stays open).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from cgrconsole.core.anpr.lanes import Lane
from cgrconsole.core.anpr.motion import MotionGate, Roi
from cgrconsole.core.anpr.ocr import OcrEngine
from cgrconsole.core.anpr.reader import PlateReader
from cgrconsole.core.anpr.tracker import EntryMotion, PlateEvent, PlateTracker
from cgrconsole.core.camera.frames import Frame, FrameSampler
from cgrconsole.core.service_thread import ServiceThread
from cgrconsole.core.signals import Signal
from cgrconsole.core.supervision import Supervisor

log = logging.getLogger(__name__)

STANDING_READ_INTERVAL_S = 0.5
FRAME_ERROR_REPORT_EVERY_S = 60.0  # a frame that fails to read is reported at most this often


class RecognitionState(StrEnum):
    LOADING = "loading"  # the OCR model is being loaded
    RUNNING = "running"
    FAILED = "failed"  # the model cannot be loaded: recognition is off until the console restarts


@dataclass(frozen=True)
class RecognitionStatus:
    state: RecognitionState
    detail: str = ""  # why it failed, in English (the log has the traceback)


@dataclass
class CameraRecognition:
    """One camera's recognition state; ``direction`` is entry, exit or auto (from the plate's motion)."""

    camera: str
    sampler: FrameSampler
    direction: str = "auto"
    roi: Roi | None = None
    entry_motion: EntryMotion = "down"  # with direction auto: which motion is entry (tracker.ENTRY_MOTIONS)
    lanes: tuple[Lane, ...] = ()  # each with its own direction; a plate in none takes the two above
    gate: MotionGate = field(init=False)
    tracker: PlateTracker = field(init=False)
    last_read: float = 0.0
    last_frame: float = 0.0  # the last analysed frame's time stamp
    received_at: float = 0.0  # when we took it (our clock): the two differ by how far we lag
    frames: int = 0
    reads: int = 0
    events: int = 0

    def __post_init__(self) -> None:
        self.gate = MotionGate(self.roi)
        # gap 0.7 s at 5 frames/s: the event follows the vehicle out of view within a second
        self.tracker = PlateTracker(
            self.direction,
            gap_s=0.7,
            settle_s=2.0,
            linger_s=30.0,
            entry_motion=self.entry_motion,
            lanes=self.lanes,
        )


EventSink = Callable[[str, PlateEvent], None]


class RecognitionService:
    """``on_event(camera, event)`` runs on the recognition thread; ``event.frame`` is the ``Frame``."""

    def __init__(
        self,
        cameras: Sequence[CameraRecognition],
        engine: OcrEngine,
        on_event: EventSink,
        clock: Callable[[], float] = time.time,
        supervisor: Supervisor | None = None,
    ) -> None:
        self.cameras = list(cameras)
        self._engine = engine
        self._on_event = on_event
        self._clock = clock
        self._reader = PlateReader(engine)
        self._supervisor = supervisor or Supervisor()
        self._thread = ServiceThread("anpr", self._run, self._supervisor)
        self._frame_error_reported = -FRAME_ERROR_REPORT_EVERY_S
        self.read_ms: list[float] = []  # the last 200 reads, for the status line and the benchmark
        self.status = RecognitionStatus(RecognitionState.LOADING)
        self.status_changed: Signal[[RecognitionStatus]] = Signal("recognition status")  # anpr thread

    def start(self) -> None:
        self._thread.start()

    def request_stop(self) -> None:
        self._thread.request_stop()

    def stop(self, timeout: float = 5.0) -> bool:
        return self._thread.stop(timeout)

    def _run(self) -> None:
        stop = self._thread.stop_event
        if self.status.state is not RecognitionState.RUNNING:
            try:
                self._engine.load()
            except Exception as exc:  # a missing or broken model does not heal by retrying
                self._set_status(RecognitionStatus(RecognitionState.FAILED, f"{type(exc).__name__}: {exc}"))
                self._supervisor.report("anpr (model)", exc)
                return
            self._set_status(RecognitionStatus(RecognitionState.RUNNING))
            log.info("plate recognition running on %d camera(s)", len(self.cameras))
        while not stop.is_set():
            busy = False
            for camera in self.cameras:
                frame = camera.sampler.get(timeout=0)
                if frame is not None:
                    busy = True
                    self._analyse(camera, frame)
                elif camera.received_at and self._clock() - camera.received_at > camera.tracker.gap_s:
                    # no frame for a while (camera down, or nothing offered): time goes on in the
                    # frames' time base, so a lagging recognizer does not end a track early
                    silent_t = camera.last_frame + (self._clock() - camera.received_at)
                    self._emit(camera, camera.tracker.update(silent_t, None))
            if not busy:
                stop.wait(0.01)

    def _analyse(self, camera: CameraRecognition, frame: Frame) -> None:
        camera.frames += 1
        camera.last_frame, camera.received_at = frame.wallclock, self._clock()
        moved = camera.gate.moved(frame.image)
        standing = camera.tracker.watching and frame.wallclock - camera.last_read >= STANDING_READ_INTERVAL_S
        if not moved and not standing:
            self._emit(camera, camera.tracker.update(frame.wallclock, None))
            return
        try:
            readings = self._reader.read_plates(frame.image, camera.roi)  # two vehicles side by side: two
        except Exception as exc:  # one bad frame must not stop recognition for every camera
            if time.monotonic() - self._frame_error_reported >= FRAME_ERROR_REPORT_EVERY_S:
                self._frame_error_reported = time.monotonic()
                self._supervisor.report(f"anpr ({camera.camera})", exc)
            return
        camera.reads += 1
        camera.last_read = frame.wallclock
        for reading in readings:
            log.debug(
                "%s %.2f: %s %.2f %s",
                camera.camera,
                frame.wallclock,
                reading.plate,
                reading.confidence,
                reading.box,
            )
        self.read_ms = [*self.read_ms[-199:], readings[0].ms]
        size = (frame.image.shape[1], frame.image.shape[0])
        self._emit(camera, camera.tracker.update(frame.wallclock, readings, frame, size))

    def _set_status(self, status: RecognitionStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def _emit(self, camera: CameraRecognition, events: list[PlateEvent]) -> None:
        for event in events:
            camera.events += 1
            try:
                self._on_event(camera.camera, event)
            except Exception as exc:  # the disk or the database failed: say so loudly, go on reading
                self._supervisor.report(f"anpr ({camera.camera}: storing plate {event.plate})", exc)

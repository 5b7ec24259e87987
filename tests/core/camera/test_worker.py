"""The worker's supervision: a crashing or failing source never kills the camera thread."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from support.waiting import wait_until

from cgrconsole.core.backoff import Backoff
from cgrconsole.core.camera.packets import EncodedPacket, StreamInfo
from cgrconsole.core.camera.source import SourceError
from cgrconsole.core.camera.status import CameraState, CameraStatus, FailureReason
from cgrconsole.core.camera.worker import CameraWorker

INFO = StreamInfo("h264", 16, 16, 25.0, Fraction(1, 90000))


class ScriptedSource:
    """A test double standing in for a camera: each session follows the next step of a script."""

    def __init__(self, step: object) -> None:
        self.step = step
        self.info = INFO

    def open(self) -> None:
        if isinstance(self.step, BaseException):
            raise self.step

    def packets(self) -> Iterator[EncodedPacket]:
        for n in range(int(self.step) if isinstance(self.step, int) else 0):
            yield EncodedPacket(b"\x00\x00\x01\x65", n, n, INFO.time_base, n == 0, float(n))

    def close(self) -> None:
        pass


def worker_for(script: list[object], **kwargs: object) -> tuple[CameraWorker, list[CameraStatus]]:
    steps = iter(script)
    seen: list[CameraStatus] = []
    worker = CameraWorker(
        "Cam",
        lambda: ScriptedSource(next(steps, SourceError(FailureReason.REFUSED))),
        decode=False,
        backoff=Backoff(initial=0.01, cap=0.05, jitter=0),
        **kwargs,  # type: ignore[arg-type]
    )
    worker.status_changed.connect(seen.append)
    return worker, seen


def test_a_crash_inside_the_source_is_logged_and_retried() -> None:
    worker, seen = worker_for([RuntimeError("bug"), 5])
    worker.start()
    try:
        wait_until(lambda: any(s.state is CameraState.LIVE for s in seen), 5)
    finally:
        assert worker.stop(5)
    assert seen[0].reason is FailureReason.INTERNAL_ERROR and seen[0].state is CameraState.RECONNECTING
    assert worker.sessions == 1  # the crashed attempt never opened; the retry did


def test_permanent_reasons_go_offline_at_once_and_long_outages_later() -> None:
    worker, seen = worker_for([SourceError(FailureReason.UNAUTHORIZED)], offline_after=0.2)
    worker.start()
    try:
        wait_until(lambda: len(seen) >= 3, 5)
    finally:
        worker.stop(5)
    assert seen[0].state is CameraState.OFFLINE and seen[0].reason is FailureReason.UNAUTHORIZED
    assert seen[1].state is CameraState.RECONNECTING and seen[1].reason is FailureReason.REFUSED
    assert (
        seen[-1].state is CameraState.OFFLINE and seen[-1].reason is FailureReason.REFUSED
    )  # outage > 0.2 s
    assert all(s.retry_at is not None for s in seen)


def test_an_invalid_url_is_not_retried() -> None:
    worker, seen = worker_for([SourceError(FailureReason.INVALID_URL, "no host")])
    worker.start()
    wait_until(lambda: seen, 5)
    assert worker.stop(5)
    assert [(s.state, s.reason, s.retry_at) for s in seen] == [
        (CameraState.OFFLINE, FailureReason.INVALID_URL, None)
    ]
    assert worker.sessions == 0


def test_stop_is_prompt_during_backoff() -> None:
    worker = CameraWorker(
        "Cam", lambda: ScriptedSource(SourceError(FailureReason.REFUSED)), backoff=Backoff(initial=30, cap=30)
    )
    worker.start()
    wait_until(lambda: worker.status.reason is FailureReason.REFUSED, 5)
    took = wait_until(lambda: worker.stop(2), 3)
    assert took < 1

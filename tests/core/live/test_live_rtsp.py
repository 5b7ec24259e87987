"""A real GStreamer RTSP camera, through the real camera worker's fan-out, into the packager's playlist.

The camera loses power once (SIGKILL) and comes back at the same address: the playlist goes on with a
DISCONTINUITY and a new init, and each session's media decodes frame-exact.
"""

from __future__ import annotations

import time

from support.live_media import PlaylistWatcher, decode
from support.rtsp import RtspServer
from support.waiting import wait_until

from cgrconsole.core.backoff import Backoff
from cgrconsole.core.camera.packets import EncodedPacket, SessionStarted
from cgrconsole.core.camera.rtsp import RtspSource
from cgrconsole.core.camera.source import SourceOptions
from cgrconsole.core.camera.url import parse_camera_url
from cgrconsole.core.camera.worker import CameraWorker
from cgrconsole.core.live.packager import LivePackager
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.stream import LiveStream, StreamState
from cgrconsole.core.supervision import Supervisor

FPS = 15  # the test server's GOP is one second (key-int-max = fps)


def sessions_seen(queue) -> list[list[EncodedPacket]]:
    """What the camera sent, per session, from a second subscription to the same fan-out."""
    runs: list[list[EncodedPacket]] = []
    while (item := queue.get(timeout=0)) is not None:
        if isinstance(item, SessionStarted):
            runs.append([])
        elif isinstance(item, EncodedPacket) and runs:
            runs[-1].append(item)
    return runs


def test_an_rtsp_camera_through_the_worker_fanout_into_the_playlist(gstreamer: None) -> None:
    server = RtspServer(size="640x360", fps=FPS).start()
    url = parse_camera_url(server.url())
    worker = CameraWorker(
        "Gate",
        lambda: RtspSource(url, None, SourceOptions("tcp", 5, 3)),
        decode=False,
        backoff=Backoff(initial=0.2, cap=0.5, jitter=0),
    )
    queue = worker.fanout.subscribe("live", maxsize=1000)
    witness = worker.fanout.subscribe("witness", maxsize=100_000)
    stream = LiveStream("Gate")
    packager = LivePackager("Gate", queue, stream, LiveConfig(), Supervisor())
    watch = PlaylistWatcher(stream, "token=t0k")
    packager.start()
    worker.start()
    try:
        wait_until(lambda: watch.check() is not None, 30, interval=0.02, message="a playlist")
        first = stream.snapshot()
        assert first is not None and first.state is StreamState.LIVE
        until = time.monotonic() + 5
        wait_until(lambda: watch.check() and time.monotonic() > until, 20, interval=0.02)
        server.kill()  # the camera loses power
        wait_until(
            lambda: _state(stream) is StreamState.INTERRUPTED, 20, interval=0.02, message="interrupted"
        )
        watch.check()
        server.start()
        wait_until(
            lambda: watch.check() and len(watch.segments()) > len(watch.segments(first.session)) + 3,
            30,
            interval=0.02,
            message="the second session's segments",
        )
    finally:
        assert worker.stop(5) and packager.stop(5)
        server.kill()
    second = stream.snapshot()
    assert second is not None and second.session != first.session
    assert (first.codec, first.width, first.height) == ("h264", 640, 360)
    assert first.codecs.startswith("avc1.42") and first.part_target == 0.2 and first.fps == FPS
    assert first.target_duration == 1, "a 1 s GOP gives 1 s segments"
    last = watch.playlists[-1]
    assert last.discontinuities == 1 and len(last.maps) == 2
    assert all(round(d) <= 1 for _, _, d in last.segments), [d for _, _, d in last.segments]

    runs = sessions_seen(witness)
    assert len(runs) == 2
    offset = 0
    for run, snapshot in zip(runs, (first, second), strict=True):
        taken = _what_the_packager_takes(run)
        names = watch.segments(snapshot.session)
        frames = decode(watch.init(snapshot.session), (watch.media[n] for n in names))
        parts = decode(watch.init(snapshot.session), (watch.media[n] for n in watch.parts(snapshot.session)))
        assert frames and parts[: len(frames)] == frames, "parts and segments hold the same frames"
        expected = [round((p.dts - taken[0].dts) * p.time_base * 90000) for p in taken[: len(frames)]]
        start = frames[0]
        assert [f - start for f in frames] == expected, "every frame, at its own time"
        assert start >= offset, "the timeline runs on across the reconnect"
        offset = start + expected[-1]


def _what_the_packager_takes(run: list[EncodedPacket]) -> list[EncodedPacket]:
    """From the first keyframe on, without packets that lack a decode time or do not follow the last one."""
    taken: list[EncodedPacket] = []
    for packet in run:
        if packet.dts is None or (not taken and not packet.is_keyframe):
            continue
        if not taken or packet.dts > taken[-1].dts:  # type: ignore[operator]
            taken.append(packet)
    return taken


def _state(stream: LiveStream) -> StreamState | None:
    snapshot = stream.snapshot()
    return snapshot.state if snapshot is not None else None

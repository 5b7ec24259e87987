"""Blocking reload on a real asyncio loop in a thread: a waiter wakes when its part arrives, and not before.

The test's thread is the producer (the packager's ``step``), so it knows which packet completes which
part; the loop runs on a thread of its own, as the HTTP server's does, and is woken through
``call_soon_threadsafe``.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Coroutine, Iterator
from concurrent.futures import Future
from dataclasses import replace
from typing import Any

import pytest
from support.live_media import Session, encode
from support.waiting import wait_until

from cgrconsole.core.camera.fanout import PacketQueue
from cgrconsole.core.camera.packets import SessionEnded, SessionStarted
from cgrconsole.core.live.packager import LivePackager
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.stream import LiveStream


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="test-loop", daemon=True)
    thread.start()
    yield loop
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)
    loop.close()


class Feed:
    """A packager fed packet by packet from the test's thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop, camera: Session) -> None:
        self.loop = loop
        self.stream = LiveStream("Gate")
        self.stream.attach_loop(loop)
        self.packager = LivePackager("Gate", PacketQueue("live", 10), self.stream, LiveConfig())
        self.packets = iter(camera.packets)
        self.packager.step(SessionStarted("Gate", camera.info, 0.0))

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Future[Any]:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def settle(self) -> None:
        """Every wake-up the producer sent has run on the loop, and the woken waiters with it."""

        async def turns() -> None:
            for _ in range(5):
                await asyncio.sleep(0)

        self.run(turns()).result(5)

    def next(self) -> None:
        self.packager.step(next(self.packets))
        self.settle()

    def until_live(self) -> None:
        while self.stream.media_playlist() is None:
            self.packager.step(next(self.packets))

    def newest(self) -> tuple[int, int]:
        snapshot = self.stream.snapshot()
        assert snapshot is not None
        return snapshot.last_msn, snapshot.last_part


def test_a_blocking_reload_returns_when_the_part_arrives_and_not_before(loop) -> None:
    feed = Feed(loop, encode(200, fps=25, gop=50))
    feed.until_live()
    while feed.newest()[0] == 0:  # into the open segment (a part past a segment's end is tested below)
        feed.next()
    msn, part = feed.newest()
    assert feed.stream.is_ready(msn, part) and not feed.stream.is_ready(msn, part + 1)
    waiting = feed.run(feed.stream.wait_ready(msn, part + 1, timeout=30))
    steps = 0
    while feed.newest() == (msn, part):
        assert not waiting.done(), "woken before its part exists"
        feed.next()
        steps += 1
    assert steps == 5, "a part of 5 frames is complete when the packet after it arrives"
    assert waiting.result(5) is True
    assert feed.newest() == (msn, part + 1)


def test_a_segment_request_waits_for_the_whole_segment(loop) -> None:
    feed = Feed(loop, encode(200, fps=25, gop=50))
    feed.until_live()
    msn, _ = feed.newest()  # the open segment's parts come first; the segment ends at the next keyframe
    waiting = feed.run(feed.stream.wait_ready(msn + 1, None, timeout=30))
    while not feed.stream.is_ready(msn + 1, None):
        assert not waiting.done()
        feed.next()
    assert waiting.result(5) is True


def test_a_part_past_the_end_of_a_segment_means_the_first_part_of_the_next(loop) -> None:
    feed = Feed(loop, encode(200, fps=25, gop=50))
    feed.until_live()  # segment 0 is complete: 10 parts
    assert feed.stream.is_ready(0, 9)
    assert feed.stream.is_ready(0, 10) == feed.stream.is_ready(1, 0)
    waiting = feed.run(feed.stream.wait_ready(0, 12, timeout=30))
    while not feed.stream.is_ready(1, 0):
        assert not waiting.done()
        feed.next()
    assert waiting.result(5) is True


def test_a_request_that_cannot_be_satisfied_times_out(loop) -> None:
    feed = Feed(loop, encode(100, fps=25, gop=50))
    feed.until_live()
    msn, part = feed.newest()
    started = time.monotonic()
    assert feed.run(feed.stream.wait_ready(msn, part + 1, timeout=0.3)).result(5) is False
    assert time.monotonic() - started >= 0.3


def test_the_preload_hinted_part_is_served_once_complete(loop) -> None:
    feed = Feed(loop, encode(200, fps=25, gop=50))
    feed.until_live()
    window = feed.stream.media_playlist()
    assert window is not None
    hint = window.decode().rsplit('URI="', 1)[1].split('"')[0]
    assert feed.stream.resource(hint) is None
    unknown = feed.run(feed.stream.wait_resource("abc-p99.0.m4s", timeout=5))
    assert unknown.result(1) is None, "an unhinted, unknown name is not waited for"
    waiting = feed.run(feed.stream.wait_resource(hint, timeout=30))
    while feed.stream.resource(hint) is None:
        assert not waiting.done()
        feed.next()
    data = waiting.result(5)
    assert data is not None and data[4:8] == b"moof"
    assert feed.stream.content_type(hint) == "video/mp4"
    assert feed.stream.content_type("media.m3u8") == "application/vnd.apple.mpegurl"


def test_a_waiter_for_the_next_session_wakes_when_the_camera_is_back(loop) -> None:
    camera = encode(100, fps=25, gop=25)
    feed = Feed(loop, camera)
    for _ in camera.packets:
        feed.next()
    feed.packager.step(SessionEnded("Gate", "connection_lost", 10.0))
    msn, _ = feed.newest()
    waiting = feed.run(feed.stream.wait_ready(msn + 1, 0, timeout=30))
    feed.settle()
    assert not waiting.done(), "nothing comes while the camera is away"
    again = encode(50, fps=25, gop=25, wallclock=camera.packets[-1].wallclock + 5)
    feed.packager.step(SessionStarted("Gate", again.info, 0.0))
    feed.packets = iter(again.packets)
    while not feed.stream.is_ready(msn + 1, 0):
        feed.next()
    assert waiting.result(5) is True


def test_directives_that_get_a_400(loop) -> None:
    feed = Feed(loop, encode(100, fps=25, gop=50))
    assert feed.stream.check_directives(None, 1) == "_HLS_part was given without _HLS_msn"
    feed.until_live()
    msn, part = feed.newest()
    check = feed.stream.check_directives
    assert check(None, None) is None
    assert check(msn, part + 1) is None and check(msn + 1, 0) is None and check(msn + 2, None) is None
    assert "more than two segments" in (check(msn + 3, None) or "")
    assert "more than two segments" in (check(msn + 3, 0) or "")
    assert "without _HLS_msn" in (check(None, 0) or "")
    assert "negative" in (check(-1, None) or "") and "negative" in (check(msn, -2) or "")
    limit = 3 / 0.2  # the Advance Part Limit at PART-TARGET 0.2 s
    assert check(msn, part + int(limit)) is None
    assert "parts past the newest" in (check(msn, part + int(limit) + 1) or "")
    assert "parts past the newest" in (check(msn + 1, int(limit)) or "")
    assert check(0, 0) is None, "an old segment is answered at once"
    assert feed.stream.is_ready(0, 0)


def test_a_closed_loop_does_not_break_the_producer() -> None:
    camera = encode(80, fps=25, gop=25)
    closed = asyncio.new_event_loop()
    closed.close()
    stream = LiveStream("Gate")
    stream.attach_loop(closed)
    packager = LivePackager("Gate", PacketQueue("live", 10), stream, LiveConfig())
    packager.step(SessionStarted("Gate", camera.info, 0.0))
    for packet in camera.packets:
        packager.step(packet)
    wait_until(lambda: stream.media_playlist() is not None, 5)
    stream.detach_loop()


def _open_segment_started(feed: Feed) -> tuple[int, int]:
    """Feed until a second segment is complete and the next one holds its first part; (open msn, parts)."""
    while True:
        feed.packager.step(next(feed.packets))
        msn, part = feed.newest()
        if msn >= 2 and part == 0:
            return msn, part


@pytest.mark.parametrize(
    "camera",
    [
        pytest.param(lambda: encode(400, fps=25, gop=100), id="4 s GOP: 20 parts a segment"),
        pytest.param(  # 0.6 s of frames lost: one part lasts 0.8 s, PART-TARGET is raised while it is listed
            lambda: _without(encode(250, fps=25, gop=50), range(60, 75)),
            id="a skipped stretch raises PART-TARGET",
        ),
    ],
)
def test_hlsjs_without_low_latency_asks_for_the_open_segments_last_part(loop, camera) -> None:
    """hls.js with lowLatencyMode off requests _HLS_msn=<open>&_HLS_part=<maxPartIndex>: never a 400."""
    feed = Feed(loop, camera())
    feed.until_live()
    msn, _ = _open_segment_started(feed)
    most = _most_parts(feed.stream.media_playlist())
    spec_limit = 3 / feed.stream.snapshot().part_target
    assert most - 1 > spec_limit, "the case where the spec's limit alone would refuse hls.js"
    check = feed.stream.check_directives
    assert check(msn, most - 1) is None, "the open segment's last part"
    assert check(msn + 1, most - 1) is None, "the next segment's (hls.js when the last part closed a segment)"
    assert "parts past the newest" in (check(msn, most + 1) or "")
    waiting = feed.run(feed.stream.wait_ready(msn, most - 1, timeout=30))
    while not feed.stream.is_ready(msn + 1, 0):
        feed.next()
    assert waiting.result(5) is True, "answered when the segment is complete"


def _without(camera: Session, dropped: range) -> Session:
    assert not any(camera.packets[i].is_keyframe for i in dropped)
    kept = [p for i, p in enumerate(camera.packets) if i not in dropped]
    return replace(camera, packets=kept)


def _most_parts(playlist: bytes | None) -> int:
    """hls.js's maxPartIndex + 1: the most EXT-X-PART lines before one EXTINF (or the open segment's)."""
    assert playlist is not None
    counts, current = [], 0
    for line in playlist.decode().splitlines():
        if line.startswith("#EXT-X-PART:"):
            current += 1
        elif line.startswith("#EXTINF:"):
            counts.append(current)
            current = 0
    return max([*counts, current])

"""The live packager on real encoded video: playlists that keep every MUST, parts that decode frame-exact.

Packets come from libx264 (set up like the synthetic camera) or libx265 and go through the real
packager's ``step`` on the test's thread, so every intermediate playlist can be checked.
"""

from __future__ import annotations

import dataclasses
import logging

import av
import pytest
from support.live_media import Listed, PlaylistWatcher, Session, base_name, decode, encode
from support.parts import missing_part
from support.waiting import wait_until

from cgrconsole.core.camera.fanout import PacketQueue
from cgrconsole.core.camera.packets import EncodedPacket, SessionEnded, SessionStarted
from cgrconsole.core.live.fragments import FragmentMuxer
from cgrconsole.core.live.packager import LivePackager
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.stream import LiveStream, StreamState
from cgrconsole.core.supervision import Supervisor


class Run:
    """A packager fed on this thread; every few packets its playlist is checked and its media collected."""

    def __init__(self, settings: LiveConfig | None = None, query: str = "") -> None:
        self.queue = PacketQueue("live", 100_000)
        self.stream = LiveStream("Gate")
        self.packager = LivePackager("Gate", self.queue, self.stream, settings or LiveConfig())
        self.watch = PlaylistWatcher(self.stream, query)

    def session(self, session: Session, end: bool = True, check_every: int = 3) -> None:
        self.packager.step(SessionStarted("Gate", session.info, session.packets[0].wallclock))
        for number, packet in enumerate(session.packets):
            self.packager.step(packet)
            if number % check_every == 0:
                self.check()
        if end:
            self.packager.step(SessionEnded("Gate", "stopped", session.packets[-1].wallclock + 0.1))
        self.check()

    def check(self) -> None:
        self.watch.check()

    @property
    def playlists(self) -> list[Listed]:
        return self.watch.playlists

    @property
    def media(self) -> dict[str, bytes]:
        return self.watch.media

    @property
    def hints(self) -> list[str]:
        return self.watch.hints

    def segments(self) -> list[str]:
        return self.watch.segments()

    def parts(self) -> list[str]:
        return self.watch.parts()


def pts_of(session: Session, offset: int = 0) -> list[int]:
    return [p.pts - session.packets[0].pts + offset for p in session.packets if p.pts is not None]


def test_h264_parts_and_segments_keep_every_must_and_decode_frame_exact() -> None:
    camera = encode(300, fps=25, gop=50)  # 12 s, a keyframe every 2 s
    run = Run(query="token=abc")
    run.session(camera)
    snapshot = run.stream.snapshot()
    assert snapshot is not None
    assert snapshot.state is StreamState.INTERRUPTED  # the session ended; the playlist stays
    assert (snapshot.codec, snapshot.width, snapshot.height, snapshot.fps) == ("h264", 320, 240, 25.0)
    assert snapshot.codecs == "avc1." + _sps_hex(camera), "CODECS from the camera's SPS"
    assert snapshot.part_target == 0.2 and snapshot.target_duration == 2
    assert snapshot.bandwidth > 0 and not snapshot.problem
    last = run.playlists[-1]
    assert last.target_duration == 2 and last.part_target == 0.2
    assert [round(d, 3) for _, _, d in last.segments] == [2.0] * 6
    assert len(last.segments) == 6, "all 6 segments are still listed (7 are kept)"
    assert sum(1 for listed in run.playlists if listed.parts), "parts are listed"
    for uri, duration, independent, _ in (p for listed in run.playlists for p in listed.parts):
        index = int(base_name(uri).rsplit(".", 2)[1])
        assert independent == (index == 0), f"{uri}: only the keyframe part (the first of 10) is independent"
        assert round(duration, 5) == 0.2
    hints = [base_name(h) for h in run.hints]
    assert len(hints) > 50 and all(h in run.parts() for h in hints[:-1]), "each hint came true"

    init = run.media[base_name(last.maps[0])]
    expected = pts_of(camera)
    assert decode(init, (run.media[name] for name in run.segments())) == expected
    assert decode(init, (run.media[name] for name in run.parts())) == expected
    assert len(run.parts()) == 60


def _sps_hex(session: Session) -> str:
    sps = next(u for u in session.info.extradata.split(b"\x00\x00\x00\x01") if u and u[0] & 0x1F == 7)
    return sps[1:4].hex()


def test_media_sequence_and_retention_over_a_long_run() -> None:
    run = Run(LiveConfig(segments_kept=7))
    camera = encode(750, fps=25, gop=25)  # 30 s of 1 s segments
    run.session(camera, end=False, check_every=5)
    last = run.playlists[-1]
    assert last.target_duration == 1
    assert len(last.segments) == 7, "7 segments listed (≥ 3 target durations)"
    assert last.media_sequence == last.segments[0][0] > 15
    listed_parts = {base_name(u).split("-p")[1].split(".")[0] for u, *_ in last.parts}
    assert len(listed_parts) in (3, 4), "parts for ~3 target durations (plus the open segment)"
    oldest = run.segments()[0]
    assert run.stream.resource(oldest) is None, "segments long gone are no longer served"
    assert run.stream.resource("../" + oldest) is None and run.stream.resource("") is None


def test_a_reconnect_gives_a_discontinuity_a_new_init_and_media_that_still_decodes() -> None:
    first = encode(150, fps=25, gop=25)
    second = encode(150, fps=25, gop=25, start_ticks=0, wallclock=first.packets[-1].wallclock + 5)
    run = Run()
    run.session(first)
    interrupted = run.stream.snapshot()
    assert interrupted is not None and interrupted.state is StreamState.INTERRUPTED
    hint_between = run.playlists[-1].hint
    run.session(second, end=False)
    snapshot = run.stream.snapshot()
    assert snapshot is not None and snapshot.state is StreamState.LIVE
    assert snapshot.session != interrupted.session, "a new init: a new session in every name"
    assert hint_between.startswith(snapshot.session), "the hint during the outage named the next part"
    last = run.playlists[-1]
    assert last.discontinuities == 1 and len(last.maps) == 2
    msns = [msn for msn, _, _ in last.segments]
    assert msns == list(range(last.media_sequence, last.media_sequence + 7)), "one count over both sessions"
    inits = [run.media[base_name(uri)] for uri in last.maps]
    names = run.segments()
    before = [n for n in names if n.startswith(interrupted.session)]
    after = [n for n in names if n.startswith(snapshot.session)]
    assert decode(inits[0], (run.media[n] for n in before)) == pts_of(first)
    end_of_first = pts_of(first)[-1] + 3600
    assert decode(inits[1], (run.media[n] for n in after)) == pts_of(second, end_of_first)[: len(after) * 25]


def test_a_long_gop_still_streams_in_parts_with_only_keyframe_parts_independent() -> None:
    camera = encode(300, fps=25, gop=100)  # a keyframe every 4 s
    run = Run()
    run.session(camera, end=False)
    snapshot = run.stream.snapshot()
    assert snapshot is not None and snapshot.target_duration == 4
    assert "keyframe interval is 4.0 s" in snapshot.problem and "1–2 s" in snapshot.problem
    last = run.playlists[-1]
    assert [round(d, 3) for _, _, d in last.segments] == [4.0, 4.0]
    parts = [p for listed in run.playlists for p in listed.parts]
    assert {round(d, 3) for _, d, _, _ in parts} == {0.2}
    independent = {base_name(u) for u, _, ind, _ in parts if ind}
    assert independent and all(".0.m4s" in name for name in independent)
    init = run.media[base_name(last.maps[0])]
    assert decode(init, (run.media[n] for n in run.parts())) == pts_of(camera)[: len(run.parts()) * 5]


def test_b_frames_are_copied_with_their_own_presentation_times() -> None:
    camera = encode(150, fps=25, gop=25, bframes=2)
    assert any(p.pts != p.dts for p in camera.packets), "the encoder reorders"
    run = Run()
    run.session(camera)
    last = run.playlists[-1]
    init = run.media[base_name(last.maps[0])]
    start = min(p.dts for p in camera.packets if p.dts is not None)
    expected = sorted(p.pts - start for p in camera.packets if p.pts is not None)
    for frames in (
        decode(init, (run.media[n] for n in run.segments())),
        decode(init, (run.media[n] for n in run.parts())),
    ):
        # FFmpeg's mp4 muxer moves the whole presentation by a constant (the reorder delay it keeps);
        # every frame is there, at its own distance from the first
        assert [f - frames[0] for f in frames] == [e - expected[0] for e in expected]


def test_part_target_follows_the_camera_frame_rate() -> None:
    run = Run()
    run.session(encode(100, fps=12.5, gop=25))
    snapshot = run.stream.snapshot()
    assert snapshot is not None and snapshot.part_target == 0.24 and snapshot.fps == 12.5
    parts = [d for listed in run.playlists for _, d, _, last in listed.parts if not last]
    assert parts and {round(d, 3) for d in parts} == {0.24}


def test_h265_is_published_as_hvc1_with_a_note_that_browsers_need_h264() -> None:
    if "libx265" not in av.codecs_available:
        missing_part("PyAV's FFmpeg has no libx265")
    camera = encode(100, codec="libx265", fps=25, gop=25)
    run = Run()
    run.session(camera, end=False)
    snapshot = run.stream.snapshot()
    assert snapshot is not None and snapshot.state is StreamState.LIVE and snapshot.codec == "hevc"
    assert snapshot.codecs.startswith("hvc1.1.6.L"), snapshot.codecs  # Main profile
    assert "H.265" in snapshot.problem and "H.264" in snapshot.problem
    multivariant = run.stream.multivariant_playlist()
    assert multivariant is not None and f'CODECS="{snapshot.codecs}"' in multivariant.decode()
    init = run.media[base_name(run.playlists[-1].maps[0])]
    assert b"hvc1" in init and b"hev1" not in init
    frames = decode(init, (run.media[n] for n in run.segments()))
    assert frames == pts_of(camera)[: len(frames)] and len(frames) == 75


def test_an_unsupported_codec_says_why() -> None:
    camera = encode(10)
    run = Run()
    run.packager.step(SessionStarted("Gate", dataclasses.replace(camera.info, codec="mjpeg"), 0.0))
    for packet in camera.packets:
        run.packager.step(packet)
    snapshot = run.stream.snapshot()
    assert snapshot is not None and snapshot.state is StreamState.UNSUPPORTED
    assert "mjpeg" in snapshot.problem and "H.264" in snapshot.problem
    assert run.stream.media_playlist() is None


def test_bad_timestamps_are_dropped_or_start_a_new_timeline(caplog: pytest.LogCaptureFixture) -> None:
    camera = encode(250, fps=25, gop=25)
    packets = list(camera.packets)
    # no decode time: dropped (inside a part: a frame missing at a part's boundary would make that part
    # one frame longer, and PART-TARGET with it while it is listed: docs/live_stream_packager.md)
    packets[32] = dataclasses.replace(packets[32], dts=None)
    packets.insert(40, packets[39])  # a repeated decode time: dropped
    jump = 90000 * 60  # the camera's clock jumps a minute ahead at a keyframe
    packets[126:] = [dataclasses.replace(p, dts=p.dts + jump, pts=p.pts + jump) for p in packets[126:]]
    back = -90000 * 120  # … and later two minutes back
    packets[201:] = [dataclasses.replace(p, dts=p.dts + back, pts=p.pts + back) for p in packets[201:]]
    run = Run()
    with caplog.at_level(logging.INFO, "cgrconsole.core.live.packager"):
        run.session(Session(camera.info, packets), end=False)
    assert run.packager.dropped == 2
    last = run.playlists[-1]
    assert last.discontinuities == 2 and len(last.maps) == 3, "a jump and a step back: two new inits"
    assert "decode time stepped by +60" in caplog.text and "decode time stepped by -119" in caplog.text
    for uri in last.maps:
        session = base_name(uri)[len("init-") : -len(".mp4")]
        names = [n for n in run.segments() if n.startswith(session)]
        assert decode(run.media[base_name(uri)], (run.media[n] for n in names)), "each run decodes"


def test_packets_the_queue_dropped_start_a_new_init_at_the_next_keyframe() -> None:
    camera = encode(200, fps=25, gop=25)
    run = Run()
    small = PacketQueue("live", 60)
    run.packager = LivePackager("Gate", small, run.stream, LiveConfig())
    small.put(SessionStarted("Gate", camera.info, 0.0))
    for packet in camera.packets[:100]:
        small.put(packet)  # the packager is busy: 40 of these are dropped
    _drain(run, small)
    for packet in camera.packets[100:]:
        small.put(packet)
        _drain(run, small)
    assert small.dropped > 0
    last = run.playlists[-1]
    assert last.discontinuities == 1 and len(last.maps) == 2


def _drain(run: Run, queue: PacketQueue) -> None:
    while (item := queue.get(timeout=0)) is not None:
        run.packager.step(item)
        if isinstance(item, EncodedPacket) and item.is_keyframe:
            run.check()
    run.check()


def test_target_duration_grows_with_a_warning_when_a_later_segment_is_longer(
    caplog: pytest.LogCaptureFixture,
) -> None:
    first = encode(100, fps=25, gop=25)
    later = first.packets[-1].wallclock + 3
    second = encode(200, fps=25, gop=75, wallclock=later)  # a 3 s GOP after a reconnect
    run = Run()
    run.session(first)
    with caplog.at_level(logging.WARNING, "cgrconsole.core.live.packager"):
        run.watch.fixed_target = False
        run.session(second, end=False)
    snapshot = run.stream.snapshot()
    assert snapshot is not None and snapshot.target_duration == 3
    assert "longer than TARGETDURATION 1 s: raised to 3 s" in caplog.text


def test_a_crash_is_reported_and_the_stream_goes_on_with_a_new_init(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    real_mux = FragmentMuxer.mux

    def failing_mux(self: FragmentMuxer, *args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 80:
            raise RuntimeError("a bug in the muxer")
        return real_mux(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(FragmentMuxer, "mux", failing_mux)
    supervisor = Supervisor(initial_delay_s=0.05)
    camera = encode(250, fps=25, gop=25)
    queue = PacketQueue("live", 1000)
    stream = LiveStream("Gate")
    packager = LivePackager("Gate", queue, stream, LiveConfig(), supervisor)
    watch = PlaylistWatcher(stream)
    queue.put(SessionStarted("Gate", camera.info, 0.0))
    for packet in camera.packets:
        queue.put(packet)
    packager.start()
    try:
        wait_until(lambda: len(queue) == 0 and packager.restarts == 1, 20, message="restarted")
        wait_until(
            lambda: watch.check() and watch.playlists[-1].discontinuities == 1, 20, message="a new init"
        )
    finally:
        assert packager.stop(5)
    faults = supervisor.recent()
    assert len(faults) == 1 and faults[0].worker == "live-Gate" and "a bug in the muxer" in faults[0].error
    last = watch.playlists[-1]
    assert len(last.maps) == 2
    for uri in last.maps:
        session = base_name(uri)[len("init-") : -len(".mp4")]
        assert decode(watch.init(session), (watch.media[n] for n in watch.segments(session)))

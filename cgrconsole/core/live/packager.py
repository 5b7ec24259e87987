"""One camera's Low-Latency HLS packager: the camera's packets, copied into fMP4 parts and segments.

It reads its own subscription to the camera's packet fan-out
(``worker.fanout.subscribe("live", maxsize=QUEUE_PACKETS)``), so it never opens a second RTSP session and a
slow packager only drops its own packets. One PyAV mp4
muxer per camera session (``fragments.FragmentMuxer``) cuts a fragment every ~PART-TARGET and at
every keyframe; each fragment is a part, a segment is its parts, and a segment ends only at a keyframe
once it has lasted ``min_segment_s`` (so a segment is max(1 s, the camera's GOP)). Nothing is decoded.

The first segment of the stream is held until it is complete, to measure the camera's real frame
duration for PART-TARGET (players get nothing before the first segment anyway, as with gohlslib).
A camera reconnect, a decode-time jump or step back, packets the queue dropped, or a crash start a
new init (a new session hex in every name) and an EXT-X-DISCONTINUITY at the next keyframe; the
media timeline runs on (tfdt continues), so players that ignore discontinuities keep going too.
Packets without a decode time, or with one not after the previous packet's, are dropped (counted).
See docs/live_stream_packager.md.
"""

from __future__ import annotations

import itertools
import logging
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

from cgrconsole.core.camera.fanout import PacketQueue
from cgrconsole.core.camera.packets import EncodedPacket, SessionEnded, SessionStarted, StreamInfo
from cgrconsole.core.live import timing
from cgrconsole.core.live.codec_string import codec_string
from cgrconsole.core.live.fragments import Fragment, FragmentMuxer
from cgrconsole.core.live.playlist import advertised_part_target
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.stream import LiveStream, StreamSnapshot, StreamState
from cgrconsole.core.live.window import PartWindow
from cgrconsole.core.service_thread import ServiceThread
from cgrconsole.core.supervision import Supervisor

log = logging.getLogger(__name__)

QUEUE_WAIT = 0.5
# The fan-out subscription the engine gives a packager: ~20 s of a 25 fps camera. Packaging costs well under
# 1 % of a core, so it fills only when the process stalls; then packets drop and the stream restarts at a
# keyframe.
QUEUE_PACKETS = 500
PROBE_LIMIT_S = 10.0  # the first segment is measured for at most this long (a GOP longer than it)
JUMP_S = 1.0  # a decode-time step forward beyond this (and 10 frames) is a jump: new timeline
BACK_S = 0.5  # a step back beyond this is the camera restarting its clock; smaller ones are dropped
LONG_GOP_S = 2.0
HEVC_NOTE = (
    "the camera sends H.265: Safari, iOS and ffmpeg play it, but hls.js in most browsers (Chrome, Firefox, "
    "Edge without HEVC support) cannot; set the camera's sub-stream to H.264 for the remote party"
)


def new_session() -> str:
    return secrets.token_hex(6)


@dataclass(frozen=True, slots=True)
class _Muxed:
    dts: int  # output ticks
    keyframe: bool
    wallclock: float


class LivePackager:
    """Owns the ``live-<camera>`` thread; publishes into ``stream`` after every part."""

    def __init__(
        self,
        camera: str,
        queue: PacketQueue,
        stream: LiveStream,
        settings: LiveConfig,
        supervisor: Supervisor | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.camera = camera
        self.stream = stream
        self.settings = settings
        self.dropped = 0  # packets without or with a bad decode time
        self._queue = queue
        self._clock = clock
        self._window = PartWindow(settings.segments_kept)
        self._info: StreamInfo | None = None  # None between sessions: packets are ignored
        self._shown: StreamInfo | None = None  # what the snapshot describes (the last session's)
        self._state = StreamState.WAITING
        self._codecs = ""
        self._muxer: FragmentMuxer | None = None
        self._muxed: deque[_Muxed] = deque()
        self._probe: list[tuple[EncodedPacket, int, int]] = []
        self._session = ""
        self._next_session = new_session()
        self._part_target: float | None = None
        self._frame_s = 0.0
        self._target_duration: int | None = None
        self._last_in: int | None = None  # input ticks of the last packet taken
        self._offset = 0  # output ticks = input ticks + offset
        self._timeline_end = 0  # output ticks where the next session's timeline continues
        self._drops_seen = queue.dropped
        self._longest_gop = 0.0
        self._problem = ""
        self._init_pending = False  # the new muxer's init has not reached the window yet
        self._last_out = 0  # output ticks of the last packet muxed
        self._advertised_part = 0.0  # the PART-TARGET last published (a longer part raises it: logged)
        self._service = ServiceThread(f"live-{camera}", self.run, supervisor, on_crash=self._on_crash)
        self._stop = self._service.stop_event

    # -- thread ------------------------------------------------------------------------
    def start(self) -> None:
        self._service.start()

    def request_stop(self) -> None:
        self._service.request_stop()

    def stop(self, timeout: float = 5.0) -> bool:
        return self._service.stop(timeout)

    @property
    def alive(self) -> bool:
        return self._service.alive

    @property
    def restarts(self) -> int:
        """How often the supervisor restarted the thread after a crash."""
        return self._service.restarts

    def run(self) -> None:
        """The loop; public so tests can drive a packager on their own thread."""
        while not self._stop.is_set():
            self.step(self._queue.get(timeout=QUEUE_WAIT))

    def step(self, item: object) -> None:
        """Handle one queue item (None = nothing arrived for a while)."""
        if isinstance(item, EncodedPacket):
            self._on_packet(item)
        elif isinstance(item, SessionStarted):
            self._end_run("new session")
            self._begin(item.info)
        elif isinstance(item, SessionEnded):
            self._end_run("camera session ended")
            self._info = None
            self._set_state(StreamState.INTERRUPTED if self._published else StreamState.WAITING)

    def _on_crash(self, error: BaseException) -> None:
        """The supervisor caught ``error``: drop the muxer; the next keyframe starts a new init."""
        if self._muxer is not None:
            self._muxer.abort()
        self._muxer = None
        self._muxed.clear()
        self._probe = []
        self._last_in = None
        self._timeline_end = self._last_out + round(self._frame_s * timing.TICKS)
        self._segment_done()
        self._publish()

    # -- sessions ----------------------------------------------------------------------
    @property
    def _published(self) -> bool:
        return self._target_duration is not None

    def _begin(self, info: StreamInfo) -> None:
        self._info = self._shown = info
        self._drops_seen = self._queue.dropped
        if info.codec not in ("h264", "hevc"):
            self._info = None
            problem = (
                f"the camera sends {info.codec or 'an unknown codec'}, which a browser cannot play in "
                "HLS; set the camera's stream to H.264"
            )
            log.warning("%s: live stream unavailable: %s", self.camera, problem)
            self._set_state(StreamState.UNSUPPORTED, problem)
            return
        self._codecs = codec_string(info.codec, info.extradata)
        if info.codec == "hevc":
            log.warning("%s: %s", self.camera, HEVC_NOTE)
        self._set_state(StreamState.INTERRUPTED if self._published else StreamState.STARTING)

    def _end_run(self, why: str) -> None:
        """The current muxer ends: its last part and segment are completed and published."""
        self._probe = []
        self._last_in = None
        muxer, self._muxer = self._muxer, None
        if muxer is None:
            return
        fragments = muxer.close()
        end = self._last_out + round(self._frame_s * timing.TICKS)
        self._take_fragments(fragments, end, next_keyframe=True, publish=False)
        self._muxed.clear()
        self._segment_done()  # however short: the next session starts a segment of its own
        self._timeline_end = end
        log.info("%s: live stream session %s ended (%s)", self.camera, self._session, why)
        self._publish()

    def _open(self, first: EncodedPacket, dts: int) -> None:
        assert self._info is not None and self._part_target is not None
        self._session, self._next_session = self._next_session, new_session()
        self._muxer = FragmentMuxer(self._info, first.data, timing.frag_duration(self._part_target))
        self._offset = self._timeline_end - dts
        self._init_pending = True
        self._codecs = codec_string(self._info.codec, self._info.extradata, first.data)

    # -- packets -----------------------------------------------------------------------
    def _on_packet(self, packet: EncodedPacket) -> None:
        if self._info is None:
            return
        if self._queue.dropped != self._drops_seen:  # the queue dropped packets: the timeline broke
            self._drops_seen = self._queue.dropped
            if self._muxer is not None or self._probe:
                log.warning("%s: the live stream fell behind and lost packets; restarting it", self.camera)
                self._end_run("packets lost")
        if packet.dts is None:
            self.dropped += 1
            return
        dts = round(packet.dts * packet.time_base * timing.TICKS)
        pts = round(packet.pts * packet.time_base * timing.TICKS) if packet.pts is not None else dts
        if self._last_in is not None:
            step = dts - self._last_in
            jump = max(JUMP_S, 10 * self._frame_s) * timing.TICKS
            if step <= 0 and -step <= BACK_S * timing.TICKS:
                self.dropped += 1  # out of order or repeated: the muxer would refuse it
                return
            if step <= 0 or step > jump:
                self._end_run(f"decode time stepped by {step / timing.TICKS:+.2f} s")
        if self._muxer is None and not self._probe and not packet.is_keyframe:
            return  # a new run starts at a keyframe
        self._last_in = dts
        if self._part_target is None:
            self._measure(packet, dts, pts)
            return
        if self._muxer is None:
            self._open(packet, dts)
        self._mux(packet, dts, pts)

    def _measure(self, packet: EncodedPacket, dts: int, pts: int) -> None:
        """Hold the stream's first segment, then choose PART-TARGET from its real frame durations."""
        self._probe.append((packet, dts, pts))
        span = (dts - self._probe[0][1]) / timing.TICKS
        cut = packet.is_keyframe and len(self._probe) > 1 and span >= self.settings.min_segment_s
        if not cut and span < PROBE_LIMIT_S:
            return
        held, self._probe = self._probe, []
        deltas = [b[1] - a[1] for a, b in itertools.pairwise(held)]
        self._part_target, self._frame_s = timing.choose_part_target(self.settings.part_target_s, deltas)
        log.info(
            "%s: live stream frames of %.1f ms: PART-TARGET %.3f s",
            self.camera,
            self._frame_s * 1000,
            self._part_target,
        )
        self._open(held[0][0], held[0][1])
        for item in held:
            self._mux(*item)

    def _mux(self, packet: EncodedPacket, dts: int, pts: int) -> None:
        assert self._muxer is not None
        out_dts = dts + self._offset
        fragments = self._muxer.mux(packet.data, out_dts, pts + self._offset, packet.is_keyframe)
        if self._init_pending and self._muxer.init is not None:  # written with the first packet
            self._init_pending = False
            self._window.start_session(self._session, self._muxer.init)
        self._take_fragments(fragments, out_dts, packet.is_keyframe)
        self._muxed.append(_Muxed(out_dts, packet.is_keyframe, packet.wallclock))
        self._last_out = out_dts

    def _take_fragments(
        self, fragments: list[Fragment], end: int, next_keyframe: bool, publish: bool = True
    ) -> None:
        """Each fragment is a part of the packets muxed before it; ``end`` is when the next begins."""
        for number, fragment in enumerate(fragments):
            count = fragment.samples or len(self._muxed)
            members = [self._muxed.popleft() for _ in range(min(count, len(self._muxed)))]
            if not members:
                continue
            last = number == len(fragments) - 1 or not self._muxed
            part_end = end if last else self._muxed[0].dts
            followed_by_keyframe = next_keyframe if last else self._muxed[0].keyframe
            duration = (part_end - members[0].dts) / timing.TICKS
            self._window.add_part(fragment.data, duration, members[0].keyframe, members[0].wallclock)
            if followed_by_keyframe and self._window.open_duration >= self.settings.min_segment_s - 1e-6:
                self._segment_done()
            if self._state is not StreamState.LIVE and self._published:
                self._set_state(StreamState.LIVE, publish=False)
            if publish:
                self._publish()

    def _segment_done(self) -> None:
        segment = self._window.close_segment()
        if segment is None:
            return
        seconds = segment.duration
        if self._target_duration is None:
            self._target_duration = timing.first_target_duration(seconds)
            log.info("%s: live stream TARGETDURATION %d s", self.camera, self._target_duration)
        elif round(seconds) > self._target_duration:
            log.warning(
                "%s: a live segment lasted %.2f s, longer than TARGETDURATION %d s: raised to %d s; "
                "iOS players may stop (set the camera's keyframe interval to 1–2 s)",
                self.camera,
                seconds,
                self._target_duration,
                round(seconds),
            )
            self._target_duration = round(seconds)
        if segment.parts[0].independent and seconds > self._longest_gop + 0.5 * self._frame_s:
            self._longest_gop = seconds

    # -- publishing --------------------------------------------------------------------
    def _set_state(self, state: StreamState, problem: str = "", publish: bool = True) -> None:
        self._state = state
        self._problem = problem
        if publish:
            self._publish()

    def _problems(self) -> str:
        notes = [self._problem] if self._problem else []
        if self._shown is not None and self._shown.codec == "hevc":
            notes.append(HEVC_NOTE)
        if self._longest_gop > LONG_GOP_S + 0.1:
            notes.append(
                f"the camera's keyframe interval is {self._longest_gop:.1f} s: a player starts up to that "
                "late and segments last as long; set the camera's GOP (I-frame interval) to 1–2 s"
            )
        return "; ".join(notes)

    def _publish(self) -> None:
        info = self._shown
        window = None
        resources = None
        part_target = self._part_target or self.settings.part_target_s
        if self._target_duration is not None:
            session = self._session if self._muxer is not None else self._next_session
            hint = self._window.next_part_name(session)
            window = self._window.window(self._target_duration, part_target, hint)
            listed = [*window.segments, *([window.open] if window.open else [])]
            longest = max((p.duration for s in listed for p in s.parts), default=0.0)
            if longest > advertised_part_target(part_target):  # gohlslib: PART-TARGET = the longest part
                window = replace(window, part_target=longest)
            advertised = advertised_part_target(window.part_target)
            if advertised > self._advertised_part and self._advertised_part:
                log.warning(
                    "%s: a live part lasted %.3f s, longer than PART-TARGET: advertised %.3f s while it is "
                    "listed (the camera skipped frames; iOS players may stop)",
                    self.camera,
                    longest,
                    advertised,
                )
            self._advertised_part = advertised
            resources = self._window.resources(window)
        newest = window.newest_part if window is not None else None
        snapshot = StreamSnapshot(
            state=self._state,
            codec=info.codec if info else "",
            codecs=self._codecs,
            width=info.width if info else 0,
            height=info.height if info else 0,
            fps=round(1 / self._frame_s, 3) if self._frame_s else (info.fps if info else 0.0),
            bandwidth=max((s.bitrate for s in window.segments), default=0) if window else 0,
            part_target=advertised_part_target(window.part_target if window else part_target),
            target_duration=self._target_duration or 0,
            last_msn=newest.msn if newest else -1,
            last_part=newest.index if newest else -1,
            session=self._session or self._next_session,
            problem=self._problems(),
        )
        self.stream.publish(snapshot, window, resources)

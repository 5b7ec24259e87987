"""One archive file: written crash-safe, finalized into place, never overwriting.

While recording, packets go into a *fragmented* MP4 under ``<root>/.recording/`` with a new
fragment every second, handed to the OS at once (a crash of the process loses at most the fragment
in memory, <= 1 s) and fsynced every 2 s of the wall clock (a power cut loses at most 3 s). A JSON
sidecar says where it belongs. Every new folder and file name is fsynced into its parent
(``cgrconsole.core.files``), so what was fsynced is also found after a power cut.

Finalizing remuxes the fragments into a regular MP4 (moov first, so every player opens it at
once) beside it, fsyncs it, notes its name and checksum in the sidecar, and links it under its
final name, which fails rather than replaces when the name exists. The caller's ``commit`` (the
index) runs next; only then are the fragments and the sidecar removed, so a crash at any point
leaves either the fragments or a placed file the sidecar vouches for. ``recover()`` finishes
either after a crash.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from fractions import Fraction
from pathlib import Path, PurePosixPath
from typing import BinaryIO, cast
from zoneinfo import ZoneInfo

import av
import av.error
from av.video.codeccontext import VideoCodecContext

from cgrconsole.core.archive.layout import choose_path, file_taken
from cgrconsole.core.camera.packets import EncodedPacket, StreamInfo
from cgrconsole.core.camera.remux import OUT_TIME_BASE, add_copy_stream
from cgrconsole.core.files import (
    fsync_dir,
    fsync_handle,
    fsync_path,
    make_dirs,
    place_without_overwrite,
    write_atomically,
)

log = logging.getLogger(__name__)

RECORDING_DIR = ".recording"
FRAGMENT_S = 1.0  # a fragment per second at most, handed to the OS as soon as it is complete
FRAGMENT_OPTIONS = {
    "movflags": "frag_keyframe+empty_moov+default_base_moof",
    "frag_duration": str(int(FRAGMENT_S * 1_000_000)),
    "flush_packets": "1",
}
FSYNC_EVERY = 2.0  # seconds of the wall clock; what a power cut may cost on top of the last fragment
# The promises of docs/archive.md, checked by the crash tests: a crash of the process loses the fragment
# in memory and the packets still on their way to the recorder; a power cut also what was not yet fsynced.
CRASH_LOSS_S = FRAGMENT_S + 0.5
POWER_CUT_LOSS_S = CRASH_LOSS_S + FSYNC_EVERY

Commit = Callable[["FinishedSegment"], object]  # records a placed file (the index) before its fragments go


@dataclass(frozen=True)
class SegmentPlan:
    """What the sidecar records: enough to finish the file after a crash."""

    camera: str
    relative_path: str  # posix, under the archive root
    slot_epoch: float
    start_epoch: float
    mode: str  # "copy" | "transcode"
    timezone: str  # the site's, for naming a fallback file after a crash
    placed_sha256: str = ""  # set once the finished file is under relative_path: its checksum


@dataclass(frozen=True)
class FinishedSegment:
    """A file under its final name. ``start/end_epoch`` follow its media time, ``wall_*`` the wall clock."""

    camera: str
    relative_path: str
    start_epoch: float
    end_epoch: float
    duration_s: float
    size_bytes: int
    codec: str
    width: int
    height: int
    sha256: str
    mode: str
    recovered: bool
    # The wall-clock span the file covers: first packet's arrival to the next file's first packet (or
    # the last packet's arrival + one frame). After a crash only the media time is known: start + duration.
    wall_start: float | None = None
    wall_end: float | None = None

    @property
    def wall_span(self) -> tuple[float, float]:
        start = self.start_epoch if self.wall_start is None else self.wall_start
        return start, self.end_epoch if self.wall_end is None else self.wall_end


@dataclass(frozen=True)
class TranscodeSettings:
    max_width: int = 1280
    max_height: int = 720
    bitrate_kbps: int = 1200  # 50 MB / 300 s = 1.33 Mbit/s; the VBV cap keeps every file below it
    preset: str = "veryfast"


class SegmentWriter:
    """Writes one file. Not thread-safe: the camera's recorder thread owns it."""

    def __init__(
        self,
        root: Path,
        plan: SegmentPlan,
        info: StreamInfo,
        transcode: TranscodeSettings | None,
        first_keyframe: bytes,
    ) -> None:
        self.root = root
        self.plan = plan
        self.info = info
        self._transcode = transcode
        stem = PurePosixPath(plan.relative_path).stem
        # the pid keeps two processes apart; the data-folder lock keeps a second console out anyway
        self.temp_path = root / RECORDING_DIR / f"{stem}.{os.getpid()}.{int(plan.start_epoch * 1000)}.fmp4"
        self.sidecar_path = self.temp_path.with_suffix(".json")
        make_dirs(self.temp_path.parent)
        write_atomically(self.sidecar_path, json.dumps(asdict(plan)).encode("utf-8"))
        self._file: BinaryIO = open(self.temp_path, "wb")  # noqa: SIM115 - closed in finish()/abort()
        fsync_dir(self.temp_path.parent)  # the fragments' name survives a power cut, not only their bytes
        self._container = av.open(self._file, "w", format="mp4", options=FRAGMENT_OPTIONS)
        self._offset: int | None = None
        self._last_dts = -1
        self._first_wallclock: float | None = None
        self.last_wallclock = plan.start_epoch
        self._synced_at = plan.start_epoch
        self.payload_bytes = 0  # what was muxed; the temp file lags by the fragment in memory
        if transcode is None:
            self._stream = add_copy_stream(self._container, info, first_keyframe)
            self._decoder = None
        else:
            self._stream, self._decoder = self._transcode_stream(info, transcode)

    # -- set-up -------------------------------------------------------------------------
    def _transcode_stream(self, info: StreamInfo, settings: TranscodeSettings):
        decoder = cast(VideoCodecContext, av.CodecContext.create(info.codec, "r"))
        if info.extradata:
            decoder.extradata = info.extradata
        decoder.thread_count = 1
        width, height = fit_within(info.width, info.height, settings.max_width, settings.max_height)
        fps = round(info.fps) if info.fps >= 1 else 25
        stream = self._container.add_stream("libx264", rate=fps)
        ctx = stream.codec_context
        ctx.width, ctx.height, ctx.pix_fmt = width, height, "yuv420p"
        ctx.time_base = OUT_TIME_BASE
        ctx.thread_count = 2
        kbps = settings.bitrate_kbps
        # zerolatency: no frames held in a look-ahead, so the size cap sees every byte at once
        # and a crash loses nothing inside the encoder.
        ctx.options = {
            "preset": settings.preset,
            "tune": "zerolatency",
            "x264-params": f"keyint={2 * fps}:min-keyint={fps}:bframes=0:vbv-maxrate={kbps}:"
            f"vbv-bufsize={2 * kbps}:nal-hrd=vbr",
            "b": f"{kbps}k",
        }
        stream.time_base = OUT_TIME_BASE
        return stream, decoder

    # -- writing ------------------------------------------------------------------------
    @property
    def size(self) -> int:
        """Bytes this file will hold at least: everything muxed so far."""
        return max(self.payload_bytes, self._file.tell())

    def write(self, packet: EncodedPacket) -> None:
        if self._first_wallclock is None:
            self._first_wallclock = packet.wallclock
        self.last_wallclock = packet.wallclock
        if self._decoder is None:
            self._mux_copy(packet)
        else:
            self._mux_transcoded(packet)
        since = packet.wallclock - self._synced_at
        if since >= FSYNC_EVERY or since < 0:  # < 0: the clock stepped back
            self._synced_at = packet.wallclock
            fsync_handle(self._file)  # through the writing handle: Windows refuses a read-only one

    def _out_dts(self, packet: EncodedPacket) -> tuple[int, int]:
        """Camera timestamps rebased to the file's start, kept strictly increasing."""
        scale = packet.time_base / OUT_TIME_BASE
        raw = packet.dts if packet.dts is not None else packet.pts
        if raw is None:  # RTSP before the first RTCP report: fall back to arrival time
            assert self._first_wallclock is not None
            raw_out = round((packet.wallclock - self._first_wallclock) * 90000)
            raw = None
        else:
            raw_out = round(raw * scale)
        if self._offset is None:
            self._offset = raw_out
        dts = raw_out - self._offset
        if dts <= self._last_dts or dts > self._last_dts + 90000 * 10:
            dts = self._last_dts + 1 if self._last_dts >= 0 else 0  # camera clock jumped: stay monotonic
            self._offset = raw_out - dts
        self._last_dts = dts
        pts = dts
        if packet.pts is not None and raw is not None and packet.dts is not None:
            pts = max(dts, round(packet.pts * scale) - self._offset)
        return dts, pts

    def _mux_copy(self, packet: EncodedPacket) -> None:
        dts, pts = self._out_dts(packet)
        out = av.Packet(packet.data)
        out.dts, out.pts, out.time_base = dts, pts, OUT_TIME_BASE
        out.is_keyframe = packet.is_keyframe
        out.stream = self._stream
        self._container.mux(out)
        self.payload_bytes += len(packet.data)

    def _mux_transcoded(self, packet: EncodedPacket) -> None:
        assert self._decoder is not None
        dts, _ = self._out_dts(packet)
        try:
            frames = self._decoder.decode(av.Packet(packet.data))
        except av.error.InvalidDataError:
            return
        for frame in frames:
            ctx = self._stream.codec_context
            picture = frame.reformat(width=ctx.width, height=ctx.height, format="yuv420p")
            picture.pts, picture.time_base = dts, OUT_TIME_BASE
            encoded = self._stream.encode(picture)
            self.payload_bytes += sum(packet.size for packet in encoded)
            self._container.mux(encoded)

    # -- finishing ----------------------------------------------------------------------
    def finish(self, wall_end: float | None = None, commit: Commit | None = None) -> FinishedSegment | None:
        """Close, remux into place, ``commit`` it, and return it (None when empty).

        ``wall_end`` is when the next file takes over (its first packet's arrival); by default the
        last packet's arrival plus one frame.
        """
        try:
            if self._decoder is not None:
                self._container.mux(self._stream.encode(None))
            self._container.close()
        finally:
            self._file.close()
        if wall_end is None:
            wall_end = self.last_wallclock + 1 / (self.info.fps if self.info.fps > 0 else 25)
        span = (self.plan.start_epoch, max(wall_end, self.plan.start_epoch))
        return finalize(self.root, self.temp_path, self.plan, recovered=False, commit=commit, wall_span=span)

    def abort(self) -> None:
        """Give up on this file (the disk failed): keep the temp for recovery if anything is in it."""
        try:
            self._container.close()
        except Exception:  # closing a container on a failed disk can fail again
            log.debug("closing a failed segment", exc_info=True)
        finally:
            with contextlib.suppress(OSError):
                self._file.close()


def fit_within(width: int, height: int, max_width: int, max_height: int) -> tuple[int, int]:
    """The largest even size within the limits that keeps the aspect ratio."""
    scale = min(1.0, max_width / width, max_height / height)
    return max(2, int(width * scale) // 2 * 2), max(2, int(height * scale) // 2 * 2)


def finalize(
    root: Path,
    temp: Path,
    plan: SegmentPlan,
    *,
    recovered: bool,
    commit: Commit | None = None,
    wall_span: tuple[float, float] | None = None,
) -> FinishedSegment | None:
    """Remux ``temp`` (fragmented, maybe truncated) into ``plan.relative_path``; never overwrites.

    ``commit`` is called with the placed file before the fragments are removed; if it raises, they
    stay, and ``recover()`` finds the placed file through the sidecar and commits it again.
    """
    sidecar = temp.with_suffix(".json")
    staging = temp.with_suffix(".mp4")
    plan = _read_plan(sidecar) or plan  # the sidecar knows whether an interrupted finish placed the file
    final = root / plan.relative_path
    if plan.placed_sha256 and final.is_file() and _sha256(final) == plan.placed_sha256:
        stats = _media_stats(final)  # placed before a crash; only the bookkeeping was left to do
        sha256 = plan.placed_sha256
    else:
        stats = _remux_to_regular_mp4(temp, staging)
        if stats is None:
            log.warning("%s: nothing playable in %s; discarded", plan.camera, temp.name)
            _remove(temp, sidecar, staging)
            return None
        fsync_path(staging)
        sha256 = _sha256(staging)
        relative = PurePosixPath(plan.relative_path)
        if (root / relative).exists():  # taken meanwhile (a recovered twin): pick the next free name
            zone = ZoneInfo(plan.timezone)
            relative = choose_path(plan.camera, plan.slot_epoch, plan.start_epoch, zone, file_taken(root))
        plan = replace(plan, relative_path=relative.as_posix(), placed_sha256=sha256)
        write_atomically(sidecar, json.dumps(asdict(plan)).encode("utf-8"))
        final = root / relative
        make_dirs(final.parent)
        place_without_overwrite(staging, final)
    if stats is None:
        raise OSError(f"{final} was placed but cannot be read back")
    duration, codec, width, height = stats
    segment = FinishedSegment(
        camera=plan.camera,
        relative_path=plan.relative_path,
        start_epoch=plan.start_epoch,
        end_epoch=plan.start_epoch + duration,
        duration_s=duration,
        size_bytes=final.stat().st_size,
        codec=codec,
        width=width,
        height=height,
        sha256=sha256,
        mode=plan.mode,
        recovered=recovered,
        wall_start=wall_span[0] if wall_span else None,
        wall_end=wall_span[1] if wall_span else None,
    )
    if commit is not None:
        commit(segment)
    _remove(temp, sidecar, staging)
    return segment


def recover(root: Path, commit: Commit | None = None) -> list[FinishedSegment]:
    """Finish every file a crash left in ``.recording/`` (call before recording starts)."""
    finished: list[FinishedSegment] = []
    folder = root / RECORDING_DIR
    if not folder.is_dir():
        return finished
    for sidecar in sorted(folder.glob("*.json")):
        temp = sidecar.with_suffix(".fmp4")
        plan = _read_plan(sidecar)
        if plan is None:
            log.error("cannot read %s; left in place for inspection", sidecar)
            continue
        if not temp.exists() and not plan.placed_sha256:
            _remove(sidecar)
            continue
        try:
            result = finalize(root, temp, plan, recovered=True, commit=commit)
        except OSError as exc:  # one unreadable leftover must not keep the console from recording
            log.error("%s: cannot finish %s (%s); left in place for inspection", plan.camera, temp, exc)
            continue
        if result is not None:
            log.warning(
                "%s: recovered %s (%.1f s) after an unclean stop",
                plan.camera,
                result.relative_path,
                result.duration_s,
            )
            finished.append(result)
    for pattern in ("*.mp4", "*.part"):  # a staging file or a half-written sidecar from a crash
        for orphan in folder.glob(pattern):
            orphan.unlink(missing_ok=True)
    return finished


# -- helpers ------------------------------------------------------------------------------
def _read_plan(sidecar: Path) -> SegmentPlan | None:
    try:
        return SegmentPlan(**json.loads(sidecar.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


MediaStats = tuple[float, str, int, int]  # duration, codec, width, height


def _remux_to_regular_mp4(source: Path, target: Path) -> MediaStats | None:
    """Copy every complete packet of ``source`` into a moov-first MP4; None when there is none."""
    return _read_packets(source, target)


def _media_stats(path: Path) -> MediaStats | None:
    """What ``_remux_to_regular_mp4`` reports, for a file already remuxed."""
    return _read_packets(path, None)


def _read_packets(source: Path, target: Path | None) -> MediaStats | None:
    """Every complete packet of ``source`` (copied into ``target`` when given) and what they hold."""
    try:
        src = av.open(str(source))
    except (av.error.InvalidDataError, av.error.EOFError, OSError):
        return None
    try:
        if not src.streams.video:
            return None
        in_stream = src.streams.video[0]
        with contextlib.ExitStack() as stack:
            dst = out_stream = None
            if target is not None:
                options = {"movflags": "+faststart"}
                dst = stack.enter_context(av.open(str(target), "w", format="mp4", options=options))
                out_stream = dst.add_stream_from_template(in_stream)
            frames, first, last, last_duration = 0, None, 0, 0
            try:
                for packet in src.demux(in_stream):
                    if packet.is_corrupt:
                        break  # cut short by the crash: its bytes end mid-frame, and later frames need it
                    if packet.size == 0 or packet.dts is None:
                        continue
                    first = packet.pts if first is None else first
                    last = max(last, packet.pts or 0)
                    last_duration = packet.duration or last_duration
                    if dst is not None and out_stream is not None:
                        packet.stream = out_stream
                        dst.mux(packet)
                    frames += 1
            except (av.error.InvalidDataError, av.error.EOFError):
                pass  # the torn last fragment of a crashed file: everything before it is kept
        if frames == 0:
            return None
        tb = in_stream.time_base or Fraction(1, 90000)
        duration = float((last - (first or 0) + last_duration) * tb)
        ctx = in_stream.codec_context
        return duration, ctx.name, ctx.width, ctx.height
    finally:
        src.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _remove(*paths: Path) -> None:
    for path in paths:
        path.unlink(missing_ok=True)

"""The self-test's video checks: a short H.264 clip written into the archive folder the console's own
way (``SegmentWriter``, then read back with PyAV), and the same packets served as LL-HLS by the console's
own packager and server on a free local port, its playlists fetched over HTTP.

The clip comes from the synthetic camera (x264 like an IP camera), encoded once per run and shared.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import av
import httpx

from cgrconsole.core.camera.fanout import PacketQueue
from cgrconsole.core.camera.packets import EncodedPacket, SessionEnded, SessionStarted, StreamInfo
from cgrconsole.core.live.packager import LivePackager
from cgrconsole.core.live.routes import build_app
from cgrconsole.core.live.server import LiveServer
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.stream import LiveStream
from cgrconsole.core.synthetic.scene import SceneSpec
from cgrconsole.core.synthetic.source import SyntheticOptions, SyntheticSource
from cgrconsole.self_test.report import Advice, Check, CheckResult, Fact, Verdict

CAMERA = "SelfTest"
SECONDS, FPS = 2, 25
SIZE = (640, 360)
TEMP_PREFIX = ".self-test-"  # the temporary folder inside the archive folder, removed after


@dataclass(frozen=True)
class Clip:
    info: StreamInfo
    packets: tuple[EncodedPacket, ...]


@functools.cache
def clip() -> Clip:
    """2 s of H.264 from the synthetic camera (keyframe every second), encoded as fast as possible."""
    spec = SceneSpec(seed=3, width=SIZE[0], height=SIZE[1], fps=FPS, label=CAMERA)
    source = SyntheticSource(SyntheticOptions(spec, gop=FPS, realtime=False, duration_s=SECONDS))
    source.open()
    try:
        return Clip(source.info, tuple(source.packets()))
    finally:
        source.close()


def check_archive(archive_dir: Path) -> CheckResult:
    """Write the clip as an archive file in a temporary folder of ``archive_dir``, read it back, remove it."""
    from cgrconsole.core.archive.segment import SegmentPlan, SegmentWriter

    if not archive_dir.is_dir():
        return CheckResult(
            Check.ARCHIVE,
            Verdict.FAIL,
            Fact("archive.no_folder", path=archive_dir),
            Advice.ARCHIVE_MISSING,
        )
    try:
        folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=archive_dir))
    except OSError as exc:
        return CheckResult(
            Check.ARCHIVE,
            Verdict.FAIL,
            Fact(
                "archive.cannot_write", path=archive_dir, error=f"{type(exc).__name__}: {exc.strerror or exc}"
            ),
            Advice.ARCHIVE_NOT_WRITABLE,
        )
    try:
        media = clip()
        now = time.time()
        plan = SegmentPlan(CAMERA, f"{CAMERA}/self-test.mp4", now, now, "copy", "UTC")
        writer = SegmentWriter(folder, plan, media.info, None, media.packets[0].data)
        for packet in media.packets:
            writer.write(packet)
        finished = writer.finish()
        if finished is None:
            return CheckResult(Check.ARCHIVE, Verdict.FAIL, Fact("archive.nothing"), Advice.REINSTALL)
        frames, codec, size = _read_back(folder / finished.relative_path)
    except OSError as exc:
        return CheckResult(
            Check.ARCHIVE,
            Verdict.FAIL,
            Fact("archive.write_failed", path=archive_dir, error=f"{type(exc).__name__}: {exc}"),
            Advice.ARCHIVE_NOT_WRITABLE,
        )
    except Exception as exc:  # x264 or the MP4 muxer missing from PyAV's FFmpeg
        return CheckResult(Check.ARCHIVE, Verdict.FAIL, f"{type(exc).__name__}: {exc}", Advice.REINSTALL)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    expected = SECONDS * FPS
    detail = Fact(
        "archive.ok",
        size=f"{finished.size_bytes / 1024:.0f}",
        codec=codec,
        resolution=size,
        path=archive_dir,
        frames=frames,
        expected=expected,
        version=av.__version__,
    )
    if codec != "h264" or frames != expected:
        return CheckResult(Check.ARCHIVE, Verdict.FAIL, detail, Advice.REINSTALL)
    return CheckResult(Check.ARCHIVE, Verdict.OK, detail)


def _read_back(path: Path) -> tuple[int, str, str]:
    """Frames decoded, codec and size of the MP4 at ``path``, by PyAV."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        frames = sum(1 for _ in container.decode(stream))
        return (
            frames,
            stream.codec_context.name,
            f"{stream.codec_context.width}x{stream.codec_context.height}",
        )


def check_live(timeout_s: float = 5.0) -> CheckResult:
    """Package the clip as LL-HLS, serve it on 127.0.0.1 (a free port), fetch both playlists, stop."""
    try:
        media = clip()
    except Exception as exc:
        return CheckResult(Check.LIVE, Verdict.FAIL, f"{type(exc).__name__}: {exc}", Advice.REINSTALL)
    settings = LiveConfig(bind="127.0.0.1", port=0, tls="off")
    stream = LiveStream(CAMERA)
    packager = LivePackager(CAMERA, PacketQueue("self-test", 1), stream, settings)
    packager.step(SessionStarted(CAMERA, media.info, media.packets[0].wallclock))
    for packet in media.packets:
        packager.step(packet)
    packager.step(SessionEnded(CAMERA, "stopped", media.packets[-1].wallclock))
    streams = {CAMERA: stream}
    server = LiveServer(build_app(streams, settings), settings, certificate=None, streams=streams)
    try:
        server.start()
    except Exception as exc:
        return CheckResult(Check.LIVE, Verdict.FAIL, Fact("live.no_start", error=exc), Advice.LOCAL_NETWORK)
    base = server.base_url
    try:
        with httpx.Client(timeout=timeout_s) as client:
            index = client.get(server.stream_url(CAMERA))
            playlist = client.get(f"{server.base_url}/live/{CAMERA}/media.m3u8")
    except httpx.HTTPError as exc:
        return CheckResult(
            Check.LIVE,
            Verdict.FAIL,
            Fact("live.fetch_failed", url=base, error=f"{type(exc).__name__}: {exc}"),
            Advice.LOCAL_NETWORK,
        )
    finally:
        stopped = server.stop(timeout_s)
    parts = playlist.text.count("#EXT-X-PART:")
    detail = Fact("live.ok", url=base, index=index.status_code, playlist=playlist.status_code, parts=parts)
    good = index.status_code == playlist.status_code == 200 and playlist.text.startswith("#EXTM3U") and parts
    if not good:
        return CheckResult(Check.LIVE, Verdict.FAIL, detail, Advice.REINSTALL)
    if not stopped:
        late = Fact("live.not_stopped", seconds=f"{timeout_s:.0f}")
        return CheckResult(Check.LIVE, Verdict.WARN, Fact.joined(detail, late))
    return CheckResult(Check.LIVE, Verdict.OK, Fact.joined(detail, Fact("live.stopped")))

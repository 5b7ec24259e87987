"""A recorder driven directly with synthetic packets and an injected clock: minutes of video in seconds."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import av
import pytest

from cgrconsole.core.archive.index import ArchiveIndex
from cgrconsole.core.archive.recorder import SegmentRecorder
from cgrconsole.core.archive.segment import FinishedSegment
from cgrconsole.core.camera.fanout import PacketQueue
from cgrconsole.core.camera.packets import EncodedPacket, SessionEnded, SessionStarted, StreamInfo
from cgrconsole.core.storage.database import Database
from cgrconsole.core.synthetic.scene import SceneSpec
from cgrconsole.core.synthetic.source import SyntheticOptions, SyntheticSource

ALMATY = ZoneInfo("Asia/Almaty")


class FakeClock:
    def __init__(self, start: float) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t


@dataclass
class Rig:
    root: Path
    clock: FakeClock
    index: ArchiveIndex
    recorder: SegmentRecorder
    finished: list[FinishedSegment] = field(default_factory=list)  # what the recorder announced, in order

    def session(self, packets: Iterator[EncodedPacket], info: StreamInfo, fps: float) -> None:
        """One camera session: start marker, packets 1/fps apart on the clock, end marker."""
        self.recorder.step(SessionStarted("Camera1", info, self.clock()))
        for packet in packets:
            self.recorder.step(packet)
            self.clock.t += 1 / fps
        self.recorder.step(SessionEnded("Camera1", "stopped", self.clock()))

    def synthetic(
        self,
        seconds: float,
        *,
        fps: float = 5,
        size: tuple[int, int] = (640, 360),
        bitrate: int = 600,
        gop: int | None = None,
        seed: int = 2,
    ) -> None:
        spec = SceneSpec(seed=seed, width=size[0], height=size[1], fps=fps)
        source = SyntheticSource(
            SyntheticOptions(
                spec, bitrate_kbps=bitrate, gop=gop or int(2 * fps), realtime=False, duration_s=seconds
            ),
            clock=self.clock,
        )
        source.open()
        self.session(source.packets(), source.info, fps)
        source.close()

    def files(self) -> list[Path]:
        return sorted(p for p in self.root.rglob("*.mp4") if ".recording" not in p.parts)


@pytest.fixture
def rig_factory(tmp_path: Path):
    databases: list[Database] = []

    def build(start_iso: str, *, root: Path | None = None, **kwargs: object) -> Rig:
        clock = FakeClock(dt.datetime.fromisoformat(start_iso).timestamp())
        database = Database(tmp_path / f"db{len(databases)}.sqlite")
        database.open()
        databases.append(database)
        index = ArchiveIndex(database, clock)
        archive = root or tmp_path / "archive"
        if root is None:
            archive.mkdir(exist_ok=True)
        recorder = SegmentRecorder(
            "Camera1", PacketQueue("rec", 10), archive, index, ALMATY, clock=clock, **kwargs
        )  # type: ignore[arg-type]
        rig = Rig(archive, clock, index, recorder)
        recorder.add_file_listener(rig.finished.append)
        return rig

    yield build
    for database in databases:
        database.close()


@dataclass(frozen=True)
class Probe:
    codec: str
    width: int
    height: int
    frames: int
    duration: float
    size: int


def probe(path: Path) -> Probe:
    """Decode every frame with PyAV (raises on damage) and cross-check with ffprobe."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        frames = sum(1 for _ in container.decode(stream))
        codec, width, height = (
            stream.codec_context.name,
            stream.codec_context.width,
            stream.codec_context.height,
        )
    result = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration,format_name", "-of", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stderr == "", result.stderr
    duration = float(json.loads(result.stdout)["format"]["duration"])
    return Probe(codec, width, height, frames, duration, path.stat().st_size)

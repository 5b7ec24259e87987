"""A recorder driven directly with synthetic packets and an injected clock: minutes of video in seconds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from support.clock import FakeClock

from cgrconsole.core.archive.index import ArchiveIndex
from cgrconsole.core.archive.recorder import SegmentRecorder
from cgrconsole.core.archive.segment import FinishedSegment
from cgrconsole.core.camera.fanout import PacketQueue
from cgrconsole.core.camera.packets import EncodedPacket, SessionEnded, SessionStarted, StreamInfo
from cgrconsole.core.storage.database import Database
from cgrconsole.core.synthetic.scene import SceneSpec
from cgrconsole.core.synthetic.source import SyntheticOptions, SyntheticSource

ALMATY = ZoneInfo("Asia/Almaty")


@dataclass
class Rig:
    root: Path
    clock: FakeClock
    index: ArchiveIndex
    recorder: SegmentRecorder
    finished: list[FinishedSegment] = field(default_factory=list)  # what the recorder announced, in order

    def session(
        self, packets: Iterator[EncodedPacket], info: StreamInfo, fps: float, *, end: bool = True
    ) -> None:
        """One camera session: start marker, packets 1/fps apart on the clock, end marker if ``end``."""
        self.recorder.step(SessionStarted("Camera1", info, self.clock()))
        for packet in packets:
            self.recorder.step(packet)
            self.clock.now += 1 / fps
        if end:
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
        end: bool = True,
    ) -> None:
        spec = SceneSpec(seed=seed, width=size[0], height=size[1], fps=fps)
        source = SyntheticSource(
            SyntheticOptions(
                spec, bitrate_kbps=bitrate, gop=gop or int(2 * fps), realtime=False, duration_s=seconds
            ),
            clock=self.clock,
        )
        source.open()
        self.session(source.packets(), source.info, fps, end=end)
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
        recorder.file_finished.connect(rig.finished.append)
        return rig

    yield build
    for database in databases:
        database.close()

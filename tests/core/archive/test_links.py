"""Which file holds a moment: by the wall clock, from the recorder and the index; none if nothing recorded."""

from __future__ import annotations

import datetime as dt

from cgrconsole.core.archive.links import ARCHIVE_OFF, NOT_RECORDING, ArchiveLink, ArchiveLinks
from cgrconsole.core.synthetic.scene import SceneSpec
from cgrconsole.core.synthetic.source import SyntheticOptions, SyntheticSource


def epoch(iso: str) -> float:
    return dt.datetime.fromisoformat(iso).timestamp()


def test_two_sessions_in_one_slot_each_event_gets_its_own_file(rig_factory) -> None:
    rig = rig_factory("2025-08-18T14:05:10+05:00")
    links = ArchiveLinks(rig.index, {"Camera1": rig.recorder}, wait=0.1)
    rig.synthetic(40)  # 14:05:10 – 14:05:50
    rig.clock.now += 30  # the camera is away until 14:06:20
    rig.synthetic(30, seed=3, end=False)  # and still recording at 14:06:50
    first, second = "Camera1_2025_08_18_14_05.mp4", "Camera1_2025_08_18_14_06.mp4"
    assert _name(links.at("Camera1", epoch("2025-08-18T14:05:30+05:00"))) == first
    assert links.at("Camera1", epoch("2025-08-18T14:06:05+05:00")) == ArchiveLink(None, NOT_RECORDING)
    assert _name(links.at("Camera1", epoch("2025-08-18T14:06:40+05:00"))) == second, "the file being written"
    assert links.at("Camera1", epoch("2025-08-18T14:00:00+05:00")) == ArchiveLink(None, NOT_RECORDING)
    assert links.at("Lane9", epoch("2025-08-18T14:05:30+05:00")) == ArchiveLink(None, ARCHIVE_OFF)
    # a file the recorder no longer keeps in memory comes from the index, by its wall-clock span
    index_only = ArchiveLinks(rig.index, {})
    assert _name(index_only.at("Camera1", epoch("2025-08-18T14:05:49.5+05:00"))) == first


def test_a_camera_sending_less_video_than_time_passes_is_still_found_by_the_wall_clock(rig_factory) -> None:
    """222 s of media in a 300 s slot (a camera falling behind): the last 78 s are found in that file."""
    rig = rig_factory("2025-08-18T14:05:00+05:00")
    spec = SceneSpec(seed=2, width=320, height=180, fps=5)
    source = SyntheticSource(SyntheticOptions(spec, gop=10, realtime=False, duration_s=222), clock=rig.clock)
    source.open()
    rig.session(source.packets(), source.info, fps=5 * 222 / 300)  # 1/5 s of media per 0.27 s passed
    rig.synthetic(10, seed=3)  # the next slot: the first file was cut at 14:10:00
    first = rig.finished[0]
    assert first.duration_s < 225 and first.wall_span[1] - first.wall_span[0] > 299
    links = ArchiveLinks(rig.index, {})
    assert _name(links.at("Camera1", epoch("2025-08-18T14:09:30+05:00"))) == "Camera1_2025_08_18_14_05.mp4"


def _name(link: ArchiveLink) -> str | None:
    return link.path.rsplit("/", 1)[1] if link.path else None

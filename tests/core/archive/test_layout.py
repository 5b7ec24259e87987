import datetime as dt
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo

from cgrconsole.core.archive.layout import (
    choose_path,
    file_taken,
    local_time,
    relative_path,
    slot_start,
    windows_link,
)

ALMATY = ZoneInfo("Asia/Almaty")


def epoch(text: str) -> float:
    return dt.datetime.fromisoformat(text).timestamp()


def test_the_customers_layout() -> None:
    start = dt.datetime(2025, 8, 18, 14, 5, tzinfo=ALMATY)
    path = relative_path("Camera1", start)
    assert path == PurePosixPath("Camera1/2025/08/18/14/Camera1_2025_08_18_14_05.mp4")
    assert windows_link(path) == r"Camera1\2025\08\18\14\Camera1_2025_08_18_14_05.mp4"


def test_slots_are_aligned_to_five_minutes_in_local_time() -> None:
    t = epoch("2025-08-18T14:07:31+05:00")
    assert local_time(slot_start(t), ALMATY).strftime("%H:%M:%S") == "14:05:00"
    assert slot_start(epoch("2025-08-18T14:05:00+05:00")) == epoch("2025-08-18T14:05:00+05:00")
    kathmandu = ZoneInfo("Asia/Kathmandu")  # +05:45: still aligned, every real offset is a multiple of 15 min
    assert local_time(slot_start(t), kathmandu).minute % 5 == 0


def test_names_never_collide(tmp_path: Path) -> None:
    taken = file_taken(tmp_path)
    slot, start = epoch("2025-08-18T14:05:00+05:00"), epoch("2025-08-18T14:07:31+05:00")
    first = choose_path("Camera1", slot, start, ALMATY, taken)
    assert first.name == "Camera1_2025_08_18_14_05.mp4"  # a file starting mid-slot still takes the slot name
    (tmp_path / first).parent.mkdir(parents=True)
    (tmp_path / first).touch()
    second = choose_path("Camera1", slot, start, ALMATY, taken)
    assert second.name == "Camera1_2025_08_18_14_07.mp4"  # after an outage: the real start minute
    (tmp_path / second).touch()
    third = choose_path("Camera1", slot, start + 20, ALMATY, taken)
    assert third.name == "Camera1_2025_08_18_14_07_2.mp4"  # twice in one minute: numbered


def test_dst_fall_back_repeats_an_hour_without_overwriting(tmp_path: Path) -> None:
    berlin = ZoneInfo("Europe/Berlin")  # 2025-10-26 03:00 CEST -> 02:00 CET
    taken = file_taken(tmp_path)
    names = []
    for utc in ("2025-10-26T00:05:00+00:00", "2025-10-26T01:05:00+00:00"):  # both 02:05 local
        path = choose_path("Gate", epoch(utc), epoch(utc), berlin, taken)
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).touch()
        names.append(path.name)
    assert names == ["Gate_2025_10_26_02_05.mp4", "Gate_2025_10_26_02_05_2.mp4"]


def test_dst_spring_forward_skips_the_missing_hour() -> None:
    berlin = ZoneInfo("Europe/Berlin")  # 2025-03-30 02:00 CET -> 03:00 CEST
    before, after = epoch("2025-03-30T00:55:00+00:00"), epoch("2025-03-30T01:00:00+00:00")
    assert relative_path("Gate", local_time(before, berlin)).name == "Gate_2025_03_30_01_55.mp4"
    assert relative_path("Gate", local_time(after, berlin)).name == "Gate_2025_03_30_03_00.mp4"

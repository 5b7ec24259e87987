"""The day's queue: shapes of the TruckNumbers answer, the cache that survives a restart, suggestions."""

from __future__ import annotations

import asyncio
import json

import pytest
from support.cgr_fixtures import run

from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.cgr.trucks import TruckQueue, normalize_plate, parse_truck_numbers
from cgrconsole.core.uplink.cgr.uplink import create_cgr_uplink
from cgrconsole.standins.cgr import Fault

QUEUE = ["123 ABC 01", "777-KZ-02", "a001bcd"]


@pytest.mark.parametrize(
    "answer",
    [
        ["123 ABC 01", "777-KZ-02", "a001bcd"],
        [{"truckNumber": "123 ABC 01"}, {"plate": "777-KZ-02"}, {"GRNZ": "a001bcd"}, {"other": 1}],
        {"data": ["123ABC01", "777KZ02", "A001BCD", "123ABC01"]},
        {"items": [{"number": "123ABC01"}, {"number": "777KZ02"}, {"number": "A001BCD"}]},
    ],
)
def test_every_likely_list_shape_gives_normalized_plates(answer: object) -> None:
    assert parse_truck_numbers(answer) == ["123ABC01", "777KZ02", "A001BCD"]


def test_an_answer_without_a_list_is_an_error() -> None:
    for answer in ({"message": "no"}, "123ABC01", 42):
        with pytest.raises(ValueError):
            parse_truck_numbers(answer)


def test_queued_not_queued_unknown_and_suggestions(tmp_path, clock) -> None:
    queue = TruckQueue(tmp_path, clock, max_age_s=3600, max_distance=2)
    assert queue.is_queued("123ABC01") is None, "no list yet: unknown"
    queue.update(QUEUE)
    assert queue.is_queued("123 abc 01") is True
    assert queue.is_queued("999ZZZ99") is False
    assert queue.suggest("123A8C01") == ["123ABC01"]
    assert queue.suggest("77KZ02") == ["777KZ02"], "a lost digit"
    assert queue.suggest("999ZZZ99") == []
    clock.advance(3601)
    assert queue.is_queued("123ABC01") is None, "too old to say 'not in the queue'"
    assert queue.suggest("123A8C01") == ["123ABC01"], "an old list still helps correcting"
    assert normalize_plate("кз 12-34") == "КЗ1234"


def test_the_poller_keeps_the_list_across_a_restart_and_through_failures(
    start_standin, secrets, clock, tmp_path
) -> None:
    standin = start_standin(truck_numbers_shape="objects")
    standin.set_truck_numbers(QUEUE)
    settings = CgrSettings(base_url=standin.url, timeout_s=3, truck_numbers_poll_s=300)
    seen = []
    uplink = create_cgr_uplink(settings, secrets, tmp_path, clock=clock, on_trucks=seen.append)

    async def poll() -> float:
        try:
            return await uplink.poller.poll_once()
        finally:
            await uplink.client.aclose()

    assert run(poll()) == 300
    assert uplink.trucks.is_queued("777KZ02") and len(seen) == 1
    assert json.loads((tmp_path / "cgr_truck_numbers.json").read_text())["plates"] == [
        "123ABC01",
        "777KZ02",
        "A001BCD",
    ]

    standin.inject(Fault(path="TruckNumbers", status=503, headers={"Retry-After": "30"}))
    clock.advance(600)
    assert run(poll()) == 30
    assert "HTTP 503" in (uplink.poller.last_error or "")
    assert uplink.trucks.is_queued("777KZ02") is True, "the last list stays"

    restarted = TruckQueue(tmp_path, clock, max_age_s=3600)
    loaded = restarted.load()
    assert restarted.is_queued("A001BCD") is True and restarted.age_s() == 600
    assert loaded.fetched_at == clock() - 600


def test_the_poller_runs_until_stopped(start_standin, secrets, clock, tmp_path) -> None:
    standin = start_standin(truck_numbers_shape="data")
    standin.set_truck_numbers(["123ABC01"])
    settings = CgrSettings(base_url=standin.url, timeout_s=3, truck_numbers_poll_s=0.05)
    uplink = create_cgr_uplink(settings, secrets, tmp_path, clock=clock)

    async def scenario() -> None:
        stop = asyncio.Event()
        task = asyncio.create_task(uplink.poller.run(stop))
        await asyncio.sleep(0.3)
        stop.set()
        await asyncio.wait_for(task, 2)
        await uplink.client.aclose()

    run(scenario())
    assert uplink.trucks.is_queued("123ABC01") is True
    assert standin.state.auth_calls == 1, "one login serves every poll"


def test_a_broken_cache_file_is_ignored(tmp_path, clock) -> None:
    (tmp_path / "cgr_truck_numbers.json").write_text("{broken")
    queue = TruckQueue(tmp_path, clock)
    assert queue.load().fetched_at is None and queue.is_queued("X1") is None

"""Busy windows (State 2 + NextUpdateTime) and the clock-skew alarm, with the clock injected."""

from __future__ import annotations

import asyncio

import pytest
from support.drvn_fixtures import client, event, uploads

from cgrconsole.core.uplink.destination import Delivered, RetryLater
from cgrconsole.core.uplink.drvn.gate import BUSY_MARGIN_S


def test_nothing_is_sent_while_busy_and_sending_resumes_after_next_update_time(server, clock) -> None:
    server.set_faults(busy_until=clock.now + 120)

    async def scenario():
        c = client(server, clock)
        try:
            first = await c.deliver([event(1, clock)])
            calls_after_first = len(server.state.calls)
            clock.advance(60)
            second = await c.deliver([event(1, clock)])
            calls_after_second = len(server.state.calls)
            clock.advance(61)
            third = await c.deliver([event(1, clock)])
            return first, second, third, calls_after_first, calls_after_second, c.gate.health
        finally:
            await c.aclose()

    first, second, third, n1, n2, health = asyncio.run(scenario())
    assert isinstance(first[0], RetryLater) and first[0].after_s == pytest.approx(120, abs=1)
    assert isinstance(second[0], RetryLater) and second[0].after_s == pytest.approx(60, abs=1)
    assert n1 == n2  # while busy the client asks nothing at all until NextUpdateTime
    assert isinstance(third[0], Delivered)
    assert server.state.busy_violations == 0
    assert len(uploads(server)) == 1
    assert health.server == "ready"


def test_status_is_asked_again_only_after_the_interval(server, clock) -> None:
    async def scenario():
        c = client(server, clock)
        try:
            for n in range(3):
                await c.deliver([event(n, clock)])
                clock.advance(200)  # 0, 200, 400 s: the second delivery is within 5 min of the first
        finally:
            await c.aclose()

    asyncio.run(scenario())
    status_calls = [c for c in server.state.calls if c["path"].endswith("getserverstatus")]
    assert len(status_calls) == 2


def test_a_clock_15_minutes_off_raises_the_alarm_and_holds_sending(server, clock) -> None:
    server.set_faults(clock_offset_s=20 * 60)
    seen = []

    async def scenario():
        c = client(server, clock)
        c.gate._on_health = seen.append
        try:
            held = await c.deliver([event(1, clock)])
            server.set_faults(clock_offset_s=0)  # the admin synchronised the PC with NTP
            clock.advance(301)
            sent = await c.deliver([event(1, clock)])
            return held, sent
        finally:
            await c.aclose()

    held, sent = asyncio.run(scenario())
    assert isinstance(held[0], RetryLater) and "NTP" in held[0].reason
    assert any(h.skew_alarm and h.skew_s == pytest.approx(1200, abs=5) for h in seen)
    assert not seen[-1].skew_alarm
    assert isinstance(sent[0], Delivered)
    assert len(uploads(server)) == 1


def test_a_small_skew_is_measured_without_alarm(server, clock) -> None:
    server.set_faults(clock_offset_s=-90)

    async def scenario():
        c = client(server, clock)
        try:
            await c.deliver([event(1, clock, age_s=200)])
            return c.gate.health
        finally:
            await c.aclose()

    health = asyncio.run(scenario())
    assert health.skew_s == pytest.approx(-90, abs=5) and not health.skew_alarm


def busy_every_minute(server, clock, announce: bool) -> float:
    """Busy 10 s of every 60 from 5 s from now; 429s without Retry-After. Returns when the window ends."""
    start = clock.now + 5
    server.set_faults(
        busy_every_s=60, busy_for_s=10, busy_from=start, announce_busy=announce, retry_after_s=0
    )
    return start + 10


def test_a_429_without_retry_after_asks_the_status_at_once_and_waits_exactly_until_it_changes(
    server, clock
) -> None:
    ends = busy_every_minute(server, clock, announce=False)

    async def scenario():
        c = client(server, clock)
        try:
            before = await c.deliver([event(1, clock)])  # ready: sent
            clock.advance(6)  # inside the busy window, which the ready status did not announce
            refused = await c.deliver([event(2, clock)])
            status_asked = [x["path"] for x in server.state.calls[-2:]]
            clock.now = ends + BUSY_MARGIN_S
            after = await c.deliver([event(2, clock)])
            return before, refused, status_asked, after
        finally:
            await c.aclose()

    before, refused, status_asked, after = asyncio.run(scenario())
    assert isinstance(before[0], Delivered)
    assert isinstance(refused[0], RetryLater) and refused[0].http_status == 429
    assert status_asked[0].startswith("/api/v1/image") and status_asked[1].endswith("getserverstatus")
    assert refused[0].after_s == pytest.approx(9 + BUSY_MARGIN_S, abs=0.01), "until NextUpdateTime, not 60 s"
    assert refused[0].why.code == "drvn.busy"
    assert isinstance(after[0], Delivered), "sent at the first moment the server is ready"
    assert server.state.busy_violations == 1


def test_an_announced_busy_window_is_never_hit(server, clock) -> None:
    ends = busy_every_minute(server, clock, announce=True)

    async def scenario():
        c = client(server, clock)
        try:
            results = [await c.deliver([event(1, clock)])]
            clock.advance(6)  # the window announced in the last ready status has begun
            results.append(await c.deliver([event(2, clock)]))
            clock.now = ends + BUSY_MARGIN_S
            results.append(await c.deliver([event(2, clock)]))
            return results
        finally:
            await c.aclose()

    sent, held, resumed = asyncio.run(scenario())
    assert isinstance(sent[0], Delivered) and isinstance(resumed[0], Delivered)
    assert isinstance(held[0], RetryLater) and held[0].after_s == pytest.approx(9 + BUSY_MARGIN_S, abs=0.01)
    assert held[0].why.code == "drvn.busy" and held[0].why.server == "Hệ thống đang bận"
    assert server.state.busy_violations == 0, "the status was asked when the window began"


def test_a_probe_asks_the_status_and_says_whether_the_server_is_ready(server, clock) -> None:
    server.set_faults(busy_until=clock.now + 30)

    async def scenario():
        c = client(server, clock)
        try:
            busy = await c.probe()
            clock.advance(31)
            return busy, await c.probe(), c.gate.health.server
        finally:
            await c.aclose()

    assert asyncio.run(scenario()) == (False, True, "ready")

"""Busy windows (State 2 + NextUpdateTime) and the clock-skew alarm, with the clock injected."""

from __future__ import annotations

import asyncio

import pytest
from support.drvn_fixtures import client, event, uploads

from cgrconsole.core.uplink.destination import Delivered, RetryLater


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

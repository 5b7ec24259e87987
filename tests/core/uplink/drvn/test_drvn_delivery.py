"""Delivery against the stand-in: batches, re-login, 429, 500, garbage, lost answers, order, rejections."""

from __future__ import annotations

import asyncio

import pytest
from support.destinations import deliver, deliver_each
from support.drvn_fixtures import client, event, uploads

from cgrconsole.core.uplink.destination import Delivered, Rejected, RetryLater
from cgrconsole.core.uplink.drvn import wire


@pytest.mark.parametrize("method", ["base64", "multipart"])
def test_a_batch_arrives_with_the_protocol_fields(server, clock, method) -> None:
    events = [event(n, clock, age_s=60 - n) for n in range(3)]
    events.append(event(9, clock, age_s=1))

    outcomes = deliver(client(server, clock, method=method, max_batch=3), events)
    assert outcomes == [Delivered(remote_ref=wire.image_guid(e.event_id)) for e in events]
    got = {r.guid: r for r in server.received}
    assert [r.guid for r in server.received] == [wire.image_guid(e.event_id) for e in events]  # time order
    first = got[wire.image_guid(events[0].event_id)]
    assert first.gps_time_ms == round(events[0].time.timestamp() * 1000)
    assert first.method == method and first.camera_id == 7 and first.plate == "30E00000"
    paths = [c["path"] for c in uploads(server)]
    list_path, single_path = ("images", "image") if method == "base64" else ("images2", "image2")
    assert paths == [f"/api/v1/{list_path}/1001", f"/api/v1/{single_path}/1001"]


@pytest.mark.parametrize("auth_status", [401, 200])
def test_code_10_mid_batch_logs_in_again_once_and_delivers_everything(server, clock, auth_status) -> None:
    server.set_faults(expire_tokens_after_uploads=1, auth_status=auth_status)
    events = [event(n, clock, age_s=100 - n) for n in range(4)]

    c = client(server, clock, max_batch=2)
    outcomes, logins = deliver(c, events), c.session.logins
    assert all(isinstance(o, Delivered) and not o.already_there for o in outcomes)
    assert logins == 2
    codes = [c["code"] for c in uploads(server)]
    assert codes == [1, 10, 1]  # the second list met code 10, was sent again after the login
    assert len(server.received) == 4


def test_a_token_that_keeps_failing_gives_retry_later_not_a_loop(server, clock) -> None:
    server.state.token_ttl_s = -1  # every token is born expired: code 10 forever

    c = client(server, clock)
    outcomes, logins = deliver(c, [event(1, clock)]), c.session.logins
    assert isinstance(outcomes[0], RetryLater)
    assert 1 <= logins <= 4  # time check and status check: one login each and one repeat each, no loop
    assert server.received == []


def test_429_is_honoured_before_anything_else_is_sent(server, clock) -> None:
    server.set_faults(rate_limit_next=1, retry_after_s=7)

    async def scenario():
        c = client(server, clock)
        try:
            first = await c.deliver([event(1, clock)])
            sent_after_first = len(uploads(server))
            second = await c.deliver([event(1, clock)])  # no time passed: the client must not send
            sent_after_second = len(uploads(server))
            clock.advance(8)
            third = await c.deliver([event(1, clock)])
            return first, second, third, sent_after_first, sent_after_second
        finally:
            await c.aclose()

    first, second, third, n1, n2 = asyncio.run(scenario())
    assert first == [RetryLater(first[0].why, 7.0, 429)]
    assert isinstance(second[0], RetryLater) and second[0].after_s == pytest.approx(7.0)
    assert n1 == n2 == 1
    assert isinstance(third[0], Delivered)


@pytest.mark.parametrize("fault", ["fail_next", "garbage_next", "reset_next"])
def test_server_errors_garbage_and_resets_are_transient(server, clock, fault) -> None:
    server.set_faults(**{fault: 1})

    first, second = deliver_each(client(server, clock), [event(1, clock)], [event(1, clock)])
    assert isinstance(first[0], RetryLater), first
    if fault == "fail_next":
        assert first[0].http_status == 500
    if fault == "garbage_next":
        assert "JSON" in first[0].reason
    assert second == [Delivered(remote_ref=wire.image_guid(f"{1:032x}"))]
    assert len(server.received) == 1


def test_answer_lost_after_commit_is_delivered_once_via_409(server, clock) -> None:
    server.set_faults(drop_after_commit_next=1)

    first, second = deliver_each(client(server, clock), [event(1, clock)], [event(1, clock)])
    assert isinstance(first[0], RetryLater) and "closed before the answer" in first[0].reason
    [again] = second
    assert again.remote_ref == wire.image_guid(f"{1:032x}") and again.already_there
    assert len(server.received) == 1


def test_after_a_transient_failure_later_images_wait_to_keep_time_order(server, clock) -> None:
    server.set_faults(fail_next=1)

    outcomes = deliver(client(server, clock, max_batch=1), [event(n, clock, age_s=10 - n) for n in range(3)])
    assert all(isinstance(o, RetryLater) for o in outcomes)
    assert "waiting for earlier images" in outcomes[1].reason
    assert len(uploads(server)) == 1 and server.received == []


def test_only_events_of_the_last_5_days_are_sent(server, clock) -> None:
    old, recent = event(1, clock, age_s=5 * 86_400 + 60), event(2, clock, age_s=4 * 86_400)

    outcomes = deliver(client(server, clock), [old, recent])
    assert isinstance(outcomes[0], Rejected) and outcomes[0].code == "too_old"
    assert isinstance(outcomes[1], Delivered)
    assert [r.guid for r in server.received] == [wire.image_guid(recent.event_id)]
    assert server.received[0].late  # accepted as catch-up, flagged as more than 15 min old


def test_permanent_refusals_are_rejected_with_the_seed_code(server, clock) -> None:
    async def scenario():
        outside = client(server, clock, gps_lat=51.13, gps_lon=71.43)  # Astana: outside Vietnam
        c = client(server, clock)
        try:
            by_position = await outside.deliver([event(1, clock)])
            bad_plate = await c.deliver([event(2, clock, plate="30E-005.55")])
            frequent = await c.deliver(
                [event(3, clock, age_s=60, plate="51F12345"), event(4, clock, plate="51F12345")]
            )
            return by_position, bad_plate, frequent
        finally:
            await outside.aclose()
            await c.aclose()

    by_position, bad_plate, frequent = asyncio.run(scenario())
    assert isinstance(by_position[0], Rejected) and by_position[0].code == "drvn_code_5"
    assert isinstance(bad_plate[0], Rejected) and bad_plate[0].code == "drvn_code_4"
    assert isinstance(frequent[0], Delivered)
    assert isinstance(frequent[1], Rejected) and frequent[1].code == "drvn_code_8"


def test_incomplete_settings_hold_events_without_any_request(server, clock) -> None:
    outcomes = deliver(client(server, clock, provider_id=0), [event(1, clock)])
    assert isinstance(outcomes[0], RetryLater) and "provider_id" in outcomes[0].reason
    assert server.state.calls == []


def test_a_slow_server_times_out_into_retry_later(server, clock) -> None:
    server.set_faults(slow_s=1.5, fault_paths="api/v1/image")

    outcomes = deliver(client(server, clock, timeout_s=1.0), [event(1, clock)])
    assert isinstance(outcomes[0], RetryLater) and "no answer within" in outcomes[0].reason

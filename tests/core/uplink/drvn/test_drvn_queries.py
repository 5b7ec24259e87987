"""Reconciliation, the vehicle-info budget, session functions, secrets in logs, TLS."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import ssl
from datetime import UTC, datetime

import pytest
from support.destinations import deliver
from support.drvn_fixtures import PASSWORD, client, event, standin
from support.tls import self_signed_cert

from cgrconsole.core.secrets import MemoryKeyring
from cgrconsole.core.uplink.destination import Delivered, RetryLater
from cgrconsole.core.uplink.drvn.queries import BudgetExhausted, day_start_ms
from cgrconsole.core.uplink.drvn.reconcile import reconcile


def test_reconciliation_lists_ours_that_the_server_lacks(server, clock) -> None:
    sent = [event(n, clock, age_s=3600 - n * 600, plate=f"30E{n % 2:05d}") for n in range(4)]
    lost = [event(10, clock, age_s=1500, plate="30E00000"), event(11, clock, age_s=100, plate="30E00001")]
    ancient = event(12, clock, age_s=4 * 86_400, plate="30E00000")

    async def scenario():
        c = client(server, clock)
        try:
            assert all(isinstance(o, Delivered) for o in await c.deliver(sent))
            start = datetime.fromtimestamp(clock.now - 5 * 86_400, UTC)
            end = datetime.fromtimestamp(clock.now + 1, UTC)
            ours = [*sent, *lost, ancient]
            return await reconcile(c.queries, ours, start, end, clock)
        finally:
            await c.aclose()

    report = asyncio.run(scenario())
    assert report.missing == (lost[0].event_id, lost[1].event_id)  # in time order
    assert report.confirmed == 4
    assert report.outside_window == (ancient.event_id,)
    assert report.failed_plates == ()
    assert sum(s.successes for s in report.provider_days.values()) == 4


def test_vehicle_info_budget_is_counted_kept_across_restarts_and_renewed_daily(
    server, clock, tmp_path
) -> None:
    async def scenario():
        c = client(server, clock, tmp=tmp_path, vehicle_info_daily_limit=3)
        try:
            await c.deliver([event(1, clock)])
            known = await c.queries.vehicle_info("30E00001")
            unknown = await c.queries.vehicle_info("99Z99999")
            await c.queries.vehicle_info("30E00001")
            with pytest.raises(BudgetExhausted):
                await c.queries.vehicle_info("30E00001")
        finally:
            await c.aclose()
        restarted = client(server, clock, tmp=tmp_path, vehicle_info_daily_limit=3)
        try:
            with pytest.raises(BudgetExhausted):
                await restarted.queries.vehicle_info("30E00001")
            clock.advance(86_400)
            tomorrow = await restarted.queries.vehicle_info("30E00001")
        finally:
            await restarted.aclose()
        return known, unknown, tomorrow

    known, unknown, tomorrow = asyncio.run(scenario())
    assert known is not None and known.plate == "30E00001" and known.provider
    assert unknown is None and tomorrow is not None
    calls = [c for c in server.state.calls if c["path"].endswith("getvehicleinfo")]
    assert len(calls) == 4  # the refused look-ups never reached the server


def test_change_password_logout_and_server_time(server, clock) -> None:
    keyring = MemoryKeyring({"drvn/password": PASSWORD})

    async def scenario():
        c = client(server, clock, keyring=keyring)
        try:
            server_time = await c.queries.server_time()
            changed = await c.session.change_password("N3w-Pa55word-abc")
            out = await c.session.logout()
            await c.session.login()
            return server_time, changed, out, c.session.logins
        finally:
            await c.aclose()

    server_time, changed, out, logins = asyncio.run(scenario())
    assert server_time == pytest.approx(clock.now, abs=0.01)
    assert changed.ok and out.ok and logins == 2
    assert keyring.get_password("cgrconsole", "drvn/password") == "N3w-Pa55word-abc"
    assert server.state.accounts[1001].password == "N3w-Pa55word-abc"


def test_the_statistics_day_is_vietnam_midnight() -> None:
    assert day_start_ms(dt.date(2025, 8, 18), 7) == 1_755_450_000_000  # 2025-08-17T17:00Z


def test_password_and_token_never_reach_the_logs(server, clock, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    server.set_faults(expire_tokens_after_uploads=1)

    async def scenario():
        c = client(server, clock, max_batch=1)
        try:
            await c.deliver([event(n, clock, age_s=10 - n) for n in range(2)])
            tokens = [c.session._token]
            await c.session.change_password("An0ther-Secret-99")
            return tokens
        finally:
            await c.aclose()

    tokens = asyncio.run(scenario())
    assert tokens[0] and "api/v1/image" in caplog.text  # the calls were logged...
    for secret in (PASSWORD, "An0ther-Secret-99", *tokens, tokens[0].split(".")[2]):
        assert secret not in caplog.text  # ...without the secrets


def test_wrong_password_holds_events_and_is_not_logged(server, clock, caplog) -> None:
    caplog.set_level(logging.DEBUG)

    wrong_password = MemoryKeyring({"drvn/password": "Wr0ng-Guess-777"})
    outcomes = deliver(client(server, clock, keyring=wrong_password), [event(1, clock)])
    assert isinstance(outcomes[0], RetryLater) and "login refused" in outcomes[0].reason
    assert "Wr0ng-Guess-777" not in caplog.text
    logins = [c for c in server.state.calls if c["path"].endswith("login")]
    assert len(logins) == 1  # paused after the refusal: no hammering that could lock the account


def test_an_untrusted_certificate_is_retry_later_and_a_configured_ca_works(clock, tmp_path) -> None:
    cert_path, key_path = self_signed_cert(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    server = standin(clock, tls=context)

    async def scenario():
        untrusting = client(server, clock)
        trusting = client(server, clock, ca_bundle=str(cert_path))
        try:
            return await untrusting.deliver([event(1, clock)]), await trusting.deliver([event(1, clock)])
        finally:
            await untrusting.aclose()
            await trusting.aclose()

    try:
        refused, accepted = asyncio.run(scenario())
        received = len(server.received)
    finally:
        server.stop()
    assert isinstance(refused[0], RetryLater) and "TLS" in refused[0].reason
    assert isinstance(accepted[0], Delivered) and received == 1


def test_a_server_that_is_down_is_retry_later(clock) -> None:
    server = standin(clock)
    down = client(server, clock)  # knows the port; nothing listens there once the stand-in stops
    server.stop()

    async def scenario():
        try:
            return await down.deliver([event(1, clock)])
        finally:
            await down.aclose()

    outcomes = asyncio.run(scenario())
    assert isinstance(outcomes[0], RetryLater) and "connect" in outcomes[0].reason

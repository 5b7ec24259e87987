"""Logging in: every plausible Auth answer shape, token caching, expiry and re-login."""

from __future__ import annotations

import base64
import json

import pytest
from support.cgr_fixtures import REGISTRATION, event
from support.destinations import deliver

from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.cgr.auth import TokenFormatError, jwt_expiry, parse_token_response
from cgrconsole.core.uplink.destination import Delivered, RetryLater
from cgrconsole.standins.cgr import Fault


def _jwt(claims: dict) -> str:
    def part(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256'})}.{part(claims)}.c2lnbmF0dXJl"


JWT = _jwt({"sub": "Checkpoint", "exp": 2_000_000_000})


@pytest.mark.parametrize(
    ("body", "expires_at"),
    [
        (json.dumps(JWT), 2_000_000_000),
        (JWT, 2_000_000_000),
        (json.dumps({"token": "opaque-token-123"}), None),
        (json.dumps({"accessToken": "opaque-token-123"}), None),
        (json.dumps({"access_token": "opaque-token-123", "expires_in": 600}), 1_000_600),
        (json.dumps({"data": {"token": "opaque-token-123"}, "success": True}), None),
        (json.dumps({"result": {"Token": "Bearer opaque-token-123"}}), None),
        (json.dumps({"token": "opaque-token-123", "expiresAt": "2030-01-01T00:00:00+00:00"}), 1_893_456_000),
    ],
)
def test_every_likely_auth_answer_shape_gives_the_token(body: str, expires_at: float | None) -> None:
    token = parse_token_response(body.encode(), now=1_000_000)
    assert token.value in (JWT, "opaque-token-123")
    assert token.expires_at == expires_at


@pytest.mark.parametrize(
    "body", [b"", b"<html><body>Gateway error</body></html>", b'{"error": "x"}', b"[1, 2]"]
)
def test_an_answer_without_a_token_is_an_error_that_does_not_echo_the_body(body: bytes) -> None:
    with pytest.raises(TokenFormatError) as caught:
        parse_token_response(body, now=0)
    assert "Gateway" not in str(caught.value)


def test_jwt_expiry_reads_exp_and_ignores_other_text() -> None:
    assert jwt_expiry(JWT) == 2_000_000_000
    assert jwt_expiry("not.a.jwt") is None
    assert jwt_expiry("opaque") is None
    assert "opaque-token" not in repr(parse_token_response(b"opaque-token-123", 0))


@pytest.mark.parametrize("shape", ["json_string", "text", "token", "accessToken", "access_token", "data"])
@pytest.mark.parametrize("token_format", ["jwt", "opaque"])
def test_the_client_logs_in_with_each_shape_the_stand_in_can_answer(
    start_standin, make_client, shape: str, token_format: str
) -> None:
    standin = start_standin(auth_shape=shape, token_format=token_format)
    assert deliver(make_client(standin), [event(1), event(2)]) == [Delivered("1"), Delivered("2")]
    assert standin.state.auth_calls == 1


def test_the_bearer_token_survives_a_restart_in_the_keyring(standin, make_client, keyring) -> None:
    deliver(make_client(standin), [event(1)])
    stored = json.loads(keyring.get_password("cgrconsole", "cgr/token"))
    assert stored["scope"] == f"{standin.url}|Checkpoint"
    deliver(make_client(standin), [event(2)])  # a new client, as after a restart
    assert standin.state.auth_calls == 1
    deliver(make_client(standin, token_cache="memory"), [event(3)])
    assert standin.state.auth_calls == 2, "memory-only tokens do not survive"


def test_a_token_expiring_mid_batch_costs_one_login_and_every_event_arrives_once(
    standin, make_client
) -> None:
    deliver(make_client(standin), [event(0)])
    standin.expire_tokens(after_uses=2)  # event 1 and 2 go through, event 3 meets a 401
    outcomes = deliver(make_client(standin), [event(n) for n in range(1, 6)])
    assert all(isinstance(o, Delivered) and not o.already_there for o in outcomes)
    assert [r["event_id"] for r in standin.received] == [event(n).event_id for n in range(6)]
    assert standin.state.auth_calls == 2


def test_a_known_expiry_renews_the_token_before_the_server_refuses_it(
    start_standin, make_client, clock
) -> None:
    standin = start_standin(token_ttl_s=600)
    client = make_client(standin, token_refresh_margin_s=60)
    deliver(client, [event(1)])
    clock.advance(530)
    deliver(client, [event(2)])
    assert standin.state.auth_calls == 1, "outside the margin the token is used as it is"
    clock.advance(20)  # 50 s before expiry: the server would still take it, yet it is renewed
    deliver(client, [event(3)])
    assert standin.state.auth_calls == 2
    assert len(standin.received) == 3


def test_a_second_401_after_a_fresh_login_waits_instead_of_rejecting(standin, make_client) -> None:
    standin.inject(Fault(path="CamEvent", status=401, times=2))
    outcomes = deliver(make_client(standin), [event(1), event(2)])
    assert all(isinstance(o, RetryLater) and o.http_status == 401 for o in outcomes)
    assert standin.received == []
    assert deliver(make_client(standin), [event(1)]) == [Delivered("1")]


def test_a_wrong_or_missing_registration_token_waits_for_the_admin(standin, make_client, secrets) -> None:
    secrets.set("cgr/registration_token", "wrong-registration")
    [outcome] = deliver(make_client(standin, config_retry_s=120), [event(1)])
    assert isinstance(outcome, RetryLater) and outcome.after_s == 120 and outcome.http_status == 401
    assert "secret set cgr/registration_token" in outcome.reason
    empty = SecretStore(backend=MemoryKeyring())
    client = make_client(standin)
    client._secrets = empty  # the same client, with nothing in the keyring
    [outcome] = deliver(client, [event(1)])
    assert isinstance(outcome, RetryLater) and "no CarGoRuqsat registration token" in outcome.reason
    assert REGISTRATION not in outcome.reason


def test_a_token_of_the_other_mode_is_never_reused(standin, make_client, keyring) -> None:
    deliver(make_client(standin), [event(1)])
    record = json.loads(keyring.get_password("cgrconsole", "cgr/token"))
    keyring.set_password("cgrconsole", "cgr/token", json.dumps({**record, "scope": "elsewhere|WaitingArea"}))
    deliver(make_client(standin), [event(2)])
    assert standin.state.auth_calls == 2

"""A wrong http/https base_url meets a redirect: a permanent error naming the value to set, never a retry.

A real HTTP server answers 301/308 to https, as a web server in front of the API does; nothing is
followed (a POST would be resent as GET, a token carried elsewhere) and nothing is retried.
"""

from __future__ import annotations

import dataclasses

import pytest
from support.cgr_fixtures import REGISTRATION, event
from support.clock import FakeClock
from support.destinations import deliver
from support.drvn_fixtures import client as drvn_client
from support.drvn_fixtures import event as drvn_event
from support.drvn_fixtures import standin as drvn_standin
from support.redirect import RedirectServer

from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.cgr.client import CgrClient
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.destination import Rejected

HTTPS = "https://cgr-api.example.kz:8443"


@pytest.fixture
def redirecting():
    with RedirectServer(HTTPS, status=301) as server:
        yield server


def test_cgr_names_the_base_url_to_set_and_never_leaks_the_registration_token(redirecting) -> None:
    settings = dataclasses.replace(CgrSettings(), base_url=redirecting.url, token_cache="memory")
    secrets = SecretStore(MemoryKeyring({"cgr/registration_token": REGISTRATION}))
    [outcome] = deliver(CgrClient(settings, secrets), [event(1)])
    assert isinstance(outcome, Rejected) and outcome.code == "redirect" and outcome.http_status == 301
    assert outcome.reason == (
        f"the server redirects to {HTTPS}/Checkpoint/Auth: set uplink.cgr.base_url to {HTTPS}"
    )
    assert REGISTRATION not in repr(outcome), "the Location echoes the query: it is never repeated"
    assert redirecting.asked == ["GET /Checkpoint/Auth"], "one request: not followed, not retried"


def test_cgr_a_redirect_of_the_event_itself_is_refused_the_same_way(redirecting) -> None:
    redirecting.status = 308
    settings = dataclasses.replace(CgrSettings(), base_url=redirecting.url + "/api", token_cache="memory")
    secrets = SecretStore(MemoryKeyring({"cgr/registration_token": REGISTRATION}))
    client = CgrClient(settings, secrets)
    [outcome] = deliver(client, [event(1)])
    assert isinstance(outcome, Rejected)
    assert outcome.why.params == {
        "location": f"{HTTPS}/api/Checkpoint/Auth",
        "key": "uplink.cgr.base_url",
        "suggested": f"{HTTPS}/api",
    }


def test_drvn_says_the_same_instead_of_blaming_the_password(redirecting) -> None:
    clock = FakeClock()
    server = drvn_standin(clock)  # the account's settings; the client is pointed at the redirect instead
    try:
        client = drvn_client(server, clock, base_url=redirecting.url)
        outcomes = deliver(client, [drvn_event(1, clock), drvn_event(2, clock)])
    finally:
        server.stop()
    assert all(isinstance(o, Rejected) and o.code == "redirect" for o in outcomes)
    assert outcomes[0].reason == (
        f"the server redirects to {HTTPS}/api/v1/user/login: set uplink.drvn.base_url to {HTTPS}"
    )
    assert not server.state.calls and "POST /api/v1/user/login" in redirecting.asked

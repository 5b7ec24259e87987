"""The status table, Retry-After and the server's message, without a network; and secrets in logs."""

from __future__ import annotations

import json
import logging

import pytest
from support.cgr_fixtures import REGISTRATION, event
from support.destinations import deliver

from cgrconsole.core.uplink.cgr.statuses import STATUS_TABLE, outcome_for, retry_after_s, rule_for
from cgrconsole.core.uplink.destination import Delivered, Rejected, RetryLater
from cgrconsole.standins.cgr import Fault

NOW = 1_755_497_112.0


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (200, Delivered),
        (201, Delivered),
        (204, Delivered),
        (409, Delivered),
        (400, Rejected),
        (422, Rejected),
        (403, Rejected),
        (404, Rejected),
        (413, Rejected),
        (418, Rejected),
        (408, RetryLater),
        (425, RetryLater),
        (429, RetryLater),
        (500, RetryLater),
        (502, RetryLater),
        (503, RetryLater),
        (302, RetryLater),
    ],
)
def test_each_status_has_one_meaning(status: int, kind: type) -> None:
    assert isinstance(outcome_for(status, b"", None, NOW), kind)


def test_the_table_covers_every_status_and_401_means_log_in_again() -> None:
    assert all(any(s in codes for codes, _ in STATUS_TABLE) for s in range(100, 600))
    assert rule_for(401).action == "reauth"


def test_a_duplicate_said_in_words_is_delivered_and_a_2xx_saying_failure_is_not() -> None:
    already = outcome_for(400, json.dumps({"message": "Event already exists"}).encode(), None, NOW)
    assert already == Delivered(None, already_there=True)
    russian = outcome_for(422, json.dumps({"error": "Событие уже существует"}).encode(), None, NOW)
    assert russian == Delivered(None, already_there=True)
    failed = outcome_for(200, json.dumps({"success": False, "message": "plate format"}).encode(), None, NOW)
    assert isinstance(failed, Rejected) and "plate format" in failed.reason
    assert outcome_for(200, b'{"id": 42}', None, NOW) == Delivered("42")


def test_problem_details_become_one_readable_line() -> None:
    body = {"title": "One or more validation errors occurred.", "errors": {"eventDate": ["needs an offset"]}}
    outcome = outcome_for(400, json.dumps(body).encode(), None, NOW)
    assert isinstance(outcome, Rejected)
    assert outcome.reason.endswith("One or more validation errors occurred. | eventDate: needs an offset")


def test_retry_after_as_seconds_date_or_nonsense() -> None:
    assert retry_after_s("120", NOW) == 120
    assert retry_after_s("Mon, 18 Aug 2025 06:06:12 GMT", NOW) == 60
    assert retry_after_s("Mon, 18 Aug 2025 06:00:00 GMT", NOW) == 0, "a date in the past: now"
    assert retry_after_s("soon", NOW) is None
    assert retry_after_s(None, NOW) is None


def test_no_secret_reaches_the_log(standin, make_client, caplog) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    standin.expire_tokens(after_uses=1)  # event 1 spends the token; event 2 meets a 401 and a re-login
    outcomes = deliver(make_client(standin), [event(1), event(2)])
    standin.inject(Fault(path="CamEvent", drop=True, commit=True))
    standin.inject(Fault(path="CamEvent", status=500))
    outcomes += deliver(make_client(standin), [event(3)])
    outcomes += deliver(make_client(standin), [event(3), event(4)])
    tokens = standin.state.issued_tokens()
    assert len(tokens) >= 2 and standin.state.auth_calls >= 2
    assert "cgr GET /Checkpoint/Auth -> 200" in caplog.text, "calls are logged"
    text = caplog.text + repr(outcomes)
    for secret in [REGISTRATION, *tokens]:
        assert secret not in text

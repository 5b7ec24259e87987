"""The status table, Retry-After and the server's message, without a network; and secrets in logs."""

from __future__ import annotations

import json
import logging

import pytest
from support.cgr_fixtures import REGISTRATION, event
from support.destinations import deliver

from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.cgr.statuses import (
    STATUS_TABLE,
    AlreadyThere,
    outcome_for,
    retry_after_s,
    rule_for,
)
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
        (301, Rejected),
        (302, Rejected),
        (308, Rejected),
        (101, RetryLater),
    ],
)
def test_each_status_has_one_meaning(status: int, kind: type) -> None:
    assert isinstance(outcome_for(status, b"", None, NOW), kind)


def test_the_table_covers_every_status_and_401_means_log_in_again() -> None:
    assert all(any(s in codes for codes, _ in STATUS_TABLE) for s in range(100, 600))
    assert rule_for(401).action == "reauth"


def already(outcome: object) -> str:
    """The evidence an "already there" counted on ("" when the outcome is not one)."""
    if isinstance(outcome, Delivered) and outcome.already_there and outcome.why is not None:
        return outcome.why.english()
    return ""


def test_a_refusal_that_says_duplicate_in_words_stays_a_refusal() -> None:
    for status, body in [
        (400, {"message": "Event already exists"}),
        (422, {"error": "Событие уже существует"}),
        (400, {"message": "duplicate plate: the truck is already inside, entry refused"}),
        (400, {"title": "Conflict", "detail": "Duplicate"}),  # free text, however short
    ]:
        outcome = outcome_for(status, json.dumps(body, ensure_ascii=False).encode(), None, NOW)
        assert isinstance(outcome, Rejected), body
        assert body[next(iter(body))] in outcome.reason, "the server's words reach the officer"


def test_already_there_is_decided_on_the_status_or_a_structured_field() -> None:
    rules = AlreadyThere(CgrSettings().already_there_codes)
    by_status = outcome_for(409, b'{"message": "whatever it says"}', None, NOW, rules)
    assert already(by_status) == (
        "the server answered 409: it already has this event; counted as delivered: whatever it says"
    )
    by_code = outcome_for(400, b'{"errorCode": "DUPLICATE_EXTERNAL_ID", "message": "no"}', None, NOW, rules)
    assert "field errorCode = DUPLICATE_EXTERNAL_ID" in already(by_code)
    by_type = json.dumps({"type": "https://cgr.qoldau.kz/errors/already-exists", "status": 400}).encode()
    assert "field type" in already(outcome_for(400, by_type, None, NOW, rules))
    problem = json.dumps({"title": "Conflict", "status": 409}).encode()
    assert already(outcome_for(422, problem, None, NOW, rules)).startswith("the server answered 409")
    other_code = outcome_for(400, b'{"errorCode": "DuplicatePlate"}', None, NOW, rules)
    assert isinstance(other_code, Rejected), "only the listed codes, whole"
    sentence = outcome_for(400, b'{"error": "AlreadyExists or not, refused"}', None, NOW, rules)
    assert isinstance(sentence, Rejected), "a message is not a code"


def test_a_phrase_counts_only_when_the_admin_listed_it_and_then_it_says_so() -> None:
    body = json.dumps({"message": "Событие с таким externalId уже существует"}, ensure_ascii=False).encode()
    assert isinstance(outcome_for(400, body, None, NOW), Rejected)
    rules = AlreadyThere(phrases=("уже существует",))
    outcome = outcome_for(400, body, None, NOW, rules)
    assert already(outcome) == (
        "counted as delivered because the server said “уже существует”: "
        "Событие с таким externalId уже существует"
    )


def test_a_2xx_saying_failure_is_refused_and_an_id_is_kept() -> None:
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

"""Posting CamEvents to the stand-in: the body, the field mapping, and every kind of failure."""

from __future__ import annotations

import time
from email.utils import formatdate

from support.cgr_fixtures import event, jpeg
from support.destinations import deliver
from support.tls import self_signed_cert

from cgrconsole.core.uplink.cgr.settings import CgrSettings, DirectionValues
from cgrconsole.core.uplink.destination import Delivered, Rejected, RetryLater
from cgrconsole.standins.cgr import Fault

ARCHIVE_LINK = "Camera1\\2025\\08\\18\\11\\Camera1_2025_08_18_11_05.mp4"


def test_the_default_body_carries_every_field_as_documented(standin, make_client) -> None:
    outcomes = deliver(make_client(standin), [event(1), event(2, direction="exit", archive_path=None)])
    assert outcomes == [Delivered("1"), Delivered("2")]
    first, second = standin.received
    assert first["body_keys"] == sorted(
        [
            "externalId",
            "eventDate",
            "direction",
            "truckNumber",
            "photo",
            "videoLink",
            "cameraName",
            "confidence",
            "country",
        ]
    )
    assert first["event_id"] == "00000000000000000000000000000001"
    assert first["time"] == "2025-08-18T11:05:13+05:00"
    assert (first["direction"], second["direction"]) == ("In", "Out")
    assert first["plate"] == "001ABC01"
    assert first["archive_link"] == ARCHIVE_LINK
    assert second["archive_link"] is None, "no recording: null, never a link to nothing"
    assert first["photo"]["bytes"] == len(jpeg()), "a photo within the cap goes unchanged"


def test_a_different_mapping_needs_configuration_only(start_standin, make_client) -> None:
    settings = CgrSettings(
        field_mapping={
            "plate": "grnz",
            "time": "EventTime",
            "event_id": "id",
            "country": "",
            "confidence": "",
        },
        direction_values=DirectionValues(entry="1", exit="2", as_number=True),
        archive_link_prefix="\\\\nas01\\archive\\",
    )
    standin = start_standin(settings)
    assert deliver(make_client(standin, settings), [event(1, direction="exit")]) == [Delivered("1")]
    [record] = standin.received
    assert "grnz" in record["body_keys"] and "country" not in record["body_keys"]
    assert record["direction"] == 2
    assert record["archive_link"] == "\\\\nas01\\archive\\" + ARCHIVE_LINK
    [outcome] = deliver(
        make_client(standin), [event(2)]
    )  # the default names, which this server does not know
    assert isinstance(outcome, Rejected) and outcome.code == "http_400"
    assert "grnz: The grnz field is required." in outcome.reason


def test_a_refused_event_does_not_hold_back_the_rest(standin, make_client) -> None:
    outcomes = deliver(make_client(standin), [event(1), event(2, plate="12 abc"), event(3)])
    assert isinstance(outcomes[1], Rejected) and "truckNumber" in outcomes[1].reason
    assert [isinstance(o, Delivered) for o in outcomes] == [True, False, True]


def test_429_honours_retry_after_in_seconds_and_as_a_date(standin, make_client, clock) -> None:
    standin.inject(Fault(path="CamEvent", status=429, headers={"Retry-After": "7"}))
    outcomes = deliver(make_client(standin), [event(1), event(2)])
    assert outcomes == [RetryLater(outcomes[0].why, 7.0, 429)] * 2, "the rest wait behind the first"
    assert standin.received == []
    date = formatdate(clock() + 90, usegmt=True)
    standin.inject(Fault(path="CamEvent", status=503, headers={"Retry-After": date}))
    [outcome] = deliver(make_client(standin), [event(1)])
    assert isinstance(outcome, RetryLater) and outcome.after_s == 90 and outcome.http_status == 503


def test_server_errors_retry_later_and_nothing_is_stored(standin, make_client) -> None:
    standin.inject(Fault(path="CamEvent", status=500, body="<html>Internal Server Error</html>", times=3))
    for _ in range(3):
        [outcome] = deliver(make_client(standin), [event(1)])
        assert isinstance(outcome, RetryLater) and outcome.after_s is None and outcome.http_status == 500
    assert deliver(make_client(standin), [event(1)]) == [Delivered("1")]


def test_garbage_in_a_2xx_answer_counts_as_delivered(standin, make_client, caplog) -> None:
    standin.inject(Fault(path="CamEvent", status=200, body="<html>OK</html>", commit=True))
    assert deliver(make_client(standin), [event(1)]) == [Delivered(None)]
    assert len(standin.received) == 1
    assert "not JSON; counted as delivered" in caplog.text


def test_an_answer_lost_after_commit_is_resent_and_recognized_once(standin, make_client) -> None:
    standin.inject(Fault(path="CamEvent", drop=True, commit=True))
    [lost] = deliver(make_client(standin), [event(1)])
    assert isinstance(lost, RetryLater) and "closed before the answer" in lost.reason
    [again] = deliver(make_client(standin), [event(1)])
    assert isinstance(again, Delivered) and again.already_there
    assert again.why is not None and again.why.english().startswith("the server answered 409")
    assert [r["event_id"] for r in standin.received] == [event(1).event_id]


def test_forbidden_and_not_found_are_rejected_with_what_to_check(standin, make_client) -> None:
    standin.inject(Fault(path="CamEvent", status=403, body='{"message": "Checkpoint disabled"}'))
    [forbidden] = deliver(make_client(standin), [event(1)])
    assert isinstance(forbidden, Rejected) and forbidden.code == "http_403"
    assert "Checkpoint disabled" in forbidden.reason
    [missing] = deliver(make_client(standin, base_url=standin.url + "/api"), [event(1)])
    assert isinstance(missing, RetryLater), "a wrong base URL already fails at Auth: the admin must act"
    standin.inject(Fault(path="CamEvent", status=404))
    [not_found] = deliver(make_client(standin), [event(1)])
    assert isinstance(not_found, Rejected) and "base_url and mode" in not_found.reason


def test_refused_connections_and_slow_answers_retry_later(standin, make_client) -> None:
    standin.inject(Fault(path="CamEvent", delay_s=1.0, commit=True))
    started = time.monotonic()
    [slow] = deliver(make_client(standin, timeout_s=0.3), [event(1)])
    assert isinstance(slow, RetryLater) and "no answer within 0.3 s" in slow.reason
    assert time.monotonic() - started < 1.0
    standin.refuse_connections()
    [refused] = deliver(make_client(standin), [event(2)])
    assert isinstance(refused, RetryLater) and "cannot connect" in refused.reason
    standin.accept_connections()
    deadline = time.monotonic() + 3
    while not standin.received and time.monotonic() < deadline:  # the slow request is still being served
        time.sleep(0.02)
    outcomes = deliver(make_client(standin), [event(1), event(2)])
    assert [(o.remote_ref, o.already_there) for o in outcomes if isinstance(o, Delivered)] == [
        (None, True),
        ("2", False),
    ], "the slow one had arrived"


def test_a_large_photo_is_fitted_under_the_cap(start_standin, make_client) -> None:
    big = jpeg(1280, 720, noise=True)
    assert len(big) > 600 * 1024
    standin = start_standin(CgrSettings(photo_max_kb=60))
    assert deliver(make_client(standin, photo_max_kb=60), [event(1, photo_jpeg=big)]) == [Delivered("1")]
    assert 10 * 1024 < standin.received[0]["photo"]["bytes"] <= 60 * 1024
    [too_big] = deliver(make_client(standin, photo_max_kb=200), [event(2, photo_jpeg=big)])
    assert isinstance(too_big, Rejected) and too_big.code == "http_413" and "photo_max_kb" in too_big.reason
    [unreadable] = deliver(make_client(standin), [event(3, photo_jpeg=b"not a picture")])
    assert isinstance(unreadable, Rejected) and unreadable.code == "bad_photo"


def test_tls_is_verified_unless_the_ca_is_given(start_standin, make_client, tmp_path) -> None:
    cert, key = self_signed_cert(tmp_path)
    standin = start_standin(tls_cert=cert, tls_key=key)
    assert standin.url.startswith("https://")
    [untrusted] = deliver(make_client(standin), [event(1)])
    assert isinstance(untrusted, RetryLater) and untrusted.reason.startswith("TLS:")
    assert standin.received == []
    assert deliver(make_client(standin, ca_bundle=str(cert)), [event(1)]) == [Delivered("1")]
    [no_file] = deliver(make_client(standin, ca_bundle=str(tmp_path / "missing.pem")), [event(2)])
    assert isinstance(no_file, RetryLater) and "ca_bundle cannot be read" in no_file.reason

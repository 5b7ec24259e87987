"""The live stream's access control against a real hypercorn on 127.0.0.1 (Linux routes 127/8 to lo).

A client bound to 127.0.0.2 is "another machine"; only 127.0.0.1 is on the allow-list unless a test
says otherwise.
"""

from __future__ import annotations

import base64
import concurrent.futures
import json
import logging
from pathlib import Path

import httpx
import pytest
from support.asgi_server import raw_request
from support.live_site import PLAYLIST
from support.tls import self_signed_cert
from support.waiting import wait_until

TOKEN = "tok-3f9a1c7e5b2d4e6f8a0b"
PASSWORD = "pw-Zx81!longer-than-this"


def client(source: str = "127.0.0.1", **options) -> httpx.Client:
    return httpx.Client(transport=httpx.HTTPTransport(local_address=source), timeout=10, **options)


def test_a_client_off_the_allow_list_gets_403_and_one_audit_row(live_site) -> None:
    site = live_site()
    with client("127.0.0.1") as mine, client("127.0.0.2") as other:
        assert mine.get(f"{site.url}/live/Entry1/index.m3u8").status_code == 200
        refused = other.get(f"{site.url}/live/Entry1/index.m3u8", headers={"User-Agent": "probe/1"})
    assert refused.status_code == 403
    assert "127.0.0.2" in refused.text and "[live] allow" in refused.text, "what happened and what to do"
    (row,) = site.rows("refused")
    assert row.subject == "127.0.0.2"
    expected = {
        "status": 403,
        "reason": "not_allowed",
        "method": "GET",
        "path": "/live/Entry1/index.m3u8",
        "user_agent": "probe/1",
    }
    assert expected.items() <= row.detail.items()
    assert [c.address for c in site.monitor.clients()] == ["127.0.0.1"], "the refused one is not watching"


def test_a_listed_network_lets_its_addresses_in(live_site) -> None:
    site = live_site(allow=("10.0.0.0/8", "127.0.0.0/30"))
    with client("127.0.0.2") as other, client("127.0.0.5") as outside:
        assert other.get(f"{site.url}/live/Entry1/index.m3u8").status_code == 200
        assert outside.get(f"{site.url}/").status_code == 403


def test_the_allow_list_guards_every_path_even_unknown_and_preflight(live_site) -> None:
    site = live_site(cors_origins=("https://iuc.example.kz",))
    with client("127.0.0.2") as other:
        for method, path in [("GET", "/"), ("GET", "/nothing"), ("GET", "/metrics"), ("OPTIONS", "/live/x")]:
            answer = other.request(method, f"{site.url}{path}", headers={"Origin": "https://iuc.example.kz"})
            assert answer.status_code == 403, (method, path)
            assert "access-control-allow-origin" not in answer.headers
    assert len(site.rows("refused")) == 4


def test_token_auth_in_the_query_or_bearer_and_never_in_logs_or_audit(live_site, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    site = live_site(auth="token", secrets={"live/token": TOKEN})
    url = f"{site.url}/live/Entry1/index.m3u8"
    with client() as mine:
        missing = mine.get(url)
        wrong = mine.get(url, params={"token": TOKEN[:-1] + "X"})
        wrong_bearer = mine.get(url, headers={"Authorization": "Bearer nope-nope-nope"})
        assert mine.get(url, params={"token": TOKEN}).text == PLAYLIST
        assert mine.get(url, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    for answer in (missing, wrong, wrong_bearer):
        assert answer.status_code == 401
        assert answer.headers["www-authenticate"].startswith("Bearer ")
    refused = site.rows("refused")
    assert [r.detail["reason"] for r in refused] == ["unauthorized"] * 3
    assert site.monitor.clients()[0].user == "token"
    site.clock.advance(31)
    wait_until(lambda: site.rows("session"), 5, message="the session is written")
    ours = [r.getMessage() for r in caplog.records if r.name.startswith(("cgrconsole", "hypercorn"))]
    assert any("started watching" in line for line in ours), "the log was captured"
    written = json.dumps([r.detail for r in site.rows()]) + "\n".join(ours)
    assert TOKEN not in written and TOKEN[:-1] not in written and "nope-nope" not in written
    assert site.monitor.link_query() == f"token={TOKEN}", "what the console's copy button appends"


def test_basic_auth_with_the_keyrings_password(live_site) -> None:
    site = live_site(auth="basic", basic_user="iuc", secrets={"live/password": PASSWORD})
    url = f"{site.url}/live/Entry1/index.m3u8"
    with client() as mine:
        missing = mine.get(url)
        assert mine.get(url, auth=("iuc", "wrong")).status_code == 401
        assert mine.get(url, auth=("viewer", PASSWORD)).status_code == 401
        assert mine.get(url, headers={"Authorization": "Basic !!notbase64"}).status_code == 401
        assert mine.get(url, auth=("iuc", PASSWORD)).status_code == 200
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == 'Basic realm="cgrconsole live stream", charset="UTF-8"'
    assert site.monitor.clients()[0].user == "iuc"
    assert site.monitor.link_query() == "", "a password never goes into a link"
    assert PASSWORD not in json.dumps([r.detail for r in site.rows()])


def test_auth_without_a_secret_in_the_keyring_refuses_everyone(live_site, caplog) -> None:
    site = live_site(auth="token")
    with client() as mine:
        assert mine.get(f"{site.url}/", params={"token": ""}).status_code == 401
    assert "cgrconsole secret set live/token" in caplog.text


TRAVERSALS = [
    "/live/../etc/passwd",
    "/live/Entry1/../../etc/passwd",
    "/live/%2e%2e/etc/passwd",
    "/live/%2E%2E/%2e%2E/etc/passwd",
    "/live/Entry1/..%2fsecret",
    "/live/%252e%252e/etc/passwd",  # double encoded: %2e%2e after one decoding
    "/live/Entry1/%2Fetc%2Fpasswd",
    "//etc/passwd",
    "/live//etc/passwd",
    "/live/Entry1/..%5c..%5cwindows",
    "/live/Entry1/%00.m3u8",
    "/C:/Windows/win.ini",
    "/live/./Entry1/index.m3u8",
    "http://127.0.0.1/etc/passwd",
]


@pytest.mark.parametrize("target", TRAVERSALS)
def test_traversal_and_absolute_paths_are_refused_before_routing(live_site, target: str) -> None:
    site = live_site()
    status, _headers, body = raw_request(site.server.port, target)
    assert status == 400, (target, body)
    (row,) = site.rows("refused")
    assert row.detail["reason"] == "bad_path" and row.detail["status"] == 400


def test_backslash_and_raw_nul_never_reach_a_route(live_site) -> None:
    site = live_site()
    status, _headers, _body = raw_request(site.server.port, b"/live\\..\\etc\\passwd")
    assert status == 400, "hypercorn passes a backslash on: the access control refuses it"
    assert [r.detail["reason"] for r in site.rows("refused")] == ["bad_path"]
    status, _headers, _body = raw_request(site.server.port, b"/live/Entry1/index.m3u8\x00")
    assert status == 400, "the HTTP parser refuses a raw NUL before any ASGI code runs"
    assert not site.monitor.clients()


def test_folders_are_never_listed(live_site) -> None:
    site = live_site()
    with client() as mine:
        for path in ("/live/", "/live/Entry1/", "/player/"):
            assert mine.get(f"{site.url}{path}").status_code == 404, path
        assert mine.get(f"{site.url}/live/Entry1/index.m3u8").status_code == 200, "a clean path passes"
        assert mine.request("DELETE", f"{site.url}/live/Entry1/index.m3u8").status_code == 405


def test_the_connection_limit_answers_503_and_recovers(live_site) -> None:
    site = live_site(allow=("127.0.0.0/29",), max_connections=3, max_connections_per_client=2)
    pool = concurrent.futures.ThreadPoolExecutor(4)
    holders = [client(source) for source in ("127.0.0.1", "127.0.0.1", "127.0.0.2")]
    try:
        held = [pool.submit(h.get, f"{site.url}/live/Entry1/hold") for h in holders[:2]]
        wait_until(lambda: site.monitor.totals().connections == 2, 10, message="two requests held")
        with client("127.0.0.1") as third:
            busy = third.get(f"{site.url}/live/Entry1/index.m3u8")
        assert busy.status_code == 503 and busy.headers["retry-after"] == "2"
        with client("127.0.0.2") as another_client:
            assert another_client.get(f"{site.url}/live/Entry1/index.m3u8").status_code == 200
        held.append(pool.submit(holders[2].get, f"{site.url}/live/Entry1/hold"))
        wait_until(lambda: site.monitor.totals().connections == 3, 10, message="three requests held")
        with client("127.0.0.3") as newcomer:
            full = newcomer.get(f"{site.url}/")
        assert full.status_code == 503
        site.release.set()
        assert [f.result(10).status_code for f in held] == [200, 200, 200]
        wait_until(lambda: site.monitor.totals().connections == 0, 10, message="connections closed")
        with client("127.0.0.1") as third:
            assert third.get(f"{site.url}/live/Entry1/index.m3u8").status_code == 200, "recovered"
    finally:
        site.release.set()
        for h in holders:
            h.close()
        pool.shutdown()
    reasons = [r.detail["reason"] for r in site.rows("refused")]
    assert reasons == ["too_many_connections", "server_busy"]


def test_http2_multiplexes_many_requests_on_one_counted_connection(live_site, tmp_path: Path) -> None:
    """A browser watching four cameras over HTTP/2 holds one connection, not the per-client limit."""
    site = live_site(cert=self_signed_cert(tmp_path), max_connections_per_client=1)
    with httpx.Client(http2=True, verify=False, timeout=10) as browser:
        pool = concurrent.futures.ThreadPoolExecutor(4)
        held = [pool.submit(browser.get, f"{site.url}/live/Entry1/hold") for _ in range(4)]
        wait_until(lambda: site.monitor.clients() and site.monitor.clients()[0].requests == 0, 5)
        wait_until(lambda: site.monitor.totals().connections == 1, 5)
        site.release.set()
        answers = [f.result(10) for f in held]
        pool.shutdown()
    assert {a.http_version for a in answers} == {"HTTP/2"}
    assert [a.status_code for a in answers] == [200] * 4


def test_cors_preflight_and_headers_for_the_remote_web_player(live_site) -> None:
    origin = "https://iuc.example.kz"
    site = live_site(auth="token", secrets={"live/token": TOKEN}, cors_origins=(origin,))
    url = f"{site.url}/live/Entry1/index.m3u8"
    preflight = {"Origin": origin, "Access-Control-Request-Method": "GET"}
    with client() as browser:
        answer = browser.options(
            url, headers={**preflight, "Access-Control-Request-Headers": "authorization"}
        )
        assert answer.status_code == 204, "a preflight carries no credentials: answered before auth"
        assert answer.headers["access-control-allow-origin"] == origin
        assert "GET" in answer.headers["access-control-allow-methods"]
        assert "Authorization" in answer.headers["access-control-allow-headers"]
        foreign = browser.options(url, headers={**preflight, "Origin": "https://evil.example"})
        assert foreign.status_code == 403
        assert "access-control-allow-origin" not in foreign.headers
        got = browser.get(url, headers={"Origin": origin, "Authorization": f"Bearer {TOKEN}"})
        assert got.status_code == 200 and got.headers["access-control-allow-origin"] == origin
        assert got.headers["vary"] == "Origin"
        denied = browser.get(url, headers={"Origin": origin})
        assert denied.status_code == 401, "the token is still needed for the media"
        assert denied.headers["access-control-allow-origin"] == origin, "so the page can read the 401"
        plain = browser.get(url, headers={"Authorization": f"Bearer {TOKEN}"})
        assert "access-control-allow-origin" not in plain.headers


def test_requests_are_summed_into_one_row_per_client_session(live_site) -> None:
    site = live_site(allow=("127.0.0.0/30",))
    with client("127.0.0.1") as mine, client("127.0.0.2") as other:
        for i in range(24):
            camera = CAMERAS_CYCLE[i % 2]
            assert mine.get(f"{site.url}/live/{camera}/index.m3u8").status_code == 200
        assert mine.get(f"{site.url}/live/Gate9/index.m3u8").status_code == 404
        assert other.get(f"{site.url}/live/Exit1/index.m3u8").status_code == 200
    wait_until(lambda: site.monitor.totals().requests == 26, 5, message="every request finished")
    (watching, _) = site.monitor.clients()
    assert (watching.address, watching.requests, watching.cameras) == ("127.0.0.1", 25, ("Entry1", "Exit1"))
    assert site.rows() == [], "nothing written while the session goes on"
    site.clock.advance(31)
    wait_until(lambda: len(site.rows("session")) == 2, 5, message="both sessions ended")
    assert site.monitor.clients() == []
    mine_row = next(r for r in site.rows("session") if r.subject == "127.0.0.1")
    assert mine_row.detail | {"first_seen": 0, "last_seen": 0} == {
        "event": "session",
        "ended_by": "idle",
        "first_seen": 0,
        "last_seen": 0,
        "duration_s": 0.0,
        "requests": 25,
        "bytes": 24 * len(PLAYLIST) + len("no such camera"),
        "cameras": ["Entry1", "Exit1"],
        "statuses": {"200": 24, "404": 1},
        "user": "",
        "user_agent": f"python-httpx/{httpx.__version__}",
    }


CAMERAS_CYCLE = ("Entry1", "Exit1")


def test_a_long_session_leaves_a_row_every_few_minutes_and_one_when_the_server_stops(live_site) -> None:
    site = live_site()
    with client() as mine:
        for minute in range(12):
            assert mine.get(f"{site.url}/live/Entry1/index.m3u8").status_code == 200
            # the monitor sums a request once the app has finished it, just after the client got the answer
            wait_until(lambda: site.monitor.totals().requests == minute + 1, 5)  # noqa: B023
            site.clock.advance(29)  # never idle long enough to end
            site.monitor.sweep()
    site.monitor.drain()
    watching = site.rows("watching")
    assert [r.detail["requests"] for r in watching] == [11], "after 5 minutes: the session so far"
    site.server.stop()
    (ended,) = site.rows("session")
    assert ended.detail["ended_by"] == "server_stop" and ended.detail["requests"] == 12


def test_a_flood_of_refusals_is_written_singly_up_to_a_limit_then_counted(live_site) -> None:
    site = live_site()
    with client("127.0.0.2") as other:
        for _ in range(25):
            assert other.get(f"{site.url}/").status_code == 403
    assert len(site.rows("refused")) == 20
    site.clock.advance(61)
    wait_until(lambda: site.rows("refused_more"), 5)
    (more,) = site.rows("refused_more")
    assert more.detail["count"] == 5
    assert site.monitor.totals().refused == {"not_allowed": 25}


def test_basic_credentials_must_be_valid_base64(live_site) -> None:
    site = live_site(auth="basic", secrets={"live/password": PASSWORD})
    bad = base64.b64encode(b"\xff\xfe:x").decode()
    with client() as mine:
        assert mine.get(f"{site.url}/", headers={"Authorization": f"Basic {bad}"}).status_code == 401

"""The LiveServer itself: HTTP/2 over TLS with its own certificate, the certificate's life, plain HTTP,
a port in use, the links it hands out, the streams' loops, and no query string in any log."""

from __future__ import annotations

import concurrent.futures
import hashlib
import logging
import os
import socket
import ssl
import stat
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from support.live_stream import LiveFeed, client_for
from support.waiting import wait_until

from cgrconsole.core.live.routes import build_app
from cgrconsole.core.live.server import LiveServer, LiveServerError, link_host
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.tls import (
    TlsError,
    machine_names,
    primary_address,
    self_signed,
    server_certificate,
    write_self_signed,
)


def peer_fingerprint(port: int, cafile: Path) -> tuple[str, str | None]:
    """The SHA-256 of the certificate the server presents, and the protocol ALPN chose."""
    context = ssl.create_default_context(cafile=str(cafile))
    context.set_alpn_protocols(["h2", "http/1.1"])
    with (
        socket.create_connection(("127.0.0.1", port), timeout=10) as raw,
        context.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        der = tls.getpeercert(binary_form=True)
        assert der is not None
        return ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest()), tls.selected_alpn_protocol()


def test_http2_over_tls_with_the_self_signed_certificate(serve_streams) -> None:
    feed = LiveFeed("Entry1")
    feed.publish(6)
    server = serve_streams({"Entry1": feed.stream})
    assert server.base_url == f"https://127.0.0.1:{server.port}"
    assert server.stream_url("Entry1") == f"{server.base_url}/live/Entry1/index.m3u8"
    fingerprint, protocol = peer_fingerprint(server.port, server.certificate.cert_file)
    assert fingerprint == server.certificate_fingerprint and protocol == "h2"
    assert len(fingerprint) == 32 * 3 - 1
    with client_for(server) as client:  # verified against the generated certificate
        got = client.get(server.stream_url("Entry1"))
        assert got.status_code == 200 and got.http_version == "HTTP/2"


def test_one_connection_carries_a_watchers_requests_for_good(serve_streams, monkeypatch) -> None:
    """hypercorn's default cut an HTTP/2 connection after 1000 requests: 25 s of a browser watching 4 cameras
    (every tile stalled while it reconnected; requests in flight failed)."""
    feed = LiveFeed("Entry1")
    feed.publish(6)
    server = serve_streams({"Entry1": feed.stream})
    connections = []
    connect = socket.create_connection
    monkeypatch.setattr(
        socket, "create_connection", lambda *a, **k: connections.append(a) or connect(*a, **k)
    )
    with client_for(server) as client:
        for _ in range(1200):  # playlist polls on one connection, as a player's
            assert client.get(f"{server.base_url}/live/Entry1/media.m3u8").status_code == 200
    assert len(connections) == 1, f"the server closed the connection: {len(connections)} were opened"


def test_the_self_signed_certificate_is_made_once_and_kept(tmp_path: Path) -> None:
    first = self_signed(tmp_path / "tls")
    assert stat.S_IMODE(os.stat(first.key_file).st_mode) == 0o600 or sys.platform == "win32"
    again = self_signed(tmp_path / "tls")
    assert again == first  # same files, same fingerprint: what the remote party was given stays true
    cert = x509.load_pem_x509_certificate(first.cert_file.read_bytes())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    dns = names.get_values_for_type(x509.DNSName)
    ips = {str(a) for a in names.get_values_for_type(x509.IPAddress)}
    assert {"localhost", socket.gethostname()} <= set(dns)
    assert {"127.0.0.1", "::1"} <= ips
    if primary_address():
        assert primary_address() in ips
    assert cert.not_valid_after_utc - datetime.now(UTC) > timedelta(days=9 * 365)
    assert machine_names()[0][0] == "localhost"


def test_a_damaged_self_signed_certificate_is_replaced(tmp_path: Path, caplog) -> None:
    made = self_signed(tmp_path)
    made.cert_file.write_text("garbage")
    with caplog.at_level(logging.WARNING):
        again = self_signed(tmp_path)
    assert again.fingerprint != made.fingerprint and "damaged" in caplog.text


def test_certificate_files_of_the_admin(tmp_path: Path) -> None:
    cert, key = tmp_path / "site.crt", tmp_path / "site.key"
    write_self_signed(cert, key, dns=("console.example.kz",), ips=("127.0.0.1",))
    settings = LiveConfig(tls="files", cert_file=str(cert), key_file=str(key))
    found = server_certificate(settings, tmp_path / "unused")
    assert found is not None and found.cert_file == cert
    assert not (tmp_path / "unused").exists()
    missing = LiveConfig(tls="files", cert_file=str(tmp_path / "nope.crt"), key_file=str(key))
    with pytest.raises(TlsError, match=r"cert_file .*nope\.crt.* is not a file"):
        server_certificate(missing, tmp_path)
    other_key = tmp_path / "other.key"
    write_self_signed(tmp_path / "other.crt", other_key)
    with pytest.raises(TlsError, match="cannot be used"):
        server_certificate(LiveConfig(tls="files", cert_file=str(cert), key_file=str(other_key)), tmp_path)


def test_plain_http_when_asked_for_with_a_warning(serve_streams, caplog) -> None:
    feed = LiveFeed("Entry1")
    feed.publish(6)
    with caplog.at_level(logging.WARNING):
        server = serve_streams({"Entry1": feed.stream}, tls="off")
    assert "unencrypted" in caplog.text
    assert server.base_url.startswith("http://127.0.0.1:") and server.certificate_fingerprint is None
    with client_for(server) as client:
        got = client.get("/live/Entry1/index.m3u8")
        assert got.status_code == 200 and got.http_version == "HTTP/1.1"


def test_a_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        settings = LiveConfig(bind="127.0.0.1", port=port, tls="off")
        server = LiveServer(build_app({}, settings), settings, certificate=None)
        with pytest.raises(LiveServerError) as raised:
            server.start()
    message = str(raised.value)
    assert f"127.0.0.1:{port}" in message and "in use" in message and "[live] port" in message
    assert "runs on without the live stream" in message
    assert server.base_url == "" and server.stop(1)
    settings = LiveConfig(bind="192.0.2.1", port=0, tls="off")  # TEST-NET: not this machine's
    with pytest.raises(LiveServerError, match=r"not one of this machine's.*\[live\] bind"):
        LiveServer(build_app({}, settings), settings, certificate=None).start()


def test_links_name_a_host_a_client_can_reach() -> None:
    assert link_host("127.0.0.1") == "127.0.0.1"
    assert link_host("10.8.0.1") == "10.8.0.1"
    assert link_host("0.0.0.0") == (primary_address() or "127.0.0.1")
    assert link_host("::") == (primary_address() or "127.0.0.1")
    settings = LiveConfig(bind="::1", port=0, tls="off")
    server = LiveServer(build_app({}, settings), settings, certificate=None)
    try:
        server.start()
    except LiveServerError:
        pytest.skip("no IPv6 loopback on this machine")
    try:
        assert server.base_url == f"http://[::1]:{server.port}"
    finally:
        server.stop(5)


def test_streams_get_the_servers_loop_while_it_runs(serve_streams) -> None:
    feed = LiveFeed("Entry1")
    feed.publish(6)
    server = serve_streams({"Entry1": feed.stream})
    wait_until(lambda: feed.stream._loop is not None, 5)  # before any request
    assert feed.stream._loop.is_running()
    with client_for(server) as client:  # a blocking reload is woken on the server's loop by the producer
        newest = feed.newest()
        held = client.build_request(
            "GET", f"/live/Entry1/media.m3u8?_HLS_msn={newest[0]}&_HLS_part={newest[1] + 1}"
        )
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            answer = pool.submit(client.send, held)
            wait_until(lambda: feed.stream._waiters, 10)  # the request waits on the loop
            feed.publish()
            assert answer.result(10).status_code == 200
    assert server.stop(5)
    assert feed.stream._loop is None and server.base_url == ""


def test_no_query_string_reaches_the_log(serve_streams, caplog) -> None:
    feed = LiveFeed("Entry1")
    feed.publish(6)
    with caplog.at_level(logging.DEBUG):
        server = serve_streams({"Entry1": feed.stream})
        with client_for(server) as client:
            for path in ("index.m3u8", "media.m3u8", "nothing.m4s", "../x"):
                client.get(f"/live/Entry1/{path}?token=SeCrEt-in-the-query")
            client.get("/live/Nobody/media.m3u8?token=SeCrEt-in-the-query")
        server.stop(5)
    client_side = ("httpx", "httpcore", "hpack")  # the test client logs its own URLs
    ours = [r for r in caplog.records if not r.name.startswith(client_side)]
    assert ours and not [r for r in ours if "SeCrEt" in r.getMessage()]


def test_a_connection_cancelled_under_the_server_is_not_a_warning(caplog) -> None:
    """Python 3.11's streams raise a cancelled connection task's CancelledError from a callback."""
    import asyncio

    from cgrconsole.core.live import server

    loop = asyncio.new_event_loop()
    try:
        with caplog.at_level(logging.DEBUG, logger=server.log.name):
            context = {"message": "Exception in callback", "exception": asyncio.CancelledError()}
            server._loop_exception(loop, context)
            assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
            server._loop_exception(loop, {"message": "a real fault", "exception": ValueError("x")})
            assert [r for r in caplog.records if r.levelno == logging.WARNING], "other errors still warn"
    finally:
        loop.close()


def test_a_long_http2_session_keeps_a_bounded_memory_of_closed_streams() -> None:
    """h2's default remembers 65 536 closed streams per connection (~8 MB): a watcher's day would hold it."""
    import h2.config
    import h2.connection
    import h2.events

    from cgrconsole.core.live.server import CLOSED_STREAMS_REMEMBERED

    server = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False))
    client = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True))
    client.initiate_connection()
    server.initiate_connection()
    server.receive_data(client.data_to_send())
    client.receive_data(server.data_to_send())
    headers = [
        (":method", "GET"),
        (":path", "/live/Cam1/media.m3u8"),
        (":scheme", "https"),
        (":authority", "x"),
    ]
    for _ in range(CLOSED_STREAMS_REMEMBERED + 500):  # requests answered and closed, as a player's are
        stream = client.get_next_available_stream_id()
        client.send_headers(stream, headers, end_stream=True)
        for event in server.receive_data(client.data_to_send()):
            if isinstance(event, h2.events.RequestReceived):
                server.send_headers(event.stream_id, [(":status", "200")], end_stream=True)
        client.receive_data(server.data_to_send())
        server.open_inbound_streams  # noqa: B018 -- h2 moves closed streams to its memory here
    assert len(server._closed_streams) == CLOSED_STREAMS_REMEMBERED

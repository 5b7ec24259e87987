"""Reachability of the uplinks' servers, step by step, against real local servers: a real HTTPS
stand-in (trusted through its CA file, or not), the real OpenSSH server, a port that accepts and never
speaks, a closed port, a name that does not resolve; and since when each state holds."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.rtsp import free_port
from support.sshd import SshServer
from support.tls import self_signed_cert

from cgrconsole.config import Config, UplinkConfig
from cgrconsole.core.archive.upload.settings import SftpConfig
from cgrconsole.core.reachability.monitor import Reachability, ReachabilityMonitor
from cgrconsole.core.reachability.probe import Endpoint, Failure, Step, probe
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.drvn.settings import DrvnSettings
from cgrconsole.standins.cgr import CgrStandin
from cgrconsole.uplinks import reach_endpoints

TIMEOUT = 3.0


@pytest.fixture
def https(tmp_path: Path) -> Iterator[tuple[CgrStandin, Path]]:
    cert, key = self_signed_cert(tmp_path)
    standin = CgrStandin(tls_cert=cert, tls_key=key).start()
    yield standin, cert
    standin.stop()


def test_a_trusted_https_server_passes_dns_tcp_and_tls(https: tuple[CgrStandin, Path]) -> None:
    standin, cert = https
    result = probe(Endpoint.from_url("cgr", standin.url, ca_bundle=str(cert)), TIMEOUT)
    assert result.ok, result
    assert result.ip == "127.0.0.1" and result.endpoint.steps() == (Step.DNS, Step.TCP, Step.TLS)


def test_a_certificate_nobody_trusts_fails_at_tls(https: tuple[CgrStandin, Path]) -> None:
    standin, _cert = https
    result = probe(Endpoint.from_url("cgr", standin.url), TIMEOUT)  # the bundled CAs only
    assert (result.failed_step, result.failure) == (Step.TLS, Failure.UNTRUSTED)
    assert "certificate" in result.detail
    unverified = probe(Endpoint.from_url("drvn", standin.url, verify_tls=False), TIMEOUT)
    assert unverified.ok, "verify_tls = false (ĐBVN's option) is honoured"


def test_plain_http_where_tls_is_expected_fails_at_tls() -> None:
    with CgrStandin() as standin:  # plain HTTP
        result = probe(Endpoint("cgr", "127.0.0.1", standin.port, "https"), TIMEOUT)
        assert (result.failed_step, result.failure) == (Step.TLS, Failure.NOT_TLS)
        assert probe(Endpoint.from_url("cgr", standin.url), TIMEOUT).ok, "http:// needs DNS and TCP only"


def test_the_real_sshd_passes_the_ssh_banner_and_key_exchange(sshd: SshServer) -> None:
    sshd.add_account()
    sshd.start()
    result = probe(Endpoint("sftp", "127.0.0.1", sshd.port, "ssh"), TIMEOUT)
    assert result.ok, result
    assert "Accepted" not in sshd.log_text() and "Failed password" not in sshd.log_text(), "no login"


def test_something_else_at_the_ssh_port_fails_at_ssh(https: tuple[CgrStandin, Path], silent_listener) -> None:
    standin, _cert = https
    other = probe(Endpoint("sftp", "127.0.0.1", standin.port, "ssh"), TIMEOUT)
    assert other.failed_step is Step.SSH and other.failure in (Failure.NOT_SSH, Failure.TIMEOUT)
    silent = probe(Endpoint("sftp", "127.0.0.1", silent_listener, "ssh"), 1.0)
    assert (silent.failed_step, silent.failure) == (Step.SSH, Failure.TIMEOUT)
    assert silent.seconds < 5, "the step's timeout holds"


def test_a_closed_port_fails_at_tcp_and_an_unknown_name_at_dns() -> None:
    closed = probe(Endpoint("sftp", "127.0.0.1", free_port(), "ssh"), TIMEOUT)
    assert (closed.failed_step, closed.failure) == (Step.TCP, Failure.REFUSED)
    unknown = probe(Endpoint("cgr", "cgr-api.invalid", 443, "https"), TIMEOUT)
    assert (unknown.failed_step, unknown.failure) == (Step.DNS, Failure.NOT_FOUND)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_the_monitor_says_since_when_and_announces_only_changes(
    sshd: SshServer, caplog: pytest.LogCaptureFixture
) -> None:
    sshd.add_account()
    sshd.start()
    clock = Clock()
    endpoints = [
        Endpoint("sftp", "127.0.0.1", sshd.port, "ssh"),
        Endpoint("cgr", "cgr-api.invalid", 443, "https"),
    ]
    monitor = ReachabilityMonitor(endpoints, timeout_s=TIMEOUT, clock=clock)
    seen: list[tuple[Reachability, ...]] = []
    monitor.changed.connect(seen.append)
    assert [s.checked for s in monitor.states()] == [False, False]
    first = monitor.check_all()
    assert first[0].ok and first[0].since == clock.now
    assert (first[1].failed_step, first[1].since) == (Step.DNS, clock.now)
    clock.now += 30
    again = monitor.check_all()
    assert len(seen) == 1, "nothing changed: nothing announced"
    assert again[0].since == first[0].since and again[0].checked_at == clock.now
    sshd.kill()
    clock.now += 30
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        down = monitor.check_all()
    assert (down[0].failed_step, down[0].failure, down[0].since) == (Step.TCP, Failure.REFUSED, clock.now)
    assert down[1].since == first[1].since, "the other one is still in its state since the start"
    assert len(seen) == 2 and seen[-1] == down
    assert "sftp 127.0.0.1:" in caplog.text and "the tcp step failed (refused)" in caplog.text
    assert caplog.text.count("NOT reachable") == 1, "logged once, on the change"


def test_the_endpoints_are_the_enabled_uplinks() -> None:
    config = Config(
        uplink=UplinkConfig(
            cgr=CgrSettings(enabled=True, base_url="https://cgr-api.qoldau.kz"),
            drvn=DrvnSettings(enabled=True, base_url="http://10.8.0.9:8089", verify_tls=False),
        ),
        sftp=SftpConfig(enabled=True, host="archive.example.kz", port=2222),
    )
    assert reach_endpoints(config) == [
        Endpoint("cgr", "cgr-api.qoldau.kz", 443, "https"),
        Endpoint("drvn", "10.8.0.9", 8089, "http", verify_tls=False),
        Endpoint("sftp", "archive.example.kz", 2222, "ssh"),
    ]
    assert reach_endpoints(Config()) == []

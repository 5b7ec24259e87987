"""One reachability check of one endpoint, step by step, naming the step that failed.

DNS (the name to an address), TCP (a connection to the port), then the protocol's own handshake:
TLS with the certificate verified as the client verifies it (https), or the SSH banner and key
exchange (sftp; no login, nothing sent). Each step has ``timeout_s``. Nothing is sent beyond the
handshake: the check costs the servers a connection, never a request or a login attempt.
"""

from __future__ import annotations

import errno
import logging
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal
from urllib.parse import urlsplit

import certifi
import paramiko

from cgrconsole.core.archive.upload.connection import key_exchange

Protocol = Literal["https", "http", "ssh"]
# paramiko logs a failed banner with a traceback at ERROR; a check every 30 s of a server that is down
# would fill the log with them. The probe's result says it once, on a change (monitor.py).
PARAMIKO_LOG = "cgrconsole.reachability.paramiko"
logging.getLogger(PARAMIKO_LOG).setLevel(logging.CRITICAL)


class Step(StrEnum):
    DNS = "dns"
    TCP = "tcp"
    TLS = "tls"
    SSH = "ssh"


class Failure(StrEnum):
    """Why the step failed, as a code the window can say in the officer's language."""

    NOT_FOUND = "not_found"  # DNS: no such name
    TIMEOUT = "timeout"  # no answer within the timeout
    REFUSED = "refused"  # TCP: nothing listens there (or a firewall rejects)
    NO_ROUTE = "no_route"  # TCP: no route to the host or network (the tunnel is down?)
    UNTRUSTED = "untrusted"  # TLS: the certificate is not trusted or not for this name
    NOT_TLS = "not_tls"  # TLS: something answers, but not TLS
    NOT_SSH = "not_ssh"  # SSH: something answers, but not SSH
    OTHER = "other"


@dataclass(frozen=True)
class Endpoint:
    """A server the console sends to: ``name`` is cgr, drvn or sftp."""

    name: str
    host: str
    port: int
    protocol: Protocol
    ca_bundle: str = ""  # https: a PEM of the CAs to trust instead of the bundled ones
    verify_tls: bool = True

    @classmethod
    def from_url(cls, name: str, url: str, ca_bundle: str = "", verify_tls: bool = True) -> Endpoint:
        parts = urlsplit(url)
        protocol: Protocol = "https" if parts.scheme == "https" else "http"
        port = parts.port or (443 if protocol == "https" else 80)
        return cls(name, parts.hostname or "", port, protocol, ca_bundle, verify_tls)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def steps(self) -> tuple[Step, ...]:
        handshake = {"https": (Step.TLS,), "ssh": (Step.SSH,), "http": ()}[self.protocol]
        return (Step.DNS, Step.TCP, *handshake)


@dataclass(frozen=True)
class ProbeResult:
    endpoint: Endpoint
    failed_step: Step | None  # None: every step passed
    failure: Failure | None = None
    detail: str = ""  # English, for the log: the error as the OS or library said it
    ip: str = ""  # the address DNS gave
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.failed_step is None


class _StepFailed(Exception):
    def __init__(self, step: Step, failure: Failure, detail: str) -> None:
        super().__init__(detail)
        self.step, self.failure, self.detail = step, failure, detail


def probe(endpoint: Endpoint, timeout_s: float = 5.0) -> ProbeResult:
    """Check ``endpoint`` now (blocks for at most about one ``timeout_s`` per step)."""
    started = time.monotonic()
    ip = ""
    try:
        ip = _resolve(endpoint, timeout_s)
        sock = _connect(ip, endpoint.port, timeout_s)
        try:
            if endpoint.protocol == "https":
                _tls(sock, endpoint, timeout_s)
            elif endpoint.protocol == "ssh":
                _ssh(sock, timeout_s)
        finally:
            sock.close()
    except _StepFailed as exc:
        return ProbeResult(endpoint, exc.step, exc.failure, exc.detail, ip, time.monotonic() - started)
    return ProbeResult(endpoint, None, ip=ip, seconds=time.monotonic() - started)


def _resolve(endpoint: Endpoint, timeout_s: float) -> str:
    """The first address of the name; ``getaddrinfo`` has no timeout, so it runs on a thread of its own."""
    found: list[str] = []
    errors: list[OSError] = []

    def lookup() -> None:
        try:
            infos = socket.getaddrinfo(endpoint.host, endpoint.port, type=socket.SOCK_STREAM)
            found.append(str(infos[0][4][0]))
        except OSError as exc:
            errors.append(exc)

    worker = threading.Thread(target=lookup, name=f"dns-{endpoint.name}", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if found:
        return found[0]
    if errors:
        raise _StepFailed(Step.DNS, Failure.NOT_FOUND, f"{endpoint.host}: {errors[0]}")
    raise _StepFailed(Step.DNS, Failure.TIMEOUT, f"{endpoint.host}: no DNS answer within {timeout_s:g} s")


def _connect(ip: str, port: int, timeout_s: float) -> socket.socket:
    try:
        return socket.create_connection((ip, port), timeout=timeout_s)
    except TimeoutError as exc:
        text = f"{ip}:{port}: no answer within {timeout_s:g} s"
        raise _StepFailed(Step.TCP, Failure.TIMEOUT, text) from exc
    except OSError as exc:
        failure = {
            errno.ECONNREFUSED: Failure.REFUSED,
            errno.EHOSTUNREACH: Failure.NO_ROUTE,
            errno.ENETUNREACH: Failure.NO_ROUTE,
        }.get(exc.errno or 0, Failure.OTHER)
        raise _StepFailed(Step.TCP, failure, f"{ip}:{port}: {exc}") from exc


def tls_context(endpoint: Endpoint) -> ssl.SSLContext:
    """Verified as the uplink clients verify: the configured CA bundle, else the bundled CAs (certifi)."""
    context = ssl.create_default_context(cafile=endpoint.ca_bundle or certifi.where())
    if not endpoint.verify_tls:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _tls(sock: socket.socket, endpoint: Endpoint, timeout_s: float) -> None:
    sock.settimeout(timeout_s)
    try:
        with tls_context(endpoint).wrap_socket(sock, server_hostname=endpoint.host):
            pass
    except ssl.SSLCertVerificationError as exc:
        raise _StepFailed(Step.TLS, Failure.UNTRUSTED, str(exc)) from exc
    except TimeoutError as exc:
        raise _StepFailed(Step.TLS, Failure.TIMEOUT, f"no TLS answer within {timeout_s:g} s") from exc
    except (ssl.SSLError, OSError) as exc:
        raise _StepFailed(Step.TLS, Failure.NOT_TLS, str(exc) or type(exc).__name__) from exc


def _ssh(sock: socket.socket, timeout_s: float) -> None:
    try:
        key_exchange(sock, timeout_s, PARAMIKO_LOG).close()
    except (paramiko.SSHException, EOFError, OSError) as exc:
        failure = Failure.TIMEOUT if _timed_out(exc) else Failure.NOT_SSH
        raise _StepFailed(Step.SSH, failure, str(exc) or type(exc).__name__) from exc


def _timed_out(exc: BaseException | None) -> bool:
    """A timeout anywhere in the chain (paramiko wraps a banner's socket timeout in an SSHException)."""
    while exc is not None:
        if isinstance(exc, TimeoutError) or "timed out" in str(exc):
            return True
        exc = exc.__cause__ or exc.__context__
    return False

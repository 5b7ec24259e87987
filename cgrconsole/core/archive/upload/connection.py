"""One SSH connection to the archive server: timeouts everywhere, TCP_NODELAY, a pinned host key.

The host key is checked before any credential is sent: with no pin, or a key whose ``SHA256:``
fingerprint is not the pinned one, the connection is closed after the key exchange and
``HostKeyRefused`` says what the server showed. Nothing is trusted on first use.
"""

from __future__ import annotations

import logging
import re
import shlex
import socket
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import paramiko

from cgrconsole.core.archive.upload.problems import UploadProblem
from cgrconsole.core.archive.upload.settings import SftpConfig

log = logging.getLogger(__name__)
SHA256_LINE = re.compile(rb"\s*([0-9a-fA-F]{64})\b")


class HostKeyState(StrEnum):
    UNCHECKED = "unchecked"  # not connected yet
    NOT_PINNED = "not_pinned"  # sftp.host_key is empty: the admin must confirm the shown key
    TRUSTED = "trusted"  # the server showed the pinned key
    CHANGED = "changed"  # the server showed another key: refused, alarm


class HostKeyRefused(Exception):
    """The server's key is not the pinned one (or none is pinned); nothing was sent to it."""

    def __init__(self, state: HostKeyState, fingerprint: str, key_type: str, pinned: str) -> None:
        self.state = state
        self.fingerprint = fingerprint
        self.key_type = key_type
        self.pinned = pinned
        self.problem = (
            UploadProblem.HOST_KEY_NOT_PINNED
            if state is HostKeyState.NOT_PINNED
            else UploadProblem.HOST_KEY_CHANGED
        )
        if state is HostKeyState.NOT_PINNED:
            text = (
                f"the server's host key is {fingerprint} ({key_type}) and none is pinned: compare it with "
                f'`ssh-keygen -lf` on the server, then set sftp.host_key = "{fingerprint}"'
            )
        else:
            text = (
                f"the server's host key changed: it shows {fingerprint} ({key_type}), pinned is {pinned}; "
                "uploads are refused. If the server was really re-keyed, confirm the new key with its "
                "admin and update sftp.host_key; otherwise someone may be intercepting the link"
            )
        super().__init__(text)


class LoginRefused(Exception):
    """The server refused the account's password or key (or none is stored)."""

    def __init__(self, text: str, problem: UploadProblem = UploadProblem.LOGIN_REFUSED) -> None:
        super().__init__(text)
        self.problem = problem


@dataclass
class SftpSession:
    """An authenticated connection; ``sftp`` times out on every request after ``operation_timeout_s``."""

    transport: paramiko.Transport
    sftp: paramiko.SFTPClient
    timeout: float
    hash_command: str
    hash_available: bool | None = None  # None: not tried on this connection yet
    made_dirs: set[str] = field(default_factory=set)

    def remote_sha256(self, path: str) -> str | None:
        """The server's SHA-256 of ``path`` by running ``hash_command`` over SSH; None if unavailable.

        An SFTP-only account (``ForceCommand internal-sftp``) answers an exec with an SFTP server
        instead: stdin is closed at once so it ends, and its empty output means "no hash here".
        """
        if not self.hash_command or self.hash_available is False:
            return None
        target = path if path.startswith("/") else "./" + path  # never an option to the command
        try:
            channel = self.transport.open_session(timeout=self.timeout)
            channel.settimeout(self.timeout)
            channel.exec_command(f"{self.hash_command} {shlex.quote(target)}")
            channel.shutdown_write()
            output = b""
            while len(output) < 4096:
                data = channel.recv(4096)
                if not data:
                    break
                output += data
            status = channel.recv_exit_status()
            channel.close()
        except (paramiko.SSHException, OSError) as exc:
            log.debug("no remote hash (%s)", exc)
            self.hash_available = False
            return None
        match = SHA256_LINE.match(output)
        self.hash_available = status == 0 and match is not None
        return match.group(1).decode().lower() if self.hash_available and match else None

    def close(self) -> None:
        for part in (self.sftp, self.transport):
            try:
                part.close()
            except Exception:  # already broken; closing must not raise
                log.debug("closing the SFTP connection failed", exc_info=True)


def open_session(settings: SftpConfig, password: str | None) -> SftpSession:
    """Connect, check the host key, log in, open SFTP.

    Raises HostKeyRefused, LoginRefused, or OSError/SSHException (unreachable, timed out, broken).
    """
    transport = _key_exchange(settings)
    try:
        key = transport.get_remote_server_key()
        fingerprint, pinned = key.fingerprint, settings.host_key.strip()
        if not pinned:
            raise HostKeyRefused(HostKeyState.NOT_PINNED, fingerprint, key.get_name(), pinned)
        if fingerprint != pinned:
            raise HostKeyRefused(HostKeyState.CHANGED, fingerprint, key.get_name(), pinned)
        _log_in(transport, settings, password)
        transport.set_keepalive(max(1, round(settings.keepalive_s)))
        sftp = paramiko.SFTPClient.from_transport(transport)
        if sftp is None:
            raise paramiko.SSHException("the server opened no SFTP channel")
        channel = sftp.get_channel()
        if channel is not None:
            channel.settimeout(settings.operation_timeout_s)
    except BaseException:
        transport.close()
        raise
    return SftpSession(transport, sftp, settings.operation_timeout_s, settings.hash_command)


def server_host_key(settings: SftpConfig) -> tuple[str, str]:
    """The server's host key as (``SHA256:…`` fingerprint, type), from a key exchange alone: no login."""
    transport = _key_exchange(settings)
    try:
        key = transport.get_remote_server_key()
        return key.fingerprint, key.get_name()
    finally:
        transport.close()


def _key_exchange(settings: SftpConfig) -> paramiko.Transport:
    sock = socket.create_connection((settings.host, settings.port), timeout=settings.connect_timeout_s)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no Nagle stall on small requests
    transport = key_exchange(sock, settings.connect_timeout_s)
    transport.auth_timeout = settings.operation_timeout_s
    return transport


def key_exchange(sock: socket.socket, timeout_s: float, log_channel: str = "") -> paramiko.Transport:
    """The SSH banner and key exchange on a connected socket (no login); the caller closes the transport.

    Raises SSHException when the server does not finish the exchange within ``timeout_s`` (paramiko's
    ``start_client`` only stops waiting). ``log_channel``: the logger of paramiko's own messages.
    """
    transport = paramiko.Transport(sock)
    try:
        if log_channel:
            transport.set_log_channel(log_channel)
        transport.banner_timeout = timeout_s
        transport.handshake_timeout = timeout_s
        transport.start_client(timeout=timeout_s)
        try:
            transport.get_remote_server_key()
        except paramiko.SSHException:
            raise paramiko.SSHException(
                f"no SSH key exchange within {timeout_s:g} s (timed out): the server does not answer as SSH"
            ) from None
    except BaseException:
        transport.close()
        raise
    return transport


def _log_in(transport: paramiko.Transport, settings: SftpConfig, password: str | None) -> None:
    try:
        if settings.key_file:
            pkey = paramiko.PKey.from_path(Path(settings.key_file), passphrase=password)
            transport.auth_publickey(settings.user, pkey)
        elif password:
            transport.auth_password(settings.user, password)
        else:
            raise LoginRefused(
                "no SFTP password is stored: run `cgrconsole secret set sftp/password` "
                "(or set sftp.key_file)",
                UploadProblem.NO_PASSWORD,
            )
    except paramiko.PasswordRequiredException:
        raise LoginRefused(
            "the key file is encrypted: store its passphrase as sftp/password", UploadProblem.KEY_PASSPHRASE
        ) from None
    except paramiko.AuthenticationException as exc:
        raise LoginRefused(
            f"the server refused the login of {settings.user!r} ({type(exc).__name__}): check sftp.user "
            "and the password (`cgrconsole secret set sftp/password`) or the key"
        ) from None

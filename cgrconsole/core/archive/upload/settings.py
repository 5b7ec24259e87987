"""The SFTP uploader's settings (the ``[sftp]`` table): plain data, validated by ``cgrconsole.config``.

The password is never here: it lives in the OS keyring under ``sftp/password``
(``cgrconsole secret set sftp/password``). A key file is optional (``key_file``); its passphrase, if
any, is the same keyring entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cgrconsole.core.problem import QT_TRANSLATE_NOOP, Problem

PASSWORD_KEY = "sftp/password"  # the SecretStore key of the account's password (or key passphrase)
FINGERPRINT = re.compile(r"SHA256:[A-Za-z0-9+/]{43}")  # as `ssh-keygen -lf` prints it


@dataclass(frozen=True)
class SftpConfig:
    """Where the archive goes. Off by default; ``host_key`` must be pinned before anything is sent."""

    enabled: bool = False
    host: str = ""
    port: int = 22
    user: str = ""
    remote_root: str = "."  # the archive's layout is recreated below this folder on the server
    host_key: str = ""  # "SHA256:…" of the server's key; empty: connect, show it, send nothing
    key_file: str = ""  # optional private key (OpenSSH format); otherwise password login
    parallel: int = 1  # files transferred at once, each on its own connection
    bandwidth_kbps: int = 0  # total for all transfers, kilobytes (1000 B) per second; 0: unlimited
    connect_timeout_s: float = 15.0  # TCP connect and the SSH handshake
    operation_timeout_s: float = 30.0  # every SFTP request (a stalled server is noticed, not waited on)
    keepalive_s: float = 15.0  # SSH keepalive: the VPN's NAT keeps the idle connection
    retry_initial_s: float = 5.0  # after a failed connection or file; doubles up to retry_max_s
    retry_max_s: float = 300.0
    hash_command: str = "sha256sum"  # run over SSH to verify content; "" to skip (size + tail only)
    backlog_alarm_hours: float = 2.0  # an un-uploaded file older than this raises the alarm

    def problems(self) -> list[str]:
        """What is wrong, as ``sftp.key: what`` (checked only when enabled)."""
        found: list[str] = []
        if not self.host.strip():
            found.append(
                Problem(
                    "sftp.host",
                    QT_TRANSLATE_NOOP(
                        "ConfigProblem", "required when sftp.enabled = true (the server's name or address)"
                    ),
                )
            )
        if not 1 <= self.port <= 65535:
            found.append(Problem("sftp.port", QT_TRANSLATE_NOOP("ConfigProblem", "must be 1..65535")))
        if not self.user.strip():
            found.append(
                Problem(
                    "sftp.user", QT_TRANSLATE_NOOP("ConfigProblem", "required (the dedicated SFTP account)")
                )
            )
        if not self.remote_root.strip():
            found.append(
                Problem(
                    "sftp.remote_root",
                    QT_TRANSLATE_NOOP(
                        "ConfigProblem", "must not be empty (use '.' for the account's home folder)"
                    ),
                )
            )
        if self.host_key and not FINGERPRINT.fullmatch(self.host_key.strip()):
            template = QT_TRANSLATE_NOOP(
                "ConfigProblem",
                "must look like SHA256:<43 characters>, as `ssh-keygen -lf` prints it "
                "(leave it empty to have the console show the server's key)",
            )
            found.append(Problem("sftp.host_key", template))
        if not 1 <= self.parallel <= 16:
            found.append(Problem("sftp.parallel", QT_TRANSLATE_NOOP("ConfigProblem", "must be 1..16")))
        if self.bandwidth_kbps < 0:
            found.append(
                Problem(
                    "sftp.bandwidth_kbps", QT_TRANSLATE_NOOP("ConfigProblem", "must be 0 (unlimited) or more")
                )
            )
        for name in ("connect_timeout_s", "operation_timeout_s", "keepalive_s", "backlog_alarm_hours"):
            if getattr(self, name) <= 0:
                found.append(
                    Problem(f"sftp.{name}", QT_TRANSLATE_NOOP("ConfigProblem", "must be greater than 0"))
                )
        if not 0 < self.retry_initial_s <= self.retry_max_s:
            found.append(
                Problem(
                    "sftp.retry_initial_s",
                    QT_TRANSLATE_NOOP("ConfigProblem", "must be greater than 0 and at most sftp.retry_max_s"),
                )
            )
        return found

    @property
    def bandwidth_bytes_s(self) -> float:
        """0.0 means unlimited."""
        return self.bandwidth_kbps * 1000.0

"""Why an upload failed, as a code the console can say in the officer's language.

The exception texts stay English (log, audit); ``UploadProblem`` is what the window turns into a
sentence with what to do (``ui/upload_text.py``). ``classify`` runs on the failing worker thread.
"""

from __future__ import annotations

import socket
from enum import StrEnum

import paramiko


class UploadProblem(StrEnum):
    UNREACHABLE = "unreachable"  # no answer at the address: DNS, refused, no route (VPN down?)
    TIMEOUT = "timeout"  # the server stopped answering within the timeout
    CONNECTION_LOST = "connection_lost"  # the link broke during a transfer (resumed later)
    NO_PASSWORD = "no_password"  # nothing stored as sftp/password (and no key file)
    KEY_PASSPHRASE = "key_passphrase"  # the key file is encrypted and its passphrase is not stored
    LOGIN_REFUSED = "login_refused"  # the server refused the account's password or key
    HOST_KEY_NOT_PINNED = "host_key_not_pinned"  # the admin must confirm the shown key
    HOST_KEY_CHANGED = "host_key_changed"  # refused: someone else answers, or the server was re-keyed
    SERVER_WRITE_FAILED = "server_write_failed"  # SFTP "Failure": the server's disk or quota is full
    VERIFICATION_FAILED = "verification_failed"  # the server's copy differed; sent again
    PERMISSION_DENIED = "permission_denied"  # the account may not write there (a parked file)
    LOCAL_FILE_MISSING = "local_file_missing"  # the file left the local disk before it was sent
    OTHER = "other"


class ProblemError(OSError):
    """An ``OSError`` that knows its ``UploadProblem`` (the transfer raises these)."""

    def __init__(self, problem: UploadProblem, errno: int, text: str) -> None:
        super().__init__(errno, text)
        self.problem = problem


def classify(exc: BaseException, connecting: bool) -> UploadProblem:
    """The problem behind ``exc``; ``connecting``: it happened before the session was open."""
    known = getattr(exc, "problem", None)
    if isinstance(known, UploadProblem):
        return known
    if isinstance(exc, TimeoutError | socket.timeout):
        return UploadProblem.TIMEOUT
    if connecting and isinstance(exc, OSError | paramiko.SSHException | EOFError):
        return UploadProblem.UNREACHABLE
    if isinstance(exc, ConnectionError | EOFError | paramiko.SSHException):
        return UploadProblem.CONNECTION_LOST
    if isinstance(exc, OSError) and "socket is closed" in str(exc).lower():  # paramiko, the link cut
        return UploadProblem.CONNECTION_LOST
    return UploadProblem.OTHER

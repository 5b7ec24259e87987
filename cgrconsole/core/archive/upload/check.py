"""The settings' *Test* of the archive server: connect as the uploader does, list the remote folder.

The host key policy is the uploader's (``connection.open_session``): with no pin, or another key than
the pinned one, nothing is sent (no password, no listing) and the answer carries the key the server
showed, for the admin to compare with ``ssh-keygen -lf`` on the server and pin.
"""

from __future__ import annotations

from dataclasses import dataclass

from cgrconsole.core.archive.upload.connection import HostKeyRefused, HostKeyState, open_session
from cgrconsole.core.archive.upload.problems import UploadProblem, classify
from cgrconsole.core.archive.upload.settings import SftpConfig

LISTED = 20  # names kept from the remote folder's listing


@dataclass(frozen=True)
class SftpCheck:
    """What the Test found; ``problem`` None: logged in and the remote folder listed."""

    fingerprint: str = ""  # "SHA256:…" the server showed ("" when it was not reached)
    key_type: str = ""
    host_key: HostKeyState = HostKeyState.UNCHECKED
    entries: tuple[str, ...] | None = None  # the remote folder's first names, sorted
    count: int = 0  # how many names the remote folder has
    problem: UploadProblem | None = None
    folder_missing: bool = False  # logged in, but the remote folder cannot be listed
    detail: str = ""  # English, for the log and the audit (never a secret)

    @property
    def outcome(self) -> str:
        """One word for the audit: ok, or the problem's code."""
        if self.problem is None and not self.folder_missing:
            return "ok"
        return "folder_unreadable" if self.folder_missing else str(self.problem)


def check_sftp(settings: SftpConfig, password: str | None) -> SftpCheck:
    """Connect with ``settings`` (pinned key checked first), log in, list ``remote_root``."""
    try:
        session = open_session(settings, password)
    except HostKeyRefused as exc:
        return SftpCheck(exc.fingerprint, exc.key_type, exc.state, problem=exc.problem, detail=str(exc))
    except Exception as exc:  # unreachable, refused login, timeout: said by its code
        return SftpCheck(problem=classify(exc, connecting=True), detail=f"{type(exc).__name__}: {exc}")
    try:
        key = session.transport.get_remote_server_key()
        found = SftpCheck(key.fingerprint, key.get_name(), HostKeyState.TRUSTED)
        try:
            names = sorted(session.sftp.listdir(settings.remote_root))
        except OSError as exc:
            return SftpCheck(
                found.fingerprint,
                found.key_type,
                found.host_key,
                folder_missing=True,
                detail=f"{settings.remote_root}: {type(exc).__name__}: {exc}",
            )
        return SftpCheck(found.fingerprint, found.key_type, found.host_key, tuple(names[:LISTED]), len(names))
    finally:
        session.close()

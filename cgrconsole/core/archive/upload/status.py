"""What the console shows about the archive upload: one immutable snapshot, emitted on change."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cgrconsole.core.archive.upload.connection import HostKeyState
from cgrconsole.core.archive.upload.problems import UploadProblem


class UploaderState(StrEnum):
    OFF = "off"  # not started
    IDLE = "idle"  # connected or ready; nothing waits
    UPLOADING = "uploading"
    RETRYING = "retrying"  # the server is unreachable or failed; waiting before the next try
    LOGIN_REFUSED = "login_refused"  # wrong password/key: retried, but someone must act
    HOST_KEY_NOT_PINNED = "host_key_not_pinned"  # the admin must confirm the shown key
    HOST_KEY_CHANGED = "host_key_changed"  # red alarm: nothing is sent


@dataclass(frozen=True)
class TransferProgress:
    path: str  # relative to the archive root
    size_bytes: int
    done_bytes: int
    bytes_per_s: float
    resumed_from: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.done_bytes / self.size_bytes if self.size_bytes else 100.0


@dataclass(frozen=True)
class ParkedFile:
    """A file that failed permanently: shown with what to do; tried again at ``retry_at``."""

    path: str
    error: str  # English (log, audit, a tooltip); ``problem`` is what the window says
    advice: str
    retry_at: float
    problem: UploadProblem = UploadProblem.OTHER


@dataclass(frozen=True)
class UploadStatus:
    state: UploaderState
    host: str
    port: int = 22
    pinned_fingerprint: str = ""  # sftp.host_key
    host_key: HostKeyState = HostKeyState.UNCHECKED
    seen_fingerprint: str = ""  # what the server showed last ("SHA256:…")
    seen_key_type: str = ""
    transfers: tuple[TransferProgress, ...] = ()
    backlog_files: int = 0
    backlog_bytes: int = 0
    oldest_pending_ts: float | None = None
    bytes_per_s: float = 0.0  # all transfers now
    eta_s: float | None = None  # the backlog at the recent average rate
    uploaded_files: int = 0  # since start
    uploaded_bytes: int = 0
    verification: str = ""  # how the last file was verified: "sha256" or "size+tail"
    last_error: str = ""  # English (log, audit, a tooltip); ``last_problem`` is what the window says
    last_error_ts: float | None = None
    last_problem: UploadProblem | None = None
    retry_at: float | None = None  # while retrying: when the next connection is tried
    parked: tuple[ParkedFile, ...] = ()
    backlog_alarm: bool = False  # a file waits longer than sftp.backlog_alarm_hours

    @property
    def alarm(self) -> bool:
        """Red in the console: the key changed, or the archive is not leaving the PC."""
        return self.host_key is HostKeyState.CHANGED or self.backlog_alarm

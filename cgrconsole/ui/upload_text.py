"""What the officer and the admin read about the archive upload (SFTP), in the UI language.

The core's status carries codes (``UploaderState``, ``UploadProblem``); the English texts beside them
are for the log (and the audit), never shown here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cgrconsole.core.archive.upload.connection import HostKeyState
from cgrconsole.core.archive.upload.problems import UploadProblem
from cgrconsole.core.archive.upload.status import UploaderState, UploadStatus
from cgrconsole.ui.event_text import AMBER, RED


# lupdate finds only literal QCoreApplication.translate("Context", "text") calls, hence no helper.
def size_text(size: int) -> str:
    if size >= 1_000_000_000_000:
        return QCoreApplication.translate("UploadStatus", "%1 TB").replace("%1", f"{size / 1e12:.1f}")
    if size >= 1_000_000_000:
        return QCoreApplication.translate("UploadStatus", "%1 GB").replace("%1", f"{size / 1e9:.1f}")
    if size >= 1_000_000:
        return QCoreApplication.translate("UploadStatus", "%1 MB").replace("%1", f"{size / 1e6:.1f}")
    return QCoreApplication.translate("UploadStatus", "%1 kB").replace("%1", f"{size / 1e3:.0f}")


def speed_text(bytes_per_s: float) -> str:
    return QCoreApplication.translate("UploadStatus", "%1 MB/s").replace("%1", f"{bytes_per_s / 1e6:.1f}")


def duration_text(seconds: float) -> str:
    """40 s, 12 min, 3 h 05 min, 2 d 4 h."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return QCoreApplication.translate("UploadStatus", "%1 s").replace("%1", str(seconds))
    minutes = seconds // 60
    if minutes < 60:
        return QCoreApplication.translate("UploadStatus", "%1 min").replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return (
            QCoreApplication.translate("UploadStatus", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", f"{minutes:02d}")
        )
    days, hours = divmod(hours, 24)
    return (
        QCoreApplication.translate("UploadStatus", "%1 d %2 h")
        .replace("%1", str(days))
        .replace("%2", str(hours))
    )


def problem_text(problem: UploadProblem) -> str:
    """What happened and what to do about it."""
    return {
        UploadProblem.UNREACHABLE: QCoreApplication.translate(
            "UploadStatus",
            "The archive server cannot be reached. Check the VPN tunnel and the network; "
            "the console tries again by itself.",
        ),
        UploadProblem.TIMEOUT: QCoreApplication.translate(
            "UploadStatus",
            "The archive server stopped answering. Check the VPN tunnel; the console tries again by itself.",
        ),
        UploadProblem.CONNECTION_LOST: QCoreApplication.translate(
            "UploadStatus",
            "The connection to the archive server broke; the file continues where it stopped.",
        ),
        UploadProblem.NO_PASSWORD: QCoreApplication.translate(
            "UploadStatus",
            "No SFTP password is stored. The administrator stores it with: "
            "cgrconsole secret set sftp/password",
        ),
        UploadProblem.KEY_PASSPHRASE: QCoreApplication.translate(
            "UploadStatus",
            "The SFTP key file is protected by a passphrase that is not stored. The administrator "
            "stores it with: cgrconsole secret set sftp/password",
        ),
        UploadProblem.LOGIN_REFUSED: QCoreApplication.translate(
            "UploadStatus",
            "The archive server refused the login. The administrator checks the SFTP user and "
            "password (cgrconsole secret set sftp/password); the console tries again by itself.",
        ),
        UploadProblem.HOST_KEY_NOT_PINNED: QCoreApplication.translate(
            "UploadStatus",
            "Nothing is sent until the administrator confirms the server's key: compare the key "
            "below with the server's admin by phone, then put it in sftp.host_key.",
        ),
        UploadProblem.HOST_KEY_CHANGED: QCoreApplication.translate(
            "UploadStatus",
            "The archive server shows another key than the confirmed one: nothing is sent. "
            "Call the server's admin. If the server was not re-installed, someone may be "
            "intercepting the connection.",
        ),
        UploadProblem.SERVER_WRITE_FAILED: QCoreApplication.translate(
            "UploadStatus",
            "The archive server could not write the file: its disk or the account's quota is "
            "probably full. Tell the server's admin; the console tries again by itself.",
        ),
        UploadProblem.VERIFICATION_FAILED: QCoreApplication.translate(
            "UploadStatus",
            "The copy on the server differed from the local file; it is sent again.",
        ),
        UploadProblem.PERMISSION_DENIED: QCoreApplication.translate(
            "UploadStatus",
            "The SFTP account may not write into this folder on the server. The server's admin "
            "gives it write access (or the administrator corrects sftp.remote_root); the file "
            "is tried again within the hour, the others continue.",
        ),
        UploadProblem.LOCAL_FILE_MISSING: QCoreApplication.translate(
            "UploadStatus",
            "The file was deleted from the local disk before it could be sent; nothing can be done.",
        ),
        UploadProblem.OTHER: QCoreApplication.translate(
            "UploadStatus", "The upload failed; the console tries again by itself. See the log."
        ),
    }[problem]


def state_text(state: UploaderState) -> str:
    return {
        UploaderState.OFF: QCoreApplication.translate("UploadStatus", "starting"),
        UploaderState.IDLE: QCoreApplication.translate("UploadStatus", "ready"),
        UploaderState.UPLOADING: QCoreApplication.translate("UploadStatus", "sending"),
        UploaderState.RETRYING: QCoreApplication.translate("UploadStatus", "waiting for the server"),
        UploaderState.LOGIN_REFUSED: QCoreApplication.translate("UploadStatus", "login refused"),
        UploaderState.HOST_KEY_NOT_PINNED: QCoreApplication.translate(
            "UploadStatus", "the server's key is not confirmed"
        ),
        UploaderState.HOST_KEY_CHANGED: QCoreApplication.translate(
            "UploadStatus", "THE SERVER'S KEY CHANGED"
        ),
    }[state]


def state_color(status: UploadStatus) -> str:
    """RED: the archive is not leaving the PC and someone must act; AMBER: waiting or one file put aside."""
    if status.alarm or status.state is UploaderState.LOGIN_REFUSED:
        return RED
    if status.parked or status.state in (UploaderState.RETRYING, UploaderState.HOST_KEY_NOT_PINNED):
        return AMBER
    return ""


def backlog_text(status: UploadStatus) -> str:
    if not status.backlog_files:
        return QCoreApplication.translate("UploadStatus", "nothing waits")
    return (
        QCoreApplication.translate("UploadStatus", "%1 file(s) waiting, %2")
        .replace("%1", str(status.backlog_files))
        .replace("%2", size_text(status.backlog_bytes))
    )


def summary_text(status: UploadStatus) -> str:
    """The status bar's line, short: it shares the bar with the others (the dialog has the rest, and an
    old backlog's age is in the red banner over the cameras)."""
    if status.state is UploaderState.UPLOADING and status.transfers:
        done = sum(t.done_bytes for t in status.transfers)
        size = sum(t.size_bytes for t in status.transfers) or 1
        now_doing = f"{100 * done / size:.0f}% · {speed_text(status.bytes_per_s)}"
    elif status.state is UploaderState.IDLE and not status.backlog_files:
        now_doing = QCoreApplication.translate("UploadStatus", "all sent")
    else:
        now_doing = state_text(status.state)
    parts = [QCoreApplication.translate("UploadStatus", "SFTP: %1").replace("%1", now_doing)]
    if status.backlog_files:
        parts.append(
            QCoreApplication.translate("UploadStatus", "%1 waiting").replace("%1", str(status.backlog_files))
        )
    if status.parked:
        parts.append(
            QCoreApplication.translate("UploadStatus", "%1 failed").replace("%1", str(len(status.parked)))
        )
    return " · ".join(parts)


def verification_text(how: str) -> str:
    if how == "sha256":
        return QCoreApplication.translate("UploadStatus", "each file checked by SHA-256 on the server")
    if how == "size+tail":
        return QCoreApplication.translate(
            "UploadStatus", "each file checked by its size and its last megabyte read back"
        )
    return ""


def alarm_text(status: UploadStatus, now: float) -> str:
    """The red banner over the cameras ("" when there is no alarm)."""
    lines = []
    if status.host_key is HostKeyState.CHANGED:
        lines.append(
            QCoreApplication.translate(
                "UploadStatus",
                "The archive server shows another key (%1): nothing is sent. Call the server's admin: "
                "if the server was not re-installed, someone may be intercepting the connection.",
            ).replace("%1", status.seen_fingerprint)
        )
    if status.backlog_alarm and status.oldest_pending_ts is not None:
        lines.append(
            QCoreApplication.translate(
                "UploadStatus",
                "The archive is not leaving this PC: the oldest file has waited %1 (%2). "
                "Restore the connection to the archive server.",
            )
            .replace("%1", duration_text(now - status.oldest_pending_ts))
            .replace("%2", backlog_text(status))
        )
    return "\n".join(lines)

"""What the officer reads about a camera's state, in the UI language."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cgrconsole.core.anpr.recognizer import RecognitionState, RecognitionStatus
from cgrconsole.core.archive.recorder import ArchiveProblem
from cgrconsole.core.archive.retention import ArchiveAlarm
from cgrconsole.core.camera.status import CameraState, FailureReason
from cgrconsole.core.supervision import WorkerFault
from cgrconsole.ui.event_text import AMBER, GREEN
from cgrconsole.ui.upload_text import size_text


# lupdate finds only literal QCoreApplication.translate("Context", "text") calls, hence no helper.
def state_text(state: CameraState) -> str:
    return {
        CameraState.CONNECTING: QCoreApplication.translate("CameraStatus", "Connecting"),
        CameraState.LIVE: QCoreApplication.translate("CameraStatus", "Live"),
        CameraState.RECONNECTING: QCoreApplication.translate("CameraStatus", "Reconnecting"),
        CameraState.OFFLINE: QCoreApplication.translate("CameraStatus", "Offline"),
        CameraState.DISABLED: QCoreApplication.translate("CameraStatus", "Disabled"),
    }[state]


def state_color(state: CameraState) -> QColor:
    return {
        CameraState.CONNECTING: QColor("#8ab4f8"),
        CameraState.LIVE: QColor("#34c759"),
        CameraState.RECONNECTING: QColor("#ffb020"),
        CameraState.OFFLINE: QColor("#ff4d4f"),
        CameraState.DISABLED: QColor("#9aa0a6"),
    }[state]


# Entry and exit told apart without reading (ВЪЕЗД/ВЫЕЗД differ by two letters): an arrow and a colour,
# the same in every language and on every screen (list, history, details, tiles).
ENTRY_ARROW, EXIT_ARROW = "↓", "↑"
ENTRY_COLOR, EXIT_COLOR = GREEN, AMBER


def direction_text(direction: str) -> str:
    """The direction with its arrow: "↓ ENTRY", "↑ EXIT"."""
    if direction == "entry":
        word = QCoreApplication.translate("CameraStatus", "ENTRY")
        return f"{ENTRY_ARROW} {word}"
    word = QCoreApplication.translate("CameraStatus", "EXIT")
    return f"{EXIT_ARROW} {word}"


def direction_color(direction: str) -> QColor:
    return QColor(ENTRY_COLOR if direction == "entry" else EXIT_COLOR)


def reason_text(reason: FailureReason) -> str:
    """What happened and what to do about it."""
    return {
        FailureReason.INVALID_URL: QCoreApplication.translate(
            "CameraStatus", "The camera address is not valid. Correct it in the camera settings."
        ),
        FailureReason.UNSUPPORTED_SCHEME: QCoreApplication.translate(
            "CameraStatus", "The camera address must start with rtsp:// or rtsps://."
        ),
        FailureReason.HOST_NOT_FOUND: QCoreApplication.translate(
            "CameraStatus", "The camera's host name is unknown. Check the address and the VPN."
        ),
        FailureReason.UNREACHABLE: QCoreApplication.translate(
            "CameraStatus",
            "The camera cannot be reached. Check the VPN tunnel, the cable and the camera's power.",
        ),
        FailureReason.REFUSED: QCoreApplication.translate(
            "CameraStatus", "The camera refused the connection. Check the RTSP port."
        ),
        FailureReason.NO_RESPONSE: QCoreApplication.translate(
            "CameraStatus", "The camera does not answer. Restart the camera."
        ),
        FailureReason.NOT_RTSP: QCoreApplication.translate(
            "CameraStatus",
            "The device at this address is not an RTSP camera. Check the port and the address.",
        ),
        FailureReason.NOT_FOUND: QCoreApplication.translate(
            "CameraStatus", "The camera has no stream at this path. Check the address."
        ),
        FailureReason.UNAUTHORIZED: QCoreApplication.translate(
            "CameraStatus", "Wrong camera user name or password. Ask the administrator to correct them."
        ),
        FailureReason.FORBIDDEN: QCoreApplication.translate(
            "CameraStatus", "The camera user may not view this stream. Check the user's rights on the camera."
        ),
        FailureReason.CAMERA_ERROR: QCoreApplication.translate(
            "CameraStatus", "The camera reported an error. Restart the camera."
        ),
        FailureReason.NO_VIDEO: QCoreApplication.translate(
            "CameraStatus", "The stream has no video. Choose another stream in the address."
        ),
        FailureReason.UNSUPPORTED_CODEC: QCoreApplication.translate(
            "CameraStatus", "The camera does not send H.264 or H.265. Set its encoder to H.264."
        ),
        FailureReason.STREAM_ENDED: QCoreApplication.translate(
            "CameraStatus", "The camera ended the stream."
        ),
        FailureReason.STALLED: QCoreApplication.translate(
            "CameraStatus", "No video from the camera for too long."
        ),
        FailureReason.CONNECTION_LOST: QCoreApplication.translate(
            "CameraStatus", "The connection to the camera was lost."
        ),
        FailureReason.INTERNAL_ERROR: QCoreApplication.translate(
            "CameraStatus", "An internal error stopped this camera. See the log."
        ),
    }[reason]


def archive_problem_text(problem: ArchiveProblem) -> str:
    """Short: it sits in a tile's corner."""
    return {
        ArchiveProblem.ROOT_MISSING: QCoreApplication.translate("ArchiveStatus", "archive folder missing"),
        ArchiveProblem.READ_ONLY: QCoreApplication.translate("ArchiveStatus", "archive is read-only"),
        ArchiveProblem.DISK_FULL: QCoreApplication.translate("ArchiveStatus", "archive disk full"),
        ArchiveProblem.WRITE_ERROR: QCoreApplication.translate("ArchiveStatus", "archive write error"),
        ArchiveProblem.INTERNAL_ERROR: QCoreApplication.translate(
            "ArchiveStatus", "internal error, restarting"
        ),
    }[problem]


def archive_alarm_text(alarm: ArchiveAlarm, files: int) -> str:
    if alarm is ArchiveAlarm.DELETED_BEFORE_UPLOAD:
        # %1, not %n: lupdate does not mark translate(..., n) as plural, and Qt then finds no translation
        return QCoreApplication.translate(
            "ArchiveStatus",
            "Archive disk almost full: %1 file(s) deleted before upload to keep recording. "
            "Free space on the disk.",
        ).replace("%1", str(files))
    if alarm is ArchiveAlarm.DISK_FULL:
        return QCoreApplication.translate(
            "ArchiveStatus", "Archive disk full: recording will stop. Free space on the archive disk now."
        )
    if alarm is ArchiveAlarm.DATA_DISK_FULL:
        return QCoreApplication.translate(
            "ArchiveStatus",
            "Disk of the console's data full: new plate events cannot be saved. Free space on it now.",
        )
    return ""


def days_held_text(days: float) -> str:
    """How far back the archive goes: "< 1 day" in its first day, then whole days."""
    if days < 1:
        return QCoreApplication.translate("ArchiveStatus", "< 1 day")
    # %1, not %n: lupdate does not mark translate(..., n) as plural ("дн." fits every number)
    return QCoreApplication.translate("ArchiveStatus", "%1 days").replace("%1", f"{days:.0f}")


def archive_summary_text(days: float, size_bytes: int, free_bytes: int) -> str:
    """ "Archive: < 1 day, 96.2 MB, 120.0 GB free": the units follow the sizes."""
    return (
        QCoreApplication.translate("ArchiveStatus", "Archive: %1, %2, %3 free")
        .replace("%1", days_held_text(days))
        .replace("%2", size_text(size_bytes))
        .replace("%3", size_text(free_bytes))
    )


def worker_text(worker: str) -> str:
    """A worker's thread name (record-Camera1, anpr, ...) as the officer knows the part."""
    kind, _, camera = worker.partition("-")
    if kind == "record" and camera:
        return QCoreApplication.translate("WorkerStatus", "Recording of %1").replace("%1", camera)
    if kind == "ingest" and camera:
        return QCoreApplication.translate("WorkerStatus", "Camera %1").replace("%1", camera)
    if worker.startswith("anpr"):
        return QCoreApplication.translate("WorkerStatus", "Plate recognition")
    if worker == "janitor":
        return QCoreApplication.translate("WorkerStatus", "Archive and data maintenance")
    if worker.startswith("outbox"):
        return QCoreApplication.translate("WorkerStatus", "Sending events")
    return worker


def worker_faults_text(faults: list[WorkerFault]) -> str:
    """The status bar's line about internal errors of the last minutes ("" when there were none)."""
    if not faults:
        return ""
    last = faults[-1]
    if last.restart_in_s is None:  # an error outside any worker (nothing restarts it)
        text = QCoreApplication.translate(
            "WorkerStatus", "Internal error in %1 at %2. Tell the administrator (see the log)"
        )
    else:
        text = QCoreApplication.translate(
            "WorkerStatus",
            "Internal error in %1 at %2: restarted by itself. Tell the administrator (see the log)",
        )
    return text.replace("%1", worker_text(last.worker)).replace(
        "%2", time.strftime("%H:%M", time.localtime(last.at))
    )


def recognition_text(status: RecognitionStatus) -> str:
    """ "" while recognition runs; otherwise what the officer must know."""
    if status.state is RecognitionState.LOADING:
        return QCoreApplication.translate("WorkerStatus", "Plate recognition: loading the model…")
    if status.state is RecognitionState.FAILED:
        return QCoreApplication.translate(
            "WorkerStatus",
            "Plate recognition is OFF: its model could not be loaded. Call the administrator (see the log)",
        )
    return ""

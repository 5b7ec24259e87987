"""The health view's texts, in the UI language: disks and retention, recording, live stream, upload, errors.

Pure functions of the snapshot's parts (``health_snapshot``); the view lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from cgrconsole.core.anpr.recognizer import RecognitionStatus
from cgrconsole.core.archive.recorder import RecorderState, RecorderStatus
from cgrconsole.core.archive.upload.status import UploadStatus
from cgrconsole.core.live.view import LiveView
from cgrconsole.core.storage.space import DiskReading
from cgrconsole.core.supervision import WorkerFault
from cgrconsole.ui.event_text import local_time_text
from cgrconsole.ui.health_snapshot import HealthSnapshot
from cgrconsole.ui.status_text import archive_problem_text, days_held_text, recognition_text, worker_text
from cgrconsole.ui.upload_text import (
    backlog_text,
    duration_text,
    problem_text,
    size_text,
    speed_text,
    state_color,
    summary_text,
)


# lupdate finds only literal QCoreApplication.translate("Context", "text") calls, hence no helper.
def folder_text(role: str) -> str:
    return {
        "archive": QCoreApplication.translate("Health", "archive"),
        "data": QCoreApplication.translate("Health", "data"),
        "events": QCoreApplication.translate("Health", "plate photos"),
        "backups": QCoreApplication.translate("Health", "database copies"),
        "logs": QCoreApplication.translate("Health", "logs"),
    }.get(role, role)


def recording_text(status: RecorderStatus | None) -> tuple[str, bool]:
    """("yes", False), ("no: archive disk full", True) …; the bool: a problem to show in red."""
    if status is None:
        return QCoreApplication.translate("Health", "off (no archive)"), False
    if status.state is RecorderState.RECORDING:
        return QCoreApplication.translate("Health", "yes"), False
    if status.state is RecorderState.WAITING:
        return QCoreApplication.translate("Health", "waiting for video"), False
    problem = archive_problem_text(status.problem) if status.problem else ""
    return QCoreApplication.translate("Health", "NO: %1").replace("%1", problem), True


def disk_lines(disks: Sequence[DiskReading], min_free_bytes: int) -> list[str]:
    lines = []
    for disk in disks:
        line = (
            QCoreApplication.translate("Health", "Disk of the %1: %2 free of %3")
            .replace("%1", ", ".join(folder_text(f) for f in disk.folders))
            .replace("%2", size_text(disk.free))
            .replace("%3", size_text(disk.total))
        )
        if disk.free < min_free_bytes:
            line += " — " + QCoreApplication.translate(
                "Health", "below the %1 kept free: the oldest files are deleted"
            ).replace("%1", size_text(min_free_bytes))
        lines.append(line)
    if not lines:
        lines.append(QCoreApplication.translate("Health", "The disks have not been checked yet."))
    return lines


def archive_lines(snapshot: HealthSnapshot) -> list[str]:
    archive = snapshot.archive
    if archive is None:
        return [QCoreApplication.translate("Health", "The archive is off: no video is recorded.")]
    return [
        QCoreApplication.translate("Health", "Archive: %1 files, %2, going back %3")
        .replace("%1", str(archive.files))
        .replace("%2", size_text(archive.size_bytes))
        .replace("%3", days_held_text(archive.days_held))
    ]


def retention_lines(snapshot: HealthSnapshot) -> tuple[list[str], bool]:
    """What keeping the configured days takes, and whether the disk holds it (True: it does not)."""
    need = snapshot.retention
    if snapshot.archive is None:
        return [], False
    if need is None:
        return [
            QCoreApplication.translate(
                "Health", "The space the retention needs is known once the cameras record."
            )
        ], False
    how = (
        QCoreApplication.translate("Health", "at the %1 recorded so far")
        if need.measured
        else QCoreApplication.translate("Health", "at the %1 the cameras record now")
    ).replace("%1", speed_text(need.bytes_per_s))
    lines = [
        QCoreApplication.translate("Health", "Keeping %1 days needs about %2 (%3); room for the archive: %4.")
        .replace("%1", str(need.days))
        .replace("%2", size_text(need.need_bytes))
        .replace("%3", how)
        .replace("%4", size_text(need.room_bytes))
    ]
    if need.enough:
        lines.append(QCoreApplication.translate("Health", "The disk holds the retention."))
        return lines, False
    lines.append(
        QCoreApplication.translate(
            "Health",
            "NOT ENOUGH: about %1 days fit. Add disk space or lower the retention, or the oldest "
            "video goes before its time.",
        ).replace("%1", f"{need.days_that_fit:.0f}")
    )
    return lines, True


def live_lines(view: LiveView | None, zone: tzinfo, now: float) -> list[str]:
    if view is None or view.state == "off":
        return [QCoreApplication.translate("Health", "The live stream is off.")]
    if view.state == "not_running":
        return [QCoreApplication.translate("Health", "The live stream is NOT running (see the log).")]
    lines = [
        QCoreApplication.translate("Health", "Served at %1; clients watching now: %2")
        .replace("%1", view.base_url)
        .replace("%2", str(len(view.clients)))
    ]
    for client in view.clients:
        lines.append(
            QCoreApplication.translate("Health", "%1 watches %2 since %3")
            .replace("%1", client.address)
            .replace("%2", ", ".join(client.cameras))
            .replace("%3", local_time_text(client.since, zone, now))
        )
    return lines


def upload_lines(status: UploadStatus | None, zone: tzinfo, now: float) -> tuple[list[str], str]:
    """The upload's lines and their colour ("" for normal)."""
    if status is None:
        return [QCoreApplication.translate("Health", "The archive upload (SFTP) is off.")], ""
    queue = (
        QCoreApplication.translate("Health", "Queue: %1").replace("%1", backlog_text(status))
        if status.backlog_files
        else QCoreApplication.translate("Health", "Queue: empty")
    )
    lines = [summary_text(status), queue]
    if status.oldest_pending_ts is not None:
        lines.append(
            QCoreApplication.translate("Health", "The oldest file waits for %1").replace(
                "%1", duration_text(now - status.oldest_pending_ts)
            )
        )
    if status.parked:
        lines.append(
            QCoreApplication.translate("Health", "Put aside after errors: %1 file(s)").replace(
                "%1", str(len(status.parked))
            )
        )
    if status.last_problem is not None and status.last_error_ts is not None:
        lines.append(
            QCoreApplication.translate("Health", "Last problem at %1: %2")
            .replace("%1", local_time_text(status.last_error_ts, zone, now))
            .replace("%2", problem_text(status.last_problem))
        )
    return lines, state_color(status)


def faults_lines(
    recognition: RecognitionStatus | None, faults: Sequence[WorkerFault], zone: tzinfo, now: float
) -> tuple[list[str], bool]:
    """Recognition that is not running, each internal error of the last hour (True: something to act on)."""
    lines = []
    if recognition is None:
        lines.append(QCoreApplication.translate("Health", "Plate recognition is off."))
    elif text := recognition_text(recognition):
        lines.append(text)
    else:
        lines.append(QCoreApplication.translate("Health", "Plate recognition runs."))
    for fault in faults:
        text = (
            QCoreApplication.translate("Health", "%1 — %2: %3")
            if fault.restart_in_s is None
            else QCoreApplication.translate("Health", "%1 — %2: %3 (restarted by itself)")
        )
        lines.append(
            text.replace("%1", local_time_text(fault.at, zone, now))
            .replace("%2", worker_text(fault.worker))
            .replace("%3", fault.error)
        )
    if not faults:
        lines.append(QCoreApplication.translate("Health", "No internal error in the last hour."))
    bad = bool(faults) or (recognition is not None and bool(recognition_text(recognition)))
    return lines, bad

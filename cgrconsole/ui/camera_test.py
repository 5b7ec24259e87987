"""The camera page's *Test*: connects with the fields as typed, shows a live picture and the stream's facts.

The session runs on a thread of its own (``core/camera/probe.py``, the same RTSP source as the ingest);
its facts and errors come back through a queued signal, the picture is pulled from the probe by a timer.
"""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cgrconsole.core.archive.recorder import needs_transcoding
from cgrconsole.core.camera.probe import CameraProbe, ProbeFacts
from cgrconsole.core.camera.rtsp import RtspSource
from cgrconsole.core.camera.settings import CameraConfig, IngestConfig
from cgrconsole.core.camera.source import PacketSource, SourceError, SourceOptions
from cgrconsole.core.camera.status import FailureReason
from cgrconsole.core.camera.url import CameraUrlError, parse_camera_url
from cgrconsole.core.source_factory import make_source_factory
from cgrconsole.ui.roi_preview import RoiPreview
from cgrconsole.ui.settings_page import ERROR_STYLE, OK_STYLE, WARNING_STYLE, tr
from cgrconsole.ui.status_text import reason_text

PREVIEW_W, PREVIEW_H = 320, 180
TEST_TIMEOUT_S = 8.0  # connecting and learning the stream; then the picture stays live for PREVIEW_S
PREVIEW_S = 30.0


def failure_text(error: SourceError) -> str:
    """What went wrong and what to do, for the admin at the camera page."""
    own = {
        FailureReason.UNAUTHORIZED: tr(
            "Wrong user name or password: the camera refused them (401). "
            "Correct the User and Password fields."
        ),
        FailureReason.HOST_NOT_FOUND: tr(
            "The host name in the RTSP URL is unknown. Check the address (or use the camera's IP)."
        ),
        FailureReason.UNREACHABLE: tr(
            "The camera cannot be reached. Check the IP address in the RTSP URL, the VPN and the cable."
        ),
        FailureReason.REFUSED: tr(
            "Nothing listens at this port. Check the port in the RTSP URL (usually 554)."
        ),
        FailureReason.NO_RESPONSE: tr(
            "The camera does not answer in time (timeout). Check the address, or restart the camera."
        ),
        FailureReason.NOT_FOUND: tr(
            "The camera has no stream at this path. Check the path in the RTSP URL (see the camera's manual)."
        ),
        FailureReason.STALLED: tr(
            "The camera connected but sent no picture in time. Try the camera's main stream."
        ),
    }.get(error.reason)
    return own or reason_text(error.reason)


def camera_source(camera: CameraConfig, password: str | None, ingest: IngestConfig) -> PacketSource:
    """The source for a test session: the typed password (or the stored one), the configured timeouts."""
    url = parse_camera_url(camera.url)  # raises CameraUrlError
    if url.scheme == "synthetic":
        return make_source_factory(None, ingest)(camera)
    timeout = min(ingest.open_timeout_s, TEST_TIMEOUT_S)
    options = SourceOptions(camera.transport, timeout, min(ingest.read_timeout_s, TEST_TIMEOUT_S))
    return RtspSource(url, password or url.password or None, options)


class _Relay(QObject):
    facts = Signal(object)
    failed = Signal(object)


class CameraTestWidget(QWidget):
    """A *Test* button, the preview and what was learned. ``start(camera, password)`` runs a test."""

    finished = Signal(str, str)  # the camera's name, the outcome code ("ok", a failure reason)

    def __init__(self, ingest: IngestConfig, archive_on: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ingest, self.archive_on = ingest, archive_on
        self.probe: CameraProbe | None = None
        self.facts: ProbeFacts | None = None
        self.button = QPushButton(tr("Test"), self)
        self.button.setToolTip(tr("Connect to the camera with these fields and show its picture"))
        self.preview = RoiPreview(self)
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setStyleSheet("background: #202124; color: #9aa0a6;")
        self.preview.setText(tr("No picture yet"))
        self.result = QLabel(self, wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.preview)
        column.addWidget(self.result, 1)
        self._relay = _Relay(self)
        self._relay.facts.connect(self._on_facts)
        self._relay.failed.connect(self._on_failed)
        self._timer = QTimer(self, interval=200)
        self._timer.timeout.connect(self._pull_picture)
        self._shown: int = -1
        self._camera = ""

    def start(self, camera: CameraConfig, password: str | None) -> None:
        self.stop()
        self.facts = None
        self.result.setStyleSheet("")
        try:
            source = camera_source(camera, password, self.ingest)
        except CameraUrlError as exc:
            self.probe = None
            self._camera = camera.name
            self._on_failed((None, SourceError(exc.reason, exc.detail)))
            return
        probe = CameraProbe(source, facts_timeout_s=TEST_TIMEOUT_S, preview_s=PREVIEW_S)
        self.probe = probe
        self._camera = camera.name
        self.result.setText(tr("Connecting to %1…").replace("%1", camera.label))
        self.preview.setText(tr("Connecting…"))
        self._shown = -1
        self._timer.start()
        threading.Thread(
            target=probe.run,
            args=(
                lambda facts: self._relay.facts.emit((probe, facts)),
                lambda e: self._relay.failed.emit((probe, e)),
            ),
            name=f"camera-test-{camera.name}",
            daemon=True,
        ).start()

    def stop(self) -> None:
        if self.probe is not None:
            self.probe.stop()
        self._timer.stop()

    def _pull_picture(self) -> None:
        probe = self.probe
        if probe is None or probe.latest is None or probe.pictures == self._shown:
            return
        self._shown = probe.pictures
        image: np.ndarray = probe.latest
        height, width = image.shape[:2]
        qimage = QImage(image.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
        self.preview.setPixmap(
            QPixmap.fromImage(qimage).scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _on_facts(self, answer: tuple[CameraProbe, ProbeFacts]) -> None:
        probe, facts = answer
        if probe is not self.probe:
            return  # an earlier test's late answer
        self.facts = facts
        info = facts.info
        lines = [
            tr("Codec: %1, %2×%3")
            .replace("%1", info.codec.upper())
            .replace("%2", str(info.width))
            .replace("%3", str(info.height)),
            tr("Frame rate: %1 fps").replace("%1", f"{facts.fps:.1f}" if facts.fps else "?"),
        ]
        if facts.gop_frames is not None:
            seconds = facts.gop_seconds
            gop = tr("Keyframe every %1 frames").replace("%1", str(facts.gop_frames))
            lines.append(gop + (f" ({seconds:.1f} s)" if seconds else ""))
        else:
            lines.append(
                tr("Keyframe interval: longer than the test (over %1 s)").replace(
                    "%1", f"{TEST_TIMEOUT_S:.0f}"
                )
            )
        transcode = needs_transcoding(info)
        if not self.archive_on:
            lines.append(tr("Archive: off"))
        elif transcode:
            lines.append(
                tr(
                    "Archive: will be re-encoded to H.264 720p (uses the processor). Set the camera to "
                    "H.264, at most 1280×720, to record it as it is."
                )
            )
        else:
            lines.append(tr("Archive: will copy the stream as it is (no re-encoding)."))
        self.result.setStyleSheet(WARNING_STYLE if transcode and self.archive_on else OK_STYLE)
        self.result.setText("\n".join(lines))
        self.finished.emit(self._camera, "ok")

    def _on_failed(self, answer: tuple[CameraProbe | None, SourceError]) -> None:
        probe, error = answer
        if probe is not self.probe:
            return
        self._timer.stop()
        self.preview.clear()
        self.preview.setText(tr("No picture"))
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(tr("Test failed: %1").replace("%1", failure_text(error)))
        self.finished.emit(self._camera, str(error.reason.value))

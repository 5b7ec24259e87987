"""What the officer reads about a camera's state, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cgrconsole.core.camera.status import CameraState, FailureReason


def _tr(text: str) -> str:
    return QCoreApplication.translate("CameraStatus", text)


def state_text(state: CameraState) -> str:
    return {
        CameraState.CONNECTING: _tr("Connecting"),
        CameraState.LIVE: _tr("Live"),
        CameraState.RECONNECTING: _tr("Reconnecting"),
        CameraState.OFFLINE: _tr("Offline"),
        CameraState.DISABLED: _tr("Disabled"),
    }[state]


def state_color(state: CameraState) -> QColor:
    return {
        CameraState.CONNECTING: QColor("#8ab4f8"),
        CameraState.LIVE: QColor("#34c759"),
        CameraState.RECONNECTING: QColor("#ffb020"),
        CameraState.OFFLINE: QColor("#ff4d4f"),
        CameraState.DISABLED: QColor("#9aa0a6"),
    }[state]


def direction_text(direction: str) -> str:
    return _tr("ENTRY") if direction == "entry" else _tr("EXIT")


def reason_text(reason: FailureReason) -> str:
    """What happened and what to do about it."""
    return {
        FailureReason.INVALID_URL: _tr("The camera address is not valid. Correct it in the camera settings."),
        FailureReason.UNSUPPORTED_SCHEME: _tr("The camera address must start with rtsp:// or rtsps://."),
        FailureReason.HOST_NOT_FOUND: _tr("The camera's host name is unknown. Check the address and the VPN."),
        FailureReason.UNREACHABLE: _tr("The camera cannot be reached. Check the VPN tunnel, the cable and the "
                                       "camera's power."),
        FailureReason.REFUSED: _tr("The camera refused the connection. Check the RTSP port."),
        FailureReason.NO_RESPONSE: _tr("The camera does not answer. Restart the camera."),
        FailureReason.NOT_RTSP: _tr("The device at this address is not an RTSP camera. Check the port and "
                                    "the address."),
        FailureReason.NOT_FOUND: _tr("The camera has no stream at this path. Check the address."),
        FailureReason.UNAUTHORIZED: _tr("Wrong camera user name or password. Ask the administrator to "
                                        "correct them."),
        FailureReason.FORBIDDEN: _tr("The camera user may not view this stream. Check the user's rights "
                                     "on the camera."),
        FailureReason.CAMERA_ERROR: _tr("The camera reported an error. Restart the camera."),
        FailureReason.NO_VIDEO: _tr("The stream has no video. Choose another stream in the address."),
        FailureReason.UNSUPPORTED_CODEC: _tr("The camera does not send H.264 or H.265. Set its encoder to "
                                             "H.264."),
        FailureReason.STREAM_ENDED: _tr("The camera ended the stream."),
        FailureReason.STALLED: _tr("No video from the camera for too long."),
        FailureReason.CONNECTION_LOST: _tr("The connection to the camera was lost."),
        FailureReason.INTERNAL_ERROR: _tr("An internal error stopped this camera. See the log."),
    }[reason]

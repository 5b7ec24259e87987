"""What a camera is doing and, when it is not live, why."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CameraState(StrEnum):
    CONNECTING = "connecting"  # first attempt after start
    LIVE = "live"  # packets are arriving
    RECONNECTING = "reconnecting"  # lost or failed; retrying with backoff
    OFFLINE = "offline"  # failing for a reason retries alone will not fix, or for long
    DISABLED = "disabled"  # switched off in the configuration


class FailureReason(StrEnum):
    """Why a camera is not live. ``permanent`` reasons need a person to fix something."""

    INVALID_URL = "invalid_url"
    UNSUPPORTED_SCHEME = "unsupported_scheme"
    HOST_NOT_FOUND = "host_not_found"
    UNREACHABLE = "unreachable"
    REFUSED = "refused"
    NO_RESPONSE = "no_response"
    NOT_RTSP = "not_rtsp"
    NOT_FOUND = "not_found"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    CAMERA_ERROR = "camera_error"
    NO_VIDEO = "no_video"
    UNSUPPORTED_CODEC = "unsupported_codec"
    STREAM_ENDED = "stream_ended"
    STALLED = "stalled"
    CONNECTION_LOST = "connection_lost"
    INTERNAL_ERROR = "internal_error"

    @property
    def permanent(self) -> bool:
        return self in _PERMANENT

    @property
    def retryable(self) -> bool:
        """False only when the configuration itself must change first."""
        return self not in (FailureReason.INVALID_URL, FailureReason.UNSUPPORTED_SCHEME)

    @property
    def message(self) -> str:
        """English description with what to do; logged as is, translated by the UI."""
        return _MESSAGES[self]


_PERMANENT = frozenset(
    {
        FailureReason.INVALID_URL,
        FailureReason.UNSUPPORTED_SCHEME,
        FailureReason.NOT_RTSP,
        FailureReason.NOT_FOUND,
        FailureReason.UNAUTHORIZED,
        FailureReason.FORBIDDEN,
        FailureReason.NO_VIDEO,
        FailureReason.UNSUPPORTED_CODEC,
    }
)

_MESSAGES = {
    FailureReason.INVALID_URL: "the camera URL is not valid; correct it in the camera settings",
    FailureReason.UNSUPPORTED_SCHEME: "the camera URL must start with rtsp:// or rtsps://",
    FailureReason.HOST_NOT_FOUND: "the camera's host name is unknown; check the address and DNS/VPN",
    FailureReason.UNREACHABLE: (
        "the camera cannot be reached; check the VPN tunnel, cabling and the camera's power"
    ),
    FailureReason.REFUSED: "the camera refused the connection; check the RTSP port",
    FailureReason.NO_RESPONSE: "the camera accepted the connection but does not answer; restart the camera",
    FailureReason.NOT_RTSP: "the device at this address does not speak RTSP; check the port and the URL",
    FailureReason.NOT_FOUND: "the camera has no stream at this path; check the path in the URL",
    FailureReason.UNAUTHORIZED: "wrong camera user name or password (401); correct the credentials",
    FailureReason.FORBIDDEN: "the camera user is not allowed to view this stream (403); check its rights",
    FailureReason.CAMERA_ERROR: "the camera reported an internal error; restart the camera",
    FailureReason.NO_VIDEO: "the stream has no video track; choose another stream in the URL",
    FailureReason.UNSUPPORTED_CODEC: "the camera does not send H.264 or H.265; set its encoder to H.264",
    FailureReason.STREAM_ENDED: "the camera ended the stream; reconnecting",
    FailureReason.STALLED: "no video from the camera for too long; reconnecting",
    FailureReason.CONNECTION_LOST: "the connection to the camera was lost; reconnecting",
    FailureReason.INTERNAL_ERROR: "an internal error stopped this camera; see the log",
}


@dataclass(frozen=True, slots=True)
class CameraStatus:
    """A snapshot of one camera, replaced as a whole on every change."""

    camera: str
    state: CameraState
    reason: FailureReason | None = None
    detail: str = ""  # e.g. the codec name for UNSUPPORTED_CODEC; never a secret
    since: float = 0.0  # epoch seconds the state began
    retry_at: float | None = None
    codec: str = ""
    width: int = 0
    height: int = 0
    fps: float = 0.0
    bitrate_bps: float = 0.0
    frames: int = 0
    dropped: int = 0
    # Live, yet the picture has not changed since this time (epoch s): a frozen image. None while it moves.
    same_picture_since: float | None = None

    def describe(self) -> str:
        """One English line for logs and the headless console."""
        if self.state is CameraState.LIVE:
            text = f"live, {self.codec} {self.width}x{self.height}"
            if self.fps > 0:
                text += f", {self.fps:.1f} fps, {self.bitrate_bps / 1000:.0f} kbit/s"
            if self.same_picture_since is not None:
                text += ", the picture is frozen (the camera sends the same image)"
            return text
        text = self.state.value
        if self.reason is not None:
            text += f": {self.reason.message}"
            if self.detail:
                text += f" ({self.detail})"
        return text

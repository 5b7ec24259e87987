"""RTSP cameras through PyAV (FFmpeg): one session, demux only, no decoding here."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator
from fractions import Fraction

import av
import av.error

from cgrconsole.core.camera.packets import EncodedPacket, StreamInfo
from cgrconsole.core.camera.source import SourceError, SourceOptions, check_codec
from cgrconsole.core.camera.status import FailureReason
from cgrconsole.core.camera.url import CameraUrl

# FFmpeg's messages carry the URL with its password: classify by type, never log str(exc).
_OPEN_ERRORS: tuple[tuple[type[BaseException], FailureReason], ...] = (
    (av.error.HTTPUnauthorizedError, FailureReason.UNAUTHORIZED),
    (av.error.HTTPForbiddenError, FailureReason.FORBIDDEN),
    (av.error.HTTPNotFoundError, FailureReason.NOT_FOUND),
    (av.error.HTTPError, FailureReason.CAMERA_ERROR),
    (av.error.ConnectionRefusedError, FailureReason.REFUSED),
    (av.error.ConnectionResetError, FailureReason.CONNECTION_LOST),
    (av.error.TimeoutError, FailureReason.NO_RESPONSE),
    (av.error.ArgumentError, FailureReason.INVALID_URL),
)


def _preflight(url: CameraUrl, timeout: float) -> None:
    """Our own first look, so that each kind of failure gets its own clear reason.

    DNS, routing and port problems come from a plain TCP connect. For rtsp:// an OPTIONS
    request (without credentials) then tells an RTSP device from anything else listening
    there, and a silent one from both. FFmpeg reports all of these as "invalid data".
    """
    host, port = url.host, url.port
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise SourceError(FailureReason.HOST_NOT_FOUND, host) from None
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except ConnectionRefusedError:
        raise SourceError(FailureReason.REFUSED, f"port {port}") from None
    except OSError as exc:  # TimeoutError, ENETUNREACH, EHOSTUNREACH ...
        raise SourceError(FailureReason.UNREACHABLE, f"{host}:{port} ({type(exc).__name__})") from None
    with sock:
        if url.scheme != "rtsp":
            return  # rtsps: the TLS handshake is FFmpeg's business
        request = f"OPTIONS {url.with_password(None)} RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: cgrconsole\r\n\r\n"
        try:
            sock.sendall(request.encode("ascii", "replace"))
            head = sock.recv(16)
        except TimeoutError:
            raise SourceError(FailureReason.NO_RESPONSE, f"no answer to OPTIONS in {timeout:.0f} s") from None
        except OSError as exc:
            raise SourceError(FailureReason.CONNECTION_LOST, type(exc).__name__) from None
    if not head:
        raise SourceError(FailureReason.CONNECTION_LOST, "closed without answering OPTIONS")
    if not head.startswith(b"RTSP/"):
        raise SourceError(FailureReason.NOT_RTSP, f"answered {head[:8]!r}")


def classify_open_error(exc: BaseException, elapsed: float, timeout: float) -> FailureReason:
    """After the pre-check proved an RTSP peer, what FFmpeg's failure most likely means."""
    for kind, reason in _OPEN_ERRORS:
        if isinstance(exc, kind):
            return reason
    if isinstance(exc, av.error.InvalidDataError):
        # "invalid data" is also what FFmpeg's interrupt callback leaves after the open timeout
        return FailureReason.NO_RESPONSE if elapsed >= 0.9 * timeout else FailureReason.CAMERA_ERROR
    if isinstance(exc, OSError):
        return FailureReason.CONNECTION_LOST
    return FailureReason.CAMERA_ERROR


class RtspSource:
    """A PyAV RTSP session. Not thread-safe: one ingest thread owns it."""

    def __init__(
        self,
        url: CameraUrl,
        password: str | None,
        options: SourceOptions,
        clock: Callable[[], float] = time.time,
        credential_hint: str = "",
    ) -> None:
        self._url = url
        self._credential_hint = credential_hint
        self._password = password
        self._options = options
        self._clock = clock
        self._container: av.container.InputContainer | None = None
        self._stream: av.video.stream.VideoStream | None = None
        self.info = StreamInfo("", 0, 0, 0.0, Fraction(1, 90000))

    def open(self) -> None:
        opts = self._options
        _preflight(self._url, opts.open_timeout)
        started = time.monotonic()
        try:
            container = av.open(
                self._url.with_password(self._password),
                options={
                    "rtsp_transport": opts.transport,
                    "timeout": str(int(opts.read_timeout * 1_000_000)),
                    "analyzeduration": "1000000",
                    "probesize": "1000000",
                },
                timeout=(opts.open_timeout, opts.read_timeout),
            )
        except Exception as exc:  # PyAV raises many kinds; all are classified
            elapsed = time.monotonic() - started
            reason = classify_open_error(exc, elapsed, opts.open_timeout)
            hint = self._credential_hint if reason is FailureReason.UNAUTHORIZED else ""
            raise SourceError(reason, hint or type(exc).__name__) from None
        if not container.streams.video:
            container.close()
            raise SourceError(FailureReason.NO_VIDEO)
        stream = container.streams.video[0]
        ctx = stream.codec_context
        rate = stream.average_rate or stream.guessed_rate
        self.info = StreamInfo(
            codec=ctx.name or "",
            width=ctx.width,
            height=ctx.height,
            fps=float(rate) if rate else 0.0,
            time_base=Fraction(stream.time_base) if stream.time_base else Fraction(1, 90000),
            extradata=bytes(ctx.extradata or b""),
        )
        self._container, self._stream = container, stream
        try:
            check_codec(self.info)
        except SourceError:
            self.close()
            raise

    def packets(self) -> Iterator[EncodedPacket]:
        assert self._container is not None and self._stream is not None, "open() first"
        time_base = self.info.time_base
        try:
            for packet in self._container.demux(self._stream):
                if packet.size == 0:
                    continue  # FFmpeg's flush packet at the end
                yield EncodedPacket(
                    data=bytes(packet),
                    pts=packet.pts,
                    dts=packet.dts,
                    time_base=time_base,
                    is_keyframe=packet.is_keyframe,
                    wallclock=self._clock(),
                )
        except av.error.EOFError:
            raise SourceError(FailureReason.STREAM_ENDED) from None
        except (av.error.InvalidDataError, av.error.ExitError, av.error.TimeoutError):
            raise SourceError(
                FailureReason.STALLED, f"no packet for {self._options.read_timeout:.0f} s"
            ) from None
        except Exception as exc:
            raise SourceError(FailureReason.CONNECTION_LOST, type(exc).__name__) from None
        raise SourceError(FailureReason.STREAM_ENDED)

    def close(self) -> None:
        if self._container is not None:
            try:
                self._container.close()
            finally:
                self._container = self._stream = None

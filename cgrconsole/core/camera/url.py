"""Camera URLs: validation, credential handling and redaction.

Passwords live in the OS keyring, not in the URL of the configuration; the ingest puts
them in only at connect time. Nothing that prints a URL may print a password.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from cgrconsole.core.camera.status import FailureReason
from cgrconsole.core.problem import QT_TRANSLATE_NOOP, Problem

CAMERA_SCHEMES = ("rtsp", "rtsps", "synthetic")
DEFAULT_PORTS = {"rtsp": 554, "rtsps": 322}
_USERINFO = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*://)(?P<user>[^:@/\s]*):(?P<pw>[^@/\s]*)@")


class CameraUrlError(ValueError):
    def __init__(self, reason: FailureReason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class CameraUrl:
    scheme: str
    host: str
    port: int
    path: str
    username: str
    password: str

    def with_password(self, password: str | None) -> str:
        """The URL to hand to the demuxer, with credentials percent-encoded."""
        netloc = self.host if ":" not in self.host else f"[{self.host}]"
        netloc = f"{netloc}:{self.port}"
        if self.username:
            userinfo = quote(self.username, safe="")
            if password:
                userinfo += ":" + quote(password, safe="")
            netloc = f"{userinfo}@{netloc}"
        return urlunsplit((self.scheme, netloc, self.path, "", ""))


def parse_camera_url(url: str) -> CameraUrl:
    """Parse and check a camera URL; raise ``CameraUrlError`` saying what is wrong."""
    if not isinstance(url, str) or not url.strip() or any(c.isspace() for c in url.strip()):
        raise CameraUrlError(
            FailureReason.INVALID_URL,
            Problem("", QT_TRANSLATE_NOOP("ConfigProblem", "empty or contains spaces")),
        )
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        problem = Problem("", QT_TRANSLATE_NOOP("ConfigProblem", "cannot be parsed ({error})"), error=exc)
        raise CameraUrlError(FailureReason.INVALID_URL, problem) from None
    scheme = parts.scheme.lower()
    if not scheme:
        problem = Problem("", QT_TRANSLATE_NOOP("ConfigProblem", "has no scheme: write rtsp://host/path"))
        raise CameraUrlError(FailureReason.INVALID_URL, problem)
    if scheme not in CAMERA_SCHEMES:
        known = ", ".join(f"{s}://" for s in CAMERA_SCHEMES)
        template = QT_TRANSLATE_NOOP(
            "ConfigProblem", "unknown scheme {scheme!r}: a camera URL starts with {known}"
        )
        raise CameraUrlError(
            FailureReason.UNSUPPORTED_SCHEME, Problem("", template, scheme=scheme, known=known)
        )
    if not url[len(scheme) :].startswith("://"):
        problem = Problem(
            "", QT_TRANSLATE_NOOP("ConfigProblem", "write {scheme}://host/path (two slashes)"), scheme=scheme
        )
        raise CameraUrlError(FailureReason.INVALID_URL, problem)
    host = parts.hostname or ""
    if not host or not re.fullmatch(r"[A-Za-z0-9._:-]+", host):
        raise CameraUrlError(
            FailureReason.INVALID_URL, Problem("", QT_TRANSLATE_NOOP("ConfigProblem", "has no valid host"))
        )
    path = parts.path
    if parts.query:
        path += "?" + parts.query
    return CameraUrl(
        scheme=scheme,
        host=host,
        port=port or DEFAULT_PORTS.get(scheme, 0),
        path=path,
        username=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
    )


def redact_url(text: str) -> str:
    """Replace the password of every URL in ``text`` with ``***`` (the user name stays)."""
    return _USERINFO.sub(lambda m: f"{m['scheme']}{m['user']}:***@", text)

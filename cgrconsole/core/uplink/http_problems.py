"""What an HTTP exchange that went wrong means, the same for both clients: no answer, or a redirect.

A 3xx answer means the configured address is wrong (http instead of https, an old host). Neither
client follows redirects: a POST that follows one may be resent as a GET or lose its body, and a
redirect to another host would carry the bearer token there. So a 3xx is not retried as if it might
pass; it becomes a permanent, explained error naming the setting and the value to put in.
"""

from __future__ import annotations

import ssl
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from cgrconsole.core.uplink.reasons import Reason, because


def transport_reason(
    exc: BaseException, section: str, base_url: str, connect_s: float, read_s: float, ca_bundle: str
) -> Reason:
    """Why no answer came (``section``: "uplink.cgr" or "uplink.drvn", for the keys named)."""
    chain: list[BaseException] = [exc]
    while chain[-1].__cause__ or chain[-1].__context__:
        chain.append(chain[-1].__cause__ or chain[-1].__context__)  # type: ignore[arg-type]
    if any(isinstance(e, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY" in str(e) for e in chain):
        return because("net.tls_untrusted", key=f"{section}.ca_bundle")
    tls = next((e for e in chain if isinstance(e, ssl.SSLError)), None)
    if tls is not None:
        return because("net.tls_handshake", error=type(tls).__name__)
    if isinstance(exc, OSError) and not isinstance(exc, httpx.HTTPError) and ca_bundle:
        return because("net.ca_bundle", key=f"{section}.ca_bundle", path=ca_bundle)
    if isinstance(exc, httpx.ConnectTimeout):
        return because("net.connect_timeout", url=base_url, seconds=f"{connect_s:g}")
    if isinstance(exc, httpx.TimeoutException):
        return because("net.read_timeout", seconds=f"{read_s:g}")
    if isinstance(exc, httpx.RemoteProtocolError):
        return because("net.closed")
    if isinstance(exc, httpx.ConnectError):
        return because("net.connect", url=base_url, error=exc)
    return because("net.other", error=type(exc).__name__)


def redirect_of(answer: httpx.Response, section: str, base_url: str) -> Reason | None:
    """None unless ``answer`` is a 3xx; then what to set ``{section}.base_url`` to."""
    if not 300 <= answer.status_code < 400:
        return None
    return redirect_reason(
        f"{section}.base_url", base_url, str(answer.request.url), answer.headers.get("Location")
    )


def redirect_reason(key: str, base_url: str, requested: str, location: str | None) -> Reason:
    """Why ``requested`` (a URL under ``base_url``) was answered with a redirect to ``location``.

    The query is never repeated (CarGoRuqsat's Auth carries the registration token in it).
    """
    if not location:
        return because("redirect_unclear", location="?", key=key)
    target = urlsplit(urljoin(requested, location.strip()))
    shown = urlunsplit((target.scheme, target.netloc, target.path, "", ""))
    base_path = urlsplit(base_url).path.rstrip("/")
    asked_path = urlsplit(requested).path
    relative = asked_path[len(base_path) :] if asked_path.startswith(base_path) else asked_path
    if not target.scheme or not target.netloc or not relative or not target.path.endswith(relative):
        return because("redirect_unclear", location=shown, key=key)
    suggested = urlunsplit((target.scheme, target.netloc, target.path[: -len(relative)], "", ""))
    return because("redirect", location=shown, key=key, suggested=suggested.rstrip("/"))

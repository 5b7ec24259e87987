"""A 3xx answer means the configured address is wrong (http instead of https, an old host): say what to set.

Neither client follows redirects: a POST that follows one may be resent as a GET or lose its body,
and a redirect to another host would carry the bearer token there. So a 3xx is not retried as if
it might pass; it becomes a permanent, explained error naming the setting and the value to put in.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

from cgrconsole.core.uplink.reasons import Reason, because


def is_redirect(status: int | None) -> bool:
    return status is not None and 300 <= status < 400


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

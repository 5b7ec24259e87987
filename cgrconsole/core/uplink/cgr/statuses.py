"""What each CamEvent answer means: the ONE table from HTTP status to outcome.

Decisions that the service does not document (so they are ours, and the README repeats them):

* 2xx is delivered even when the body is not JSON: the status is the server's commitment, the body
  only informs (a ``remote_ref`` when it carries an id). A 2xx whose JSON says ``success: false``
  is read as the 400 it should have been.
* 409, or any 4xx whose message says the event already exists, is delivered (``already_there``):
  that is how a resend after a lost answer ends.
* 401: the token expired or was revoked; the client logs in again once and resends; a second 401
  becomes RetryLater (the service may be mid-rotation; the officer need not act).
* 403: a valid token that may not post here, i.e. the registration token belongs to the other mode
  (Checkpoint vs WaitingArea) or the site was disabled. Re-login cannot fix it, so it is Rejected
  (``http_403``) with a hint to check ``mode``; the officer resends once the admin fixed it.
* 404: the path does not exist: ``base_url`` or ``mode`` is wrong. Rejected (``http_404``).
* 413: the photo is too large for the service even after fitting: Rejected; lower ``photo_max_kb``.
* 408, 425, 429, 5xx and every network, timeout or TLS failure: RetryLater, honouring Retry-After.
* Any other 4xx: Rejected; any other status (1xx, 3xx): RetryLater.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Literal

from cgrconsole.core.uplink.destination import Delivered, Outcome, Rejected, RetryLater

Action = Literal["delivered", "already_there", "reauth", "reject", "retry"]


@dataclass(frozen=True)
class StatusRule:
    action: Action
    meaning: str


# Exact statuses first, then whole classes; the first entry whose range holds the status wins.
STATUS_TABLE: tuple[tuple[range, StatusRule], ...] = (
    (range(409, 410), StatusRule("already_there", "the event is already there (a resend)")),
    (range(401, 402), StatusRule("reauth", "the bearer token expired or was revoked")),
    (range(400, 401), StatusRule("reject", "the service refused the event's content")),
    (range(422, 423), StatusRule("reject", "the service refused the event's content")),
    (range(403, 404), StatusRule("reject", "forbidden: is the registration token for this mode?")),
    (range(404, 405), StatusRule("reject", "no such path: check uplink.cgr base_url and mode")),
    (range(413, 414), StatusRule("reject", "the photo is too large for the service: lower photo_max_kb")),
    (range(408, 409), StatusRule("retry", "the service timed out waiting for us")),
    (range(425, 426), StatusRule("retry", "the service asks to come back later")),
    (range(429, 430), StatusRule("retry", "too many requests")),
    (range(200, 300), StatusRule("delivered", "the service took the event")),
    (range(500, 600), StatusRule("retry", "the service has a problem")),
    (range(400, 500), StatusRule("reject", "the service refused the event")),
    (range(0, 1000), StatusRule("retry", "an unexpected answer")),
)
_ALREADY = ("already exist", "duplicate", "уже существует", "уже зарегистр", "already registered")
_MESSAGE_KEYS = ("message", "errormessage", "error_description", "detail", "title", "error", "errors")


def rule_for(status: int) -> StatusRule:
    return next(rule for codes, rule in STATUS_TABLE if status in codes)


def outcome_for(status: int, body: bytes, retry_after: str | None, now: float) -> Outcome:
    """The outcome of one CamEvent answer. ``reauth`` is the client's business and never reaches here."""
    data = _json(body)
    rule = rule_for(status)
    message = server_message(data, body)
    if rule.action == "delivered" and isinstance(data, dict) and _says_failure(data):
        rule = rule_for(400)
    if rule.action == "reject" and _says_already(message):
        rule = rule_for(409)
    if rule.action == "delivered":
        return Delivered(remote_ref=_remote_ref(data))
    if rule.action == "already_there":
        return Delivered(remote_ref=_remote_ref(data), already_there=True)
    detail = f"HTTP {status}: {rule.meaning}" + (f": {message}" if message else "")
    if rule.action == "reject":
        return Rejected(code=f"http_{status}", reason=detail, http_status=status)
    return RetryLater(reason=detail, after_s=retry_after_s(retry_after, now), http_status=status)


def retry_after_s(header: str | None, now: float) -> float | None:
    """Retry-After in seconds from now: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not header:
        return None
    header = header.strip()
    if header.isdigit():
        return float(header)
    try:
        moment = parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - now)


def server_message(data: Any, body: bytes, limit: int = 300) -> str:
    """What the server said, for people: a JSON message field, ProblemDetails errors, or the text."""
    if isinstance(data, dict):
        lowered = {str(k).lower(): v for k, v in data.items()}
        parts: list[str] = []
        for key in _MESSAGE_KEYS:
            value = lowered.get(key)
            if isinstance(value, str) and value and value not in parts:
                parts.append(value)
            elif isinstance(value, dict):  # ASP.NET ProblemDetails: {"errors": {"field": ["why"]}}
                parts += [
                    f"{k}: {'; '.join(map(str, v if isinstance(v, list) else [v]))}" for k, v in value.items()
                ]
            elif isinstance(value, list):
                parts += [str(v) for v in value]
        return " | ".join(parts)[:limit]
    if isinstance(data, str):
        return data[:limit]
    text = body.decode("utf-8", "replace").strip()
    return "" if text.startswith("<") else " ".join(text.split())[:limit]  # not an HTML error page


def _json(body: bytes) -> Any:
    try:
        return json.loads(body) if body.strip() else None
    except ValueError:
        return None


def _says_failure(data: dict[str, Any]) -> bool:
    lowered = {str(k).lower(): v for k, v in data.items()}
    return any(lowered.get(key) is False for key in ("success", "issuccess", "ok", "succeeded"))


def _says_already(message: str) -> bool:
    lowered = message.lower()
    return any(marker in lowered for marker in _ALREADY)


def _remote_ref(data: Any) -> str | None:
    if isinstance(data, dict):
        lowered = {str(k).lower(): v for k, v in data.items()}
        for key in ("id", "eventid", "camEventId".lower(), "result"):
            value = lowered.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool):
                return str(value)
    if isinstance(data, int | str) and not isinstance(data, bool):
        return str(data)[:100]
    return None

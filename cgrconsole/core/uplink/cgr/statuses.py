"""What each CamEvent answer means: the ONE table from HTTP status to outcome.

Decisions that the service does not document (so they are ours, and the README repeats them):

* 2xx is delivered even when the body is not JSON: the status is the server's commitment, the body
  only informs (a ``remote_ref`` when it carries an id). A 2xx whose JSON says ``success: false``
  is read as the 400 it should have been.
* "Already there" (a resend after a lost answer) is decided on structure only: HTTP 409, a ProblemDetails
  ``status`` of 409, or a machine error code (``code``/``errorCode``/``error``/``type``, one identifier,
  no spaces) in ``already_there_codes``. Words in a free-text message never decide it: a refusal that
  happens to say "duplicate" stays a refusal the officer sees. Only when the admin lists phrases in
  ``already_there_phrases`` (off by default) does a phrase count, and the attempt then says so:
  "counted as delivered because the server said …".
* 3xx: the configured address is wrong (http for https, an old host). Redirects are not followed (a
  POST would be resent as GET, a token carried elsewhere): Rejected (``redirect``), naming the
  ``base_url`` to set.
* 401: the token expired or was revoked; the client logs in again once and resends; a second 401
  becomes RetryLater (the service may be mid-rotation; the officer need not act).
* 403: a valid token that may not post here, i.e. the registration token belongs to the other mode
  (Checkpoint vs WaitingArea) or the site was disabled. Re-login cannot fix it, so it is Rejected
  (``http_403``) with a hint to check ``mode``; the officer resends once the admin fixed it.
* 404: the path does not exist: ``base_url`` or ``mode`` is wrong. Rejected (``http_404``).
* 413: the photo is too large for the service even after fitting: Rejected; lower ``photo_max_kb``.
* 408, 425, 429, 5xx and every network, timeout or TLS failure: RetryLater, honouring Retry-After.
* Any other 4xx: Rejected; any other status (1xx): RetryLater.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Literal

from cgrconsole.core.uplink.destination import Delivered, Outcome, Rejected, RetryLater
from cgrconsole.core.uplink.reasons import Reason, because, coded

Action = Literal["delivered", "already_there", "reauth", "reject", "retry", "redirect"]


@dataclass(frozen=True)
class StatusRule:
    action: Action
    reason: str  # a code of reasons.ENGLISH, its text the meaning ("" for a plain delivery)


# Exact statuses first, then whole classes; the first entry whose range holds the status wins.
STATUS_TABLE: tuple[tuple[range, StatusRule], ...] = (
    (range(409, 410), StatusRule("already_there", "delivered.already_status")),
    (range(401, 402), StatusRule("reauth", "cgr.token_refused_again")),
    (range(400, 401), StatusRule("reject", "cgr.refused_content")),
    (range(422, 423), StatusRule("reject", "cgr.refused_content")),
    (range(403, 404), StatusRule("reject", "cgr.forbidden")),
    (range(404, 405), StatusRule("reject", "cgr.not_found")),
    (range(413, 414), StatusRule("reject", "cgr.too_large")),
    (range(408, 409), StatusRule("retry", "cgr.server_timeout")),
    (range(425, 426), StatusRule("retry", "cgr.too_early")),
    (range(429, 430), StatusRule("retry", "cgr.too_many")),
    (range(200, 300), StatusRule("delivered", "")),
    (range(300, 400), StatusRule("redirect", "redirect_unclear")),
    (range(500, 600), StatusRule("retry", "cgr.server_error")),
    (range(400, 500), StatusRule("reject", "cgr.refused")),
    (range(0, 1000), StatusRule("retry", "cgr.unexpected")),
)
_MESSAGE_KEYS = ("message", "errormessage", "error_description", "detail", "title", "error", "errors")
_CODE_KEYS = ("code", "errorcode", "error_code", "errortype", "error", "type")
_IDENTIFIER = re.compile(r"[A-Za-z0-9_.:/#-]{1,120}")


@dataclass(frozen=True)
class AlreadyThere:
    """What, besides HTTP 409, says "the event is already there" (from ``uplink.cgr`` settings)."""

    codes: tuple[str, ...] = ()  # machine error codes, compared without case, "_", "-" or "."
    phrases: tuple[str, ...] = ()  # opt-in: words of the message (each such attempt says so)


def rule_for(status: int) -> StatusRule:
    return next(rule for codes, rule in STATUS_TABLE if status in codes)


def outcome_for(
    status: int,
    body: bytes,
    retry_after: str | None,
    now: float,
    already: AlreadyThere = AlreadyThere(),
    mode: str = "",
) -> Outcome:
    """The outcome of one CamEvent answer. ``reauth`` is the client's business and never reaches here.

    A 3xx normally never reaches here either: the client explains it with the URL it asked
    (``redirect.redirect_reason``).
    """
    data = _json(body)
    rule = rule_for(status)
    message = server_message(data, body)
    if rule.action == "delivered" and isinstance(data, dict) and _says_failure(data):
        rule = rule_for(400)
    if rule.action == "already_there":
        return Delivered(_remote_ref(data), True, because(rule.reason, server=message, status=status))
    if rule.action == "reject":
        evidence = _already_there(data, message, already)
        if evidence is not None:
            return Delivered(_remote_ref(data), True, evidence)
    if rule.action == "delivered":
        return Delivered(remote_ref=_remote_ref(data))
    if rule.action == "redirect":
        return Rejected("redirect", because(rule.reason, location="?", key="uplink.cgr.base_url"), status)
    params = {"status": status, **({"mode": mode} if rule.reason == "cgr.forbidden" else {})}
    why = coded(rule.reason, params, server=message)
    if rule.action == "reject":
        return Rejected(code=f"http_{status}", why=why, http_status=status)
    return RetryLater(why, after_s=retry_after_s(retry_after, now), http_status=status)


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


def _already_there(data: Any, message: str, already: AlreadyThere) -> Reason | None:
    """The structured evidence (or, opted in, the phrase) that a refusal means "already there"."""
    if isinstance(data, dict):
        lowered = {str(k).lower(): v for k, v in data.items()}
        if lowered.get("status") == 409:  # ProblemDetails inside another status
            return because("delivered.already_status", status=409)
        wanted = {_folded(c) for c in already.codes}
        for key in _CODE_KEYS:
            value = lowered.get(key)
            if isinstance(value, str) and _IDENTIFIER.fullmatch(value):
                last = value.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]  # a ProblemDetails type URI
                if _folded(last) in wanted:
                    name = next(k for k in data if str(k).lower() == key)
                    return because("delivered.already_field", field=name, value=value)
    text = message.casefold()
    for phrase in already.phrases:
        if phrase.strip() and phrase.casefold() in text:
            return because("delivered.already_words", server=message, phrase=phrase)
    return None


def _folded(code: str) -> str:
    return re.sub(r"[^0-9a-z]", "", code.casefold())


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

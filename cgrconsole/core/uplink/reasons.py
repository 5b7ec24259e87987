"""Why a delivery went as it did: a stable code, its parameters, and the server's own words.

Every outcome the outbox stores (``last_reason`` of a row, ``reason`` of an attempt) is a
``Reason``. The code and parameters are kept as JSON beside the English text, so the UI shows the
reason in the officer's language (``cgrconsole/ui/reason_text.py`` has a translation for every
code of ``ENGLISH``), while logs and rows written before codes existed keep the English text.
The server's own words (``server``) are never translated: they follow the reason verbatim.
A ``cause`` nests one reason in another ("waiting for earlier images: <why the first one waits>").
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

# code -> English text; {name} is a parameter. The UI's table must name the same parameters.
ENGLISH: dict[str, str] = {
    # -- no answer or a broken connection (both clients) --
    "net.connect": "cannot connect to {url}: {error} (network, VPN or firewall)",
    "net.connect_timeout": "no connection to {url} within {seconds} s (network, VPN or firewall)",
    "net.read_timeout": "no answer within {seconds} s",
    "net.closed": "the connection closed before the answer (the event may have arrived; a resend will tell)",
    "net.tls_untrusted": "TLS: the server's certificate is not trusted (check the VPN route or {key})",
    "net.tls_handshake": "TLS handshake failed ({error})",
    "net.ca_bundle": "{key} cannot be read: {path}",
    "net.other": "network error ({error})",
    "redirect": "the server redirects to {location}: set {key} to {suggested}",
    "redirect_unclear": "the server redirects to {location}: check {key} (http or https, host, port)",
    # -- the outbox and dispatcher --
    "outbox.timeout": "the server did not answer within {seconds} s",
    "outbox.client_error": "internal error of the sending code ({error}); retrying",
    "outbox.wrong_count": "internal error: the client answered for the wrong number of events; retrying",
    "outbox.event_unreadable": "the event cannot be read: {error}",
    "outbox.interrupted": "the console stopped during the attempt",
    "outbox.reconcile": "the server did not have it; sent again",
    # -- delivered although not new: why it counts --
    "delivered.already_status": (
        "the server answered {status}: it already has this event; counted as delivered"
    ),
    "delivered.already_field": (
        "the server's field {field} = {value} says it already has this event; counted as delivered"
    ),
    "delivered.already_words": "counted as delivered because the server said “{phrase}”",
    # -- the photo --
    "photo.unreadable": "the photo is not a readable image",
    "photo.cannot_fit": "cannot bring a {width}x{height} photo into {low}–{high} bytes",
    "photo.encode_failed": "JPEG encoding failed",
    # -- CarGoRuqsat --
    "cgr.refused_content": "HTTP {status}: the service refused the event's content",
    "cgr.forbidden": "HTTP {status}: forbidden: is the registration token for mode {mode}?",
    "cgr.not_found": "HTTP {status}: no such path: check uplink.cgr.base_url and mode",
    "cgr.too_large": "HTTP {status}: the photo is too large for the service: lower uplink.cgr.photo_max_kb",
    "cgr.server_timeout": "HTTP {status}: the service timed out waiting for us",
    "cgr.too_early": "HTTP {status}: the service asks to come back later",
    "cgr.too_many": "HTTP {status}: too many requests",
    "cgr.server_error": "HTTP {status}: the service has a problem",
    "cgr.refused": "HTTP {status}: the service refused the event",
    "cgr.unexpected": "HTTP {status}: an unexpected answer",
    "cgr.bad_event": "the event cannot be sent: {error}",
    "cgr.token_refused_again": "HTTP 401: the service refused a fresh token; trying again later",
    "cgr.no_registration_token": (
        "no CarGoRuqsat registration token in the keyring: run `cgrconsole secret set cgr/registration_token`"
    ),
    "cgr.auth_failed": "login (Auth): HTTP {status}",
    "cgr.registration_refused": (
        "login (Auth): HTTP {status}: the registration token was refused "
        "(run `cgrconsole secret set cgr/registration_token`)"
    ),
    "cgr.auth_unreadable": "login (Auth): the answer holds no token ({error})",
    "cgr.trucks_unreadable": "TruckNumbers: unreadable answer ({error})",
    # -- the Vietnamese protocol (ĐBVN): the answer codes of seed Bảng 14, then the client's own --
    "drvn.image_invalid": "image refused as invalid (not JPEG, damaged, black/white or covered)",
    "drvn.image_size": "image size refused (must be 30–512 KB)",
    "drvn.plate": "plate refused: not in the format ĐBVN accepts; correct it and resend",
    "drvn.position": "position refused: check uplink.drvn.gps_lat / gps_lon, then resend",
    "drvn.licence": "driving licence refused: agree uplink.drvn.driver_license with ĐBVN",
    "drvn.time": "time refused: more than 15 min from the server's clock or older than 5 days",
    "drvn.too_frequent": "too frequent: ĐBVN accepts one image per vehicle every 3–5 minutes",
    "drvn.not_logged_in": "not logged in or token refused",
    "drvn.token_expired": "token expired",
    "drvn.bad_data": "the server refused the data (400)",
    "drvn.unauthenticated": "not authenticated (401)",
    "drvn.forbidden": "access denied (403): is this PC's IP registered with ĐBVN, the account active?",
    "drvn.not_found": "not found (404): check uplink.drvn.base_url and provider_id",
    "drvn.too_many": "too many requests (429)",
    "drvn.server_error": "server error (500)",
    "drvn.server_unavailable": "server unavailable ({status})",
    "drvn.refused": "request refused ({status})",
    "drvn.request_timeout": "request timeout (408)",
    "drvn.proxy_too_large": "request too large for a proxy (413)",
    "drvn.unknown_code": "unknown answer code {code}",
    "drvn.garbage": "the answer was not the protocol's JSON",
    "drvn.no_code": "the answer carried no Code",
    "drvn.not_configured": "the ĐBVN uplink is not configured: {problem}",
    "drvn.behind": "waiting for earlier images",
    "drvn.not_attempted": "not attempted",
    "drvn.too_old": "taken {days} days ago; ĐBVN accepts resends within 5 days",
    "drvn.plate_format": "plate {plate} is not 4–12 Latin letters and digits",
    "drvn.not_mentioned": "the server's answer did not mention this image",
    "drvn.login_did_not_help": "logging in again did not help",
    "drvn.clock_off": "the server refused the time and this PC's clock is off: synchronise it (NTP)",
    "drvn.skew": (
        "this PC's clock differs from the ĐBVN server by {minutes} min (> 15): "
        "synchronise it with NTP; nothing is sent until it is fixed"
    ),
    "drvn.wait_asked": "the server asked us to wait {seconds} s (429)",
    "drvn.busy": "ĐBVN server busy",
    "drvn.status_unreadable": "the ĐBVN server status cannot be read (HTTP {status})",
    "drvn.no_password": (
        "no password in the OS keyring under drvn/password: run `cgrconsole secret set drvn/password`"
    ),
    "drvn.login_refused": "login refused: check uplink.drvn.provider_id / user_name and drvn/password",
    "drvn.login_failed": "login failed",
    "drvn.login_paused": "login is paused after a refusal (a wrong password repeated may lock the account)",
}

# Reasons that mean "the server could not be reached": a successful reachability check ends their wait.
NO_LINK = frozenset({"net.connect", "net.connect_timeout"})
# Reasons only the admin can fix (a setting, a secret, the PC's clock, the site's registration): the
# status bar names them until a delivery succeeds again.
NEEDS_ADMIN = frozenset(
    {
        "redirect",
        "redirect_unclear",
        "net.tls_untrusted",
        "net.ca_bundle",
        "cgr.forbidden",
        "cgr.not_found",
        "cgr.no_registration_token",
        "cgr.registration_refused",
        "drvn.forbidden",
        "drvn.not_found",
        "drvn.not_configured",
        "drvn.no_password",
        "drvn.login_refused",
        "drvn.position",
        "drvn.licence",
        "drvn.skew",
    }
)


@dataclass(frozen=True)
class Reason:
    """``code`` a key of ``ENGLISH`` ("" for a free text, e.g. a scripted test answer)."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)
    server: str = ""  # the server's own words, shown verbatim after the reason
    cause: Reason | None = None
    text: str = ""  # the English of a reason without a code

    @classmethod
    def plain(cls, text: str) -> Reason:
        return cls("", text=text)

    def english(self) -> str:
        """For logs and the English columns (``last_error``, ``detail``)."""
        template = ENGLISH.get(self.code)
        own = template.format_map(_Missing(self.params)) if template is not None else self.text or self.code
        parts = [own]
        if self.cause is not None:
            parts.append(self.cause.english())
        if self.server:
            parts.append(self.server)
        return ": ".join(p for p in parts if p)

    @property
    def needs_admin(self) -> bool:
        return not NEEDS_ADMIN.isdisjoint(self.codes())

    def codes(self) -> Iterator[str]:
        """This code and those of its causes."""
        reason: Reason | None = self
        while reason is not None:
            yield reason.code
            reason = reason.cause

    def to_json(self) -> str:
        return json.dumps(self._document(), ensure_ascii=False)

    def _document(self) -> dict[str, Any]:
        document: dict[str, Any] = {"code": self.code}
        if self.params:
            document["params"] = dict(self.params)
        if self.server:
            document["server"] = self.server
        if self.text:
            document["text"] = self.text
        if self.cause is not None:
            document["cause"] = self.cause._document()
        return document

    @classmethod
    def from_json(cls, text: str | None) -> Reason | None:
        """None for NULL or a value this version cannot read (the English column still holds the text)."""
        if not text:
            return None
        try:
            return cls._from_document(json.loads(text))
        except (ValueError, TypeError, AttributeError):
            return None

    @classmethod
    def _from_document(cls, document: dict[str, Any]) -> Reason:
        cause = document.get("cause")
        return cls(
            code=str(document.get("code") or ""),
            params={str(k): str(v) for k, v in (document.get("params") or {}).items()},
            server=str(document.get("server") or ""),
            cause=cls._from_document(cause) if isinstance(cause, dict) else None,
            text=str(document.get("text") or ""),
        )


def because(code: str, /, *, server: str = "", cause: Reason | None = None, **params: object) -> Reason:
    """``because("net.connect", url=...)``: a coded reason; an unknown code is a programming error."""
    return coded(code, params, server, cause)


def coded(code: str, params: Mapping[str, object], server: str = "", cause: Reason | None = None) -> Reason:
    if code not in ENGLISH:
        raise KeyError(f"unknown reason code {code!r}: add it to reasons.ENGLISH and the UI's table")
    return Reason(code, {k: str(v) for k, v in params.items()}, server, cause)


def parameters(code: str) -> set[str]:
    """The parameter names the English text of ``code`` uses."""
    return {name for _, name, _, _ in string.Formatter().parse(ENGLISH[code]) if name}


class _Missing(dict[str, str]):
    """A missing parameter shows as {name} rather than failing (rows of an older version)."""

    def __init__(self, params: Mapping[str, str]) -> None:
        super().__init__(params)

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"

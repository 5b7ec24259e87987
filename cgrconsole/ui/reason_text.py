"""The delivery reasons of the outbox in the UI language: one translatable text per code of
``core/uplink/reasons.ENGLISH`` (tests/ui/test_translations.py checks that none is missing).

The server's own words are never translated; they follow the reason ("Server answered: …"). A reason
without a code (rows written before codes existed, a newer version's code) shows its English text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cgrconsole.core.uplink.reasons import Reason

# code -> (source text with %1.., the parameter names in %-order). lupdate reads the literals.
REASON_TEXTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "net.connect": (
        QT_TRANSLATE_NOOP("DeliveryReason", "cannot connect to %1: %2 (network, VPN or firewall)"),
        ("url", "error"),
    ),
    "net.connect_timeout": (
        QT_TRANSLATE_NOOP("DeliveryReason", "no connection to %1 within %2 s (network, VPN or firewall)"),
        ("url", "seconds"),
    ),
    "net.read_timeout": (QT_TRANSLATE_NOOP("DeliveryReason", "no answer within %1 s"), ("seconds",)),
    "net.closed": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason",
            "the connection closed before the answer (the event may have arrived; a resend will tell)",
        ),
        (),
    ),
    "net.tls_untrusted": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "TLS: the server's certificate is not trusted (check the VPN route or %1)"
        ),
        ("key",),
    ),
    "net.tls_handshake": (QT_TRANSLATE_NOOP("DeliveryReason", "TLS handshake failed (%1)"), ("error",)),
    "net.ca_bundle": (QT_TRANSLATE_NOOP("DeliveryReason", "%1 cannot be read: %2"), ("key", "path")),
    "net.other": (QT_TRANSLATE_NOOP("DeliveryReason", "network error (%1)"), ("error",)),
    "redirect": (
        QT_TRANSLATE_NOOP("DeliveryReason", "the server redirects to %1: set %2 to %3"),
        ("location", "key", "suggested"),
    ),
    "redirect_unclear": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "the server redirects to %1: check %2 (http or https, host, port)"
        ),
        ("location", "key"),
    ),
    "outbox.timeout": (
        QT_TRANSLATE_NOOP("DeliveryReason", "the server did not answer within %1 s"),
        ("seconds",),
    ),
    "outbox.client_error": (
        QT_TRANSLATE_NOOP("DeliveryReason", "internal error of the sending code (%1); retrying"),
        ("error",),
    ),
    "outbox.wrong_count": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "internal error: the client answered for the wrong number of events; retrying"
        ),
        (),
    ),
    "outbox.event_unreadable": (
        QT_TRANSLATE_NOOP("DeliveryReason", "the event cannot be read: %1"),
        ("error",),
    ),
    "outbox.interrupted": (QT_TRANSLATE_NOOP("DeliveryReason", "the console stopped during the attempt"), ()),
    "outbox.reconcile": (QT_TRANSLATE_NOOP("DeliveryReason", "the server did not have it; sent again"), ()),
    "delivered.already_status": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "the server answered %1: it already has this event; counted as delivered"
        ),
        ("status",),
    ),
    "delivered.already_field": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason",
            "the server's field %1 = %2 says it already has this event; counted as delivered",
        ),
        ("field", "value"),
    ),
    "delivered.already_words": (
        QT_TRANSLATE_NOOP("DeliveryReason", "counted as delivered because the server said “%1”"),
        ("phrase",),
    ),
    "photo.unreadable": (QT_TRANSLATE_NOOP("DeliveryReason", "the photo is not a readable image"), ()),
    "photo.cannot_fit": (
        QT_TRANSLATE_NOOP("DeliveryReason", "cannot bring a %1x%2 photo into %3–%4 bytes"),
        ("width", "height", "low", "high"),
    ),
    "photo.encode_failed": (QT_TRANSLATE_NOOP("DeliveryReason", "JPEG encoding failed"), ()),
    "cgr.refused_content": (
        QT_TRANSLATE_NOOP("DeliveryReason", "HTTP %1: the service refused the event's content"),
        ("status",),
    ),
    "cgr.forbidden": (
        QT_TRANSLATE_NOOP("DeliveryReason", "HTTP %1: forbidden: is the registration token for mode %2?"),
        ("status", "mode"),
    ),
    "cgr.not_found": (
        QT_TRANSLATE_NOOP("DeliveryReason", "HTTP %1: no such path: check uplink.cgr.base_url and mode"),
        ("status",),
    ),
    "cgr.too_large": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "HTTP %1: the photo is too large for the service: lower uplink.cgr.photo_max_kb"
        ),
        ("status",),
    ),
    "cgr.server_timeout": (
        QT_TRANSLATE_NOOP("DeliveryReason", "HTTP %1: the service timed out waiting for us"),
        ("status",),
    ),
    "cgr.too_early": (
        QT_TRANSLATE_NOOP("DeliveryReason", "HTTP %1: the service asks to come back later"),
        ("status",),
    ),
    "cgr.too_many": (QT_TRANSLATE_NOOP("DeliveryReason", "HTTP %1: too many requests"), ("status",)),
    "cgr.server_error": (
        QT_TRANSLATE_NOOP("DeliveryReason", "HTTP %1: the service has a problem"),
        ("status",),
    ),
    "cgr.refused": (
        QT_TRANSLATE_NOOP("DeliveryReason", "HTTP %1: the service refused the event"),
        ("status",),
    ),
    "cgr.unexpected": (QT_TRANSLATE_NOOP("DeliveryReason", "HTTP %1: an unexpected answer"), ("status",)),
    "cgr.bad_event": (QT_TRANSLATE_NOOP("DeliveryReason", "the event cannot be sent: %1"), ("error",)),
    "cgr.token_refused_again": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "HTTP 401: the service refused a fresh token; trying again later"
        ),
        (),
    ),
    "cgr.no_registration_token": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason",
            "no CarGoRuqsat registration token in the keyring: run `cgrconsole secret set cgr/registration_token`",  # noqa: E501 (one literal, for lupdate)
        ),
        (),
    ),
    "cgr.auth_failed": (QT_TRANSLATE_NOOP("DeliveryReason", "login (Auth): HTTP %1"), ("status",)),
    "cgr.registration_refused": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason",
            "login (Auth): HTTP %1: the registration token was refused (run `cgrconsole secret set cgr/registration_token`)",  # noqa: E501 (one literal, for lupdate)
        ),
        ("status",),
    ),
    "cgr.auth_unreadable": (
        QT_TRANSLATE_NOOP("DeliveryReason", "login (Auth): the answer holds no token (%1)"),
        ("error",),
    ),
    "cgr.trucks_unreadable": (
        QT_TRANSLATE_NOOP("DeliveryReason", "TruckNumbers: unreadable answer (%1)"),
        ("error",),
    ),
    "drvn.image_invalid": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "image refused as invalid (not JPEG, damaged, black/white or covered)"
        ),
        (),
    ),
    "drvn.image_size": (QT_TRANSLATE_NOOP("DeliveryReason", "image size refused (must be 30–512 KB)"), ()),
    "drvn.plate": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "plate refused: not in the format ĐBVN accepts; correct it and resend"
        ),
        (),
    ),
    "drvn.position": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "position refused: check uplink.drvn.gps_lat / gps_lon, then resend"
        ),
        (),
    ),
    "drvn.licence": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "driving licence refused: agree uplink.drvn.driver_license with ĐBVN"
        ),
        (),
    ),
    "drvn.time": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "time refused: more than 15 min from the server's clock or older than 5 days"
        ),
        (),
    ),
    "drvn.too_frequent": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "too frequent: ĐBVN accepts one image per vehicle every 3–5 minutes"
        ),
        (),
    ),
    "drvn.not_logged_in": (QT_TRANSLATE_NOOP("DeliveryReason", "not logged in or token refused"), ()),
    "drvn.token_expired": (QT_TRANSLATE_NOOP("DeliveryReason", "token expired"), ()),
    "drvn.bad_data": (QT_TRANSLATE_NOOP("DeliveryReason", "the server refused the data (400)"), ()),
    "drvn.unauthenticated": (QT_TRANSLATE_NOOP("DeliveryReason", "not authenticated (401)"), ()),
    "drvn.forbidden": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "access denied (403): is this PC's IP registered with ĐBVN, the account active?"
        ),
        (),
    ),
    "drvn.not_found": (
        QT_TRANSLATE_NOOP("DeliveryReason", "not found (404): check uplink.drvn.base_url and provider_id"),
        (),
    ),
    "drvn.too_many": (QT_TRANSLATE_NOOP("DeliveryReason", "too many requests (429)"), ()),
    "drvn.server_error": (QT_TRANSLATE_NOOP("DeliveryReason", "server error (500)"), ()),
    "drvn.server_unavailable": (QT_TRANSLATE_NOOP("DeliveryReason", "server unavailable (%1)"), ("status",)),
    "drvn.refused": (QT_TRANSLATE_NOOP("DeliveryReason", "request refused (%1)"), ("status",)),
    "drvn.request_timeout": (QT_TRANSLATE_NOOP("DeliveryReason", "request timeout (408)"), ()),
    "drvn.proxy_too_large": (QT_TRANSLATE_NOOP("DeliveryReason", "request too large for a proxy (413)"), ()),
    "drvn.unknown_code": (QT_TRANSLATE_NOOP("DeliveryReason", "unknown answer code %1"), ("code",)),
    "drvn.garbage": (QT_TRANSLATE_NOOP("DeliveryReason", "the answer was not the protocol's JSON"), ()),
    "drvn.no_code": (QT_TRANSLATE_NOOP("DeliveryReason", "the answer carried no Code"), ()),
    "drvn.not_configured": (
        QT_TRANSLATE_NOOP("DeliveryReason", "the ĐBVN uplink is not configured: %1"),
        ("problem",),
    ),
    "drvn.behind": (QT_TRANSLATE_NOOP("DeliveryReason", "waiting for earlier images"), ()),
    "drvn.not_attempted": (QT_TRANSLATE_NOOP("DeliveryReason", "not attempted"), ()),
    "drvn.too_old": (
        QT_TRANSLATE_NOOP("DeliveryReason", "taken %1 days ago; ĐBVN accepts resends within 5 days"),
        ("days",),
    ),
    "drvn.plate_format": (
        QT_TRANSLATE_NOOP("DeliveryReason", "plate %1 is not 4–12 Latin letters and digits"),
        ("plate",),
    ),
    "drvn.not_mentioned": (
        QT_TRANSLATE_NOOP("DeliveryReason", "the server's answer did not mention this image"),
        (),
    ),
    "drvn.login_did_not_help": (QT_TRANSLATE_NOOP("DeliveryReason", "logging in again did not help"), ()),
    "drvn.clock_off": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "the server refused the time and this PC's clock is off: synchronise it (NTP)"
        ),
        (),
    ),
    "drvn.skew": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason",
            "this PC's clock differs from the ĐBVN server by %1 min (> 15): synchronise it with NTP; nothing is sent until it is fixed",  # noqa: E501 (one literal, for lupdate)
        ),
        ("minutes",),
    ),
    "drvn.wait_asked": (
        QT_TRANSLATE_NOOP("DeliveryReason", "the server asked us to wait %1 s (429)"),
        ("seconds",),
    ),
    "drvn.busy": (QT_TRANSLATE_NOOP("DeliveryReason", "ĐBVN server busy"), ()),
    "drvn.status_unreadable": (
        QT_TRANSLATE_NOOP("DeliveryReason", "the ĐBVN server status cannot be read (HTTP %1)"),
        ("status",),
    ),
    "drvn.no_password": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason",
            "no password in the OS keyring under drvn/password: run `cgrconsole secret set drvn/password`",
        ),
        (),
    ),
    "drvn.login_refused": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason", "login refused: check uplink.drvn.provider_id / user_name and drvn/password"
        ),
        (),
    ),
    "drvn.login_failed": (QT_TRANSLATE_NOOP("DeliveryReason", "login failed"), ()),
    "drvn.login_paused": (
        QT_TRANSLATE_NOOP(
            "DeliveryReason",
            "login is paused after a refusal (a wrong password repeated may lock the account)",
        ),
        (),
    ),
}
_PLACEHOLDER = re.compile(r"%(\d)")


def reason_text(reason: Reason | None, english: str | None = None) -> str:
    """``reason`` said in the UI language; ``english`` (the stored English) when it has no known code."""
    if reason is None:
        return english or ""
    entry = REASON_TEXTS.get(reason.code)
    if entry is not None:
        source, names = entry
        values = [reason.params.get(name, "?") for name in names]
        translated = QCoreApplication.translate("DeliveryReason", source)
        own = _PLACEHOLDER.sub(lambda m: _value(values, int(m[1])), translated)
    elif reason.code:  # a code this version does not know (a newer console wrote the row)
        return english or reason.english()
    else:
        own = reason.text
    parts = [own] + ([reason_text(reason.cause)] if reason.cause is not None else [])
    text = ": ".join(p for p in parts if p)
    if reason.server:
        said = QCoreApplication.translate("DeliveryReason", "Server answered: %1")
        text = f"{text}. {said.replace('%1', reason.server)}" if text else said.replace("%1", reason.server)
    return text


def _value(values: list[str], number: int) -> str:
    return values[number - 1] if 0 < number <= len(values) else f"%{number}"

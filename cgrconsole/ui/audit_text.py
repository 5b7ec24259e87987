"""An audit row's details in the officer's language: the log's English ``key=value`` pairs said as
"Result: delivered · Event: ev202". Known keys and the log's own code words are translated; anything
else (a server's explanation, an error text, a plate, a file name) is shown as it was recorded."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from cgrconsole.core.camera.status import CameraState
from cgrconsole.core.review import events as ev
from cgrconsole.core.storage.database import fold
from cgrconsole.ui.event_text import event_state_text
from cgrconsole.ui.status_text import state_text

FIRST = ("event", "action", "result", "state", "reason", "why")  # what happened, then the rest by key
CODE_KEYS = ("event", "action", "result", "state", "reason", "why", "ended_by")  # values that are codes
SEPARATOR = " · "


# lupdate finds only literal QCoreApplication.translate("Context", "text") calls, hence no helper.
def key_texts() -> dict[str, str]:
    """The known detail keys as words of the UI ("event_id" -> "Event")."""
    return {
        "event": QCoreApplication.translate("AuditDetail", "What"),
        "action": QCoreApplication.translate("AuditDetail", "Action"),
        "result": QCoreApplication.translate("AuditDetail", "Result"),
        "state": QCoreApplication.translate("AuditDetail", "State"),
        "reason": QCoreApplication.translate("AuditDetail", "Reason"),
        "why": QCoreApplication.translate("AuditDetail", "Why"),
        "ended_by": QCoreApplication.translate("AuditDetail", "Ended by"),
        "event_id": QCoreApplication.translate("AuditDetail", "Event"),
        "plate": QCoreApplication.translate("AuditDetail", "Plate"),
        "original_plate": QCoreApplication.translate("AuditDetail", "Read as"),
        "by": QCoreApplication.translate("AuditDetail", "By"),
        "camera": QCoreApplication.translate("AuditDetail", "Camera"),
        "cameras": QCoreApplication.translate("AuditDetail", "Cameras"),
        "destination": QCoreApplication.translate("AuditDetail", "Destination"),
        "destinations": QCoreApplication.translate("AuditDetail", "Destinations"),
        "code": QCoreApplication.translate("AuditDetail", "Code"),
        "http_status": "HTTP",
        "status": "HTTP",
        "remote_ref": QCoreApplication.translate("AuditDetail", "Number on the server"),
        "remote": QCoreApplication.translate("AuditDetail", "File on the server"),
        "size_bytes": QCoreApplication.translate("AuditDetail", "Size, bytes"),
        "sent_bytes": QCoreApplication.translate("AuditDetail", "Sent, bytes"),
        "bytes": QCoreApplication.translate("AuditDetail", "Sent, bytes"),
        "resumed_from": QCoreApplication.translate("AuditDetail", "Resumed at byte"),
        "duration_s": QCoreApplication.translate("AuditDetail", "Duration, s"),
        "rate_mb_s": QCoreApplication.translate("AuditDetail", "Speed, MB/s"),
        "error": QCoreApplication.translate("AuditDetail", "Error"),
        "advice": QCoreApplication.translate("AuditDetail", "What to do"),
        "what": QCoreApplication.translate("AuditDetail", "Setting"),
        "old": QCoreApplication.translate("AuditDetail", "Was"),
        "new": QCoreApplication.translate("AuditDetail", "Now"),
        "value": QCoreApplication.translate("AuditDetail", "Value"),
        "user": QCoreApplication.translate("AuditDetail", "User"),
        "requests": QCoreApplication.translate("AuditDetail", "Requests"),
        "count": QCoreApplication.translate("AuditDetail", "Count"),
        "host": QCoreApplication.translate("AuditDetail", "Server"),
        "fingerprint": QCoreApplication.translate("AuditDetail", "Server's key"),
        "path": QCoreApplication.translate("AuditDetail", "File"),
        "folder": QCoreApplication.translate("AuditDetail", "Folder"),
        "files": QCoreApplication.translate("AuditDetail", "Files"),
        "deleted": QCoreApplication.translate("AuditDetail", "Deleted"),
        "days": QCoreApplication.translate("AuditDetail", "Days kept"),
        "free_bytes": QCoreApplication.translate("AuditDetail", "Free, bytes"),
        "freed_bytes": QCoreApplication.translate("AuditDetail", "Freed, bytes"),
        "version": QCoreApplication.translate("AuditDetail", "Version"),
        "site": QCoreApplication.translate("AuditDetail", "Site"),
        "previous": QCoreApplication.translate("AuditDetail", "Previous officer"),
        "next": QCoreApplication.translate("AuditDetail", "Next officer"),
        "note": QCoreApplication.translate("AuditDetail", "Note"),
        "codec": QCoreApplication.translate("AuditDetail", "Codec"),
        "width": QCoreApplication.translate("AuditDetail", "Width"),
        "height": QCoreApplication.translate("AuditDetail", "Height"),
        "detail": QCoreApplication.translate("AuditDetail", "Detail"),
    }


def code_texts() -> dict[str, str]:
    """The log's own code words (``uploaded``, ``sign_in``, ``timeout``) in words."""
    decisions = {code: event_state_text(code) for code in (ev.CONFIRMED, ev.CORRECTED, ev.REJECTED)}
    states = {state.value: state_text(state) for state in CameraState}
    texts = {
        "send": QCoreApplication.translate("AuditDetail", "sending"),
        "delivered": QCoreApplication.translate("AuditDetail", "delivered"),
        "already_there": QCoreApplication.translate("AuditDetail", "the server had it already"),
        "retry": QCoreApplication.translate("AuditDetail", "not delivered, will retry"),
        "ok": QCoreApplication.translate("AuditDetail", "accepted"),
        "refused": QCoreApplication.translate("AuditDetail", "refused"),
        "refused_more": QCoreApplication.translate("AuditDetail", "refused again (repeats counted)"),
        "uploaded": QCoreApplication.translate("AuditDetail", "uploaded"),
        "failed": QCoreApplication.translate("AuditDetail", "failed"),
        "failed_permanently": QCoreApplication.translate("AuditDetail", "put aside (cannot be sent)"),
        "login_refused": QCoreApplication.translate("AuditDetail", "login refused"),
        "host_key_changed": QCoreApplication.translate("AuditDetail", "the server's key changed: refused"),
        "host_key_not_pinned": QCoreApplication.translate("AuditDetail", "the server's key is not pinned"),
        "session": QCoreApplication.translate("AuditDetail", "watched (session ended)"),
        "watching": QCoreApplication.translate("AuditDetail", "watching"),
        "connect": QCoreApplication.translate("AuditDetail", "connected"),
        "disconnect": QCoreApplication.translate("AuditDetail", "disconnected"),
        "start": QCoreApplication.translate("AuditDetail", "console started"),
        "stop": QCoreApplication.translate("AuditDetail", "console stopped"),
        "retention": QCoreApplication.translate("AuditDetail", "old records deleted (retention)"),
        "recovered": QCoreApplication.translate("AuditDetail", "file recovered after a power cut"),
        "low_disk_space": QCoreApplication.translate("AuditDetail", "low disk space: oldest deleted"),
        "critical_space_deletion": QCoreApplication.translate(
            "AuditDetail", "disk almost full: oldest video deleted"
        ),
        "worker_error": QCoreApplication.translate("AuditDetail", "internal error"),
        "dismissed": QCoreApplication.translate("AuditDetail", "sending dismissed"),
        "added": QCoreApplication.translate("AuditDetail", "added by hand"),
        "amended": QCoreApplication.translate("AuditDetail", "decision changed"),
        "shift_started": QCoreApplication.translate("AuditDetail", "shift started"),
        "shift_ended": QCoreApplication.translate("AuditDetail", "shift ended"),
        "change": QCoreApplication.translate("AuditDetail", "setting changed"),
        "set_password": QCoreApplication.translate("AuditDetail", "password set"),
        "sign_in": QCoreApplication.translate("AuditDetail", "sign-in"),
        "sign_out": QCoreApplication.translate("AuditDetail", "sign-out"),
        "test": QCoreApplication.translate("AuditDetail", "test"),
        "timeout": QCoreApplication.translate("AuditDetail", "time ran out"),
        "asked": QCoreApplication.translate("AuditDetail", "by the user"),
        "idle": QCoreApplication.translate("AuditDetail", "idle"),
        "server_stop": QCoreApplication.translate("AuditDetail", "the server stopped"),
    }
    return texts | decisions | states  # a decision or a camera state said as everywhere else


def yes_no_text(value: bool) -> str:
    if value:
        return QCoreApplication.translate("AuditDetail", "yes")
    return QCoreApplication.translate("AuditDetail", "no")


def value_text(key: str, value: Any, codes: dict[str, str]) -> str:
    """A detail's value: a code word translated (``codes``: :func:`code_texts`), a list or a table spelled
    out, anything else as it is."""
    if isinstance(value, bool):
        return yes_no_text(value)
    if isinstance(value, list | tuple):
        return ", ".join(value_text(key, v, codes) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_text(key, v, codes)}" for k, v in value.items())
    if key in CODE_KEYS and isinstance(value, str):
        return codes.get(value, value)
    return str(value)


def shown_items(detail: dict[str, Any]) -> list[tuple[str, str]]:
    """(key, value) in words, what happened first, empty values left out; an unknown key as it is.

    The word tables are made once per row (the model asks for every visible row at each repaint)."""
    names, codes = key_texts(), code_texts()
    shown = [k for k in detail if detail[k] not in (None, "", [], {})]
    shown.sort(key=lambda k: (FIRST.index(k) if k in FIRST else len(FIRST), k))
    return [(names.get(k, k), value_text(k, detail[k], codes)) for k in shown]


def audit_detail_text(detail: dict[str, Any]) -> str:
    """One line for the log viewer's column."""
    return SEPARATOR.join(f"{key}: {value}" for key, value in shown_items(detail))


def audit_detail_lines(detail: dict[str, Any]) -> str:
    """A line a detail, for the tooltip."""
    return "\n".join(f"{key}: {value}" for key, value in shown_items(detail))


def stored_forms(text: str) -> tuple[str, ...]:
    """What a search for ``text`` (as typed, in the officer's language) must also find in the stored
    detail JSON: the keys and code words whose words shown contain it ("доставлено" -> ``"delivered"``),
    compared case-blind as the log's own text search is."""
    needle = fold(text.strip())
    if not needle:
        return ()
    keys = [f"{json.dumps(key)}: " for key, shown in key_texts().items() if needle in (fold(shown) or "")]
    codes = [json.dumps(code) for code, shown in code_texts().items() if needle in (fold(shown) or "")]
    flags = [f": {json.dumps(flag)}" for flag in (True, False) if needle in (fold(yes_no_text(flag)) or "")]
    return (*keys, *codes, *flags)

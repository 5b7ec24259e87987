"""What the CarGoRuqsat stand-in accepts: its configuration and the strict checks of a CamEvent body.

Errors come back the way an ASP.NET service reports them: a ProblemDetails object with ``errors``
keyed by the JSON field name, so the client's message extraction is exercised as in production.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

from cgrconsole.core.uplink.cgr.settings import DEFAULT_FIELD_MAPPING, CgrSettings, DirectionValues, Mode

AuthShape = Literal["json_string", "text", "token", "accessToken", "access_token", "data"]
TruckShape = Literal["strings", "objects", "data", "items"]
_PLATE = re.compile(r"[0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,12}")
_ARCHIVE_PATH = (
    r"[A-Za-z0-9_-]+\\\d{4}\\\d{2}\\\d{2}\\\d{2}\\[A-Za-z0-9_-]+_\d{4}_\d{2}_\d{2}_\d{2}_\d{2}\.mp4"
)


@dataclass(frozen=True)
class CgrStandinConfig:
    """The stand-in's view of the protocol; ``from_settings`` makes it agree with a client's settings."""

    registration_token: str = "demo-registration-token"
    mode: Mode = "Checkpoint"  # the mode the registration token belongs to
    field_mapping: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FIELD_MAPPING))
    direction_values: DirectionValues = field(default_factory=DirectionValues)
    archive_link_prefix: str = ""
    photo_max_kb: int = 300
    token_ttl_s: float = 3600.0
    token_format: Literal["jwt", "opaque"] = "jwt"
    auth_shape: AuthShape = "json_string"
    truck_numbers_shape: TruckShape = "strings"
    events_file: str = ""  # append each accepted event as a JSON line (exactly-once across processes)

    @classmethod
    def from_settings(cls, settings: CgrSettings, **overrides: Any) -> CgrStandinConfig:
        base = cls(
            mode=settings.mode,
            field_mapping=settings.mapping,
            direction_values=settings.direction_values,
            archive_link_prefix=settings.archive_link_prefix,
            photo_max_kb=settings.photo_max_kb,
        )
        return replace(base, **overrides)


class EventProblems(Exception):
    """A CamEvent body the service refuses: ``status`` 400 or 413, ``errors`` by JSON field name."""

    def __init__(self, status: int, errors: dict[str, list[str]]) -> None:
        super().__init__(f"HTTP {status}: {errors}")
        self.status = status
        self.errors = errors


def check_event(body: Any, config: CgrStandinConfig) -> dict[str, Any]:
    """The accepted event as stored (photo replaced by its size and hash); raises ``EventProblems``."""
    if not isinstance(body, dict):
        raise EventProblems(400, {"$": ["The JSON value could not be converted to CamEventRequest."]})
    names = {key: name for key, name in config.field_mapping.items() if name}
    errors: dict[str, list[str]] = {}
    record: dict[str, Any] = {}

    def fail(key: str, message: str) -> None:
        errors.setdefault(names[key], []).append(message)

    for key in ("event_id", "time", "direction", "plate", "photo"):
        if key in names and body.get(names[key]) in (None, ""):
            fail(key, f"The {names[key]} field is required.")
    for key, name in names.items():
        value = body.get(name)
        if value is None or name in errors:  # missing: already reported when required
            record[key] = value
            continue
        problem = _check_value(key, value, config)
        if problem:
            fail(key, problem)
        record[key] = value
    if errors:
        raise EventProblems(400, errors)
    if "photo" in names:
        record["photo"] = _photo_facts(body[names["photo"]], config, names["photo"])
    record["body_keys"] = sorted(body)
    return record


def _check_value(key: str, value: Any, config: CgrStandinConfig) -> str | None:
    if key == "event_id":
        return None if isinstance(value, str) and 1 <= len(value) <= 64 else "must be text of 1-64 characters"
    if key == "time":
        return _check_time(value)
    if key == "direction":
        dv = config.direction_values
        allowed = [dv.value("entry"), dv.value("exit")]
        ok = type(value) is type(allowed[0]) and value in allowed
        return None if ok else f"must be one of {allowed}, got {value!r}"
    if key == "plate":
        ok = isinstance(value, str) and bool(_PLATE.fullmatch(value))
        return None if ok else "must be 2-12 upper-case letters and digits, no spaces"
    if key in ("photo", "plate_photo"):
        return _check_jpeg(value)
    if key == "archive_link":
        pattern = re.escape(config.archive_link_prefix) + _ARCHIVE_PATH
        ok = isinstance(value, str) and bool(re.fullmatch(pattern, value))
        return (
            None
            if ok
            else f"must be {config.archive_link_prefix}Camera\\YYYY\\MM\\DD\\HH\\Camera_YYYY_MM_DD_HH_MM.mp4"
        )
    if key == "confidence":
        ok = isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1
        return None if ok else "must be a number from 0 to 1"
    if key in ("camera", "country"):
        return None if isinstance(value, str) and len(value) <= 64 else "must be text"
    return None


def _check_time(value: Any) -> str | None:
    if not isinstance(value, str):
        return "must be an ISO-8601 date-time text"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return f"is not an ISO-8601 date-time: {value[:40]!r}"
    return None if moment.tzinfo is not None else "needs a UTC offset (e.g. +05:00)"


def _check_jpeg(value: Any) -> str | None:
    if not isinstance(value, str):
        return "must be base64 text"
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return "is not valid base64"
    if not (data.startswith(b"\xff\xd8\xff") and data.rstrip(b"\x00").endswith(b"\xff\xd9")):
        return "is not a JPEG image"
    return None


def _photo_facts(value: str, config: CgrStandinConfig, name: str) -> dict[str, Any]:
    data = base64.b64decode(value, validate=True)
    if len(data) > config.photo_max_kb * 1024:
        message = f"The photo is {len(data) // 1024} KB; at most {config.photo_max_kb} KB is accepted."
        raise EventProblems(413, {name: [message]})
    return {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def problem_details(status: int, errors: dict[str, list[str]]) -> dict[str, Any]:
    title = "One or more validation errors occurred." if status == 400 else "Payload Too Large"
    return {"type": "https://tools.ietf.org/html/rfc9110", "title": title, "status": status, "errors": errors}

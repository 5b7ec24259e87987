"""The CarGoRuqsat client's settings (the ``[uplink.cgr]`` table) and the documented field mapping.

The JSON field names of ``CamEvent`` are in an annex we do not have, so every name is configuration:
``field_mapping`` overrides, key by key, the defaults in ``DEFAULT_FIELD_MAPPING``; a field mapped to
``""`` is left out of the body. Types are limited to what the TOML loader converts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from cgrconsole.core.problem import QT_TRANSLATE_NOOP, Problem

Mode = Literal["Checkpoint", "WaitingArea"]

# Our logical field -> its JSON name in the CamEvent body. camelCase, as the service's other
# names (RegistrationToken, TruckNumbers) suggest an ASP.NET API, which binds camelCase JSON.
DEFAULT_FIELD_MAPPING: dict[str, str] = {
    "event_id": "externalId",  # our idempotent id: a resend after a lost answer is recognized (409)
    "time": "eventDate",  # ISO-8601 with the site's offset: 2025-08-18T11:05:00+05:00
    "direction": "direction",  # direction_values.entry / .exit
    "plate": "truckNumber",  # upper case, no spaces: 123ABC01 (the service's own TruckNumbers word)
    "photo": "photo",  # base64 JPEG, at most photo_max_kb
    "archive_link": "videoLink",  # archive_link_prefix + Camera1\2025\08\18\11\Camera1_2025_08_18_11_05.mp4
    "camera": "cameraName",
    "confidence": "confidence",  # 0..1, 3 decimals; 1.0 for a plate typed by the officer
    "country": "country",  # KZ, RU, KG, UZ, CN, VN or null
    "plate_photo": "",  # the plate crop as base64 JPEG; not sent unless mapped
}
LOGICAL_FIELDS: tuple[str, ...] = tuple(DEFAULT_FIELD_MAPPING)
REQUIRED_FIELDS: tuple[str, ...] = ("event_id", "time", "direction", "plate")


@dataclass(frozen=True)
class DirectionValues:
    """What ``direction`` carries. ``as_number``: send ``int(entry)``/``int(exit)`` (e.g. 1/2) as numbers."""

    entry: str = "In"
    exit: str = "Out"
    as_number: bool = False

    def value(self, direction: str) -> str | int:
        raw = self.entry if direction == "entry" else self.exit
        return int(raw) if self.as_number else raw


@dataclass(frozen=True)
class CgrSettings:
    """Everything the CarGoRuqsat client, its TruckNumbers poller and the stand-in agree on."""

    enabled: bool = False
    base_url: str = "https://cgr-api.qoldau.kz"
    mode: Mode = "Checkpoint"  # the path prefix: /Checkpoint/... or /WaitingArea/...
    field_mapping: dict[str, str] = field(default_factory=dict)  # overrides of DEFAULT_FIELD_MAPPING
    direction_values: DirectionValues = field(default_factory=DirectionValues)
    archive_link_prefix: str = ""  # put before the backslashed archive path, e.g. "\\\\nas\\archive\\"
    photo_source: Literal["frame", "crop"] = "frame"  # what "photo" carries
    photo_max_kb: int = 300  # larger JPEGs are re-compressed, then scaled down, until they fit
    timeout_s: float = 30.0  # per request (read/write/pool)
    connect_timeout_s: float = 10.0
    # Events claimed per outbox cycle. Each goes in its own POST, and the outbox records the outcomes
    # of a cycle together: with 1, a crash or a lost answer can make the service see at most the one
    # event in flight twice (it recognizes it by externalId; a server that did not would keep both).
    max_batch: int = 1
    ca_bundle: str = ""  # a PEM file of the CAs to trust instead of the bundled ones; "" = bundled
    token_cache: Literal["keyring", "memory"] = "keyring"  # keep the bearer token across restarts
    token_refresh_margin_s: float = 60.0  # renew a token this long before its known expiry
    config_retry_s: float = 300.0  # how long to wait when the registration token is missing/refused
    truck_numbers_enabled: bool = True
    truck_numbers_path: str = "/Checkpoint/TruckNumbers"  # the service only publishes it for checkpoints
    truck_numbers_poll_s: float = 300.0
    truck_numbers_max_age_s: float = 3600.0  # an older list answers "unknown", not "not queued"
    suggest_max_distance: int = 2  # edit distance for the officer's correction candidates
    # Besides HTTP 409, a machine error code (code / errorCode / error / type) that means "already there".
    already_there_codes: tuple[str, ...] = (
        "AlreadyExists",
        "EventAlreadyExists",
        "DuplicateEvent",
        "DuplicateExternalId",
    )
    # Off by default: words of the server's message that count as "already there" when it has no code
    # for it (set only after the trial transmission showed the exact words; every such attempt says so).
    already_there_phrases: tuple[str, ...] = ()
    probe_interval_s: float = 15.0  # while events wait for an unreachable server, look this often

    @property
    def mapping(self) -> dict[str, str]:
        """The effective mapping: defaults, then the configured overrides."""
        return {**DEFAULT_FIELD_MAPPING, **self.field_mapping}

    def path(self, endpoint: str) -> str:
        return f"/{self.mode}/{endpoint}"

    def problems(self, where: str = "uplink.cgr") -> list[str]:
        """Each problem as ``key: what is wrong`` (the lead's config check adds them to its list)."""
        found: list[str] = []
        url = urlsplit(self.base_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            template = QT_TRANSLATE_NOOP("ConfigProblem", "expected http(s)://host[:port], got {url!r}")
            found.append(Problem(f"{where}.base_url", template, url=self.base_url))
        for key in self.field_mapping:
            if key not in DEFAULT_FIELD_MAPPING:
                template = QT_TRANSLATE_NOOP("ConfigProblem", "unknown field; known: {fields}")
                found.append(
                    Problem(f"{where}.field_mapping.{key}", template, fields=", ".join(LOGICAL_FIELDS))
                )
        names = [name for name in self.mapping.values() if name]
        for name in sorted({n for n in names if names.count(n) > 1}):
            template = QT_TRANSLATE_NOOP("ConfigProblem", "the JSON name {name!r} is used twice")
            found.append(Problem(f"{where}.field_mapping", template, name=name))
        for key in REQUIRED_FIELDS:
            if not self.mapping.get(key):
                template = QT_TRANSLATE_NOOP("ConfigProblem", "cannot be left out (the service needs it)")
                found.append(Problem(f"{where}.field_mapping.{key}", template))
        dv = self.direction_values
        if dv.entry == dv.exit:
            template = QT_TRANSLATE_NOOP("ConfigProblem", "entry and exit must differ")
            found.append(Problem(f"{where}.direction_values", template))
        if dv.as_number and not (_is_int(dv.entry) and _is_int(dv.exit)):
            template = QT_TRANSLATE_NOOP("ConfigProblem", 'as_number needs whole numbers, e.g. entry = "1"')
            found.append(Problem(f"{where}.direction_values", template))
        for name, value in (
            ("timeout_s", self.timeout_s),
            ("connect_timeout_s", self.connect_timeout_s),
            ("max_batch", self.max_batch),
            ("truck_numbers_poll_s", self.truck_numbers_poll_s),
            ("probe_interval_s", self.probe_interval_s),
        ):
            if value <= 0:
                found.append(
                    Problem(f"{where}.{name}", QT_TRANSLATE_NOOP("ConfigProblem", "must be above 0"))
                )
        for phrase in self.already_there_phrases:
            if len(phrase.strip()) < 6:
                template = QT_TRANSLATE_NOOP("ConfigProblem", "{phrase!r} is too short to mean only that")
                found.append(Problem(f"{where}.already_there_phrases", template, phrase=phrase))
        if self.photo_max_kb < 8:
            template = QT_TRANSLATE_NOOP("ConfigProblem", "at least 8 (a readable photo needs it)")
            found.append(Problem(f"{where}.photo_max_kb", template))
        return found


def _is_int(text: str) -> bool:
    try:
        int(text)
    except ValueError:
        return False
    return True

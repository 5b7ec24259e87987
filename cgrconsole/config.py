"""The console's configuration: one TOML file, validated on load.

Every problem is reported with the key it concerns (``cameras[2].enabled``; cameras are
counted from 1 as they appear in the file) and what is wrong with it, all at once.
Secrets never live here: passwords and tokens are in the OS keyring (see ``core.secrets``).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import tomllib
import types
import typing
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from cgrconsole.core.anpr.settings import AnprConfig
from cgrconsole.core.archive.settings import ArchiveConfig
from cgrconsole.core.camera.settings import CameraConfig, IngestConfig
from cgrconsole.core.camera.url import CameraUrlError, parse_camera_url
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.drvn.settings import DrvnSettings

CAMERA_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")


class ConfigError(Exception):
    """The configuration cannot be used; ``problems`` lists each as ``key: what is wrong``."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        count = f"{len(problems)} problem" + ("s" if len(problems) != 1 else "")
        super().__init__(f"{source}: {count}:\n" + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True)
class SiteConfig:
    name: str = "Checkpoint"
    timezone: str = "Asia/Almaty"


@dataclass(frozen=True)
class PathsConfig:
    """Empty values mean the per-user defaults (see ``cgrconsole.paths``)."""

    data_dir: str = ""
    archive_dir: str = ""
    log_dir: str = ""


@dataclass(frozen=True)
class UplinkConfig:
    """Where confirmed events go (each destination is off until enabled) and how retries pace."""

    cgr: CgrSettings = field(default_factory=CgrSettings)
    drvn: DrvnSettings = field(default_factory=DrvnSettings)
    retry_initial_s: float = 2.0  # the first retry after a transient failure; doubles up to the cap
    retry_max_s: float = 300.0


@dataclass(frozen=True)
class UiConfig:
    language: Literal["auto", "ru", "kk", "en"] = "auto"
    grid: Literal["auto", "1x1", "2x2", "3x3", "4x4"] = "auto"


@dataclass(frozen=True)
class Config:
    site: SiteConfig = field(default_factory=SiteConfig)
    paths: PathsConfig = field(default_factory=PathsConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    archive: ArchiveConfig = field(default_factory=ArchiveConfig)
    anpr: AnprConfig = field(default_factory=AnprConfig)
    uplink: UplinkConfig = field(default_factory=UplinkConfig)
    ui: UiConfig = field(default_factory=UiConfig)
    cameras: tuple[CameraConfig, ...] = ()


# -- loading --------------------------------------------------------------------------
def load_config(path: Path) -> Config:
    """Read and validate ``path``; raise ``ConfigError`` naming every bad key."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(str(path), ["the file does not exist"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), [f"the file cannot be read ({exc})"]) from None
    return parse_config(text, str(path))


def parse_config(text: str, source: str = "config") -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(source, [f"TOML syntax error: {exc}"]) from None
    problems: list[str] = []
    config = _build(Config, data, "", problems)
    if not problems:
        _check_semantics(config, problems)
    if problems:
        raise ConfigError(source, problems)
    return config


def _build(cls: type, data: Any, where: str, problems: list[str]) -> Any:
    if not isinstance(data, dict):
        problems.append(f"{where or 'the file'}: expected a table, got {_kind(data)}")
        return None
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key in data:
        if key not in fields:
            hint = difflib.get_close_matches(key, fields, n=1)
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else f"; known keys: {', '.join(fields)}"
            problems.append(f"{_join(where, key)}: unknown key{suggestion}")
    values: dict[str, Any] = {}
    for name, f in fields.items():
        key = _join(where, name)
        if name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                problems.append(f"{key}: required key is missing")
            continue
        values[name] = _convert(hints[name], data[name], key, problems)
    try:
        return cls(**values)
    except TypeError:
        return None  # already reported as a problem


def _convert(hint: Any, value: Any, key: str, problems: list[str]) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _convert(inner[0], value, key, problems)
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, key, problems)  # type: ignore[arg-type]
    if origin is Literal:
        if value not in args:
            allowed = ", ".join(repr(a) for a in args)
            problems.append(f"{key}: must be one of {allowed}, got {value!r}")
        return value
    if origin is dict:
        if not isinstance(value, dict):
            problems.append(f"{key}: expected a table, got {_kind(value)}")
            return value
        return {k: _convert(args[1], v, f"{key}.{k}", problems) for k, v in value.items()}
    if origin is tuple:
        if not isinstance(value, list):
            problems.append(f"{key}: expected a list, got {_kind(value)}")
            return value
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v, f"{key}[{i}]", problems) for i, v in enumerate(value, 1))
        if len(value) != len(args):
            problems.append(f"{key}: expected a list of {len(args)} values, got {len(value)}")
            return value
        pairs = enumerate(zip(args, value, strict=True), 1)
        return tuple(_convert(a, v, f"{key}[{i}]", problems) for i, (a, v) in pairs)
    if hint is bool:
        if not isinstance(value, bool):
            problems.append(f"{key}: expected true or false, got {_kind(value)}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(f"{key}: expected a number, got {_kind(value)}")
            return value
        return float(value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append(f"{key}: expected a whole number, got {_kind(value)}")
        return value
    if hint is str:
        if not isinstance(value, str):
            problems.append(f"{key}: expected text in quotes, got {_kind(value)}")
        return value
    raise TypeError(f"unsupported config type {hint!r}")  # a programming error, not a user one


def _check_semantics(config: Config, problems: list[str]) -> None:
    try:
        zoneinfo.ZoneInfo(config.site.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        problems.append(f"site.timezone: unknown time zone {config.site.timezone!r} (e.g. 'Asia/Almaty')")
    for name, value in dataclasses.asdict(config.ingest).items():
        if value <= 0:
            problems.append(f"ingest.{name}: must be greater than 0")
    _check_archive(config.archive, problems)
    if not 0.2 <= config.anpr.sample_fps <= 25:
        problems.append("anpr.sample_fps: must be 0.2..25 frames per second")
    if not 0 < config.anpr.auto_send_min_confidence <= 1:
        problems.append("anpr.auto_send_min_confidence: must be greater than 0 and at most 1")
    uplink = config.uplink
    if not 0 < uplink.retry_initial_s <= uplink.retry_max_s:
        problems.append("uplink.retry_initial_s: must be greater than 0 and at most uplink.retry_max_s")
    if uplink.cgr.enabled:
        problems += uplink.cgr.problems()
    if uplink.drvn.enabled:
        problems += uplink.drvn.problems()
    seen: dict[str, int] = {}
    for index, camera in enumerate(config.cameras, 1):
        key = f"cameras[{index}]"
        if not CAMERA_NAME.fullmatch(camera.name):
            problems.append(
                f"{key}.name: {camera.name!r} must be 1-40 of A-Z a-z 0-9 _ - (it names archive"
                " folders); put other text in 'title'"
            )
        folded = camera.name.casefold()  # Windows file names ignore case
        if folded in seen:
            problems.append(
                f"{key}.name: duplicate camera name {camera.name!r} (also cameras[{seen[folded]}])"
            )
        seen.setdefault(folded, index)
        try:
            url = parse_camera_url(camera.url)
            if url.password:
                problems.append(
                    f"{key}.url: contains a password; remove it from the URL and store it with "
                    f"'cgrconsole secret set camera/{camera.name}' (kept in the OS keyring)"
                )
        except CameraUrlError as exc:
            problems.append(f"{key}.url: {exc.detail}")
        if camera.roi is not None:
            x1, y1, x2, y2 = camera.roi
            if not (0 <= x1 < x2 <= 1 and 0 <= y1 < y2 <= 1):
                problems.append(
                    f"{key}.roi: must be [x1, y1, x2, y2] fractions with 0 <= x1 < x2 <= 1 and "
                    "0 <= y1 < y2 <= 1"
                )


SEGMENT_CHOICES = (
    60,
    120,
    180,
    240,
    300,
    360,
    600,
    720,
    900,
    1200,
    1800,
    3600,
)  # whole minutes dividing an hour


def _check_archive(archive: ArchiveConfig, problems: list[str]) -> None:
    if archive.segment_seconds not in SEGMENT_CHOICES:
        problems.append(
            f"archive.segment_seconds: must be one of {SEGMENT_CHOICES} (whole minutes that divide "
            "an hour); the customer's layout uses 300"
        )
    if archive.retention_days < 1:
        problems.append("archive.retention_days: must be at least 1")
    elif archive.retention_days < 60 and not archive.allow_short_retention:
        problems.append(
            "archive.retention_days: the archive must be kept at least 60 days; set "
            "archive.allow_short_retention = true to go below"
        )
    for key, days, floor, floor_key in (
        ("events_retention_days", archive.events_retention_days, archive.retention_days, "retention_days"),
        ("audit_retention_days", archive.audit_retention_days, archive.events_days, "the events"),
    ):
        if days is not None and days < 1:
            problems.append(f"archive.{key}: must be at least 1")
        elif days is not None and days < floor and not archive.allow_short_retention:
            problems.append(
                f"archive.{key}: must be at least {floor} days (as long as {floor_key}); set "
                "archive.allow_short_retention = true to go below"
            )
    if not 0 < archive.critical_free_gb < archive.min_free_gb:
        problems.append("archive.critical_free_gb: must be greater than 0 and less than archive.min_free_gb")
    if not 200 <= archive.transcode_bitrate_kbps <= 1300:
        problems.append(
            "archive.transcode_bitrate_kbps: must be 200..1300 (50 MB per 5 minutes is 1333 kbit/s)"
        )


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _kind(value: Any) -> str:
    names = {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "a table",
    }
    shown = f" {value!r}" if isinstance(value, str | int | float) and not isinstance(value, bool) else ""
    return f"{names.get(type(value), type(value).__name__)}{shown}"

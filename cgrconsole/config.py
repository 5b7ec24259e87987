"""The console's configuration: one TOML file, validated on load.

Every problem is reported with the key it concerns (``cameras[2].enabled``; cameras are
counted from 1 as they appear in the file) and what is wrong with it, all at once.
Secrets never live here: passwords and tokens are in the OS keyring (see ``core.secrets``).
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
import tomllib
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from cgrconsole.config_toml import build
from cgrconsole.core.anpr.settings import AnprConfig
from cgrconsole.core.archive.settings import ArchiveConfig
from cgrconsole.core.archive.upload.settings import SftpConfig
from cgrconsole.core.camera.settings import CameraConfig, IngestConfig
from cgrconsole.core.camera.url import CameraUrl, CameraUrlError, parse_camera_url
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.problem import QT_TRANSLATE_NOOP, Problem, detail
from cgrconsole.core.reachability.settings import ReachabilityConfig
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.drvn.settings import DrvnSettings

CAMERA_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
# Names Windows reserves for devices, in any case: a folder called "CON" cannot be created there.
WINDOWS_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)


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
    live: LiveConfig = field(default_factory=LiveConfig)
    sftp: SftpConfig = field(default_factory=SftpConfig)
    reachability: ReachabilityConfig = field(default_factory=ReachabilityConfig)
    ui: UiConfig = field(default_factory=UiConfig)
    cameras: tuple[CameraConfig, ...] = ()


@dataclass(frozen=True)
class SwitchedOff:
    """A part left off because its configuration has problems (the window says which and why)."""

    part: Literal["file", "camera", "cgr", "drvn", "archive", "anpr", "live", "sftp"]
    name: str = ""  # the camera's name


@dataclass(frozen=True)
class ConfigReport:
    """What a file gave: a usable configuration, every problem, and what was switched off for them.

    Broken parts are switched off, never guessed: a camera with a problem is disabled, an uplink
    with a problem is off, a bad ``[archive]`` stops recording, a bad ``[anpr]`` stops recognition,
    a bad ``[live]`` stops the stream for the remote operator, a bad ``[sftp]`` stops the archive upload.
    A bad value elsewhere (site, paths, ingest, ui, retry pacing) is replaced by its default.
    """

    source: str
    config: Config
    problems: tuple[str, ...] = ()
    switched_off: tuple[SwitchedOff, ...] = ()
    warnings: tuple[str, ...] = ()  # not wrong, but probably not meant (no cameras at all)


class ConfigFileMissing(ConfigError):
    """The named configuration file does not exist (the window offers a template)."""


# -- loading --------------------------------------------------------------------------
def load_config(path: Path) -> Config:
    """Read and validate ``path``; raise ``ConfigError`` naming every bad key, all at once."""
    report = read_config(path)
    if report.problems:
        raise ConfigError(report.source, list(report.problems))
    return report.config


def parse_config(text: str, source: str = "config") -> Config:
    report = parse_config_report(text, source)
    if report.problems:
        raise ConfigError(source, list(report.problems))
    return report.config


def read_config(path: Path) -> ConfigReport:
    """Read ``path`` leniently (see ``ConfigReport``); raises only when the file cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigFileMissing(
            str(path), [Problem("", QT_TRANSLATE_NOOP("ConfigProblem", "the file does not exist"))]
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        problem = Problem(
            "", QT_TRANSLATE_NOOP("ConfigProblem", "the file cannot be read ({error})"), error=exc
        )
        raise ConfigError(str(path), [problem]) from None
    return parse_config_report(text, str(path))


def parse_config_report(text: str, source: str = "config") -> ConfigReport:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problem = Problem("", QT_TRANSLATE_NOOP("ConfigProblem", "TOML syntax error: {error}"), error=exc)
        return ConfigReport(source, Config(), (problem,), (SwitchedOff("file"),))
    problems: list[str] = []
    raw_cameras = data.pop("cameras", [])
    config = build(Config, data, "", problems) or Config()
    cameras: list[tuple[int, CameraConfig | None, Any]] = []
    if isinstance(raw_cameras, list):
        for index, raw in enumerate(raw_cameras, 1):
            cameras.append((index, build(CameraConfig, raw, f"cameras[{index}]", problems), raw))
    else:
        problems.append(
            Problem(
                "cameras", QT_TRANSLATE_NOOP("ConfigProblem", "expected [[cameras]] tables, one per camera")
            )
        )
    _check_semantics(config, [(i, c) for i, c, _ in cameras if c is not None], problems)
    config, switched_off = _switch_off_broken(config, cameras, problems)
    warnings = () if config.cameras else ("no cameras are configured: add [[cameras]] tables",)
    return ConfigReport(source, config, tuple(problems), switched_off, warnings)


_SECTIONS_WITH_DEFAULTS = ("site", "paths", "ingest", "ui", "uplink", "reachability")


def _switch_off_broken(
    config: Config, cameras: list[tuple[int, CameraConfig | None, Any]], problems: list[str]
) -> tuple[Config, tuple[SwitchedOff, ...]]:
    keys = [problem.partition(":")[0] for problem in problems]
    off: list[SwitchedOff] = []
    uplink = config.uplink
    for name in ("cgr", "drvn"):
        settings = getattr(uplink, name)
        if any(k == f"uplink.{name}" or k.startswith(f"uplink.{name}.") for k in keys):
            if settings.enabled:
                off.append(SwitchedOff(name))  # type: ignore[arg-type]
            uplink = dataclasses.replace(uplink, **{name: dataclasses.replace(settings, enabled=False)})
    config = dataclasses.replace(config, uplink=uplink)
    if any(k == "sftp" or k.startswith("sftp.") for k in keys):
        if config.sftp.enabled:
            off.append(SwitchedOff("sftp"))
        config = dataclasses.replace(config, sftp=dataclasses.replace(config.sftp, enabled=False))
    for name in ("archive", "anpr", "live"):
        if any(k == name or k.startswith(f"{name}.") for k in keys):
            off.append(SwitchedOff(name))  # type: ignore[arg-type]
            config = dataclasses.replace(
                config, **{name: dataclasses.replace(getattr(config, name), enabled=False)}
            )
    for section in _SECTIONS_WITH_DEFAULTS:  # a bad value there would break everything: use the default
        bad = {k.split(".")[1] for k in keys if k.startswith(f"{section}.") and k.count(".") == 1}
        value = getattr(config, section)
        defaults = {
            f.name: getattr(type(value)(), f.name) for f in dataclasses.fields(value) if f.name in bad
        }
        config = dataclasses.replace(config, **{section: dataclasses.replace(value, **defaults)})
    kept: list[CameraConfig] = []
    names: set[str] = set()
    for index, camera, raw in cameras:
        prefix = f"cameras[{index}]"
        own = [p for p, k in zip(problems, keys, strict=True) if k == prefix or k.startswith(prefix + ".")]
        if own:
            camera = _disabled_camera(index, camera, raw, own[0], names)
            off.append(SwitchedOff("camera", camera.name))
        if camera is not None:
            kept.append(camera)
            names.add(camera.name.casefold())
    return dataclasses.replace(config, cameras=tuple(kept)), tuple(off)


def _disabled_camera(
    index: int, camera: CameraConfig | None, raw: Any, problem: str, taken: set[str]
) -> CameraConfig:
    """A camera switched off for ``problem``: shown on its tile, never connected, never recorded."""
    table = raw if isinstance(raw, dict) else {}
    name = camera.name if camera else str(table.get("name") or f"camera{index}")
    if name.casefold() in taken:
        name = f"{name} ({index})"
    title = camera.title if camera else str(table.get("title") or "")
    direction = camera.direction if camera else "entry"
    return CameraConfig(name, "", direction, enabled=False, anpr=False, title=title, problem=problem)


def _check_semantics(config: Config, cameras: list[tuple[int, CameraConfig]], problems: list[str]) -> None:
    try:
        zoneinfo.ZoneInfo(config.site.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        problems.append(
            Problem(
                "site.timezone",
                QT_TRANSLATE_NOOP("ConfigProblem", "unknown time zone {zone!r} (e.g. 'Asia/Almaty')"),
                zone=config.site.timezone,
            )
        )
    for name, value in dataclasses.asdict(config.ingest).items():
        if value <= 0:
            problems.append(
                Problem(f"ingest.{name}", QT_TRANSLATE_NOOP("ConfigProblem", "must be greater than 0"))
            )
    _check_archive(config.archive, problems)
    _check_live(config.live, problems)
    if not 0.2 <= config.anpr.sample_fps <= 25:
        problems.append(
            Problem(
                "anpr.sample_fps", QT_TRANSLATE_NOOP("ConfigProblem", "must be 0.2..25 frames per second")
            )
        )
    if not 0 < config.anpr.auto_send_min_confidence <= 1:
        problems.append(
            Problem(
                "anpr.auto_send_min_confidence",
                QT_TRANSLATE_NOOP("ConfigProblem", "must be greater than 0 and at most 1"),
            )
        )
    uplink = config.uplink
    if not 0 < uplink.retry_initial_s <= uplink.retry_max_s:
        problems.append(
            Problem(
                "uplink.retry_initial_s",
                QT_TRANSLATE_NOOP("ConfigProblem", "must be greater than 0 and at most uplink.retry_max_s"),
            )
        )
    if uplink.cgr.enabled:
        problems += uplink.cgr.problems()
    if uplink.drvn.enabled:
        problems += uplink.drvn.problems()
    if config.sftp.enabled:
        problems += config.sftp.problems()
    problems += config.reachability.problems()
    seen: dict[str, int] = {}
    for index, camera in cameras:
        key = f"cameras[{index}]"
        if not CAMERA_NAME.fullmatch(camera.name):
            problems.append(
                Problem(
                    f"{key}.name",
                    QT_TRANSLATE_NOOP(
                        "ConfigProblem",
                        "{name!r} must be 1-40 of A-Z a-z 0-9 _ - (it names archive folders); "
                        "put other text in 'title'",
                    ),
                    name=camera.name,
                )
            )
        folded = camera.name.casefold()  # Windows file names ignore case
        if folded in WINDOWS_DEVICE_NAMES:
            problems.append(
                Problem(
                    f"{key}.name",
                    QT_TRANSLATE_NOOP(
                        "ConfigProblem",
                        "{name!r} is a device name on Windows, where no archive folder can have it; "
                        "choose another name (e.g. Camera1) and put the text in 'title'",
                    ),
                    name=camera.name,
                )
            )
        if folded in seen:
            problems.append(
                Problem(
                    f"{key}.name",
                    QT_TRANSLATE_NOOP(
                        "ConfigProblem", "duplicate camera name {name!r} (also cameras[{other}])"
                    ),
                    name=camera.name,
                    other=seen[folded],
                )
            )
        seen.setdefault(folded, index)
        try:
            url = parse_camera_url(camera.url)
            if url.scheme == "synthetic":
                problems += _synthetic_problems(key, url)
            if url.password:
                problems.append(
                    Problem(
                        f"{key}.url",
                        QT_TRANSLATE_NOOP(
                            "ConfigProblem",
                            "contains a password; remove it from the URL and store it with "
                            "'cgrconsole secret set camera/{name}' (kept in the OS keyring)",
                        ),
                        name=camera.name,
                    )
                )
        except CameraUrlError as exc:
            problems.append(detail(f"{key}.url", exc.detail))
        if camera.roi is not None:
            x1, y1, x2, y2 = camera.roi
            if not (0 <= x1 < x2 <= 1 and 0 <= y1 < y2 <= 1):
                problems.append(
                    Problem(
                        f"{key}.roi",
                        QT_TRANSLATE_NOOP(
                            "ConfigProblem",
                            "must be [x1, y1, x2, y2] fractions with 0 <= x1 < x2 <= 1 and 0 <= y1 < y2 <= 1",
                        ),
                    )
                )
        for number, lane in enumerate(camera.lanes, 1):
            problems += lane.problems(f"{key}.lanes[{number}]")


def _synthetic_problems(key: str, url: CameraUrl) -> list[str]:
    """A synthetic camera's options, checked as the camera itself will read them."""
    from cgrconsole.core.camera.source import SourceError
    from cgrconsole.core.synthetic.source import options_from_url  # only when such a camera exists

    try:
        options_from_url(url)
    except SourceError as exc:
        return [detail(f"{key}.url", exc.detail)]
    return []


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


# the floors of the other retentions, said in the message (the first is a key, the second a phrase)
_AS_THE_ARCHIVE = "retention_days"
_AS_THE_EVENTS = Problem("", QT_TRANSLATE_NOOP("ConfigProblem", "the events"))


def _check_archive(archive: ArchiveConfig, problems: list[str]) -> None:
    if archive.segment_seconds not in SEGMENT_CHOICES:
        problems.append(
            Problem(
                "archive.segment_seconds",
                QT_TRANSLATE_NOOP(
                    "ConfigProblem",
                    "must be one of {choices} (whole minutes that divide an hour); "
                    "the customer's layout uses 300",
                ),
                choices=SEGMENT_CHOICES,
            )
        )
    if archive.retention_days < 1:
        problems.append(
            Problem("archive.retention_days", QT_TRANSLATE_NOOP("ConfigProblem", "must be at least 1"))
        )
    elif archive.retention_days < 60 and not archive.allow_short_retention:
        problems.append(
            Problem(
                "archive.retention_days",
                QT_TRANSLATE_NOOP(
                    "ConfigProblem",
                    "the archive must be kept at least 60 days; set archive.allow_short_retention = true "
                    "to go below",
                ),
            )
        )
    for key, days, floor, floor_key in (
        ("events_retention_days", archive.events_retention_days, archive.retention_days, _AS_THE_ARCHIVE),
        ("audit_retention_days", archive.audit_retention_days, archive.events_days, _AS_THE_EVENTS),
    ):
        if days is not None and days < 1:
            problems.append(
                Problem(f"archive.{key}", QT_TRANSLATE_NOOP("ConfigProblem", "must be at least 1"))
            )
        elif days is not None and days < floor and not archive.allow_short_retention:
            problems.append(
                Problem(
                    f"archive.{key}",
                    QT_TRANSLATE_NOOP(
                        "ConfigProblem",
                        "must be at least {days} days (as long as {what}); set "
                        "archive.allow_short_retention = true to go below",
                    ),
                    days=floor,
                    what=floor_key,
                )
            )
    if not 0 < archive.critical_free_gb < archive.min_free_gb:
        problems.append(
            Problem(
                "archive.critical_free_gb",
                QT_TRANSLATE_NOOP(
                    "ConfigProblem", "must be greater than 0 and less than archive.min_free_gb"
                ),
            )
        )
    if not 200 <= archive.transcode_bitrate_kbps <= 1300:
        problems.append(
            Problem(
                "archive.transcode_bitrate_kbps",
                QT_TRANSLATE_NOOP("ConfigProblem", "must be 200..1300 (50 MB per 5 minutes is 1333 kbit/s)"),
            )
        )


def _check_live(live: LiveConfig, problems: list[str]) -> None:
    """``[live]``: a problem switches the stream off (the rest of the console runs)."""
    try:
        ipaddress.ip_address(live.bind)
    except ValueError:
        problems.append(
            Problem(
                "live.bind",
                QT_TRANSLATE_NOOP(
                    "ConfigProblem", '{address!r} is not an address (e.g. "0.0.0.0", "::" or the VPN\'s)'
                ),
                address=live.bind,
            )
        )
    if not 0 <= live.port <= 65535:
        problems.append(
            Problem(
                "live.port",
                QT_TRANSLATE_NOOP("ConfigProblem", "must be 1..65535 (0 picks a free port at each start)"),
            )
        )
    if live.tls == "files" and not (live.cert_file and live.key_file):
        problems.append(
            Problem(
                "live.cert_file",
                QT_TRANSLATE_NOOP(
                    "ConfigProblem", 'tls = "files" needs cert_file and key_file (PEM); or tls = "auto"'
                ),
            )
        )
    for entry in live.allow:
        try:
            ipaddress.ip_network(entry.strip(), strict=False)
        except ValueError:
            problems.append(
                Problem(
                    "live.allow",
                    QT_TRANSLATE_NOOP(
                        "ConfigProblem", "{entry!r} is not an address or network (e.g. 10.8.0.0/24)"
                    ),
                    entry=entry,
                )
            )
    for origin in live.cors_origins:
        if origin != "*" and not re.fullmatch(r"https?://[^/\s]+", origin):
            problems.append(
                Problem(
                    "live.cors_origins",
                    QT_TRANSLATE_NOOP(
                        "ConfigProblem", "{origin!r} is not an origin (e.g. https://iuc.example.kz)"
                    ),
                    origin=origin,
                )
            )
    if live.max_connections < 1 or not 1 <= live.max_connections_per_client <= live.max_connections:
        problems.append(
            Problem(
                "live.max_connections_per_client",
                QT_TRANSLATE_NOOP("ConfigProblem", "must be 1..max_connections (and that at least 1)"),
            )
        )
    if not 0.1 <= live.part_target_s <= 2.0:
        problems.append(
            Problem(
                "live.part_target_s",
                QT_TRANSLATE_NOOP(
                    "ConfigProblem", "must be 0.1..2.0 seconds (LL-HLS parts; 0.2 is the default)"
                ),
            )
        )
    if not live.part_target_s <= live.min_segment_s <= 10:
        problems.append(
            Problem(
                "live.min_segment_s",
                QT_TRANSLATE_NOOP("ConfigProblem", "must be part_target_s..10 seconds (1 is the default)"),
            )
        )
    if not 3 <= live.segments_kept <= 60:
        problems.append(
            Problem(
                "live.segments_kept", QT_TRANSLATE_NOOP("ConfigProblem", "must be 3..60 (7 is the default)")
            )
        )

"""Command line: ``cgrconsole [--demo] [--headless] ...`` and its sub-commands."""

from __future__ import annotations

import argparse
import getpass
import importlib
import sys
from pathlib import Path

from cgrconsole import __version__
from cgrconsole.process import ExitCode

# cgrconsole.core.anpr.ocr.ENGINES and DEFAULT_ENGINE (not imported: keeps --help fast)
ENGINES = ("rapidocr", "easyocr", "plate_net", "rapidocr+plate_net")
DEFAULT_ENGINE = "plate_net"
ENTRY_MOTIONS = ("down", "up", "towards", "away")  # cgrconsole.core.anpr.tracker.ENTRY_MOTIONS (likewise)
STANDINS = ("cgr", "drvn")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cgrconsole",
        description="Operator console for vehicle checkpoints: live cameras, archive, plate recognition.",
        epilog="Exit codes: 0 ok, 1 failure, 2 configuration error, 3 already running on this data folder, "
        "4 demo camera without video.",
    )
    parser.add_argument("--version", action="version", version=f"cgrconsole {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="run on 4 built-in synthetic cameras; no config needed"
    )
    parser.add_argument("--headless", action="store_true", help="run the engine without a window")
    parser.add_argument("--duration", type=float, metavar="SECONDS", help="quit after this many seconds")
    parser.add_argument("--config", type=Path, metavar="PATH", help="configuration file (TOML)")
    parser.add_argument("--data-dir", type=Path, metavar="PATH", help="database, archive and logs go here")
    parser.add_argument(
        "--lang", choices=("ru", "kk", "en"), help="UI language (default: config, then system)"
    )
    parser.add_argument("--log-level", default="INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this PC's console (recognition, archive, database, live stream, secrets, libvlc, disk), "
        "print a table and exit (1 on any failure)",
    )
    parser.add_argument(
        "--check-remote",
        action="store_true",
        help="with --self-test: also check that the configured cameras and servers answer",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("config-check", help="validate a configuration file and exit")
    check.add_argument("path", type=Path, nargs="?", help="default: --config or the user's config file")
    anpr = commands.add_parser("anpr", help="plate recognition on files (evaluation)")
    anpr_commands = anpr.add_subparsers(dest="anpr_command", metavar="ANPR_COMMAND", required=True)
    read = anpr_commands.add_parser("read", help="read the plate of each image; one JSON object per line")
    read.add_argument("--engine", default=DEFAULT_ENGINE, choices=ENGINES, help="plate reader")
    read.add_argument("images", type=Path, nargs="+", metavar="IMAGE")
    video = anpr_commands.add_parser("video", help="one JSON object per vehicle event of a video file or URL")
    video.add_argument("--engine", default=DEFAULT_ENGINE, choices=ENGINES, help="plate reader")
    video.add_argument(
        "--direction",
        default="auto",
        choices=("entry", "exit", "auto"),
        help="the lane's direction, or auto: from the plate's motion",
    )
    video.add_argument(
        "--entry-motion",
        default="down",
        choices=ENTRY_MOTIONS,
        help="with --direction auto, how an entering vehicle moves: its plate goes down or up the picture, "
        "or it comes towards or drives away from the camera (default: down)",
    )
    video.add_argument(
        "--lanes",
        type=Path,
        metavar="FILE.json",
        help="the picture's lanes, each a polygon with its own direction (a JSON list of objects with the "
        "keys of [[cameras.lanes]]); a plate in no lane takes --direction / --entry-motion",
    )
    video.add_argument("--fps", type=float, default=8.0, help="frames analysed per second of video")
    video.add_argument("source", metavar="FILE_OR_URL")
    standin = commands.add_parser(
        "standin",
        help="serve a local stand-in of a remote API (demo, tests, installer checks)",
        add_help=False,
    )
    standin.add_argument("which", choices=STANDINS, help="cgr: CarGoRuqsat; drvn: the Vietnamese protocol")
    standin.add_argument("options", nargs=argparse.REMAINDER, help="the stand-in's own options (--help)")
    sftp = commands.add_parser("sftp", help="the archive's SFTP server ([sftp] in the configuration)")
    sftp.add_argument(
        "action",
        choices=("host-key",),
        help="host-key: show the server's key fingerprint and whether it is the pinned one (sends nothing)",
    )
    sftp.add_argument("path", type=Path, nargs="?", help="default: --config or the user's config file")
    secret = commands.add_parser(
        "secret",
        help="store a password or token in the OS keyring (alone: say which store this PC uses)",
    )
    secret.add_argument("action", nargs="?", choices=("set", "delete"))
    secret.add_argument("key", nargs="?", help="e.g. camera/Camera1 (the camera's password)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.duration is not None and args.duration <= 0:
        print("cgrconsole: --duration must be greater than 0", file=sys.stderr)
        return ExitCode.CONFIG
    if args.check_remote and not args.self_test:
        print("cgrconsole: --check-remote goes with --self-test", file=sys.stderr)
        return ExitCode.CONFIG
    if args.self_test:
        from cgrconsole.self_test import main as self_test

        return self_test(args.config, args.data_dir, args.check_remote)
    if args.command == "config-check":
        return _config_check(args.path or args.config)
    if args.command == "sftp":
        return _sftp_host_key(args.path or args.config)
    if args.command == "secret":
        return _secret(args.action, args.key)
    if args.command == "standin":
        module = importlib.import_module(f"cgrconsole.standins.{args.which}")
        return int(module.main(args.options))
    if args.command == "anpr":
        from cgrconsole.anpr_cli import LanesError, load_lanes, read_images, read_video

        if args.anpr_command == "video":
            try:
                lanes = load_lanes(args.lanes) if args.lanes else ()
            except LanesError as exc:
                print(exc, file=sys.stderr)
                return ExitCode.CONFIG
            return read_video(
                args.source,
                args.engine,
                args.direction,
                args.fps,
                entry_motion=args.entry_motion,
                lanes=lanes,
            )
        failures = read_images(args.images, args.engine)
        return ExitCode.FAILURE if failures else ExitCode.OK
    from cgrconsole.app import run

    return run(args)


def _config_check(path: Path | None) -> int:
    """Every problem at once (structure and meaning), then any warning; exit 2 when anything is wrong."""
    from cgrconsole.config import ConfigError, read_config
    from cgrconsole.paths import default_config_file

    path = path or default_config_file()
    try:
        report = read_config(path)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return ExitCode.CONFIG
    if report.problems:
        print(ConfigError(report.source, list(report.problems)), file=sys.stderr)
    for warning in report.warnings:
        print(f"{path}: warning: {warning}", file=sys.stderr)
    if report.problems:
        return ExitCode.CONFIG
    cameras = report.config.cameras
    enabled = sum(1 for c in cameras if c.enabled)
    print(f"{path}: OK, {len(cameras)} camera(s), {enabled} enabled")
    return ExitCode.OK


def _secret(action: str | None, key: str | None) -> int:
    """Store or delete a secret; without an action, say where this PC keeps them (never prints a value)."""
    from cgrconsole.paths import secret_store

    store = secret_store()
    try:
        backend = store.backend
    except Exception as exc:
        print(f"cgrconsole: no store for secrets on this PC ({type(exc).__name__}: {exc})", file=sys.stderr)
        return ExitCode.FAILURE
    print(f"secrets are kept in: {backend.label}")
    if backend.warning:
        print(f"warning: {backend.warning}", file=sys.stderr)
    if action is None:
        return ExitCode.OK
    if key is None:
        print(f"cgrconsole: secret {action} needs a key, e.g. sftp/password", file=sys.stderr)
        return ExitCode.CONFIG
    try:
        if action == "delete":
            store.delete(key)
        else:
            value = getpass.getpass(f"{key}: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
            if not value:
                print("cgrconsole: empty value, nothing stored", file=sys.stderr)
                return ExitCode.FAILURE
            store.set(key, value)
    except Exception as exc:
        print(
            f"cgrconsole: {backend.label} refused ({type(exc).__name__}); is it unlocked?",
            file=sys.stderr,
        )
        return ExitCode.FAILURE
    print(f"{key}: {'deleted' if action == 'delete' else 'stored'}")
    return ExitCode.OK


def _sftp_host_key(path: Path | None) -> int:
    """Print the server's host key for the admin to confirm (exit 0 only when it is the pinned one)."""
    from cgrconsole.config import ConfigError, read_config
    from cgrconsole.core.archive.upload.connection import server_host_key
    from cgrconsole.paths import default_config_file

    path = path or default_config_file()
    try:
        settings = read_config(path).config.sftp
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return ExitCode.CONFIG
    if not settings.host:
        print(f"{path}: sftp.host is not set", file=sys.stderr)
        return ExitCode.CONFIG
    try:
        fingerprint, key_type = server_host_key(settings)
    except Exception as exc:  # unreachable, refused, not SSH: say which
        print(f"cgrconsole: {settings.host}:{settings.port}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return ExitCode.FAILURE
    print(f"{settings.host}:{settings.port} shows {fingerprint} ({key_type})")
    pinned = settings.host_key.strip()
    if pinned == fingerprint:
        print("sftp.host_key: pinned, the same key")
        return ExitCode.OK
    if pinned:
        print(f"sftp.host_key: pinned is {pinned}: the key DIFFERS; uploads are refused", file=sys.stderr)
    else:
        print(
            "sftp.host_key: not pinned. Compare with `ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub` on the "
            f'server (by phone or in person), then set sftp.host_key = "{fingerprint}"'
        )
    return ExitCode.FAILURE

"""The composition root: configuration, logging, engine, and either the window or a headless run."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TextIO

from cgrconsole.config import (
    Config,
    ConfigError,
    ConfigFileMissing,
    ConfigReport,
    SwitchedOff,
    read_config,
)
from cgrconsole.core.camera.status import CameraState
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.supervision import install_excepthooks
from cgrconsole.engine import Engine
from cgrconsole.instance import AlreadyRunning, DataFolderLock
from cgrconsole.logs import SECRETS, setup_logging
from cgrconsole.native_memory import limit_malloc_arenas
from cgrconsole.paths import AppPaths, default_config_file, default_data_dir, secret_store
from cgrconsole.process import ExitCode, start_again

log = logging.getLogger(__name__)

CONFIG_TEMPLATE = """\
# cgrconsole configuration. Passwords are NOT written here: store a camera's password with
#   cgrconsole secret set camera/<name>
[site]
name = "Checkpoint"
timezone = "Asia/Almaty"

# [[cameras]]
# name = "Camera1"                       # A-Z a-z 0-9 _ - (used in archive folder names)
# title = "Въезд 1"                      # shown on the tile
# url = "rtsp://admin@192.0.2.10:554/Streaming/Channels/101"
# direction = "entry"                    # entry | exit
# entry_motion = "towards"               # optional, one camera for both ways: the motion that is entry
#                                        # (down | up | towards | away); the other way is exit
# enabled = true
# anpr = true
# transport = "tcp"                      # tcp | udp
# roi = [0.1, 0.3, 0.9, 1.0]             # optional: x1, y1, x2, y2 as fractions
# [[cameras.lanes]]                      # optional, several lanes in one picture: each with its own
# polygon = [[0, 0.4], [0.5, 0.4], [0.5, 1], [0, 1]]   # direction (corners as fractions of the picture)
# direction = "entry"                    # or entry_motion = "away"; a plate in no lane: the camera's

# [sftp]                                 # archive upload (docs/archive_upload.md); password:
# enabled = true                         #   cgrconsole secret set sftp/password
# host = "archive.example.kz"
# user = "cgr_site1"
# remote_root = "/incoming/site1"
# host_key = ""                          # empty: the console shows the server's SHA256:... to confirm
# bandwidth_kbps = 0                     # kB/s for all transfers; 0 = unlimited
"""


def load(args: argparse.Namespace) -> tuple[ConfigReport, AppPaths, SecretStore]:
    """Configuration, folders and secrets for this run; raises ``ConfigError``.

    Headless, any problem is fatal (a service must fail loudly). In the window, broken parts are
    switched off and the problems shown there (``ConfigReport``); a missing file named by
    ``--config`` is offered as a template. The demo also starts its API stand-ins here (stopped by
    ``run``), so its uplinks have somewhere to go.
    """
    if args.demo:
        from cgrconsole.demo import DEMO_SECRETS, DemoStandins, demo_config

        standins = DemoStandins()
        args.demo_standins = standins
        config = demo_config(standins.start(), _demo_language(args))
        paths = AppPaths.resolve(config, args.data_dir or default_data_dir() / "demo")
        report = ConfigReport("demo", config)
        return report, paths, SecretStore(MemoryKeyring(DEMO_SECRETS), on_secret=SECRETS.add_secret)
    path: Path = args.config or default_config_file()
    if args.config is None and not path.exists():
        write_template(path)
        print(
            f"cgrconsole: no configuration yet; a template was written to {path}. Add the cameras "
            "there, or try the demo: cgrconsole --demo",
            file=sys.stderr,
        )
    report = _read(path, window=not args.headless, lang=args.lang)
    if args.headless and report.problems:
        raise ConfigError(report.source, list(report.problems))
    paths = AppPaths.resolve(report.config, args.data_dir)
    return report, paths, secret_store(on_secret=SECRETS.add_secret)


def _demo_language(args: argparse.Namespace) -> str:
    """The demo names its cameras and site in the window's language; headless, as ``--lang`` says."""
    if args.headless:
        return args.lang or "en"
    from cgrconsole.ui.i18n import choose_language  # Qt only in the window

    return choose_language(args.lang, "auto")


def _read(path: Path, *, window: bool, lang: str | None) -> ConfigReport:
    try:
        return read_config(path)
    except ConfigFileMissing:
        if not window:
            raise
        from cgrconsole.ui.application import offer_config_template  # Qt only in the window

        if not offer_config_template(path, lang):
            raise
        write_template(path)
        return read_config(path)
    except ConfigError as exc:  # unreadable: the window opens without cameras and says why
        if not window:
            raise
        return ConfigReport(exc.source, Config(), tuple(exc.problems), (SwitchedOff("file"),))


def write_template(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(CONFIG_TEMPLATE, encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    limit_malloc_arenas()  # before any thread: the resident size settles (native_memory.py)
    try:
        report, paths, secrets = load(args)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return ExitCode.CONFIG
    config = report.config
    lock = DataFolderLock(paths.data_dir, "headless" if args.headless else "window")
    try:
        lock.acquire()  # before the log file, the database and the archive are touched
    except AlreadyRunning as exc:
        _stop_demo_standins(args)
        print(f"cgrconsole: {exc}", file=sys.stderr)
        if not args.headless:
            from cgrconsole.ui.application import show_already_running

            show_already_running(exc, args, config.ui.language)
        return ExitCode.ALREADY_RUNNING
    setup_logging(paths.log_dir, args.log_level, console=args.headless)
    if report.problems:  # the window shows them too; parts they concern are off
        log.warning("%s", ConfigError(report.source, list(report.problems)))
    announce = _print_line if args.demo or args.headless else None  # `live: <camera> <url>` lines
    engine = Engine(config, paths, secrets, announce=announce, live_port_fallback=args.demo)
    install_excepthooks(engine.supervisor)  # nothing ends unlogged, in the window or headless
    try:
        if args.headless:
            return run_headless(engine, args.duration, demo=args.demo)
        from cgrconsole.ui.application import run_gui  # Qt is imported only here

        code = run_gui(engine, args, report)
    except Exception:
        log.exception("cgrconsole failed")
        return ExitCode.FAILURE
    finally:
        engine.stop()
        _stop_demo_standins(args)
        lock.release()
    if code == ExitCode.RESTART:  # the settings: what applies only at start
        log.info("cgrconsole starts again: %s", " ".join(start_again().args))
        return ExitCode.OK
    return code


def _print_line(line: str) -> None:
    print(line, flush=True)


def _stop_demo_standins(args: argparse.Namespace) -> None:
    standins = getattr(args, "demo_standins", None)
    if standins is not None:
        standins.stop()


def run_headless(
    engine: Engine,
    duration: float | None,
    *,
    demo: bool = False,
    out: TextIO = sys.stdout,
    report_every: float = 5.0,
) -> int:
    """Run until ``duration`` passes or SIGINT/SIGTERM (Ctrl+Break on Windows); print the cameras' status."""
    done = threading.Event()
    if threading.current_thread() is threading.main_thread():
        stops = [signal.SIGINT, signal.SIGTERM]
        if sys.platform == "win32":  # Ctrl+Break: what a service wrapper (e.g. NSSM) sends for a clean stop
            stops.append(signal.SIGBREAK)
        for sig in stops:
            signal.signal(sig, lambda *_: done.set())
    engine.start()
    deadline = time.monotonic() + duration if duration else None
    while not done.is_set():
        remaining = deadline - time.monotonic() if deadline else report_every
        if remaining <= 0:
            break
        done.wait(min(report_every, remaining))
        _print_status(engine, out)
    silent = [
        s.camera for s in engine.cameras.statuses() if s.frames == 0 and s.state is not CameraState.DISABLED
    ]
    engine.stop()
    if demo and silent:
        print(f"demo unhealthy: no video from {', '.join(silent)}", file=out)
        return ExitCode.UNHEALTHY
    return ExitCode.OK


def _print_status(engine: Engine, out: TextIO) -> None:
    for status in engine.cameras.statuses():
        print(
            f"{status.camera:<12} {status.describe()}  frames={status.frames} dropped={status.dropped}",
            file=out,
            flush=True,
        )

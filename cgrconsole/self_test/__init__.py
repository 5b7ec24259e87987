"""``cgrconsole --self-test``: a headless check of an installed console, for the integrator on the site PC.

It runs the console's own parts on this PC, briefly and on temporary files: the plate recognizer on a
bundled plate, an H.264 archive file written into the archive folder and read back, a migrated temporary
database, the live stream's server on a free port, the secret store, libvlc, and the archive disk against
the retention (cameras x bitrate x days). With ``--check-remote`` also the configured cameras and servers.
Every line says OK, WARN or FAIL, the facts, and what to do; any FAIL makes the command exit non-zero.
The window runs the same from Help (``ui/self_test_dialog.py``).
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from cgrconsole.config import Config, ConfigError, ConfigFileMissing, read_config
from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.storage.space import DiskUsage
from cgrconsole.paths import AppPaths, default_config_file, secret_store
from cgrconsole.process import STARTED_AT, ExitCode
from cgrconsole.resources import resource_dir
from cgrconsole.self_test import local, media, remote
from cgrconsole.self_test.report import (
    ADVICE,
    FACTS,
    TITLES,
    Advice,
    Check,
    CheckResult,
    Fact,
    SelfTestReport,
    Verdict,
    format_table,
)

__all__ = [
    "ADVICE",
    "FACTS",
    "TITLES",
    "Advice",
    "Check",
    "CheckResult",
    "Fact",
    "SelfTestOptions",
    "SelfTestReport",
    "Verdict",
    "format_table",
    "run_self_test",
]
log = logging.getLogger(__name__)

Progress = Callable[[int, int, Check], None]  # (done, total, the check starting now); the runner's thread


@dataclass(frozen=True)
class SelfTestOptions:
    """What to check against. The seams (``disk_usage``, ``secrets``, ``resources``) are for tests."""

    config_file: Path | None = None  # None: the user's default file
    data_dir: Path | None = None  # the command line's --data-dir
    check_remote: bool = False
    disk_usage: DiskUsage = shutil.disk_usage
    secrets: SecretStore | None = None  # None: the store this PC uses (as the console chooses it)
    resources: Path | None = None
    remote_timeout_s: float = remote.TIMEOUT_S
    config: Config | None = field(default=None, repr=False)  # the window's own, already loaded


def run_self_test(options: SelfTestOptions, progress: Progress | None = None) -> SelfTestReport:
    """Run every check in turn (on the caller's thread) and report; never raises for a failed part."""
    started = time.monotonic()
    config_line, config = _config(options)
    paths = AppPaths.resolve(config, options.data_dir)
    try:  # what the console's first start makes (a configured archive disk elsewhere is never made)
        paths.create()
    except OSError as exc:  # the checks below say which folder and what to do
        log.warning("self-test: cannot create the console's folders: %s", exc)
    store = options.secrets or secret_store()
    resources = options.resources or resource_dir()
    steps: list[tuple[Check, Callable[[], CheckResult | list[CheckResult]]]] = [
        (Check.OCR, lambda: local.check_ocr(resources)),
        (Check.ARCHIVE, lambda: media.check_archive(paths.archive_dir)),
        (Check.DATABASE, lambda: local.check_database(paths.data_dir)),
        (Check.LIVE, media.check_live),
        (Check.SECRETS, lambda: local.check_secrets(store)),
        (Check.PLAYER, local.check_player),
        (Check.DISK, lambda: local.check_disk(config, paths.archive_dir, options.disk_usage)),
    ]
    if options.check_remote:
        steps.append((Check.CAMERA, lambda: remote.check_remote(config, store, options.remote_timeout_s)))
    results = [config_line]
    for done, (check, step) in enumerate(steps):
        if progress is not None:
            progress(done, len(steps), check)
        began = time.monotonic()
        try:
            found = step()
        except Exception as exc:  # a check's own defect: still one line, never a crash of the whole test
            log.exception("self-test: the %s check failed", check.value)
            found = CheckResult(check, Verdict.FAIL, f"{type(exc).__name__}: {exc}", Advice.REINSTALL)
        for result in found if isinstance(found, list) else [found]:
            seconds = result.seconds or time.monotonic() - began
            results.append(replace(result, seconds=seconds))
            log.info("self-test: %s %s: %s", result.title, result.verdict.value, result.detail)
    if progress is not None:
        progress(len(steps), len(steps), steps[-1][0])
    return SelfTestReport(tuple(results), time.monotonic() - started, options.check_remote)


def _config(options: SelfTestOptions) -> tuple[CheckResult, Config]:
    if options.config is not None:
        return CheckResult(Check.CONFIG, Verdict.OK, Fact("config.running")), options.config
    path = options.config_file or default_config_file()
    try:
        report = read_config(path)
    except ConfigFileMissing:
        line = CheckResult(
            Check.CONFIG, Verdict.WARN, Fact("config.missing", path=path), Advice.CONFIG_MISSING
        )
        return line, Config()
    except ConfigError as exc:
        line = CheckResult(Check.CONFIG, Verdict.FAIL, str(exc).splitlines()[0], Advice.CONFIG_PROBLEMS)
        return line, Config()
    cameras = report.config.cameras
    enabled = sum(1 for c in cameras if c.enabled)
    detail = Fact("config.cameras", path=path, cameras=len(cameras), enabled=enabled)
    if report.problems:
        first: str = report.problems[0]
        if len(report.problems) > 1:
            first = Fact("config.more_problems", problem=first, count=len(report.problems) - 1)
        return CheckResult(
            Check.CONFIG, Verdict.FAIL, Fact.joined(detail, first), Advice.CONFIG_PROBLEMS
        ), report.config
    if not enabled:
        return CheckResult(Check.CONFIG, Verdict.WARN, detail, Advice.NO_CAMERAS), report.config
    if report.warnings:
        return CheckResult(Check.CONFIG, Verdict.WARN, Fact.joined(detail, report.warnings[0])), report.config
    return CheckResult(Check.CONFIG, Verdict.OK, detail), report.config


def main(config_file: Path | None, data_dir: Path | None, check_remote: bool) -> int:
    """The command line's ``--self-test``: print the table, exit 1 on any FAIL."""
    logging.basicConfig(level=logging.ERROR, format="%(name)s: %(message)s")  # the table says it all
    print("cgrconsole self-test: checking this PC's console (about 10 seconds)...", flush=True)
    report = run_self_test(SelfTestOptions(config_file, data_dir, check_remote))
    print(format_table(report))
    print(f"the command took {time.time() - STARTED_AT:.1f} s in all (start-up included)")
    return ExitCode.FAILURE if report.failed else ExitCode.OK

"""``cgrconsole --self-test`` on this PC: the real checks on a temporary data folder (all OK with a real
Secret Service and libvlc), a disk too small for the retention (through the disk seam), a read-only
archive disk (a real read-only tmpfs), and ``--check-remote`` against a real RTSP camera and a closed port."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from support.mounts import mount, tmpfs
from support.rtsp import free_port
from test_cli import run

from cgrconsole.config import Config
from cgrconsole.core.archive.settings import ArchiveConfig
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.storage.space import GB
from cgrconsole.self_test import (
    Advice,
    Check,
    SelfTestOptions,
    Verdict,
    format_table,
    run_self_test,
)
from cgrconsole.self_test.local import check_disk, retention_need

TB = 1024 * GB
LINE = re.compile(r"^(?P<check>\S.*?)\s{2,}(?P<verdict>OK|WARN|FAIL)\s{2,}(?P<detail>.*)$")


def config_text(archive_dir: Path | None = None, cameras: str = "", extra: str = "") -> str:
    """One synthetic camera, a day of archive at 200 kbit/s: 2 GB, which any test machine's disk holds."""
    paths = f'[paths]\narchive_dir = "{archive_dir}"\n' if archive_dir else ""
    return (
        f"{paths}[archive]\nretention_days = 1\nallow_short_retention = true\ntranscode_bitrate_kbps = 200\n"
        "min_free_gb = 1.0\ncritical_free_gb = 0.5\n"
        f'{extra}\n[[cameras]]\nname = "Gate1"\nurl = "synthetic://Gate1?seed=1"\n{cameras}'
    )


def table(stdout: str) -> dict[str, tuple[str, str]]:
    """The printed table: check → (verdict, detail)."""
    rows = {}
    for line in stdout.splitlines():
        match = LINE.match(line)
        if match:
            rows[match["check"].strip()] = (match["verdict"], match["detail"])
    return rows


def test_the_self_test_passes_on_a_fresh_data_folder(secret_service: dict[str, str], tmp_path: Path) -> None:
    """The real command on this PC: every line OK (GNOME Keyring on a private D-Bus, Debian's libvlc),
    exit 0, the table printed, the total time said, nothing left in the archive folder."""
    config = tmp_path / "config.toml"
    config.write_text(config_text())
    data = tmp_path / "data"
    result = run("--self-test", "--config", str(config), "--data-dir", str(data), env=secret_service)
    assert result.returncode == 0, result.stdout + result.stderr
    rows = table(result.stdout)
    assert set(rows) == {
        "Configuration",
        "Plate recognition",
        "Archive (H.264 MP4)",
        "Database",
        "Live stream (HLS)",
        "Secret store",
        "Archive player (libvlc)",
        "Disk for the archive",
    }, result.stdout
    not_ok = {check: row for check, row in rows.items() if row[0] != "OK"}
    assert not not_ok, result.stdout
    assert "'123ABC02'" in rows["Plate recognition"][1]
    assert "h264" in rows["Archive (H.264 MP4)"][1] and "50 of 50 frames" in rows["Archive (H.264 MP4)"][1]
    assert "Secret Service" in rows["Secret store"][1]
    assert re.search(r"libvlc 3\.\S+ .*: /\S+libvlc\.so", rows["Archive player (libvlc)"][1])
    assert "1 camera(s) x 200 kbit/s x 1 days = 2.0 GB" in rows["Disk for the archive"][1]
    assert re.search(r"SELF-TEST PASSED: 8 OK, 0 WARN, 0 FAIL in \d+\.\d s", result.stdout)
    assert "add --check-remote" in result.stdout
    assert re.search(r"^the command took \d+\.\d s in all \(start-up included\)$", result.stdout, re.M)
    archive = data / "archive"
    assert archive.is_dir() and not list(archive.iterdir()), "the test file and its folder are removed"
    assert not [p for p in data.rglob("*") if "self-test" in p.name], "no temporary database left"


@pytest.mark.parametrize(
    ("total", "free", "verdict", "advice"),
    [
        (4 * TB, 3 * TB, Verdict.OK, Advice.NONE),
        (4 * TB, 1 * TB, Verdict.WARN, Advice.DISK_LOW),  # the disk holds it, but not with this much free
        (1 * TB, 1 * TB, Verdict.FAIL, Advice.DISK_TOO_SMALL),  # it never will
    ],
)
def test_the_disk_against_cameras_bitrate_and_days(
    tmp_path: Path, total: int, free: int, verdict: Verdict, advice: Advice
) -> None:
    """Two cameras x 1200 kbit/s x 60 days = 1.56e12 bytes = 1.41 TB (binary, as the guard counts) + 5 GB."""
    cameras = tuple(CameraConfig(f"Cam{i}", f"synthetic://Cam{i}") for i in range(3))
    off = CameraConfig("Off", "synthetic://Off", enabled=False)
    config = Config(archive=ArchiveConfig(retention_days=60), cameras=(*cameras[:2], off))
    assert retention_need(config) == 2 * 150_000 * 86400 * 60
    seen: list[Path] = []

    def disk(path: Path) -> tuple[int, int, int]:
        seen.append(path)
        return total, total - free, free

    result = check_disk(config, tmp_path / "archive", disk)
    assert (result.verdict, result.advice) == (verdict, advice)
    assert seen == [tmp_path], "a missing archive folder: its nearest existing parent is read"
    assert "2 camera(s) x 1200 kbit/s x 60 days = 1.41 TB + 5.0 GB kept free" in result.detail


def test_a_disk_too_small_fails_the_whole_self_test(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(config_text())
    options = SelfTestOptions(
        config,
        tmp_path / "data",
        disk_usage=lambda _: (3 * GB, 2 * GB, GB),
        secrets=SecretStore(MemoryKeyring()),
    )
    progress: list[tuple[int, int, Check]] = []
    report = run_self_test(options, lambda done, total, check: progress.append((done, total, check)))
    verdicts = {r.check: r.verdict for r in report.results}
    assert report.failed and verdicts[Check.DISK] is Verdict.FAIL
    assert verdicts[Check.ARCHIVE] is Verdict.OK and verdicts[Check.OCR] is Verdict.OK, "the rest still ran"
    assert [p[0] for p in progress] == list(range(8)) and progress[-1][:2] == (7, 7)
    printed = format_table(report)
    assert "SELF-TEST FAILED" in printed and "This disk cannot hold the archive" in printed


@pytest.mark.skipif(os.name == "nt", reason="a read-only tmpfs: Linux, as root")
def test_a_read_only_archive_disk_fails_and_the_command_exits_1(tmp_path: Path) -> None:
    """A real read-only file system as the configured archive folder (root ignores file permissions)."""
    with tmpfs(tmp_path / "archive", "4m") as archive:
        mount("-o", "remount,ro", str(archive))
        config = tmp_path / "config.toml"
        config.write_text(config_text(archive))
        env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share")}
        env |= {"XDG_CONFIG_HOME": str(tmp_path / "config")}
        result = run("--self-test", "--config", str(config), "--data-dir", str(tmp_path / "data"), env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    rows = table(result.stdout)
    verdict, detail = rows["Archive (H.264 MP4)"]
    assert verdict == "FAIL" and "Read-only file system" in detail, result.stdout
    assert "-> Give the console's user the right to write to the archive folder." in result.stdout
    assert rows["Plate recognition"][0] == rows["Database"][0] == "OK", "one failure does not stop the rest"
    assert "SELF-TEST FAILED" in result.stdout


def test_check_remote_opens_the_cameras_and_probes_the_servers(rtsp_server, tmp_path: Path) -> None:
    """A real RTSP camera opens; a camera and the SFTP server on closed ports fail, within the timeout."""
    closed = free_port()
    cameras = (
        f'[[cameras]]\nname = "Real"\nurl = "{rtsp_server.url()}"\n'
        f'[[cameras]]\nname = "Gone"\nurl = "rtsp://127.0.0.1:{closed}/live"\n'
    )
    sftp = f'[sftp]\nenabled = true\nhost = "127.0.0.1"\nport = {closed}\nuser = "archive"\n'
    config = tmp_path / "config.toml"
    config.write_text(config_text(cameras=cameras, extra=sftp))
    options = SelfTestOptions(
        config,
        tmp_path / "data",
        check_remote=True,
        disk_usage=lambda _: (4 * TB, 0, 4 * TB),
        secrets=SecretStore(MemoryKeyring()),
        remote_timeout_s=3,
    )
    report = run_self_test(options)
    remote = {r.title: r for r in report.results if r.check in (Check.CAMERA, Check.UPLINK)}
    assert set(remote) == {"Camera Gate1", "Camera Real", "Camera Gone", f"Server sftp 127.0.0.1:{closed}"}
    assert remote["Camera Real"].verdict is Verdict.OK and "h264 320x240" in remote["Camera Real"].detail
    assert remote["Camera Gate1"].verdict is Verdict.OK  # synthetic: opens like any camera
    assert remote["Camera Gone"].verdict is Verdict.FAIL and remote["Camera Gone"].advice is Advice.CAMERA
    server = remote[f"Server sftp 127.0.0.1:{closed}"]
    assert server.verdict is Verdict.FAIL and "TCP: refused" in server.detail
    assert report.failed and report.remote_checked
    assert all(r.seconds < 10 for r in remote.values())


def test_check_remote_needs_self_test() -> None:
    result = run("--check-remote")
    assert result.returncode == 2 and "--check-remote goes with --self-test" in result.stderr

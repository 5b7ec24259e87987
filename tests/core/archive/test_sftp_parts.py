"""The uploader's parts without a server: the [sftp] table, the token bucket, the upload queue's order."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import paramiko
import pytest
from support.archive import add_archive_file

from cgrconsole.config import parse_config, parse_config_report
from cgrconsole.core.archive.index import UPLOADED, ArchiveIndex
from cgrconsole.core.archive.upload.problems import UploadProblem, classify
from cgrconsole.core.archive.upload.settings import SftpConfig
from cgrconsole.core.archive.upload.throttle import TokenBucket
from cgrconsole.core.archive.upload.transfer import part_name
from cgrconsole.core.archive.upload.uploader import posix_join
from cgrconsole.core.storage.database import Database

PIN = "SHA256:FNWodUtzV5dxvnRlpKWOFjtYUwWZ3WwBhRSb4W3mvTk"


def test_the_sftp_table_is_off_by_default_and_read_with_its_keys() -> None:
    assert parse_config("").sftp == SftpConfig() and not SftpConfig().enabled
    config = parse_config(
        f'[sftp]\nenabled = true\nhost = "archive.example"\nuser = "cgr"\nremote_root = "/in"\n'
        f'host_key = "{PIN}"\nparallel = 2\nbandwidth_kbps = 4000\n'
    )
    sftp = config.sftp
    assert (sftp.host, sftp.port, sftp.user, sftp.parallel) == ("archive.example", 22, "cgr", 2)
    assert sftp.bandwidth_bytes_s == 4_000_000 and sftp.host_key == PIN


def test_a_broken_sftp_table_is_switched_off_with_every_problem_named() -> None:
    report = parse_config_report(
        '[sftp]\nenabled = true\nhost = ""\nport = 0\nhost_key = "ab:cd"\nparallel = 40\n'
        "bandwidth_kbps = -1\nretry_initial_s = 10\nretry_max_s = 1\n",
        "site.toml",
    )
    keys = sorted(p.partition(":")[0] for p in report.problems)
    assert keys == [
        "sftp.bandwidth_kbps",
        "sftp.host",
        "sftp.host_key",
        "sftp.parallel",
        "sftp.port",
        "sftp.retry_initial_s",
        "sftp.user",
    ]
    assert not report.config.sftp.enabled and [p.part for p in report.switched_off] == ["sftp"]
    assert any("ssh-keygen -lf" in p for p in report.problems)
    assert parse_config_report('[sftp]\nhost = ""\n').problems == (), "not checked while off"


def test_the_token_bucket_holds_the_long_run_rate_across_threads() -> None:
    now = [0.0]
    bucket = TokenBucket(1_000_000, burst=100_000, clock=lambda: now[0])
    waits = [bucket.reserve(100_000) for _ in range(10)]
    assert waits[0] == 0.0 and abs(waits[-1] - 0.9) < 1e-9, "ten chunks of 0.1 s: the last waits 0.9 s"
    now[0] = 5.0
    assert bucket.reserve(50_000) == 0.0, "the debt is paid off by waiting, the burst is capped"
    stop = threading.Event()
    stop.set()
    assert not TokenBucket(10).take(1000, stop), "a stop ends the wait"
    assert TokenBucket(0).take(10**9, threading.Event()) and TokenBucket(0).chunk_size(262144) == 262144
    assert TokenBucket(100_000).chunk_size(262144) == 32768


def test_remote_names() -> None:
    assert posix_join("/srv/in/", "Cam/2025/a.mp4") == "/srv/in/Cam/2025/a.mp4"
    assert posix_join(".", "Cam/a.mp4") == "Cam/a.mp4" and posix_join("/", "Cam/a.mp4") == "/Cam/a.mp4"
    assert part_name("/srv/Cam/2025/a.mp4") == "/srv/Cam/2025/.a.mp4.part"


def test_the_queue_is_oldest_first_leaving_out_what_is_claimed(tmp_path: Path) -> None:
    database = Database(tmp_path / "c.db")
    database.open()
    index = ArchiveIndex(database, lambda: 0.0)
    root = tmp_path / "archive"
    start = 1_800_000_000.0
    for offset, pending in ((600, True), (0, True), (300, False), (900, True)):
        add_archive_file(root, index, start + offset, pending=pending, size=10)
    ids = [f.id for f in index.pending_uploads(10)]
    starts = [f.start_ts - start for f in index.pending_uploads(10)]
    assert starts == [0, 600, 900]
    assert [f.start_ts - start for f in index.pending_uploads(10, exclude=ids[:1])] == [600, 900]
    index.mark_uploaded(ids[1])
    assert index.upload_backlog() == (2, 20, start)
    assert {f.upload_state for f in index.live_files()} >= {UPLOADED}
    database.close()


@pytest.mark.parametrize(
    ("error", "connecting", "problem"),
    [
        (ConnectionRefusedError(111, "Connection refused"), True, UploadProblem.UNREACHABLE),
        (socket.gaierror(-2, "Name or service not known"), True, UploadProblem.UNREACHABLE),
        (TimeoutError("timed out"), True, UploadProblem.TIMEOUT),
        (TimeoutError("timed out"), False, UploadProblem.TIMEOUT),
        (OSError("Socket is closed"), False, UploadProblem.CONNECTION_LOST),  # paramiko, sshd killed
        (EOFError(), False, UploadProblem.CONNECTION_LOST),
        (paramiko.SSHException("Error reading SSH protocol banner"), True, UploadProblem.UNREACHABLE),
        (OSError("Failure in something else"), False, UploadProblem.OTHER),
    ],
)
def test_each_failure_gets_the_problem_the_window_explains(
    error: BaseException, connecting: bool, problem: UploadProblem
) -> None:
    assert classify(error, connecting) is problem

"""The archive uploader against a real OpenSSH server (tests/support/sshd.py): layout, SHA-256, resume
after sshd is killed mid-file, a wrong password, an unpinned or changed host key, a folder the account
may not write, a full disk on the server, and retention waiting for the upload (the real ``ArchiveJanitor``).

Needs root and Debian openssh-server (CI has both; elsewhere the tests are skipped with the reason).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from support.archive import add_archive_file
from support.mounts import tmpfs
from support.sshd import Account, SshServer
from support.waiting import wait_until

from cgrconsole.core.archive.index import UPLOAD_PENDING, UPLOADED, ArchiveIndex
from cgrconsole.core.archive.retention import DAY, ArchiveJanitor
from cgrconsole.core.archive.settings import ArchiveConfig
from cgrconsole.core.archive.upload.connection import HostKeyState
from cgrconsole.core.archive.upload.problems import UploadProblem
from cgrconsole.core.archive.upload.settings import SftpConfig
from cgrconsole.core.archive.upload.status import UploaderState, UploadStatus
from cgrconsole.core.archive.upload.uploader import SftpUploader
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.database import Database

NOW = time.time()


class Site:
    """The console's side: database, archive folder, audit log, and uploaders made to measure."""

    def __init__(self, base: Path, server: SshServer, account: Account) -> None:
        self.server, self.account = server, account
        self.root = base / "archive"
        self.database = Database(base / "c.db")
        self.database.open()
        self.index = ArchiveIndex(self.database, lambda: NOW)
        self.audit = AuditLog(self.database, lambda: NOW)
        self.keyring = MemoryKeyring({"sftp/password": account.password})
        self.uploaders: list[SftpUploader] = []
        self.statuses: list[UploadStatus] = []

    def settings(self, **changes: object) -> SftpConfig:
        base = SftpConfig(
            enabled=True,
            host="127.0.0.1",
            port=self.server.port,
            user=self.account.name,
            remote_root=str(self.account.home / "incoming" / "site1"),  # missing: made by the uploader
            host_key=self.server.fingerprint,
            connect_timeout_s=5,
            operation_timeout_s=5,
            retry_initial_s=0.2,
            retry_max_s=0.5,
        )
        return replace(base, **changes)  # type: ignore[arg-type]

    def uploader(self, **changes: object) -> SftpUploader:
        uploader = SftpUploader(
            self.settings(**changes), self.index, self.root, SecretStore(self.keyring), self.audit
        )
        uploader.status_changed.connect(self.statuses.append)
        self.uploaders.append(uploader)
        return uploader

    def add(self, minutes_ago: float, size: int, camera: str = "Camera1", days_ago: float = 0) -> Path:
        start = NOW - days_ago * DAY - minutes_ago * 60
        return add_archive_file(
            self.root, self.index, start, pending=True, size=size, camera=camera, content=os.urandom(size)
        )

    def remote(self, local: Path) -> Path:
        return self.account.home / "incoming" / "site1" / local.relative_to(self.root)

    def states(self) -> dict[str, str]:
        return {f.path: f.upload_state for f in self.index.live_files()}

    def transfers(self, event: str | None = None) -> list[dict]:
        entries = self.audit.entries(AuditKind.SFTP_TRANSFER)
        return [e.detail for e in entries if event is None or e.detail.get("event") == event]

    def close(self) -> None:
        for uploader in self.uploaders:
            assert uploader.stop(10), "an uploader thread did not stop"
        self.database.close()


@pytest.fixture
def site(tmp_path: Path, sshd: SshServer) -> Iterator[Site]:
    account = sshd.add_account()  # SFTP only: no shell, so verification is size + read-back of the tail
    sshd.start()
    site = Site(tmp_path, sshd, account)
    yield site
    site.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_files_land_in_the_same_layout_with_the_same_sha256(site: Site) -> None:
    files = [site.add(30, 300_000), site.add(20, 1_500_000, "Camera2"), site.add(10, 700_000)]
    uploader = site.uploader()
    uploader.start()
    wait_until(lambda: set(site.states().values()) == {UPLOADED}, 30, message="all uploaded")
    for local in files:
        remote = site.remote(local)
        assert remote.is_file() and sha256(remote) == sha256(local), local
    leftovers = [p for p in site.account.home.rglob("*") if p.name.endswith(".part")]
    assert leftovers == [], "no temporary file stays"
    uploaded = site.transfers("uploaded")
    assert [d["remote"].split("/")[-1] for d in reversed(uploaded)] == [f.name for f in files], "oldest first"
    assert {d["verified"] for d in uploaded} == {"size+tail"}, "an SFTP-only account has no hash command"
    assert all(d["size_bytes"] == d["sent_bytes"] > 0 and d["duration_s"] > 0 for d in uploaded)
    status = uploader.status()
    assert status.backlog_files == 0 and status.uploaded_files == 3
    assert status.host_key is HostKeyState.TRUSTED and status.verification == "size+tail"


def test_an_account_with_a_shell_gets_sha256_verification(tmp_path: Path, sshd: SshServer) -> None:
    account = sshd.add_account(shell=True)
    sshd.start()
    site = Site(tmp_path, sshd, account)
    try:
        local = site.add(5, 2_000_000)
        site.uploader().start()
        wait_until(lambda: site.states() == {str(local.relative_to(site.root)): UPLOADED}, 30)
        assert sha256(site.remote(local)) == sha256(local)
        assert site.transfers("uploaded")[0]["verified"] == "sha256"
    finally:
        site.close()


def test_sshd_killed_mid_file_resumes_from_the_servers_size(site: Site) -> None:
    size = 50_000_000
    local = site.add(5, size)
    remote = site.remote(local)
    part = remote.with_name(f".{remote.name}.part")
    uploader = site.uploader(bandwidth_kbps=12_000)  # ~4 s for the file: the kill lands mid-transfer
    uploader.start()
    wait_until(lambda: part.exists() and part.stat().st_size > 8_000_000, 30, message="transfer under way")
    site.server.kill()
    server_size = part.stat().st_size
    assert 0 < server_size < size and not remote.exists(), "no partial file under the final name"
    wait_until(lambda: uploader.status().state is UploaderState.RETRYING, 15, message="retrying")
    assert site.states() == {str(local.relative_to(site.root)): UPLOAD_PENDING}
    assert not remote.exists()
    site.server.start()
    wait_until(lambda: UPLOADED in site.states().values(), 40, message="uploaded after the restart")
    assert sha256(remote) == sha256(local) and not part.exists()
    done = site.transfers("uploaded")[0]
    assert done["resumed_from"] == server_size, "resumed from what the server had, not the client's count"
    assert done["sent_bytes"] == size - server_size
    assert site.transfers("failed"), "the broken attempt is in the audit log"


def test_wrong_password_is_a_clear_error_retried_later(site: Site) -> None:
    right = site.account.password
    site.keyring.set_password("cgrconsole", "sftp/password", "not-the-password")
    local = site.add(5, 100_000)
    uploader = site.uploader()
    uploader.start()
    wait_until(lambda: uploader.status().state is UploaderState.LOGIN_REFUSED, 20, message="refused")
    status = uploader.status()
    assert "refused the login" in status.last_error and "secret set sftp/password" in status.last_error
    assert status.last_problem is UploadProblem.LOGIN_REFUSED, "the window says it in the officer's language"
    assert site.transfers("login_refused"), "the refused login is in the audit log"
    assert site.states() == {str(local.relative_to(site.root)): UPLOAD_PENDING}
    site.keyring.set_password("cgrconsole", "sftp/password", right)  # the admin stores the right one
    wait_until(lambda: UPLOADED in site.states().values(), 20, message="uploaded once the password is right")
    logged = " ".join(str(e.detail) for e in site.audit.entries(limit=10_000))
    assert right not in logged and "not-the-password" not in logged, "no password in the audit log"


def test_no_pinned_key_sends_nothing_and_shows_the_fingerprint(site: Site) -> None:
    site.add(5, 100_000)
    uploader = site.uploader(host_key="")
    uploader.start()
    wait_until(lambda: uploader.status().state is UploaderState.HOST_KEY_NOT_PINNED, 20)
    time.sleep(0.5)  # a few more refused attempts: still one audit row
    status = uploader.status()
    assert status.host_key is HostKeyState.NOT_PINNED and status.seen_fingerprint == site.server.fingerprint
    assert f'host_key = "{site.server.fingerprint}"' in status.last_error, "says what to put in the config"
    assert status.last_problem is UploadProblem.HOST_KEY_NOT_PINNED and not status.pinned_fingerprint
    rows = site.transfers("host_key_not_pinned")
    assert len(rows) == 1 and rows[0]["fingerprint"] == site.server.fingerprint
    assert set(site.states().values()) == {UPLOAD_PENDING}
    assert "Accepted password" not in site.server.log_text(), "the password is never sent"


def test_a_changed_host_key_is_refused_and_alarmed(site: Site) -> None:
    first = site.add(10, 100_000)
    uploader = site.uploader()
    uploader.start()
    wait_until(lambda: site.states()[str(first.relative_to(site.root))] == UPLOADED, 20)
    pinned = site.server.fingerprint
    site.server.kill()
    site.server.rekey()  # someone else answers at the same address
    site.server.start()
    second = site.add(5, 100_000)
    uploader.wake()
    wait_until(lambda: uploader.status().state is UploaderState.HOST_KEY_CHANGED, 20, message="refused")
    status = uploader.status()
    assert status.alarm and status.host_key is HostKeyState.CHANGED
    assert status.last_problem is UploadProblem.HOST_KEY_CHANGED and status.pinned_fingerprint == pinned
    assert status.seen_fingerprint == site.server.fingerprint != pinned
    row = site.transfers("host_key_changed")[0]
    assert (row["fingerprint"], row["pinned"]) == (site.server.fingerprint, pinned)
    assert site.states()[str(second.relative_to(site.root))] == UPLOAD_PENDING
    assert not site.remote(second).exists()


def test_a_folder_the_account_may_not_write_puts_that_file_aside_and_the_rest_go(site: Site) -> None:
    locked = site.account.home / "incoming" / "site1" / "Locked"
    locked.mkdir(parents=True)  # root's, 0755: the account cannot make folders in it
    shutil.chown(locked.parent, site.account.name)
    blocked = site.add(30, 100_000, "Locked")
    fine = [site.add(20, 100_000), site.add(10, 100_000, "Camera2")]
    uploader = site.uploader()
    uploader.start()
    wait_until(lambda: all(site.remote(f).exists() for f in fine), 20, message="the others uploaded")
    wait_until(lambda: uploader.status().parked, 10)
    parked = uploader.status().parked[0]
    assert parked.path == str(blocked.relative_to(site.root))
    assert "write access" in parked.advice and parked.problem is UploadProblem.PERMISSION_DENIED
    assert site.transfers("failed_permanently")[0]["advice"] == parked.advice
    assert site.states()[parked.path] == UPLOAD_PENDING, "not uploaded: retention keeps it"


def test_retention_keeps_files_until_they_are_verified_uploaded(site: Site) -> None:
    old = [site.add(10, 200_000, days_ago=70), site.add(5, 200_000, days_ago=65)]
    janitor = ArchiveJanitor(
        site.root, site.index, ArchiveConfig(), site.audit, upload_required=True, clock=lambda: NOW
    )
    assert janitor.sweep().kept_not_uploaded == 2 and all(f.exists() for f in old)
    site.uploader().start()
    wait_until(lambda: set(site.states().values()) == {UPLOADED}, 20, message="uploaded")
    result = janitor.sweep()
    assert result.deleted == 2 and not any(f.exists() for f in old)
    assert all(site.remote(f).is_file() for f in old), "they are on the server"


def test_a_full_disk_on_the_server_is_a_clear_error_and_nothing_is_marked_uploaded(site: Site) -> None:
    incoming = site.account.home / "incoming"
    with tmpfs(incoming, "2m"):
        shutil.chown(incoming, site.account.name)
        local = site.add(5, 4_000_000)
        uploader = site.uploader()
        uploader.start()
        wait_until(lambda: site.transfers("failed"), 20, message="a failed attempt")
        status = uploader.status()
        assert "disk full" in status.last_error, status.last_error
        assert status.last_problem is UploadProblem.SERVER_WRITE_FAILED
        assert site.states() == {str(local.relative_to(site.root)): UPLOAD_PENDING}
        assert not site.remote(local).exists(), "no partial file under the final name"
        assert uploader.stop(10)


def test_parallel_transfers_share_one_bandwidth_limit(site: Site) -> None:
    files = [site.add(60 - n, 1_000_000, f"Camera{n % 3}") for n in range(6)]
    uploader = site.uploader(parallel=3, bandwidth_kbps=3000)  # 6 MB at 3 MB/s in total: >= ~1.9 s
    started = time.monotonic()
    uploader.start()
    wait_until(lambda: set(site.states().values()) == {UPLOADED}, 30, message="all uploaded")
    elapsed = time.monotonic() - started
    assert elapsed >= 1.5, f"the limit is for all transfers together ({elapsed:.2f} s for 6 MB)"
    assert max(len(s.transfers) for s in site.statuses) >= 2, "files went side by side"
    assert all(sha256(site.remote(f)) == sha256(f) for f in files)


def test_new_settings_apply_at_the_next_cycle_without_waiting_out_the_backoff(site: Site) -> None:
    """The admin corrects the user name in the settings: the uploader, backing off for a minute after the
    refused login, connects with the new settings at once (no restart of the console)."""
    local = site.add(5, 50_000)
    uploader = site.uploader(user="nobody-here", retry_initial_s=60, retry_max_s=60)
    uploader.start()
    wait_until(lambda: uploader.status().state is UploaderState.LOGIN_REFUSED, 20, message="refused")
    assert uploader.status().retry_at is not None and uploader.status().retry_at > time.time() + 30
    uploader.reconfigure(site.settings(retry_initial_s=60, retry_max_s=60))
    assert uploader.status().last_problem is None, "what was said of the old settings is gone"
    wait_until(lambda: UPLOADED in site.states().values(), 15, message="uploaded with the new user name")
    assert site.remote(local).read_bytes() == local.read_bytes()
    assert uploader.status().state is not UploaderState.LOGIN_REFUSED

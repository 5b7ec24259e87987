"""With [sftp] on, the engine records files as pending, uploads them, and retention waits for that."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from support.archive import add_archive_file
from support.sshd import SshServer
from support.waiting import wait_until

from cgrconsole.config import Config
from cgrconsole.core.archive.index import UPLOADED
from cgrconsole.core.archive.upload.settings import SftpConfig
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths


def test_the_engine_uploads_the_archive_when_sftp_is_on(tmp_path: Path, sshd: SshServer) -> None:
    account = sshd.add_account()
    sshd.start()
    sftp = SftpConfig(
        enabled=True,
        host="127.0.0.1",
        port=sshd.port,
        user=account.name,
        remote_root=str(account.home),
        host_key=sshd.fingerprint,
        retry_initial_s=0.2,
        retry_max_s=0.5,
    )
    paths = AppPaths(tmp_path / "data", tmp_path / "video", tmp_path / "logs")
    secrets = SecretStore(MemoryKeyring({"sftp/password": account.password}))
    engine = Engine(dataclasses.replace(Config(), sftp=sftp), paths, secrets, decode=False, destinations=[])
    assert engine.uploader is not None and engine.janitor is not None
    assert engine.janitor._upload_required, "retention waits for the upload"
    off = Engine(Config(), paths, secrets, decode=False, destinations=[])
    assert off.uploader is None and off.janitor is not None and not off.janitor._upload_required
    engine.start()
    try:
        local = add_archive_file(
            paths.archive_dir, engine.archive_index, 1_800_000_000.0, pending=True, size=5
        )
        engine.uploader.wake()
        wait_until(lambda: {f.upload_state for f in engine.archive_index.live_files()} == {UPLOADED}, 20)
        assert (account.home / local.relative_to(paths.archive_dir)).read_bytes() == local.read_bytes()
    finally:
        engine.stop()

"""With [sftp] on, the engine records files as pending, uploads them, and retention waits for that;
``cgrconsole sftp host-key`` shows the admin the key to pin."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from support.archive import add_archive_file
from support.sshd import SshServer, sftp_config
from support.waiting import wait_until

from cgrconsole.cli import main
from cgrconsole.config import Config
from cgrconsole.core.archive.index import UPLOADED
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths
from cgrconsole.process import ExitCode


def test_the_engine_uploads_the_archive_when_sftp_is_on(tmp_path: Path, sshd: SshServer) -> None:
    account = sshd.add_account()
    sshd.start()
    sftp = sftp_config(sshd, account, retry_initial_s=0.2, retry_max_s=0.5)
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


def test_the_admin_sees_the_servers_key_before_pinning_it(
    tmp_path: Path, sshd: SshServer, capsys: pytest.CaptureFixture[str]
) -> None:
    account = sshd.add_account()
    sshd.start()
    path = tmp_path / "site.toml"
    table = f'[sftp]\nenabled = true\nhost = "127.0.0.1"\nport = {sshd.port}\nuser = "{account.name}"\n'
    path.write_text(table, encoding="utf-8")
    assert main(["sftp", "host-key", str(path)]) == ExitCode.FAILURE
    out = capsys.readouterr().out
    assert f"shows {sshd.fingerprint} (ssh-ed25519)" in out and f'sftp.host_key = "{sshd.fingerprint}"' in out
    path.write_text(table + f'host_key = "{sshd.fingerprint}"\n', encoding="utf-8")
    assert main(["sftp", "host-key", str(path)]) == ExitCode.OK
    assert "Accepted" not in sshd.log_text(), "no login was attempted"

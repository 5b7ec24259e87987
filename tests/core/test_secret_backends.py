"""Which store keeps the secrets: chosen in code per platform (never keyring's guess), and the console's
own encrypted file on this Linux PC, which has no Secret Service: set, read, survive a restart (new
processes of the real command line), file permissions, a lost key."""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import sys
from pathlib import Path

import pytest
from support.secret_service import stored_secret
from test_cli import run

from cgrconsole.core.secret_backends import BackendKind, choose, open_backend, reachable
from cgrconsole.core.secret_vault import EncryptedFileKeyring, VaultUnreadable
from cgrconsole.core.secrets import SERVICE, SecretStore

SECRET = "s3cret-Ünïcode-пароль"
ALL = set(BackendKind)


@pytest.mark.parametrize(
    ("platform", "reachable_kinds", "chosen"),
    [
        ("win32", ALL, BackendKind.WINDOWS),
        ("win32", set(), BackendKind.WINDOWS),  # unreachable there is an error to see, never a file
        ("darwin", ALL, BackendKind.MACOS),
        ("linux", ALL, BackendKind.SECRET_SERVICE),
        ("linux", {BackendKind.KWALLET}, BackendKind.KWALLET),
        ("linux", {BackendKind.WINDOWS, BackendKind.MACOS}, BackendKind.FILE),
        ("linux", set(), BackendKind.FILE),
        ("freebsd14", {BackendKind.SECRET_SERVICE}, BackendKind.SECRET_SERVICE),
    ],
)
def test_the_store_is_chosen_for_the_platform(
    platform: str, reachable_kinds: set[BackendKind], chosen: BackendKind
) -> None:
    asked: list[BackendKind] = []

    def available(kind: BackendKind) -> bool:
        asked.append(kind)
        return kind in reachable_kinds

    assert choose(platform, available) is chosen
    assert BackendKind.FILE not in asked and BackendKind.REQUESTED not in asked


def no_session_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux rules")
def test_without_a_session_bus_linux_gets_the_encrypted_file_and_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    no_session_bus(monkeypatch)
    assert not reachable(BackendKind.SECRET_SERVICE) and not reachable(BackendKind.KWALLET)
    vault, key = tmp_path / "data" / "secrets.vault", tmp_path / "config" / "secrets.key"
    with caplog.at_level(logging.WARNING):
        backend = open_backend("linux", vault, key)
    assert backend.kind is BackendKind.FILE and not backend.is_os_keyring
    assert str(vault) in backend.warning and "does NOT protect" in backend.warning
    assert backend.warning in caplog.text, "the log says it plainly"


def test_an_explicit_pythons_keyring_backend_wins(tmp_path: Path) -> None:
    backend = open_backend("linux", tmp_path / "v", tmp_path / "k", requested="keyring.backends.null.Keyring")
    assert backend.kind is BackendKind.REQUESTED and backend.label == "keyring.backends.null.Keyring"


def test_the_file_keeps_secrets_encrypted_private_and_apart_from_their_key(tmp_path: Path) -> None:
    vault, key = tmp_path / "data" / "secrets.vault", tmp_path / "config" / "cgrconsole" / "secrets.key"
    store = SecretStore(EncryptedFileKeyring(vault, key))
    assert store.get("sftp/password") is None and not vault.exists(), "reading creates nothing"
    store.set("sftp/password", SECRET)
    store.set("camera/Gate1", "cam-pass")
    assert store.get("sftp/password") == SECRET
    assert SecretStore(EncryptedFileKeyring(vault, key)).get("camera/Gate1") == "cam-pass", "a new reader"
    raw = vault.read_bytes()
    for shown in (SECRET.encode(), b"cam-pass", b"sftp/password"):
        assert shown not in raw, "no value and no key name in the clear"
    if os.name != "nt":
        assert stat.S_IMODE(vault.stat().st_mode) == 0o600 and stat.S_IMODE(key.stat().st_mode) == 0o600
        assert stat.S_IMODE(key.parent.stat().st_mode) == 0o700
    assert not list(vault.parent.glob("*.part")), "written atomically"
    store.delete("camera/Gate1")
    assert store.get("camera/Gate1") is None and store.get("sftp/password") == SECRET


def test_a_lost_key_is_said_clearly_and_reading_never_raises(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    vault, key = tmp_path / "d" / "secrets.vault", tmp_path / "c" / "secrets.key"
    backend = EncryptedFileKeyring(vault, key)
    backend.set_password(SERVICE, "sftp/password", SECRET)
    key.unlink()
    with pytest.raises(VaultUnreadable, match="Delete the vault file"):
        backend.get_password(SERVICE, "sftp/password")
    with caplog.at_level(logging.WARNING):
        assert SecretStore(backend).get("sftp/password") is None
    assert SECRET not in caplog.text


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux rules (XDG folders, no Secret Service)")
def test_cgrconsole_secret_set_survives_a_restart_on_a_pc_without_secret_service(tmp_path: Path) -> None:
    env = {
        k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")
    }
    env |= {"XDG_DATA_HOME": str(tmp_path / "share"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    shown = run("secret", env=env)
    assert shown.returncode == 0, shown.stderr
    assert "the console's encrypted file" in shown.stdout and "does NOT protect" in shown.stderr
    stored = run("secret", "set", "sftp/password", env=env, stdin=SECRET + "\n")
    assert stored.returncode == 0 and "sftp/password: stored" in stored.stdout, stored.stderr
    assert SECRET not in stored.stdout + stored.stderr
    vault = tmp_path / "share" / "cgrconsole" / "secrets.vault"
    key = tmp_path / "config" / "cgrconsole" / "secrets.key"
    assert stat.S_IMODE(vault.stat().st_mode) == 0o600 and stat.S_IMODE(key.stat().st_mode) == 0o600
    # another process, as the console after a restart: only a digest is printed
    assert stored_secret(env, "sftp/password") == ["file", hashlib.sha256(SECRET.encode()).hexdigest()]
    deleted = run("secret", "delete", "sftp/password", env=env)
    assert deleted.returncode == 0 and "sftp/password: deleted" in deleted.stdout


@pytest.mark.skipif(sys.platform != "linux", reason="GNOME Keyring is the Linux desktop's store")
def test_a_desktop_pc_keeps_secrets_in_the_real_secret_service(
    secret_service: dict[str, str], tmp_path: Path
) -> None:
    """GNOME Keyring over a real D-Bus: chosen, set by the command line, read by a new process, no file."""
    env = secret_service
    shown = run("secret", env=env)
    assert shown.returncode == 0, shown.stderr
    assert "Secret Service" in shown.stdout and "does NOT protect" not in shown.stdout + shown.stderr
    stored = run("secret", "set", "camera/Gate1", env=env, stdin=SECRET + "\n")
    assert stored.returncode == 0 and "camera/Gate1: stored" in stored.stdout, stored.stderr
    assert stored_secret(env, "camera/Gate1") == [
        "secret_service",
        hashlib.sha256(SECRET.encode()).hexdigest(),
    ]
    assert not list(tmp_path.rglob("secrets.vault")) and not list(tmp_path.rglob("secrets.key")), "no file"
    keyrings = list((tmp_path / "share").rglob("*.keyring"))
    assert keyrings, "GNOME Keyring wrote its own (encrypted) keyring file"
    assert all(SECRET.encode() not in k.read_bytes() for k in keyrings), "and not in the clear"
    deleted = run("secret", "delete", "camera/Gate1", env=env)
    assert deleted.returncode == 0 and "camera/Gate1: deleted" in deleted.stdout
    assert stored_secret(env, "camera/Gate1") == ["secret_service", hashlib.sha256(b"").hexdigest()]

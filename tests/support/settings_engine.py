"""A started engine on a config file, with a signed-in administrator: what the settings tests open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cgrconsole.config import read_config
from cgrconsole.core.admin import AdminAccount, AdminSession
from cgrconsole.core.secret_backends import open_backend
from cgrconsole.core.secrets import SecretStore
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths

PASSWORD = "correct horse"


class Clock:
    """The admin session's clock, moved by hand (the idle timeout)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def settings_engine(
    tmp_path: Path, config: str, signed_in: bool = True
) -> Iterator[tuple[Path, Engine, AdminSession, Clock]]:
    """The config file ``config`` written, an engine started on it (secrets in a file vault, no decoding,
    no destinations), an admin password set; the session signed in unless ``signed_in`` is false."""
    path = tmp_path / "config.toml"
    path.write_text(config, encoding="utf-8")
    vault, key = tmp_path / "secrets.vault", tmp_path / "secrets.key"
    secrets = SecretStore(choose=lambda: open_backend("linux", vault, key, available=lambda _kind: False))
    data = tmp_path / "data"
    engine = Engine(
        read_config(path).config,
        AppPaths(data, data / "archive", data / "logs"),
        secrets,
        decode=False,
        destinations=[],
    )
    engine.start()
    account = AdminAccount(data / "admin_password")
    account.set_password(PASSWORD, PASSWORD)
    clock = Clock()
    session = AdminSession(account, engine.audit, timeout_s=300, clock=clock)
    if signed_in:
        assert session.sign_in(PASSWORD)
    try:
        yield path, engine, session, clock
    finally:
        engine.stop()

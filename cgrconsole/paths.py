"""Where the console keeps its files: per-user defaults, overridable by config and command line."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import platformdirs

from cgrconsole.config import Config
from cgrconsole.core.secret_backends import open_backend
from cgrconsole.core.secrets import SecretStore

APP = "cgrconsole"


def default_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "config.toml"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_secret_files() -> tuple[Path, Path]:
    """(vault, key) of the console's own secret file, used where the PC has no OS keyring.

    Per user, like an OS keyring: the vault beside the default data, its key in the configuration
    folder (another folder: a copy of the data folder carries no readable secret).
    """
    return default_data_dir() / "secrets.vault", default_config_file().parent / "secrets.key"


def secret_store(on_secret: Callable[[str], None] | None = None) -> SecretStore:
    """The store of this PC's secrets, chosen for the platform at its first use (core/secret_backends.py)."""
    choose = partial(
        open_backend, sys.platform, *default_secret_files(), os.environ.get("PYTHON_KEYRING_BACKEND")
    )
    return SecretStore(on_secret=on_secret, choose=choose)


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    archive_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "cgrconsole.db"

    @property
    def events_dir(self) -> Path:
        """Plate events' pictures (full frame and crop JPEGs), by day."""
        return self.data_dir / "events"

    @property
    def live_tls_dir(self) -> Path:
        """The live stream's self-signed certificate and key (``[live] tls = "auto"``), kept across starts."""
        return self.data_dir / "tls"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @classmethod
    def resolve(cls, config: Config, data_dir: Path | None = None) -> AppPaths:
        """``data_dir`` (the command line) wins over the config file, which wins over the default."""
        base = data_dir or (Path(config.paths.data_dir) if config.paths.data_dir else default_data_dir())
        base = base.expanduser().resolve()
        archive = (
            Path(config.paths.archive_dir).expanduser() if config.paths.archive_dir else base / "archive"
        )
        logs = Path(config.paths.log_dir).expanduser() if config.paths.log_dir else base / "logs"
        return cls(base, archive, logs)

    def create(self) -> None:
        """Create the data and log folders, and the archive folder only where it is the default.

        A configured archive folder on a disk that is not mounted must be reported as missing,
        not quietly created on the system disk.
        """
        folders = [self.data_dir, self.log_dir]
        if self.archive_dir.is_relative_to(self.data_dir):
            folders.append(self.archive_dir)
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)

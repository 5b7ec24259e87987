"""The console's own encrypted secret file, for a PC without an OS keyring (a kiosk or headless Linux).

Like Vorta's fallback, but encrypted: the secrets are one Fernet token (AES-128-CBC with an
HMAC-SHA256, ``cryptography``) in ``vault`` and the random key is a separate file ``key_file`` in
another folder (the user's configuration folder, where the data folder is elsewhere). Both are
created 0600 in 0700 folders and written atomically (``core/files.py``).

What it protects against: someone who gets the vault without the key — a copy or backup of the
data folder, a support bundle, the vault file mailed by mistake; another (non-root) user of the PC.
What it does not: anyone who can read this user's files (malware running as that user, root, a
thief with the unencrypted disk) reads both files and so every secret. That needs an OS keyring
or disk encryption. README "Secrets" says the same to the admin.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from cgrconsole.core.files import make_dirs, write_atomically

log = logging.getLogger(__name__)
PRIVATE = 0o600
PRIVATE_DIR = 0o700


class VaultUnreadable(Exception):
    """The vault exists but cannot be opened with the key (the key file was lost or replaced)."""


class EncryptedFileKeyring:
    """A keyring backend (``get_password``/``set_password``/``delete_password``) over two files.

    Thread-safe within a process. Every call reads the file again, so a secret stored by
    ``cgrconsole secret set`` while the console runs is seen at its next read.
    """

    def __init__(self, vault: Path, key_file: Path) -> None:
        self.vault = vault
        self.key_file = key_file
        self._lock = threading.Lock()

    # -- the keyring API --------------------------------------------------------------------
    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._load(create_key=False).get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            entries = self._load(create_key=True)
            entries[f"{service}/{username}"] = password
            self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            entries = self._load(create_key=False)
            if entries.pop(f"{service}/{username}", None) is not None:
                self._save(entries)

    # -- the files ----------------------------------------------------------------------------
    def _load(self, create_key: bool) -> dict[str, str]:
        if not self.vault.exists():
            if create_key:
                self._fernet(create=True)
            return {}
        try:
            data = self._fernet(create=False).decrypt(self.vault.read_bytes())
        except (InvalidToken, FileNotFoundError) as exc:
            raise VaultUnreadable(
                f"{self.vault} cannot be opened with the key {self.key_file} ({type(exc).__name__}): "
                "the key file was lost or replaced. Delete the vault file and store the secrets again "
                "(cgrconsole secret set ...)"
            ) from None
        entries = json.loads(data.decode("utf-8"))
        return {str(k): str(v) for k, v in entries.items()}

    def _save(self, entries: dict[str, str]) -> None:
        token = self._fernet(create=False).encrypt(json.dumps(entries, sort_keys=True).encode("utf-8"))
        _private_dirs(self.vault.parent)
        write_atomically(self.vault, token, mode=PRIVATE)

    def _fernet(self, create: bool) -> Fernet:
        try:
            return Fernet(self.key_file.read_bytes().strip())
        except FileNotFoundError:
            if not create:
                raise
        _private_dirs(self.key_file.parent)
        write_atomically(self.key_file, Fernet.generate_key() + b"\n", mode=PRIVATE)
        log.info("created the key of the console's secret file: %s", self.key_file)
        return Fernet(self.key_file.read_bytes().strip())


def _private_dirs(folder: Path) -> None:
    """Create ``folder`` (0700 where it is new); an existing folder keeps the mode its owner chose."""
    if folder.is_dir():
        return
    make_dirs(folder)
    if os.name != "nt":  # Windows: the user's profile folder already keeps other users out
        folder.chmod(PRIVATE_DIR)

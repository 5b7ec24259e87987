"""Which store keeps the secrets, chosen in code for the platform — never keyring's silent auto-detection.

keyring's own choice depends on which packages happen to be installed: with keyrings.alt present it
silently takes a plaintext file, with nothing it takes a backend that refuses every write. The
console decides instead, in this order, and says which one it took (log, About box,
``cgrconsole secret``):

- Windows: the Credential Manager (keyring's ``WinVaultKeyring``).
- macOS: the login Keychain.
- Linux and others: the Secret Service (GNOME Keyring, KeePassXC) when it is reachable on the session's
  D-Bus, else KWallet when it is; else the console's own encrypted file (``core/secret_vault.py``),
  with a warning saying what that does and does not protect against.
- ``PYTHON_KEYRING_BACKEND`` set by whoever starts the console (tests, an integrator's own backend)
  is an explicit choice and wins.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cgrconsole.core.secret_vault import EncryptedFileKeyring

log = logging.getLogger(__name__)


class BackendKind(StrEnum):
    WINDOWS = "windows"  # Credential Manager
    MACOS = "macos"  # Keychain
    SECRET_SERVICE = "secret_service"  # GNOME Keyring, KeePassXC … over D-Bus
    KWALLET = "kwallet"
    FILE = "file"  # the console's encrypted file: no OS keyring on this PC
    REQUESTED = "requested"  # PYTHON_KEYRING_BACKEND
    MEMORY = "memory"  # the demo and tests: nothing is kept


# keyring's class for each OS store (imported only when tried: the import itself may touch D-Bus)
KEYRING_CLASSES = {
    BackendKind.WINDOWS: ("keyring.backends.Windows", "WinVaultKeyring"),
    BackendKind.MACOS: ("keyring.backends.macOS", "Keyring"),
    BackendKind.SECRET_SERVICE: ("keyring.backends.SecretService", "Keyring"),
    BackendKind.KWALLET: ("keyring.backends.kwallet", "DBusKeyring"),
}
LABELS = {
    BackendKind.WINDOWS: "Windows Credential Manager",
    BackendKind.MACOS: "macOS Keychain",
    BackendKind.SECRET_SERVICE: "Secret Service (GNOME Keyring / KeePassXC)",
    BackendKind.KWALLET: "KWallet",
    BackendKind.FILE: "the console's encrypted file (no OS keyring on this PC)",
    BackendKind.MEMORY: "memory only (demo)",
}
FILE_WARNING = (
    "No OS keyring here (no Secret Service or KWallet on the session's D-Bus): passwords and tokens are "
    "kept in the console's encrypted file {vault}, with its key in {key}. This protects a copy of the "
    "data folder or of that file alone; it does NOT protect against anyone who can read this user's "
    "files (the same user, root, a stolen unencrypted disk). Install and unlock GNOME Keyring or "
    "KWallet, or encrypt the disk."
)


@dataclass(frozen=True)
class SecretBackend:
    """The store in use and how to describe it to a person."""

    kind: BackendKind
    keyring: Any  # get_password / set_password / delete_password
    vault: Path | None = None  # the console's own store: its file and its key's
    key_file: Path | None = None
    name: str = ""  # the requested backend's class

    @property
    def label(self) -> str:
        return LABELS.get(self.kind, self.name)

    @property
    def is_os_keyring(self) -> bool:
        return self.kind in KEYRING_CLASSES

    @property
    def warning(self) -> str:
        """What an admin must know about this store ("" for an OS keyring)."""
        if self.kind is not BackendKind.FILE:
            return ""
        return FILE_WARNING.format(vault=self.vault, key=self.key_file)


def candidates(platform: str) -> list[BackendKind]:
    """The OS stores to try on ``platform`` (``sys.platform``), best first; the file comes after them."""
    if platform == "win32":
        return [BackendKind.WINDOWS]
    if platform == "darwin":
        return [BackendKind.MACOS]
    return [BackendKind.SECRET_SERVICE, BackendKind.KWALLET]


def choose(platform: str, available: Callable[[BackendKind], bool]) -> BackendKind:
    """The first candidate that is ``available``; FILE on Linux without any; never a silent plaintext."""
    tried = candidates(platform)
    for kind in tried:
        if available(kind):
            return kind
    if platform in ("win32", "darwin"):
        # the OS always has one: if it cannot be reached, that is an error to see, not a reason for a file
        return tried[0]
    return BackendKind.FILE


def os_keyring(kind: BackendKind) -> Any:
    """keyring's backend object for an OS store (raises ImportError/RuntimeError where there is none)."""
    module_name, class_name = KEYRING_CLASSES[kind]
    module = __import__(module_name, fromlist=[class_name])
    cls = getattr(module, class_name)
    cls.priority  # noqa: B018 -- keyring's own check: raises RuntimeError when the store is unreachable
    return cls()


def reachable(kind: BackendKind) -> bool:
    try:
        os_keyring(kind)
    except Exception as exc:  # ImportError, RuntimeError, D-Bus errors
        log.debug("secrets: %s is not available (%s)", kind.value, exc)
        return False
    return True


def open_backend(
    platform: str,
    vault: Path,
    key_file: Path,
    requested: str | None = None,
    available: Callable[[BackendKind], bool] = reachable,
) -> SecretBackend:
    """The store for this PC (does I/O: D-Bus, files). ``requested``: PYTHON_KEYRING_BACKEND's value."""
    if requested:
        import keyring.core

        backend = keyring.core.load_keyring(requested)
        log.info("secrets: %s, as PYTHON_KEYRING_BACKEND asks", requested)
        return SecretBackend(BackendKind.REQUESTED, backend, name=requested)
    kind = choose(platform, available)
    if kind is BackendKind.FILE:
        chosen = SecretBackend(kind, EncryptedFileKeyring(vault, key_file), vault, key_file)
        log.warning("secrets: %s", chosen.warning)
        if vault.parent == key_file.parent:
            log.warning("secrets: the key of %s is in the same folder: it protects nothing there", vault)
        return chosen
    chosen = SecretBackend(kind, os_keyring(kind))
    log.info("secrets: %s", chosen.label)
    return chosen

"""Secrets (camera passwords, API tokens, SFTP passwords) in the OS keyring, never in plain files.

Keys are ``camera/<name>``, ``cgr/registration_token``, ``sftp/password`` and so on.
Every value read is handed to ``on_secret`` (the log redactor) before anyone can print it.
Which store holds them is chosen in code (``core/secret_backends.py``), not by keyring's guess.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from cgrconsole.core.secret_backends import BackendKind, SecretBackend

log = logging.getLogger(__name__)
SERVICE = "cgrconsole"


class SecretStore:
    """A thin wrapper over a keyring backend that reports a missing keyring once and never raises on read.

    ``backend`` is a keyring object (``MemoryKeyring`` for the demo and tests); or ``choose`` returns
    the store for this PC (``secret_backends.open_backend``), called at the first use, not here:
    choosing talks to D-Bus or Windows.
    """

    def __init__(
        self,
        backend: Any | None = None,
        on_secret: Callable[[str], None] | None = None,
        *,
        choose: Callable[[], SecretBackend] | None = None,
    ) -> None:
        if (backend is None) == (choose is None):
            raise ValueError("give a keyring backend or a way to choose one, not both or neither")
        self._chosen: SecretBackend | None = None
        if backend is not None:
            kind = BackendKind.MEMORY if isinstance(backend, MemoryKeyring) else BackendKind.REQUESTED
            self._chosen = SecretBackend(kind, backend, name=type(backend).__name__)
        self._choose = choose
        self._on_secret = on_secret
        self._warned = False

    @property
    def backend(self) -> SecretBackend:
        """The store in use (chosen now, at the first call)."""
        if self._chosen is None:
            assert self._choose is not None
            self._chosen = self._choose()
        return self._chosen

    def _keyring(self) -> Any:
        return self.backend.keyring

    def get(self, key: str) -> str | None:
        try:
            value = self._keyring().get_password(SERVICE, key)
        except Exception as exc:  # keyring raises backend-specific errors
            if not self._warned:
                self._warned = True
                log.warning(
                    "the OS keyring is not available (%s); stored passwords cannot be read. "
                    "Linux: install and unlock gnome-keyring or KWallet; Windows: Credential Manager",
                    type(exc).__name__,
                )
            return None
        if value and self._on_secret is not None:
            self._on_secret(value)
        return value

    def set(self, key: str, value: str) -> None:
        """Store a secret; raises if the keyring cannot store it (the installer must know)."""
        if self._on_secret is not None:
            self._on_secret(value)
        self._keyring().set_password(SERVICE, key, value)

    def delete(self, key: str) -> None:
        self._keyring().delete_password(SERVICE, key)


class MemoryKeyring:
    """An in-process keyring backend for the demo and tests (nothing is persisted)."""

    def __init__(self, values: dict[str, str] | None = None) -> None:
        self._values = {(SERVICE, k): v for k, v in (values or {}).items()}

    def get_password(self, service: str, key: str) -> str | None:
        return self._values.get((service, key))

    def set_password(self, service: str, key: str, value: str) -> None:
        self._values[(service, key)] = value

    def delete_password(self, service: str, key: str) -> None:
        self._values.pop((service, key), None)

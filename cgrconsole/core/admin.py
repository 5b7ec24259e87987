"""The console's two roles: the officer (default, no password) and the admin (a password, argon2id-hashed).

No Qt here: the window asks for the password and shows the session; this module decides. The admin
password is set at first use (the window asks for it twice), stored only as an argon2id hash in
``<data>/admin_password`` (mode 0600), never in plain. A wrong password is refused and audited; admin
mode ends after ``timeout_s`` without activity (``touch``) or on ``sign_out``. Every admin action is
audited with who, what and the old and new value; secrets are recorded as "(changed)", never shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from cgrconsole.core.files import write_atomically
from cgrconsole.core.storage.audit import AuditKind, AuditLog

DEFAULT_TIMEOUT_S = 300.0  # admin mode ends after 5 minutes without activity (the window polls it)
MIN_PASSWORD = 8
SECRET_SHOWN = "(changed)"  # what the audit says of a secret's value


class Role(StrEnum):
    OFFICER = "officer"
    ADMIN = "admin"


class AdminPasswordError(ValueError):
    """A password that cannot be set (too short, the two entries differ)."""


class AdminAccount:
    """The admin password's argon2id hash in a file of the data folder."""

    def __init__(self, path: Path, hasher: PasswordHasher | None = None) -> None:
        self.path = path
        self._hasher = hasher or PasswordHasher()  # argon2id with the library's current parameters

    @property
    def is_set(self) -> bool:
        return self.path.is_file() and bool(self.path.read_text(encoding="ascii").strip())

    def set_password(self, password: str, again: str) -> None:
        if password != again:
            raise AdminPasswordError("the two passwords differ")
        if len(password) < MIN_PASSWORD:
            raise AdminPasswordError(f"the password must have at least {MIN_PASSWORD} characters")
        hashed = self._hasher.hash(password)
        write_atomically(self.path, (hashed + "\n").encode("ascii"), mode=0o600)  # private from creation on

    def verify(self, password: str) -> bool:
        if not self.is_set:
            return False
        try:
            return self._hasher.verify(self.path.read_text(encoding="ascii").strip(), password)
        except (VerificationError, InvalidHashError):
            return False


class AdminSession:
    """Who is at the console now; ``role`` falls back to officer after ``timeout_s`` idle."""

    def __init__(
        self,
        account: AdminAccount,
        audit: AuditLog,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        clock: Callable[[], float] = time.monotonic,
        who: str = "admin",
    ) -> None:
        self.account = account
        self.timeout_s = timeout_s
        self.who = who
        self._audit = audit
        self._clock = clock
        self._active_at: float | None = None  # the last admin activity; None: officer

    @property
    def role(self) -> Role:
        if self._active_at is not None and self._clock() - self._active_at >= self.timeout_s:
            self._active_at = None
            self._audit.record(AuditKind.ADMIN_ACTION, self.who, action="sign_out", why="timeout")
        return Role.ADMIN if self._active_at is not None else Role.OFFICER

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def set_first_password(self, password: str, again: str) -> None:
        """At first use only; then the admin is signed in."""
        if self.account.is_set:
            raise AdminPasswordError("the admin password is already set")
        self.account.set_password(password, again)
        self._audit.record(AuditKind.ADMIN_ACTION, self.who, action="set_password", value=SECRET_SHOWN)
        self._active_at = self._clock()

    def sign_in(self, password: str) -> bool:
        """True and admin mode on; False (refused, audited) for a wrong password."""
        if not self.account.verify(password):
            self._audit.record(AuditKind.ADMIN_ACTION, self.who, action="sign_in", result="refused")
            return False
        self._active_at = self._clock()
        self._audit.record(AuditKind.ADMIN_ACTION, self.who, action="sign_in", result="ok")
        return True

    def sign_out(self) -> None:
        if self._active_at is not None:
            self._active_at = None
            self._audit.record(AuditKind.ADMIN_ACTION, self.who, action="sign_out", why="asked")

    def touch(self) -> None:
        """Activity while admin: the idle timeout starts again."""
        if self.is_admin:
            self._active_at = self._clock()

    def record(self, what: str, old: Any = None, new: Any = None, *, secret: bool = False) -> None:
        """One admin action: raises PermissionError unless admin (a timed-out session may not act)."""
        if not self.is_admin:
            raise PermissionError("admin mode is needed")
        self.touch()
        if secret:
            old, new = None, SECRET_SHOWN
        self._audit.record(AuditKind.ADMIN_ACTION, self.who, action="change", what=what, old=old, new=new)

    def record_test(self, what: str, outcome: str) -> None:
        """A *Test* the admin ran (``camera Exit1``, ``sftp``) and its outcome code; never a secret."""
        if not self.is_admin:
            raise PermissionError("admin mode is needed")
        self.touch()
        self._audit.record(AuditKind.ADMIN_ACTION, self.who, action="test", what=what, result=outcome)

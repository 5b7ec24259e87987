"""The admin role: argon2id hash on disk, wrong password refused and audited, idle timeout."""

from __future__ import annotations

from pathlib import Path

import pytest

from cgrconsole.core.admin import AdminAccount, AdminPasswordError, AdminSession, Role
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.database import Database


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def audit(tmp_path: Path):
    database = Database(tmp_path / "c.db")
    database.open()
    yield AuditLog(database)
    database.close()


def actions(audit: AuditLog) -> list[dict]:
    return [e.detail for e in reversed(audit.entries(AuditKind.ADMIN_ACTION))]


def test_first_password_is_stored_as_an_argon2id_hash(tmp_path: Path, audit: AuditLog) -> None:
    session = AdminSession(AdminAccount(tmp_path / "admin_password"), audit, clock=Clock())
    assert session.role is Role.OFFICER
    with pytest.raises(AdminPasswordError):
        session.set_first_password("correct horse", "correct hors")
    session.set_first_password("correct horse", "correct horse")
    stored = (tmp_path / "admin_password").read_text()
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert (tmp_path / "admin_password").stat().st_mode & 0o077 == 0
    assert session.is_admin
    with pytest.raises(AdminPasswordError):
        session.set_first_password("another one", "another one")


def test_wrong_password_is_refused_and_audited(tmp_path: Path, audit: AuditLog) -> None:
    account = AdminAccount(tmp_path / "admin_password")
    account.set_password("correct horse", "correct horse")
    session = AdminSession(account, audit, clock=Clock())
    assert not session.sign_in("wrong horse")
    assert session.role is Role.OFFICER
    with pytest.raises(PermissionError):
        session.record("site.name", "A", "B")
    assert session.sign_in("correct horse")
    assert [(a["action"], a.get("result")) for a in actions(audit)] == [
        ("sign_in", "refused"),
        ("sign_in", "ok"),
    ]
    assert "wrong horse" not in str(audit.entries())


def test_admin_times_out_when_idle_and_actions_are_audited(tmp_path: Path, audit: AuditLog) -> None:
    clock = Clock()
    account = AdminAccount(tmp_path / "admin_password")
    account.set_password("correct horse", "correct horse")
    session = AdminSession(account, audit, timeout_s=600, clock=clock)
    assert session.sign_in("correct horse")
    clock.now += 500
    session.record("site.name", "Old", "New")  # activity: the timeout starts again
    session.record("cameras[1].password", "hunter2", "hunter3", secret=True)
    clock.now += 599
    assert session.is_admin
    clock.now += 1
    assert session.role is Role.OFFICER
    with pytest.raises(PermissionError):
        session.record("site.name", "New", "Newer")
    rows = actions(audit)
    assert {"action": "change", "what": "site.name", "old": "Old", "new": "New"} in rows
    assert {"action": "change", "what": "cameras[1].password", "old": None, "new": "(changed)"} in rows
    assert rows[-1] == {"action": "sign_out", "why": "timeout"}
    assert "hunter" not in str(audit.entries())


def test_a_test_is_audited_only_in_admin_mode(tmp_path: Path, audit: AuditLog) -> None:
    account = AdminAccount(tmp_path / "admin_password")
    account.set_password("correct horse", "correct horse")
    session = AdminSession(account, audit, timeout_s=300, clock=Clock())
    with pytest.raises(PermissionError):
        session.record_test("sftp", "ok")
    assert session.sign_in("correct horse")
    session.record_test("camera Exit1", "refused")
    assert actions(audit)[-1] == {"action": "test", "what": "camera Exit1", "result": "refused"}
    assert audit.entries(AuditKind.ADMIN_ACTION)[0].subject == session.who

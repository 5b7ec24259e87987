"""Settings need the admin: an officer cannot open them, a wrong password is refused and audited, and a
camera added in the dialog is written to the file (comments kept, password in the keyring) and goes live."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from support.settings_engine import settings_engine

from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.camera.status import CameraState
from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.ui.main_window import MainWindow
from cgrconsole.ui.settings_dialog import AdminSignInDialog, SettingsDialog, open_settings
from tests.support.rtsp import RtspServer

CONFIG = """\
[site]
name = "Nur Zholy"   # shown in the title bar

[[cameras]]
name = "Entry1"   # the gate's camera
url = "synthetic://Entry1?seed=1&fps=10"
anpr = false
"""


@pytest.fixture
def setup(tmp_path: Path):
    """A signed-out administrator: the tests sign in (or fail to)."""
    for path, engine, session, _clock in settings_engine(tmp_path, CONFIG, signed_in=False):
        yield path, engine, session


def answer_sign_in(password: str, outcome: list[str]) -> None:
    """Types ``password`` into the sign-in dialog when it opens, then cancels if it is still open."""

    def step() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, AdminSignInDialog)), None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, step)
            return
        dialog.password.setText(password)
        dialog.try_accept()
        outcome.append(dialog.message.text())
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, step)


def test_an_officer_cannot_open_settings_and_a_wrong_password_is_refused_and_audited(qtbot, setup) -> None:
    path, engine, session = setup
    outcome: list[str] = []
    answer_sign_in("wrong horse", outcome)
    assert open_settings(engine, session, path) is None
    assert outcome and "Wrong password" in outcome[0]
    assert not session.is_admin
    refused = [e.detail for e in engine.audit.entries(AuditKind.ADMIN_ACTION)]
    assert {"action": "sign_in", "result": "refused"} in refused
    outcome.clear()
    answer_sign_in("correct horse", outcome)
    dialog = open_settings(engine, session, path)
    assert isinstance(dialog, SettingsDialog) and session.is_admin


def test_a_camera_added_in_the_dialog_is_saved_and_goes_live(qtbot, setup, gstreamer: None) -> None:
    path, engine, session = setup
    assert session.sign_in("correct horse")
    server = RtspServer(auth="operator:s3cret-pass").start()
    try:
        dialog = SettingsDialog(engine, session, path)
        qtbot.addWidget(dialog)
        dialog.cameras_page.add()
        dialog.cameras_page.name.setText("Exit1")
        dialog.cameras_page.url.setText(server.url())
        dialog.cameras_page.user.setText("operator")
        dialog.cameras_page.password.setText("s3cret-pass")
        dialog.cameras_page.direction.setCurrentIndex(1)
        dialog.cameras_page.anpr.setChecked(False)
        dialog.cameras_page.apply_current()
        dialog.save()
        assert dialog.problems.text() == ""
        text = path.read_text(encoding="utf-8")
        assert "# the gate's camera" in text and "# shown in the title bar" in text
        assert "s3cret-pass" not in text
        cameras = tomllib.loads(text)["cameras"]
        assert cameras[1]["name"] == "Exit1" and cameras[1]["direction"] == "exit"
        assert engine.secrets.get("camera/Exit1") == "s3cret-pass"
        qtbot.waitUntil(lambda: engine.cameras.status("Exit1").state is CameraState.LIVE, timeout=20000)
        audit = str(engine.audit.entries(AuditKind.ADMIN_ACTION))
        assert "cameras.Exit1" in audit and "s3cret-pass" not in audit
    finally:
        server.kill()


def test_a_bad_camera_name_is_shown_by_its_field_and_nothing_is_saved(qtbot, setup) -> None:
    path, engine, session = setup
    assert session.sign_in("correct horse")
    dialog = SettingsDialog(engine, session, path)
    qtbot.addWidget(dialog)
    dialog.cameras_page.add()
    dialog.cameras_page.name.setText("Exit 1")
    dialog.cameras_page.apply_current()
    dialog.save()
    assert "Camera Exit 1, field “Name”: 'Exit 1' must be 1-40 of" in dialog.problems.text()
    assert dialog.cameras_page.list.currentRow() == 1  # the camera with the problem is shown
    assert path.read_text(encoding="utf-8") == CONFIG


def test_the_tiles_follow_the_cameras_the_settings_add_change_and_remove(qtbot, setup) -> None:
    _path, engine, _session = setup
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.grid.start()
    entry = window.grid.tiles["Entry1"]
    exit_camera = CameraConfig(name="Exit1", url="synthetic://Exit1?seed=2&fps=10", anpr=False)
    engine.add_camera(exit_camera)
    window._follow_cameras()
    assert list(window.grid.tiles) == ["Entry1", "Exit1"] and window.grid.tiles["Entry1"] is entry
    # the grid feeds the new tile (this engine does not decode pictures: its camera's state)
    qtbot.waitUntil(lambda: window.grid.tiles["Exit1"].status.state is CameraState.LIVE, timeout=20000)
    engine.remove_camera("Entry1")
    engine.remove_camera("Exit1")
    engine.add_camera(dataclasses.replace(exit_camera, direction="exit"))  # changed: a new tile shows it
    window._follow_cameras()
    assert list(window.grid.tiles) == ["Exit1"] and window.grid.tiles["Exit1"].camera.direction == "exit"
    qtbot.waitUntil(lambda: sip_deleted(entry), timeout=5000)


def sip_deleted(widget: object) -> bool:
    return not shiboken6.isValid(widget)


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_a_bad_camera_name_is_said_in_the_officers_language(qtbot, setup, language: str) -> None:
    path, engine, session = setup
    assert session.sign_in("correct horse")
    dialog = SettingsDialog(engine, session, path)
    qtbot.addWidget(dialog)
    dialog.cameras_page.add()
    dialog.cameras_page.name.setText("Exit 1")
    dialog.cameras_page.apply_current()
    dialog.save()
    said = dialog.problems.text()
    assert "Камера Exit 1, поле «Имя»: 'Exit 1': допустимо 1–40 символов из A-Z a-z 0-9 _ -" in said, said
    assert "must" not in said and "archive folders" not in said

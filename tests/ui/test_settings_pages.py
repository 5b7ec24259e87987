"""The settings pages: each writes valid TOML with the admin's comments kept, secrets go to the keyring and
never the file or the audit, Test buttons talk to real servers (GStreamer RTSP, the CarGoRuqsat and ĐBVN
stand-ins), and administrator mode ends after the idle time."""

from __future__ import annotations

import socket
import tomllib
from pathlib import Path

import pytest
from support.rtsp import RtspServer, free_port
from support.settings_engine import settings_engine

from cgrconsole.config import read_config
from cgrconsole.core.admin import AdminAccount, AdminSession
from cgrconsole.core.secret_backends import open_backend
from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.storage.audit import AuditKind
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths
from cgrconsole.standins.cgr import CgrStandin
from cgrconsole.standins.drvn import DrvnStandin
from cgrconsole.standins.drvn_state import Account
from cgrconsole.ui.settings_dialog import SettingsDialog

CONFIG = """\
# kept by the integrator
[site]
name = "Nur Zholy"   # shown in the title bar
timezone = "Asia/Almaty"

[archive]
retention_days = 60   # the contract's minimum

[uplink.cgr]
enabled = false   # until the trial transmission

[[cameras]]
name = "Entry1"   # the gate's camera
url = "synthetic://Entry1?seed=1&fps=5&size=320x180"
anpr = false
"""
COMMENTS = (
    "# kept by the integrator",
    "# shown in the title bar",
    "# the contract's minimum",
    "# until the trial transmission",
    "# the gate's camera",
)


@pytest.fixture
def setup(tmp_path: Path):
    yield from settings_setup(tmp_path)


def settings_setup(tmp_path: Path):
    """The config file, a started engine, a signed-in admin session, its clock; stops the engine after."""
    yield from settings_engine(tmp_path, CONFIG)


def open_dialog(qtbot, engine: Engine, session: AdminSession, path: Path) -> SettingsDialog:
    dialog = SettingsDialog(engine, session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_page_writes_valid_toml_keeps_comments_and_keeps_secrets_out(qtbot, setup) -> None:
    path, engine, session, _clock = setup
    dialog = open_dialog(qtbot, engine, session, path)
    dialog.site_page.name.setText("Khorgos")
    dialog.site_page.timezone.setCurrentText("Asia/Aqtobe")
    dialog.archive_page.days.setValue(90)
    dialog.archive_page.folder.setText(str(path.parent / "video"))
    dialog.language_page.language.setCurrentIndex(dialog.language_page.language.findData("kk"))
    dest = dialog.destinations_page
    dest.cgr_url.setText("https://cgr.example.kz")
    dest.cgr_token.setText("reg-token-secret-1")
    dest.drvn_user.setText("site-khorgos")
    dest.drvn_password.setText("drvn-secret-2")
    dialog.save()
    assert dialog.problems.text() == "", dialog.problems.text()
    text = path.read_text(encoding="utf-8")
    for comment in COMMENTS:
        assert comment in text
    data = tomllib.loads(text)
    assert data["site"] == {"name": "Khorgos", "timezone": "Asia/Aqtobe"}
    assert data["archive"]["retention_days"] == 90
    assert data["paths"]["archive_dir"] == str(path.parent / "video")
    assert data["ui"]["language"] == "kk"
    assert data["uplink"]["cgr"]["base_url"] == "https://cgr.example.kz"
    assert data["uplink"]["drvn"]["user_name"] == "site-khorgos"
    assert read_config(path).problems == ()
    assert "reg-token-secret-1" not in text and "drvn-secret-2" not in text
    assert engine.secrets.get("cgr/registration_token") == "reg-token-secret-1"
    assert engine.secrets.get("drvn/password") == "drvn-secret-2"
    audit = engine.audit.entries(AuditKind.ADMIN_ACTION)
    changes = {e.detail.get("what"): e.detail for e in audit if e.detail.get("action") == "change"}
    assert changes["site.name"]["old"] == "Nur Zholy" and changes["site.name"]["new"] == "Khorgos"
    assert changes["archive.retention_days"]["old"] == 60 and changes["archive.retention_days"]["new"] == 90
    assert changes["cgr/registration_token"]["new"] == "(changed)"
    assert "reg-token-secret-1" not in str(audit) and "drvn-secret-2" not in str(audit)
    assert dialog.restart_needed == ["site.timezone", "paths", "archive", "uplink", "ui"]
    assert engine.config.site.name == "Khorgos", "the name applies at once"
    assert dialog.restart_box is not None
    message = dialog.restart_box.text()
    assert "Time zone" in message and "Language" in message and "Destinations" in message
    assert dialog.restart_box.defaultButton() is not dialog.restart_now_button, "Enter restarts nothing"
    dialog.restart_box.close()


def test_a_short_retention_is_refused_by_its_field_unless_allowed(qtbot, setup) -> None:
    path, engine, session, _clock = setup
    dialog = open_dialog(qtbot, engine, session, path)
    page = dialog.archive_page
    dialog.show_page(page)
    page.days.setValue(30)
    assert page.warning.isVisible() and "30" in page.warning.text()
    dialog.save()
    assert "Keep the video" in dialog.problems.text()
    assert dialog.stack.currentWidget() is page
    assert path.read_text(encoding="utf-8") == CONFIG
    dialog.show_page(dialog.site_page)
    page.short.setChecked(True)
    dialog.save()
    assert dialog.problems.text() == "", dialog.problems.text()
    archive = tomllib.loads(path.read_text(encoding="utf-8"))["archive"]
    assert archive["retention_days"] == 30 and archive["allow_short_retention"] is True


def test_a_bad_time_zone_is_named_and_nothing_is_written(qtbot, setup) -> None:
    path, engine, session, _clock = setup
    dialog = open_dialog(qtbot, engine, session, path)
    dialog.show_page(dialog.cameras_page)
    dialog.site_page.timezone.setCurrentText("Asia/Nowhere")
    dialog.save()
    assert "Time zone" in dialog.problems.text()
    assert dialog.stack.currentWidget() is dialog.site_page
    assert path.read_text(encoding="utf-8") == CONFIG


def test_camera_test_shows_the_real_streams_codec_and_resolution(qtbot, setup, gstreamer: None) -> None:
    path, engine, session, _clock = setup
    server = RtspServer(auth="operator:s3cret-pass", size="640x360", fps=15).start()
    try:
        dialog = open_dialog(qtbot, engine, session, path)
        page = dialog.cameras_page
        page.add()
        page.name.setText("Exit1")
        page.url.setText(server.url())
        page.user.setText("operator")
        page.password.setText("wrong-pass")
        page.test()
        qtbot.waitUntil(lambda: "Test failed" in page.tester.result.text(), timeout=20000)
        assert "Wrong user name or password" in page.tester.result.text()
        page.password.setText("s3cret-pass")
        page.test()
        qtbot.waitUntil(lambda: page.tester.facts is not None, timeout=20000)
        text = page.tester.result.text()
        assert "H264, 640×360" in text and "15.0 fps" in text
        assert "Keyframe every 15 frames" in text and "copy the stream" in text
        qtbot.waitUntil(lambda: not page.tester.preview.pixmap().isNull(), timeout=5000)
        page.tester.stop()
        assert "s3cret-pass" not in path.read_text(encoding="utf-8")  # a test saves nothing
    finally:
        server.kill()


def test_camera_test_says_what_to_do_when_nothing_listens(qtbot, setup) -> None:
    path, engine, session, _clock = setup
    dialog = open_dialog(qtbot, engine, session, path)
    page = dialog.cameras_page
    page.add()
    page.url.setText(f"rtsp://127.0.0.1:{free_port()}/live")
    page.test()
    qtbot.waitUntil(lambda: "Test failed" in page.tester.result.text(), timeout=15000)
    assert "Check the port in the RTSP URL" in page.tester.result.text()


def test_camera_test_says_what_to_do_when_the_camera_is_silent(qtbot, setup) -> None:
    """A device that accepts the connection and never answers: a timeout, said as one."""
    path, engine, session, _clock = setup
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # the kernel accepts; nobody ever answers
        dialog = open_dialog(qtbot, engine, session, path)
        page = dialog.cameras_page
        page.add()
        page.url.setText(f"rtsp://127.0.0.1:{silent.getsockname()[1]}/live")
        page.test()
        qtbot.waitUntil(lambda: "Test failed" in page.tester.result.text(), timeout=20000)
        assert "does not answer in time (timeout)" in page.tester.result.text()


def test_destination_tests_log_in_or_say_clearly_why_not(qtbot, setup) -> None:
    path, engine, session, _clock = setup
    cgr = CgrStandin().start()
    drvn = DrvnStandin(accounts=[Account(1001, "site-nurzholy", "drvn-pass-123")]).start()
    try:
        dialog = open_dialog(qtbot, engine, session, path)
        page = dialog.destinations_page
        page.cgr_url.setText(cgr.url)
        page.cgr_token.setText("not-the-token")
        page.test_cgr()
        qtbot.waitUntil(
            lambda: page.cgr_test.isEnabled() and "…" not in page.cgr_result.text(), timeout=15000
        )
        assert "refused the registration token" in page.cgr_result.text()
        page.cgr_token.setText("demo-registration-token")
        page.test_cgr()
        qtbot.waitUntil(lambda: "Signed in" in page.cgr_result.text(), timeout=15000)
        page.cgr_url.setText(f"http://127.0.0.1:{free_port()}")
        page.test_cgr()
        qtbot.waitUntil(
            lambda: page.cgr_test.isEnabled() and "…" not in page.cgr_result.text(), timeout=15000
        )
        assert "cannot connect to" in page.cgr_result.text()

        page.drvn_url.setText(drvn.url)
        page.drvn_provider.setValue(1001)
        page.drvn_user.setText("site-nurzholy")
        page.drvn_password.setText("bad-password")
        page.test_drvn()
        qtbot.waitUntil(
            lambda: page.drvn_test.isEnabled() and "…" not in page.drvn_result.text(), timeout=15000
        )
        assert "ĐBVN refused the login" in page.drvn_result.text()
        page.drvn_password.setText("drvn-pass-123")
        page.test_drvn()
        qtbot.waitUntil(lambda: "Signed in" in page.drvn_result.text(), timeout=15000)
        assert "ready" in page.drvn_result.text()
        assert engine.secrets.get("drvn/password") is None  # a test stores nothing
    finally:
        cgr.stop()
        drvn.stop()


def test_admin_mode_ends_after_the_idle_time_and_closes_the_settings(qtbot, setup) -> None:
    path, engine, session, clock = setup
    dialog = open_dialog(qtbot, engine, session, path)
    assert dialog.badge.isVisible() and session.is_admin
    clock.now += 200
    qtbot.keyClick(dialog.site_page.name, "x")  # activity: the idle time starts again
    clock.now += 200
    dialog.badge.refresh()
    assert dialog.isVisible() and session.is_admin
    clock.now += 301
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert dialog.ended_by == "timeout" and not session.is_admin
    assert path.read_text(encoding="utf-8") == CONFIG
    actions = [e.detail for e in engine.audit.entries(AuditKind.ADMIN_ACTION)]
    assert {"action": "sign_out", "why": "timeout"} in actions


def test_sign_out_ends_admin_mode_at_once(qtbot, setup) -> None:
    path, engine, session, _clock = setup
    dialog = open_dialog(qtbot, engine, session, path)
    dialog.badge.sign_out.click()
    assert not dialog.isVisible() and dialog.ended_by == "signed_out" and not session.is_admin
    actions = [e.detail for e in engine.audit.entries(AuditKind.ADMIN_ACTION)]
    assert {"action": "sign_out", "why": "asked"} in actions


def test_the_main_window_shows_the_admin_badge_until_sign_out(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from test_settings_dialog import answer_sign_in

    from cgrconsole.ui.main_window import MainWindow

    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    data = tmp_path / "data"
    engine = Engine(
        read_config(path).config,
        AppPaths(data, data / "archive", data / "logs"),
        SecretStore(
            choose=lambda: open_backend("linux", tmp_path / "v", tmp_path / "k", available=lambda _k: False)
        ),
        decode=False,
        destinations=[],
    )
    AdminAccount(data / "admin_password").set_password("correct horse", "correct horse")
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.config_path = path
    window.show()
    engine.start()
    try:
        outcome: list[str] = []
        answer_sign_in("correct horse", outcome)

        def close_settings() -> None:
            dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)), None)
            if dialog is None or not dialog.isVisible():
                QTimer.singleShot(20, close_settings)
                return
            dialog.reject()

        QTimer.singleShot(0, close_settings)
        window.open_settings()
        badge = window.admin_badge
        badge.refresh()
        assert window.admin is not None and window.admin.is_admin
        assert badge.isVisible() and badge.label.text() == "Administrator"
        badge.sign_out.click()
        assert not badge.isVisible() and not window.admin.is_admin
        assert "Administrator mode ended" in window.statusBar().currentMessage()
    finally:
        engine.stop()

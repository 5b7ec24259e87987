"""The Live stream and Archive upload (SFTP) settings pages: valid TOML with the comments kept, a bad value
named by its field, the SFTP password in the keyring and never the file, the Test against a real OpenSSH
server (listing, host key, wrong password, closed port), and every Test audited as an admin action."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from support.rtsp import free_port
from support.sshd import SshServer
from test_settings_pages import COMMENTS, CONFIG, open_dialog, settings_setup

from cgrconsole.config import read_config
from cgrconsole.core.storage.audit import AuditKind


@pytest.fixture
def setup(tmp_path: Path):
    yield from settings_setup(tmp_path)


def audited_tests(engine) -> list[dict]:
    return [
        e.detail for e in engine.audit.entries(AuditKind.ADMIN_ACTION) if e.detail.get("action") == "test"
    ]


def test_live_page_writes_its_keys_with_comments_kept_and_the_stream_restarts_with_them(qtbot, setup) -> None:
    """Nobody watches: the live stream restarts with the saved settings at once, no console restart."""
    path, engine, session, _clock = setup
    dialog = open_dialog(qtbot, engine, session, path)
    page = dialog.live_page
    page.bind.setText("10.8.0.1")
    page.port.setValue(9443)
    page.tls.setCurrentIndex(page.tls.findData("off"))
    page.allow.setPlainText("10.8.0.0/24\n192.168.5.7")
    page.cors.setPlainText("https://iuc.example.kz")
    page.part.setValue(0.3)
    dialog.save()
    assert dialog.problems.text() == "", dialog.problems.text()
    text = path.read_text(encoding="utf-8")
    for comment in COMMENTS:
        assert comment in text
    live = tomllib.loads(text)["live"]
    assert live["bind"] == "10.8.0.1" and live["port"] == 9443 and live["tls"] == "off"
    assert live["allow"] == ["10.8.0.0/24", "192.168.5.7"]
    assert live["cors_origins"] == ["https://iuc.example.kz"] and live["part_target_s"] == 0.3
    assert "enabled" not in live, "a default is not repeated into the file"
    assert read_config(path).problems == ()
    assert dialog.restart_needed == [] and dialog.restart_box is None, "nothing waits for a restart"
    assert dialog.live_restart is not None
    qtbot.waitUntil(lambda: not dialog.live_restart.is_alive(), timeout=10_000)
    assert engine.live.settings.port == 9443 and engine.live.settings.bind == "10.8.0.1"
    assert engine.config.live.allow == ("10.8.0.0/24", "192.168.5.7")
    assert "10.8.0.1" in engine.live.problem, "not this PC's address: the stream says why it does not run"
    changes = [
        e.detail for e in engine.audit.entries(AuditKind.ADMIN_ACTION) if e.detail.get("what") == "live.port"
    ]
    assert changes and changes[0]["old"] == 8443 and changes[0]["new"] == 9443


def test_live_page_bad_values_are_named_by_their_field_and_nothing_is_written(qtbot, setup) -> None:
    path, engine, session, _clock = setup
    dialog = open_dialog(qtbot, engine, session, path)
    page = dialog.live_page
    page.allow.setPlainText("10.8.0.0/24\nnot-a-network")
    dialog.save()
    assert "Allowed clients" in dialog.problems.text() and "not-a-network" in dialog.problems.text()
    assert dialog.stack.currentWidget() is page
    assert path.read_text(encoding="utf-8") == CONFIG
    page.allow.setPlainText("10.8.0.0/24")
    page.bind.setText("vpn0")
    page.tls.setCurrentIndex(page.tls.findData("files"))
    dialog.save()
    said = dialog.problems.text()
    assert "Listen address" in said and "Certificate file" in said
    assert path.read_text(encoding="utf-8") == CONFIG


def test_sftp_page_keeps_the_password_in_the_keyring_and_tests_against_a_real_server(
    qtbot, setup, sshd: SshServer
) -> None:
    path, engine, session, _clock = setup
    account = sshd.add_account()
    (account.home / "2026-12-03").mkdir()
    (account.home / "notes.txt").write_text("x")
    sshd.start()
    dialog = open_dialog(qtbot, engine, session, path)
    page = dialog.sftp_page
    dialog.show_page(page)
    page.enabled.setChecked(True)
    page.host.setText("127.0.0.1")
    page.port.setValue(sshd.port)
    page.user.setText(account.name)
    page.remote_root.setText(str(account.home))
    page.password.setText(account.password)

    # no key pinned: the key is shown, nothing is sent, "Trust" pins it
    page.test()
    qtbot.waitUntil(lambda: page.test_button.isEnabled() and "SHA256:" in page.result.text(), timeout=20000)
    assert sshd.fingerprint in page.result.text() and "No key is pinned" in page.result.text()
    assert page.trust.isEnabled() and page.trust.isVisible()
    page.trust.click()
    assert page.host_key.text() == sshd.fingerprint

    page.test()
    qtbot.waitUntil(lambda: page.test_button.isEnabled() and "Logged in" in page.result.text(), timeout=20000)
    said = page.result.text()
    assert "2 entries" in said and "2026-12-03" in said and "notes.txt" in said and sshd.fingerprint in said

    page.password.setText("wrong-password-1")
    page.test()
    qtbot.waitUntil(
        lambda: page.test_button.isEnabled() and page.result.text() != "Connecting…", timeout=30000
    )
    assert "refused" in page.result.text().lower() and "Logged in" not in page.result.text()

    page.password.setText(account.password)
    page.port.setValue(free_port())
    page.test()
    qtbot.waitUntil(
        lambda: page.test_button.isEnabled() and page.result.text() != "Connecting…", timeout=20000
    )
    assert "cannot be reached" in page.result.text()

    outcomes = [(t["what"], t["result"]) for t in reversed(audited_tests(engine))]
    assert outcomes == [
        ("sftp", "host_key_not_pinned"),
        ("sftp", "ok"),
        ("sftp", "login_refused"),
        ("sftp", "unreachable"),
    ]
    audit = str([e.detail for e in engine.audit.entries()])
    assert account.password not in audit and "wrong-password-1" not in audit
    assert all(e.subject == session.who for e in engine.audit.entries(AuditKind.ADMIN_ACTION))

    page.port.setValue(sshd.port)
    dialog.save()
    assert dialog.problems.text() == "", dialog.problems.text()
    text = path.read_text(encoding="utf-8")
    for comment in COMMENTS:
        assert comment in text
    data = tomllib.loads(text)["sftp"]
    assert data["host_key"] == sshd.fingerprint and data["user"] == account.name and data["port"] == sshd.port
    assert account.password not in text
    assert engine.secrets.get("sftp/password") == account.password
    assert read_config(path).problems == ()


def test_sftp_page_names_the_missing_field(qtbot, setup) -> None:
    path, engine, session, _clock = setup
    dialog = open_dialog(qtbot, engine, session, path)
    page = dialog.sftp_page
    page.enabled.setChecked(True)
    page.host.setText("archive.example.kz")
    page.host_key.setText("SHA256:short")
    dialog.save()
    said = dialog.problems.text()
    assert "User name" in said and "Server's host key" in said and "Password" in said
    assert dialog.stack.currentWidget() is page
    assert path.read_text(encoding="utf-8") == CONFIG


def test_camera_and_destination_tests_are_audited(qtbot, setup) -> None:
    path, engine, session, _clock = setup
    dialog = open_dialog(qtbot, engine, session, path)
    page = dialog.cameras_page
    page.add()
    page.name.setText("Exit1")
    page.url.setText(f"rtsp://127.0.0.1:{free_port()}/live")
    page.user.setText("operator")
    page.password.setText("camera-secret-9")
    page.test()
    qtbot.waitUntil(lambda: bool(audited_tests(engine)), timeout=15000)
    dest = dialog.destinations_page
    dest.cgr_url.setText(f"http://127.0.0.1:{free_port()}")
    dest.cgr_token.setText("reg-token-secret-1")
    dest.test_cgr()
    qtbot.waitUntil(lambda: len(audited_tests(engine)) == 2, timeout=20000)
    camera, cgr = reversed(audited_tests(engine))
    assert camera["what"] == "camera Exit1" and camera["result"] == "refused"
    assert cgr["what"] == "uplink.cgr" and cgr["result"] != "ok"
    audit = str([e.detail for e in engine.audit.entries()])
    assert "camera-secret-9" not in audit and "reg-token-secret-1" not in audit


def test_a_rectangle_dragged_on_the_test_picture_becomes_the_cameras_roi(qtbot, setup) -> None:
    from PySide6.QtCore import QPoint, Qt

    path, engine, session, _clock = setup
    dialog = open_dialog(qtbot, engine, session, path)
    page = dialog.cameras_page
    page.test()
    preview = page.tester.preview
    qtbot.waitUntil(lambda: preview.picture_rect() is not None, timeout=20000)
    rect = preview.picture_rect()
    assert "Whole picture" in page.roi_text.text() and not page.roi_clear.isEnabled()

    def at(fx: float, fy: float) -> QPoint:
        return QPoint(round(rect.left() + fx * rect.width()), round(rect.top() + fy * rect.height()))

    qtbot.mousePress(preview, Qt.MouseButton.LeftButton, pos=at(0.8, 0.9))  # dragged up and to the left
    qtbot.mouseMove(preview, at(0.5, 0.5))
    qtbot.mouseRelease(preview, Qt.MouseButton.LeftButton, pos=at(0.2, 0.3))
    page.tester.stop()
    roi = page.cameras[0].roi
    assert roi is not None
    for got, want in zip(roi, (0.2, 0.3, 0.8, 0.9), strict=True):
        assert abs(got - want) < 0.01, roi
    assert "20–80" in page.roi_text.text() and "30–90" in page.roi_text.text()
    dialog.save()
    assert dialog.problems.text() == "", dialog.problems.text()
    text = path.read_text(encoding="utf-8")
    for comment in COMMENTS:
        assert comment in text
    saved = tomllib.loads(text)["cameras"][0]["roi"]
    assert [round(v, 2) for v in saved] == [0.2, 0.3, 0.8, 0.9]
    assert read_config(path).config.cameras[0].roi == tuple(saved)
    assert engine.config.cameras[0].roi == tuple(saved), "the running camera took the new area"
    changes = [
        e.detail
        for e in engine.audit.entries(AuditKind.ADMIN_ACTION)
        if e.detail.get("what") == "cameras.Entry1"
    ]
    assert changes and changes[0]["new"]["roi"] == saved, "audited old → new"


def test_a_click_on_the_picture_is_no_area_and_whole_picture_clears_it(qtbot, setup) -> None:
    from PySide6.QtCore import Qt

    path, engine, session, _clock = setup
    dialog = open_dialog(qtbot, engine, session, path)
    page = dialog.cameras_page
    page.set_roi((0.1, 0.1, 0.5, 0.5))
    page.test()
    preview = page.tester.preview
    qtbot.waitUntil(lambda: preview.picture_rect() is not None, timeout=20000)
    point = preview.picture_rect().center().toPoint()
    qtbot.mousePress(preview, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(preview, Qt.MouseButton.LeftButton, pos=point)
    page.tester.stop()
    assert page.cameras[0].roi == (0.1, 0.1, 0.5, 0.5), "a click is not a drag"
    page.roi_clear.click()
    assert page.cameras[0].roi is None and "Whole picture" in page.roi_text.text()


def test_live_settings_wait_while_remote_viewers_watch_and_the_stream_restart_is_offered(
    qtbot, setup, monkeypatch
) -> None:
    path, engine, session, _clock = setup
    running = engine.live
    monkeypatch.setattr(running, "viewers", lambda: 2)  # two remote operators watching now
    dialog = open_dialog(qtbot, engine, session, path)
    dialog.live_page.port.setValue(free_port())
    dialog.save()
    assert dialog.problems.text() == "", dialog.problems.text()
    assert engine.live is running, "the viewers are not cut off without asking"
    box = dialog.restart_box
    assert box is not None and "2" in box.text() and dialog.restart_now_button is None
    assert box.defaultButton() is not dialog.restart_live_button, "Enter restarts nothing"
    dialog.restart_live_button.click()
    qtbot.waitUntil(
        lambda: dialog.live_restart is not None and not dialog.live_restart.is_alive(), timeout=10_000
    )
    assert engine.live is not running and engine.live.settings.port == dialog.live_page.port.value()
    assert engine.live.server is not None, "the stream runs again, on the new port"


SFTP_CONFIG = """\
[site]
name = "Nur Zholy"
timezone = "Asia/Almaty"

[sftp]
enabled = true   # the archive server of the customs
host = "127.0.0.1"
port = PORT
user = "cgr_site1"
host_key = "SHA256:0000000000000000000000000000000000000000000"

[[cameras]]
name = "Entry1"
url = "synthetic://Entry1?seed=1&fps=5&size=320x180"
anpr = false
"""


def test_sftp_settings_apply_to_the_running_uploader_and_switching_it_off_offers_a_restart(
    qtbot, tmp_path: Path
) -> None:
    from support.settings_engine import settings_engine

    setup = settings_engine(tmp_path, SFTP_CONFIG.replace("PORT", str(free_port())))
    path, engine, session, _clock = next(setup)
    try:
        assert engine.uploader is not None
        dialog = open_dialog(qtbot, engine, session, path)
        dialog.sftp_page.user.setText("cgr_site2")
        dialog.sftp_page.password.setText("new-secret")
        dialog.save()
        assert dialog.problems.text() == "", dialog.problems.text()
        assert engine.uploader.settings.user == "cgr_site2", "the uploader's next connection uses it"
        assert engine.uploader.status().host == "127.0.0.1"
        assert dialog.restart_needed == [] and dialog.restart_box is None
        again = open_dialog(qtbot, engine, session, path)
        again.sftp_page.enabled.setChecked(False)
        again.save()
        assert again.restart_needed == ["sftp.enabled"]
        box = again.restart_box
        assert box is not None and "Archive upload switched on or off" in box.text()
        assert engine.config.sftp.enabled, "still on until the restart"
        with qtbot.waitSignal(again.restart_requested, timeout=2000):
            again.restart_now_button.click()
    finally:
        setup.close()

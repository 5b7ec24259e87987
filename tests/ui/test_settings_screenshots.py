"""Screenshots of every settings page (docs/screenshots with CGR_SAVE_SCREENSHOTS=1), in English, Russian
and Kazakh, each after its Test ran where it has one; each must be a real picture of the expected size."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from support.ts_files import LATIN_WORD, english_words
from test_settings_pages import setup  # noqa: F401 (the fixture)

from cgrconsole.resources import resource_dir
from cgrconsole.standins.cgr import CgrStandin
from cgrconsole.standins.drvn import DrvnStandin
from cgrconsole.standins.drvn_state import Account
from cgrconsole.ui.settings_dialog import SettingsDialog
from cgrconsole.ui.theme import apply_theme

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
FINGERPRINT = re.compile(r"SHA256:[A-Za-z0-9+/=]+")
PAGES = ("cameras", "site", "archive", "destinations", "language")


def save(dialog: SettingsDialog, name: str, tmp_path: Path) -> Path:
    target = DOCS if os.environ.get("CGR_SAVE_SCREENSHOTS") else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    path = target / name
    assert dialog.grab().save(str(path)), f"could not write {path}"
    return path


def non_trivial(path: Path, width: int, height: int) -> None:
    image = QImage(str(path))
    assert image.width() >= width and image.height() >= height, (image.width(), image.height())
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20, f"{path.name} is nearly one colour"


def english_on(page: QWidget, language: str) -> list[str]:
    """Texts on ``page`` holding English words the translation does not keep (names, RTSP, URLs do stay)."""
    if language == "en":
        return []
    english = english_words(resource_dir() / "translations" / f"cgrconsole_{language}.ts")
    texts = []
    for widget in page.findChildren(QWidget):
        if widget.isVisible():
            texts.append(widget.toolTip())
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text())
            if isinstance(widget, QGroupBox):
                texts.append(widget.title())
    server = QCoreApplication.translate("DeliveryReason", "Server answered: %1").split("%1")[0]
    texts = [t.split(server)[0] for t in texts]  # the server's own words are shown as they came
    texts = [FINGERPRINT.sub("", t) for t in texts]  # a key's base64 holds random Latin runs ("pc", "ens")
    return [t for t in texts if any(w.lower() in english for w in LATIN_WORD.findall(t))]


@pytest.mark.parametrize("language", ["en", "ru", "kk"], indirect=True)
def test_screenshot_each_settings_page(qtbot, qapp, setup, language: str, tmp_path: Path) -> None:  # noqa: F811
    apply_theme(qapp)
    path, engine, session, _clock = setup
    cgr = CgrStandin().start()
    drvn = DrvnStandin(accounts=[Account(1001, "site-nurzholy", "drvn-pass-123")]).start()
    try:
        dialog = SettingsDialog(engine, session, path)
        qtbot.addWidget(dialog)
        dialog.resize(940, 640)
        dialog.show()
        cameras = dialog.cameras_page
        cameras.test()
        qtbot.waitUntil(lambda: cameras.tester.facts is not None, timeout=20000)
        qtbot.waitUntil(lambda: not cameras.tester.preview.pixmap().isNull(), timeout=5000)
        cameras.tester.stop()
        cameras.set_roi((0.1, 0.4, 0.9, 0.95))  # as dragged on the picture: the lane's lower part
        dialog.archive_page.days.setValue(45)
        dest = dialog.destinations_page
        dest.cgr_enabled.setChecked(True)
        dest.cgr_url.setText(cgr.url)
        dest.cgr_token.setText("not-the-token")
        dest.test_cgr()
        dest.drvn_url.setText(drvn.url)
        dest.drvn_provider.setValue(1001)
        dest.drvn_user.setText("site-nurzholy")
        dest.drvn_password.setText("drvn-pass-123")
        dest.test_drvn()
        qtbot.waitUntil(lambda: dest.cgr_test.isEnabled() and dest.drvn_test.isEnabled(), timeout=15000)
        suffix = "" if language == "en" else f"_{language}"
        for name, page in zip(
            PAGES, (cameras, dialog.site_page, dialog.archive_page, dest, dialog.language_page), strict=True
        ):
            dialog.show_page(page)
            shot = save(dialog, f"settings_{name}{suffix}.png", tmp_path)
            non_trivial(shot, 900, 600)
            assert english_on(page, language) == [], name
            for label in page.findChildren(type(dialog.problems)):
                if label.isVisible() and label.text() and not label.wordWrap():
                    assert label.width() >= label.sizeHint().width(), f"{name}: {label.text()!r} is cut"
    finally:
        cgr.stop()
        drvn.stop()


@pytest.mark.parametrize("language", ["en", "ru", "kk"], indirect=True)
def test_screenshot_the_live_and_sftp_pages(qtbot, qapp, setup, sshd, language: str, tmp_path: Path) -> None:  # noqa: F811
    """The SFTP page after a Test that logged in to the real OpenSSH server, the live page as filled."""
    apply_theme(qapp)
    path, engine, session, _clock = setup
    account = sshd.add_account()
    for name in ("2026-12-02", "2026-12-03"):
        (account.home / name).mkdir()
    sshd.start()
    dialog = SettingsDialog(engine, session, path)
    qtbot.addWidget(dialog)
    dialog.resize(940, 640)
    dialog.show()
    sftp = dialog.sftp_page
    sftp.enabled.setChecked(True)
    sftp.host.setText("127.0.0.1")
    sftp.port.setValue(sshd.port)
    sftp.user.setText(account.name)
    sftp.remote_root.setText(str(account.home))
    sftp.password.setText(account.password)
    sftp.host_key.setText(sshd.fingerprint)
    sftp.test()
    qtbot.waitUntil(
        lambda: sftp.test_button.isEnabled() and sshd.fingerprint in sftp.result.text(), timeout=20000
    )
    live = dialog.live_page
    live.allow.setPlainText("10.8.0.0/24\n127.0.0.1/32")
    live.cors.setPlainText("https://iuc.example.kz")
    suffix = "" if language == "en" else f"_{language}"
    for name, page in (("sftp", sftp), ("live", live)):
        dialog.show_page(page)
        shot = save(dialog, f"settings_{name}{suffix}.png", tmp_path)
        non_trivial(shot, 900, 600)
        assert english_on(page, language) == [], name

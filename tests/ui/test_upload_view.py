"""The archive upload in the console, on a real engine sending to a real OpenSSH server: the status bar's
line and the dialog show the file being sent (%, speed), what waits, a file put aside with what to do, a
broken link and an old backlog (red, with the banner), and a changed server key with its fingerprint.
Screenshots in English and Russian (docs/screenshots with CGR_SAVE_SCREENSHOTS=1)."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressBar
from support.archive import add_archive_file
from support.sshd import SshServer, sftp_config

from cgrconsole.core.archive.upload.connection import HostKeyState
from cgrconsole.core.archive.upload.problems import UploadProblem
from cgrconsole.core.archive.upload.status import UploaderState
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.ui.event_text import RED
from cgrconsole.ui.theme import apply_theme
from cgrconsole.ui.upload_text import problem_text

BIG = 12_000_000  # at 1.5 MB/s: ~8 s on screen
CAMERA_WORDS = {"Camera", "Locked"}  # file names are data, not text to translate

FINGERPRINT = re.compile(r"SHA256:[A-Za-z0-9+/=]+")


def suffix(language: str) -> str:
    return "" if language == "en" else f"_{language}"


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_the_upload_view_shows_progress_a_parked_file_an_outage_and_a_changed_key_screenshot(
    qtbot, qapp, language: str, sshd: SshServer, engine_factory, open_window, tmp_path: Path
) -> None:
    from test_screenshots import save
    from test_translation_coverage import english_in, widget_texts

    apply_theme(qapp)
    account = sshd.add_account()
    (account.home / "Locked").mkdir()  # root's, 0755: the account cannot make folders in it
    sshd.start()
    sftp = sftp_config(
        sshd,
        account,
        bandwidth_kbps=1500,
        connect_timeout_s=3,
        operation_timeout_s=3,
        retry_initial_s=0.3,
        retry_max_s=1.0,
    )
    secrets = SecretStore(MemoryKeyring({"sftp/password": account.password}))
    engine = engine_factory([], sftp=sftp, secrets=secrets)
    window = open_window(engine, 1280, 800)
    view = window.upload
    assert view is not None and engine.uploader is not None
    now = time.time()
    archive = engine.paths.archive_dir

    def add(minutes_ago: float, size: int, camera: str = "Camera1") -> str:
        start = now - minutes_ago * 60
        local = add_archive_file(
            archive,
            engine.archive_index,
            start,
            pending=True,
            size=size,
            camera=camera,
            content=os.urandom(size),
        )
        return str(local.relative_to(archive))

    locked = add(20, 50_000, "Locked")
    big = add(15, BIG)
    add(10, 2_000_000)
    engine.uploader.wake()
    view.action.trigger()
    dialog = view.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)

    def bar() -> QProgressBar | None:
        widget = dialog.transfers.cellWidget(0, 1) if dialog.transfers.rowCount() else None
        return widget if isinstance(widget, QProgressBar) else None

    qtbot.waitUntil(
        lambda: (
            dialog.parked.rowCount() == 1
            and dialog.transfers.rowCount() == 1
            and dialog.transfers.item(0, 0).text() == big
            and (b := bar()) is not None
            and 150 < b.value() < 850
        ),
        timeout=20_000,
    )
    status = view.status
    assert status is not None and status.state is UploaderState.UPLOADING
    assert status.parked[0].path == locked and status.parked[0].problem is UploadProblem.PERMISSION_DENIED
    assert dialog.parked.item(0, 1).text() == problem_text(UploadProblem.PERMISSION_DENIED)
    assert dialog.transfers.item(0, 2).text().split()[0].replace(",", ".")[0].isdigit(), "a speed"
    assert "%" in view.label.text() and view.label.isVisible()
    assert dialog.backlog.text() and dialog.oldest.isVisible()
    seen = {"progress": [*widget_texts(dialog), view.label.text(), view.label.toolTip()]}
    save(dialog, f"upload_dialog{suffix(language)}.png", tmp_path)
    save(window.statusBar(), f"upload_status_bar{suffix(language)}.png", tmp_path)

    # the link breaks mid-file, and a file recorded 3 hours ago is still here: red, with the banner
    sshd.kill()
    add(180, 100_000)
    qtbot.waitUntil(
        lambda: (
            (s := view.status) is not None
            and s.state is UploaderState.RETRYING
            and s.backlog_alarm
            and dialog.advice.isVisible()
            and dialog.alarm.isVisible()
        ),
        timeout=20_000,
    )
    status = view.status
    assert status.last_problem in (UploadProblem.CONNECTION_LOST, UploadProblem.UNREACHABLE)
    assert problem_text(status.last_problem) in dialog.advice.text()
    assert RED in view.label.styleSheet(), "a backlog older than the threshold is red"
    assert window.alarm.isVisible() and dialog.alarm.text() in window.alarm.text()
    seen["outage"] = [*widget_texts(dialog), view.label.text(), window.alarm.text()]
    save(dialog, f"upload_dialog_outage{suffix(language)}.png", tmp_path)

    # someone else answers at the same address: refused, red, the fingerprint shown
    sshd.rekey()
    sshd.start()
    qtbot.waitUntil(
        lambda: (s := view.status) is not None and s.host_key is HostKeyState.CHANGED, timeout=20_000
    )
    qtbot.waitUntil(lambda: sshd.fingerprint in dialog.seen.text(), timeout=5000)
    assert sshd.fingerprint in window.alarm.text() and sshd.fingerprint in view.label.toolTip()
    assert dialog.copy_key.isVisible() and RED in dialog.seen.styleSheet()
    assert big not in {str(p.relative_to(account.home)) for p in account.home.rglob("*.mp4")}
    seen["key changed"] = [*widget_texts(dialog), view.label.text(), window.alarm.text()]
    save(dialog, f"upload_dialog_key_changed{suffix(language)}.png", tmp_path)
    save(window, f"upload_alarm_main_window{suffix(language)}.png", tmp_path)
    if language != "en":
        # a fingerprint is random base64: "SHA256:aN/L5K…" would read as the English word "aN"
        seen = {screen: [FINGERPRINT.sub("SHA256:…", t) for t in texts] for screen, texts in seen.items()}
        untranslated = {
            screen: {t: w for t, w in english_in(texts, language).items() if set(w) - CAMERA_WORDS}
            for screen, texts in seen.items()
        }
        assert not any(untranslated.values()), untranslated

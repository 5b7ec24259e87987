"""Known secrets never show: not in a log, the database, the configuration, an error text or on screen.

Two runs with real parts and distinctive secrets (each with characters URL encoding changes, so a
password that slipped into a URL is caught in either form):

- The console as a Linux PC without Secret Service runs it: every secret stored with
  ``cgrconsole secret set`` into the console's own encrypted file, then ``python -m cgrconsole
  --headless`` against a GStreamer RTSP camera with a password, a second camera whose stored password
  is wrong, an OpenSSH server whose password the admin mistyped first (the login is refused, retried,
  and works once the right one is set), the CarGoRuqsat stand-in (registration token, bearer tokens)
  and the live stream under token auth. Then every byte it left is read.
- The window (pytest-qt, offscreen) on an engine with the same kinds of secrets: the main window, the
  live stream dialog, the archive upload dialog and a delivery dialog, each read and grabbed.

Here, beside the other window tests, because the second run uses their fixtures (``tests/ui/conftest``).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import httpx
import pytest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QTableView, QTextEdit, QWidget
from support.archive import add_archive_file
from support.console import headless_console
from support.events import detected
from support.rtsp import RtspServer, free_port
from support.sshd import Account, SshServer, sftp_config
from support.waiting import wait_until
from test_screenshots import save
from test_translation_coverage import model_texts, painted_texts, widget_texts

from cgrconsole.config import CameraConfig, UplinkConfig
from cgrconsole.core.archive.upload.problems import UploadProblem
from cgrconsole.core.camera.status import FailureReason
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.review.events import SENT
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.standins.cgr import CgrStandin, CgrStandinConfig, Fault
from cgrconsole.ui.live_dialog import LiveDialog
from cgrconsole.ui.theme import apply_theme
from cgrconsole.ui.upload_text import problem_text

ROOT = Path(__file__).resolve().parents[2]
# Each one distinctive, and each with '#', '@', '/' and '+', which a URL or a query string encodes.
CAMERA_PASSWORD = "Cam#Gate@41/pw+Zq"
WRONG_CAMERA_PASSWORD = "Cam#Yard@27/no+Xv"  # the second camera's stored password, refused by the camera
SFTP_PASSWORD = "Sftp#Pw@93/ok+Lk"
MISTYPED_SFTP_PASSWORD = "Sftp#Typo@58/no+Rd"  # what the admin stored first
REGISTRATION_TOKEN = "cgr#Reg@70/tok+Mn4"
LIVE_TOKEN = "live#Tok@36/view+Bc8"
GUESSED_LIVE_TOKEN = "live#Guess@11/bad+Qp2"  # what a stranger tries; as secret as the real one
STORED = {  # what the admin stores, by keyring key
    "camera/Gate": CAMERA_PASSWORD,
    "camera/Yard": WRONG_CAMERA_PASSWORD,
    "sftp/password": MISTYPED_SFTP_PASSWORD,
    "cgr/registration_token": REGISTRATION_TOKEN,
    "live/token": LIVE_TOKEN,
}
KNOWN = (*STORED.values(), SFTP_PASSWORD, GUESSED_LIVE_TOKEN)  # and the bearer tokens the stand-in issues


def forms(secret: str) -> set[bytes]:
    """The secret as it would be written: as is, and URL-encoded (a path, a query string)."""
    return {text.encode() for text in (secret, quote(secret, safe=""), quote(secret), quote_plus(secret))}


def leaks(secrets: Iterable[str], named: dict[str, bytes]) -> list[str]:
    """``where: which secret`` for every secret (in any form) found in the ``named`` contents."""
    found = []
    for secret in secrets:
        for where, data in named.items():
            if any(form in data for form in forms(secret)):
                found.append(f"{where}: {secret}")
    return found


def contents(*roots: Path) -> dict[str, bytes]:
    """Every file under ``roots`` (or the file itself) as bytes; a file gone meanwhile is skipped."""
    found = {}
    for root in roots:
        for path in [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file()):
            try:
                found[str(path)] = path.read_bytes()
            except FileNotFoundError:  # the running console renamed or deleted it (-wal, .part)
                continue
    return found


# -- the console as a user runs it -------------------------------------------------------------
def no_secret_service(tmp_path: Path) -> dict[str, str]:
    """A Linux PC without Secret Service or KWallet: the console's encrypted file, in this test's folders."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")
    }
    return env | {
        "XDG_DATA_HOME": str(tmp_path / "home" / "share"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "PYTHONPATH": str(ROOT),
    }


def secret_set(env: dict[str, str], key: str, value: str) -> None:
    """``cgrconsole secret set KEY`` with the value on stdin, as an admin's script types it."""
    result = subprocess.run(
        [sys.executable, "-m", "cgrconsole", "secret", "set", key],
        input=value + "\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and f"{key}: stored" in result.stdout, result.stderr
    assert "the console's encrypted file" in result.stdout, "the fallback store of a PC without a keyring"
    assert not leaks([value], {"secret set": (result.stdout + result.stderr).encode()})


def site_config(
    camera: RtspServer, sshd: SshServer, account: Account, cgr: CgrStandin, live_port: int
) -> str:
    """The site's TOML: no password or token in it, only where each one is used."""
    url = camera.url("/live", "admin")  # the user name only: the password is the keyring's camera/<name>
    return f"""
[site]
timezone = "Asia/Almaty"
[ingest]
open_timeout_s = 3
read_timeout_s = 2
backoff_initial_s = 0.3
backoff_max_s = 1
[archive]
segment_seconds = 60
[[cameras]]
name = "Gate"
url = "{url}"
anpr = false
[[cameras]]
name = "Yard"
url = "{url}"
anpr = false
[sftp]
enabled = true
host = "127.0.0.1"
port = {sshd.port}
user = "{account.name}"
remote_root = "{account.home}"
host_key = "{sshd.fingerprint}"
retry_initial_s = 0.5
retry_max_s = 1.0
[uplink.cgr]
enabled = true
base_url = "{cgr.url}"
[live]
bind = "127.0.0.1"
port = {live_port}
auth = "token"
"""


@pytest.fixture
def cgr_standin() -> Iterator[CgrStandin]:
    standin = CgrStandin(CgrStandinConfig(registration_token=REGISTRATION_TOKEN)).start()
    yield standin
    standin.stop()


@pytest.fixture
def camera(gstreamer: None) -> Iterator[RtspServer]:
    server = RtspServer(auth=f"admin:{CAMERA_PASSWORD}").start()
    yield server
    server.kill()


def test_a_console_run_leaves_no_secret_in_its_files_or_output(
    tmp_path: Path, camera: RtspServer, sshd: SshServer, cgr_standin: CgrStandin
) -> None:
    account = sshd.add_account(password=SFTP_PASSWORD)
    sshd.start()
    env = no_secret_service(tmp_path)
    for key, value in STORED.items():
        secret_set(env, key, value)
    live_port = free_port()
    config, data, out = tmp_path / "site.toml", tmp_path / "data", tmp_path / "out"
    config.write_text(site_config(camera, sshd, account, cgr_standin, live_port), encoding="utf-8")
    out.mkdir()
    log = data / "logs" / "cgrconsole.log"

    def logged(*words: str) -> bool:
        """Some line of the console's log says all ``words``."""
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines() if log.exists() else []
        return any(all(word in line for word in words) for line in lines)

    with (out / "stdout").open("wb") as stdout, (out / "stderr").open("wb") as stderr:
        console = subprocess.Popen(
            # --duration: a bound only; the test stops it as a service manager does, once all is seen
            headless_console(config, data, "--duration", "100"),
            env=env,
            stdout=stdout,
            stderr=stderr,
        )
    try:
        # the camera with the right password streams; the one with the wrong password is refused
        wait_until(lambda: logged("Gate: live, "), 40, message="Gate live")
        wait_until(lambda: logged("Yard: ", FailureReason.UNAUTHORIZED.message), 20, message="Yard refused")
        wait_until(lambda: cgr_standin.state.issued_tokens(), 20, message="CarGoRuqsat login")
        with httpx.Client(verify=False, timeout=10) as client:  # the console's self-signed certificate
            playlist = f"https://127.0.0.1:{live_port}/live/Gate/index.m3u8"
            assert client.get(playlist, params={"token": GUESSED_LIVE_TOKEN}).status_code == 401
            wait_until(
                lambda: client.get(playlist, params={"token": LIVE_TOKEN}).status_code == 200,
                20,
                interval=0.3,
                message="the stream, with the token",
            )
        camera.kill()  # the camera loses power: its file is finished, and waits for the upload
        wait_until(lambda: logged("refused the login"), 30, message="the mistyped SFTP password refused")
        secret_set(env, "sftp/password", SFTP_PASSWORD)  # the admin corrects it; the next retry reads it
        wait_until(lambda: list(account.home.rglob("Gate_*.mp4")), 30, message="a file uploaded")
        while_running = contents(data)  # the database's WAL too, while the console has it open
    finally:
        console.send_signal(signal.SIGTERM)  # a service's stop
        returncode = console.wait(30)
    assert returncode == 0, (out / "stderr").read_text(errors="replace")[-3000:]

    uploaded = sorted(account.home.rglob("Gate_*.mp4"))
    assert uploaded and not list(account.home.rglob("*.part")), "uploaded under its final name"
    assert logged("Gate: live, ") and logged("failed: the server refused the login")
    with sqlite3.connect(data / "cgrconsole.db") as db:
        audit = db.execute("SELECT kind, subject, detail FROM audit_log ORDER BY id").fetchall()
    said = [(kind, subject, json.loads(detail)) for kind, subject, detail in audit]
    assert any(k == "camera_session" and s == "Yard" and d["reason"] == "unauthorized" for k, s, d in said)
    transfers = [d["event"] for k, _, d in said if k == "sftp_transfer"]
    assert transfers[:1] == ["login_refused"] and "uploaded" in transfers, transfers
    assert any(k == "hls_client" and d.get("status") == 401 for k, _, d in said), "the guessed token"
    secrets = [*KNOWN, *cgr_standin.state.issued_tokens()]  # and the bearer tokens the console was given
    after = contents(data, config, out, tmp_path / "home")  # home: the encrypted file and its key
    assert any(name.endswith("cgrconsole.db") for name in after) and any("-wal" in n for n in while_running)
    assert any(name.endswith("secrets.vault") for name in after), "the secrets were in the console's file"
    found = leaks(secrets, while_running | after)
    assert not found, "secrets found:\n" + "\n".join(found)


# -- the window ---------------------------------------------------------------------------------
def readable_texts(root: QWidget, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """All a person can read on ``root``: labels, buttons, tooltips, titles, table cells and headers,
    what the tiles paint, and what fields and text boxes hold (a password field's too)."""
    texts = widget_texts(root) + painted_texts(monkeypatch, root)
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QTableView):
            texts += model_texts(widget)  # type: ignore[arg-type]  # lists and trees: the same model API
    return texts


def test_no_secret_is_on_the_screens_of_the_console(
    qtbot,
    qapp,
    tmp_path: Path,
    camera: RtspServer,
    sshd: SshServer,
    cgr_standin: CgrStandin,
    engine_factory,
    open_window,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    apply_theme(qapp)
    account = sshd.add_account(password=SFTP_PASSWORD)
    sshd.start()
    url = camera.url("/live", "admin")
    engine = engine_factory(
        [CameraConfig("Gate", url, anpr=False), CameraConfig("Yard", url, "exit", anpr=False)],
        None,  # the destinations of [uplink]: the CarGoRuqsat client
        SecretStore(MemoryKeyring(STORED)),
        # after the refused login the next try is far away: the screens hold still while they are read
        sftp=sftp_config(sshd, account, retry_initial_s=60, retry_max_s=60, connect_timeout_s=3),
        uplink=UplinkConfig(
            cgr=CgrSettings(enabled=True, base_url=cgr_standin.url, timeout_s=5), retry_initial_s=0.2
        ),
        live=LiveConfig(bind="127.0.0.1", port=0, auth="token"),
    )
    window = open_window(engine, 1280, 800)
    grid = window.grid
    qtbot.waitUntil(
        lambda: (
            grid.tiles["Gate"].frame_seq > 0
            and grid.tiles["Yard"].status.reason is FailureReason.UNAUTHORIZED
        ),
        timeout=20_000,
    )
    # an archive file for the mistyped SFTP password to fail on
    add_archive_file(
        engine.paths.archive_dir, engine.archive_index, time.time() - 600, pending=True, size=5, camera="Gate"
    )
    assert engine.uploader is not None
    engine.uploader.wake()
    # a confirmed plate to CarGoRuqsat: its tokens expired and the first answer an error, then delivered
    cgr_standin.expire_tokens()
    cgr_standin.inject(Fault(path="CamEvent", status=503, body="busy"))
    event = engine.events.add(detected(camera="Gate", ts=time.time() - 30)).id
    engine.events.confirm(event, "ivanov")
    engine.dispatcher.wake()
    qtbot.waitUntil(lambda: engine.events.get(event).state == SENT, timeout=20_000)
    server = engine.live_server
    assert server is not None
    with httpx.Client(verify=False, timeout=10) as client:  # someone watching, and a stranger guessing
        client.get(server.stream_url("Gate"), params={"token": LIVE_TOKEN})
        assert client.get(server.stream_url("Gate"), params={"token": GUESSED_LIVE_TOKEN}).status_code == 401

    upload = window.upload
    assert upload is not None
    upload.action.trigger()
    refused = problem_text(UploadProblem.LOGIN_REFUSED)
    qtbot.waitUntil(
        lambda: upload.dialog is not None and refused in upload.dialog.advice.text(), timeout=20_000
    )
    window.live.action.trigger()
    live = window.live.dialog
    assert isinstance(live, LiveDialog)
    qtbot.waitUntil(lambda: live.links.rowCount() == 2 and live.watchers.rowCount() == 1, timeout=10_000)
    window._on_delivery_requested(event)
    delivery = window.delivery_dialogs[event]
    qtbot.waitExposed(delivery)
    assert upload.dialog is not None and refused in upload.dialog.advice.text(), "the error still shows"

    # what each screen shows: its texts are what the grab paints (read as text; no OCR of the PNG)
    screens = {"main window": window, "upload": upload.dialog, "live stream": live, "delivery": delivery}
    shown = {}
    for name, widget in screens.items():
        shown[name] = "\n".join(readable_texts(widget, monkeypatch)).encode()
        save(widget, f"secrets_{name.replace(' ', '_')}.png", tmp_path)
    assert "Yard" in shown["main window"].decode() and "?token=" in shown["live stream"].decode()
    assert len(cgr_standin.state.issued_tokens()) >= 2, "a fresh token after the expired one"
    found = leaks([*KNOWN, *cgr_standin.state.issued_tokens()], shown)
    assert not found, "secrets on screen:\n" + "\n".join(found)

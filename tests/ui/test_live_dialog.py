"""The console's view of the live stream: addresses to copy, the certificate, who is watching, the
status bar's line. The watchers come from the real access control serving real requests."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote
from zoneinfo import ZoneInfo

import httpx
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from support.asgi_server import AsgiServer
from support.live_site import CAMERAS, live, stand_in_app

from cgrconsole.core.live.access import access_middleware
from cgrconsole.core.live.clients import AccessMonitor, ClientSession
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.live.view import LiveView, StreamLink, live_view
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.storage.audit import AuditLog
from cgrconsole.core.storage.database import Database
from cgrconsole.ui.event_text import local_time_text
from cgrconsole.ui.live_dialog import LiveDialog, LiveStatus, masked
from cgrconsole.ui.theme import apply_theme

ZONE = ZoneInfo("Asia/Almaty")
TOKEN = "ui-token-0123456789abcdef"
FINGERPRINT = ":".join(["3A", "9F", "00", "C1"] * 8)


class FakeServer:
    """What the view reads of the colleague's LiveServer (base_url, fingerprint, stream_url)."""

    def __init__(self, base_url: str, fingerprint: str | None = FINGERPRINT) -> None:
        self.base_url = base_url
        self.certificate_fingerprint = fingerprint

    def stream_url(self, camera: str) -> str:
        return f"{self.base_url}/live/{quote(camera, safe='')}/index.m3u8"


def serving(clients: tuple[ClientSession, ...] = (), **fields) -> LiveView:
    base = "https://10.8.0.1:8443"
    links = tuple(
        StreamLink(c, f"{base}/live/{c}/index.m3u8?token={TOKEN}", "live")
        for c in ("Entry1", "Exit1", "Gate3")
    )
    values = {
        "base_url": base,
        "fingerprint": FINGERPRINT,
        "auth": "token",
        "allow": ("10.8.0.0/24", "127.0.0.1/32"),
        "links": links,
        "clients": clients,
    }
    return LiveView("serving", **{**values, **fields})


def watchers(now: float) -> tuple[ClientSession, ...]:
    return (
        ClientSession(
            "10.8.0.7", now - 1800, now - 0.2, 9120, 734_000_000, ("Entry1", "Exit1"), "token", "Chrome"
        ),
        ClientSession("10.8.0.12", now - 95, now - 1.0, 310, 21_400_000, ("Gate3",), "token", "VLC/3.0.18"),
    )


def test_each_address_is_copied_whole_while_the_screen_hides_the_token(qtbot) -> None:
    dialog = LiveDialog(ZONE)
    qtbot.addWidget(dialog)
    dialog.show_view(serving())
    assert dialog.links.rowCount() == 3
    assert dialog.links.item(0, 1).text() == "https://10.8.0.1:8443/live/Entry1/index.m3u8?token=•••"
    assert TOKEN not in "".join(dialog.links.item(r, 1).text() for r in range(3))
    dialog.findChild(QPushButton, "copy_Exit1").click()
    assert QGuiApplication.clipboard().text() == f"https://10.8.0.1:8443/live/Exit1/index.m3u8?token={TOKEN}"
    assert "Exit1" in dialog.copied.text()
    dialog.copy_all.click()
    assert QGuiApplication.clipboard().text().splitlines() == [
        f"{c}: https://10.8.0.1:8443/live/{c}/index.m3u8?token={TOKEN}" for c in ("Entry1", "Exit1", "Gate3")
    ]
    dialog.copy_fingerprint.click()
    assert QGuiApplication.clipboard().text() == f"SHA-256 {FINGERPRINT}"
    assert "token" in dialog.access.text() and "10.8.0.0/24" in dialog.allowed.text()


def test_who_is_watching_with_cameras_and_since_when(qtbot) -> None:
    dialog = LiveDialog(ZONE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_view(serving())
    assert dialog.nobody.isVisible() and not dialog.watchers.isVisible()
    now = time.time()
    dialog.show_view(serving(watchers(now)))
    assert not dialog.nobody.isVisible() and dialog.watchers.rowCount() == 2
    row = [dialog.watchers.item(0, c).text() for c in range(6)]
    assert row[:2] == ["10.8.0.7", "Entry1, Exit1"] and row[4:] == ["9120", "734.0 MB"], "English here"
    assert row[2] == local_time_text(now - 1800, ZONE, now), "the site's time"


@pytest.mark.parametrize(
    ("view", "words"),
    [
        (LiveView("off"), "switched off"),
        (LiveView("not_running"), "not running"),
        (serving(base_url="http://10.8.0.1:8080", fingerprint=None, auth="none"), "plain HTTP"),
    ],
)
def test_the_state_says_what_is_wrong(qtbot, view: LiveView, words: str) -> None:
    dialog = LiveDialog(ZONE)
    qtbot.addWidget(dialog)
    dialog.show_view(view)
    assert words in dialog.state.text()
    assert not dialog.copy_fingerprint.isEnabled() or view.fingerprint


def test_the_status_bar_counts_the_real_watchers_of_a_real_server(qtbot, tmp_path: Path) -> None:
    database = Database(tmp_path / "audit.db")
    database.open()
    settings = LiveConfig(allow=("127.0.0.1",), auth="token")
    store = SecretStore(MemoryKeyring({"live/token": TOKEN}))
    middleware, monitor = access_middleware(settings, store, AuditLog(database))
    server = AsgiServer(stand_in_app(threading.Event(), middleware)).start()
    streams = {camera: live() for camera in CAMERAS}
    parent = _window(qtbot)
    status = LiveStatus(lambda: live_view(settings, FakeServer(server.url), streams, monitor), ZONE, parent)
    try:
        status.start()
        qtbot.waitUntil(lambda: status.label.isVisible(), timeout=5000)
        assert status.label.text() == "Live stream: 0 watching"
        assert status.label.toolTip().startswith(server.url), "the address, to read out on the phone"
        answer = httpx.get(f"{server.url}/live/Entry1/index.m3u8", params={"token": TOKEN}, timeout=10)
        assert answer.status_code == 200
        # the monitor sums a request when the app has finished it, just after the client got the answer
        qtbot.waitUntil(lambda: any("Entry1" in c.cameras for c in monitor.clients()), timeout=5000)
        status.poll()
        qtbot.waitUntil(lambda: status.label.text() == "Live stream: 1 watching", timeout=5000)
        assert "127.0.0.1 watches Entry1 since" in status.label.toolTip()
        status.open_dialog()
        qtbot.waitUntil(lambda: status.dialog.watchers.rowCount() == 1, timeout=5000)
        copied = status.view.links[0].url
        assert copied == f"{server.url}/live/Entry1/index.m3u8?token={TOKEN}", "the copy lets them in"
        assert httpx.get(copied, timeout=10).status_code == 200
    finally:
        status.stop()
        server.stop()
        database.close()


def test_no_live_stream_in_the_engine_shows_nothing(qtbot) -> None:
    parent = _window(qtbot)
    status = LiveStatus(lambda: None, ZONE, parent)
    status.start()
    qtbot.wait(100)
    assert not status.label.isVisible() and not status.action.isVisible()
    status.stop()


def test_a_server_that_is_not_running_is_red_in_the_status_bar(qtbot) -> None:
    parent = _window(qtbot)
    status = LiveStatus(lambda: LiveView("not_running"), ZONE, parent)
    status.start()
    qtbot.waitUntil(lambda: status.label.isVisible(), timeout=5000)
    assert "not running" in status.label.text() and "color" in status.label.styleSheet()
    status.stop()


def test_the_view_of_a_monitor_lists_the_sessions() -> None:
    class Audit:
        def record(self, *args, **kw) -> None:
            pass

    monitor = AccessMonitor(Audit(), time.time, link_query=lambda: f"token={TOKEN}")
    monitor.admit("10.8.0.7", "hls.js", "token")
    monitor.finish("10.8.0.7", 200, 1000, "Exit1")
    view = live_view(LiveConfig(auth="token"), FakeServer("https://h:8443"), {"Exit1": live()}, monitor)
    assert view.links == (StreamLink("Exit1", f"https://h:8443/live/Exit1/index.m3u8?token={TOKEN}", "live"),)
    assert [c.address for c in view.clients] == ["10.8.0.7"]
    assert live_view(LiveConfig(enabled=False), None, {}, None).state == "off"
    assert masked("https://h/live/a/index.m3u8?token=abc&x=1") == "https://h/live/a/index.m3u8?token=•••&x=1"


def _window(qtbot):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_screenshot_live_dialog_in_russian(qtbot, qapp, language, tmp_path: Path) -> None:
    from test_screenshots import save

    apply_theme(qapp)
    dialog = LiveDialog(ZONE)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    dialog.show_view(serving(watchers(time.time())))
    dialog.findChild(QPushButton, "copy_Entry1").click()
    qtbot.wait(100)
    path = save(dialog, "live_dialog_ru.png", tmp_path)
    assert path.stat().st_size > 20_000
    assert "Трансляция" in dialog.windowTitle()


def test_the_main_window_shows_the_live_stream_in_its_status_bar_and_menu_screenshot(
    qtbot, qapp, language, engine_factory, open_window, tmp_path: Path
) -> None:
    from test_screenshots import save

    apply_theme(qapp)
    engine = engine_factory([])
    monitor = AccessMonitor(AuditLog(engine.database), time.time)
    # in place of the engine's live service (engine.live_* read through engine.live): no real server
    engine.live = SimpleNamespace(
        server=FakeServer("https://10.8.0.1:8443"),
        streams={"Entry1": live(), "Exit1": live()},
        packagers={},
        access=monitor,
        start=lambda: None,
        stop=lambda timeout: None,
    )
    for address in ("10.8.0.7", "10.8.0.12"):
        monitor.admit(address, "hls.js", "")
        monitor.finish(address, 200, 5000, "Entry1")
    window = open_window(engine, 1280, 800)
    qtbot.waitUntil(lambda: window.live.label.isVisible(), timeout=5000)
    assert window.live.label.text() == "Трансляция: 2 зрителя"
    assert window.live.label.toolTip().startswith("https://10.8.0.1:8443")
    assert window.live.action.isVisible()
    window.live.action.trigger()
    qtbot.waitUntil(lambda: window.live.dialog is not None and window.live.dialog.isVisible(), timeout=5000)
    assert window.live.dialog.links.rowCount() == 2
    save(window.statusBar(), "live_status_bar_ru.png", tmp_path)
    window.close()
    assert window.live.dialog is None or not window.live.dialog.isVisible()


CAMERA_WORDS = {"Entry", "Exit", "Gate"}  # the cameras' names are data, not text to translate


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_the_live_stream_screens_have_no_english_word(qtbot, language: str) -> None:
    from test_translation_coverage import english_in, widget_texts

    dialog = LiveDialog(ZONE)
    qtbot.addWidget(dialog)
    dialog.show()
    parent = _window(qtbot)
    now = time.time()
    views = [
        serving(watchers(now)),
        serving(auth="basic", basic_user="iuc"),
        serving(base_url="http://10.8.0.1:8080", fingerprint=None, auth="none"),
        LiveView("not_running"),
        LiveView("off"),
    ]
    for view in views:
        dialog.show_view(view)
        dialog.copy_all.click()
        status = LiveStatus(lambda v=view: v, ZONE, parent)
        status._on_view(view)
        texts = [*widget_texts(dialog), status.label.text(), status.label.toolTip(), status.action.text()]
        found = {t: w for t, w in english_in(texts, language).items() if set(w) - CAMERA_WORDS}
        assert found == {}, view.state
        status.stop()

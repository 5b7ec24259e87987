"""The status page, the test player and its vendored hls.js, served through the access control by a
real hypercorn from the resources folder the console ships."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from starlette.applications import Starlette
from support.asgi_server import AsgiServer, raw_request
from support.clock import FakeClock
from support.live_site import Stream

from cgrconsole.core.live.access import access_middleware
from cgrconsole.core.live.pages import pages_routes, recommended_hls_settings
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.storage.audit import AuditLog
from cgrconsole.core.storage.database import Database
from cgrconsole.resources import resource_dir

PLAYER = resource_dir() / "player"
HLS_JS_SHA256 = "cfc70cc9e9fc63d071919e087670abc760c8fd1bc889b88588026e4d22193bbe"  # hls.js@1.7.4
TOKEN = "page-token-0123456789abcdef"


STREAMS = {
    "Entry1": Stream(SimpleNamespace(state="live", codec="avc1.64001f", width=1280, height=720, fps=25.0)),
    "Въезд <2>": Stream(None),
}


@pytest.fixture
def pages(tmp_path: Path):
    database = Database(tmp_path / "audit.db")
    database.open()
    settings = LiveConfig(allow=("127.0.0.1",), auth="token")
    store = SecretStore(MemoryKeyring({"live/token": TOKEN}))
    middleware, _monitor = access_middleware(settings, store, AuditLog(database), FakeClock())
    app = Starlette(routes=pages_routes(STREAMS, settings, PLAYER, title="Post 7"), middleware=[middleware])
    server = AsgiServer(app).start()
    yield server
    server.stop()
    database.close()


def get(server: AsgiServer, path: str, **params: str) -> httpx.Response:
    return httpx.get(f"{server.url}{path}", params={"token": TOKEN, **params}, timeout=10)


def test_the_status_page_lists_cameras_with_links_that_carry_the_token(pages) -> None:
    page = get(pages, "/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    text = page.text
    assert "Post 7: live cameras" in text
    assert f'href="/live/Entry1/index.m3u8?token={TOKEN}"' in text
    assert "live (1280×720, avc1.64001f, 25 fps)" in text
    assert "/live/%D0%92%D1%8A%D0%B5%D0%B7%D0%B4%20%3C2%3E/index.m3u8" in text, "the name is URL-quoted"
    assert "Въезд &lt;2&gt;" in text and "<2>" not in text, "and HTML-escaped"
    assert f'href="/player?cameras=Entry1&amp;token={TOKEN}"' in text
    assert page.headers["referrer-policy"] == "no-referrer", "the token never leaves in a Referer"
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert httpx.get(f"{pages.url}/", timeout=10).status_code == 401, "behind the auth like the rest"


def test_the_player_page_loads_the_vendored_hls_js_and_its_own_script(pages) -> None:
    page = get(pages, "/player", cameras="Entry1")
    assert page.status_code == 200
    for asset in ("/player/hls.min.js", "/player/timecode.js", "/player/player.js", "/player/player.css"):
        assert f'src="{asset}?token={TOKEN}"' in page.text or f'href="{asset}?token={TOKEN}"' in page.text
    assert "__QUERY__" not in page.text
    hls = get(pages, "/player/hls.min.js")
    assert hashlib.sha256(hls.content).hexdigest() == HLS_JS_SHA256, "hls.js 1.7.4 as npm ships it"
    assert hls.headers["content-type"].startswith("text/javascript")
    licence = get(pages, "/player/LICENSE.hls.js.txt")
    assert "Apache License, Version 2.0" in licence.text and "Dailymotion" in licence.text
    assert not re.search(r'(src|href)="(?!/|data:,")', page.text), "every asset from the console itself"
    for script in ("player.js", "timecode.js"):
        assert not re.search(r"https?://", (PLAYER / script).read_text()), "no CDN, no other origin"
    reader = get(pages, "/player/timecode.js")
    assert reader.status_code == 200 and "window.cgrTimecode" in reader.text
    assert reader.headers["content-type"].startswith("text/javascript")
    assert page.text.index("/player/timecode.js") < page.text.index("/player/player.js"), "loaded first"


def test_only_the_players_own_files_are_served(pages) -> None:
    assert get(pages, "/player/README.md").status_code == 404, "in the folder, not in the list"
    assert get(pages, "/player/player.html").status_code == 404
    status, _headers, _body = raw_request(pages.port, f"/player/..%2f..%2fpyproject.toml?token={TOKEN}")
    assert status == 400


def test_the_recommended_hls_js_settings_are_legal_and_follow_the_part_target(pages) -> None:
    served = get(pages, "/player/settings.json").json()
    hls = served["hls"]
    assert hls["lowLatencyMode"] is True
    assert hls["liveSyncDuration"] == pytest.approx(0.6), "PART-HOLD-BACK = 3 × 0.2 s"
    # hls.js throws "Illegal hls.js config" when the Count and Duration forms mix, or max <= sync
    assert not {"liveSyncDurationCount", "liveMaxLatencyDurationCount"} & set(hls)
    assert hls["liveMaxLatencyDuration"] > hls["liveSyncDuration"]
    assert hls["liveSyncOnStallIncrease"] < 1
    player = served["player"]  # hls.js's catch-up is off (it needs > 1 s buffered): the page's own
    assert hls["maxLiveSyncPlaybackRate"] == 1 and player["catchUpRate"] > 1
    assert player["catchUpMinBufferS"] == pytest.approx(0.2) and player["jumpBehindS"] >= 1
    assert served["player"]["seekToLiveOnPlay"] and served["player"]["retryAfterFatalMs"] > 0
    slow = {"Gate": Stream(SimpleNamespace(part_target=0.24)), "Off": Stream(None)}
    assert recommended_hls_settings(LiveConfig(), slow)["hls"]["liveSyncDuration"] == pytest.approx(0.72)
    cameras = get(pages, "/player/cameras.json").json()
    assert cameras == [
        {"camera": "Entry1", "playlist": "/live/Entry1/index.m3u8", "state": "live"},
        {
            "camera": "Въезд <2>",
            "playlist": "/live/%D0%92%D1%8A%D0%B5%D0%B7%D0%B4%20%3C2%3E/index.m3u8",
            "state": "waiting",
        },
    ]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
@pytest.mark.parametrize("script", ["player.js", "timecode.js"])
def test_the_players_scripts_are_valid_javascript(script: str) -> None:
    run = subprocess.run(["node", "--check", str(PLAYER / script)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr

"""The admin's camera change: written back to the TOML file with its comments, the password in the
keyring (not the file), and the new camera live in the running engine without a restart."""

from __future__ import annotations

import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from cgrconsole.config import ConfigError, read_config
from cgrconsole.config_edit import ConfigEditor, changed_sections, url_with_user
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.camera.status import CameraState
from cgrconsole.core.secret_backends import open_backend
from cgrconsole.core.secrets import SecretStore
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths
from tests.support.rtsp import RtspServer

CONFIG = """\
# the site's configuration, kept by the integrator
[site]
name = "Nur Zholy"   # shown in the title bar
timezone = "Asia/Almaty"

[[cameras]]
name = "Entry1"   # the gate's camera
url = "synthetic://Entry1?seed=1&fps=10"
anpr = false      # no recognition here

[archive]
retention_days = 60   # the contract's minimum
"""


def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


@pytest.fixture
def secrets(tmp_path: Path) -> SecretStore:
    """The console's own encrypted file, as on a Linux PC without an OS keyring."""
    vault, key = tmp_path / "secrets.vault", tmp_path / "secrets.key"
    return SecretStore(choose=lambda: open_backend("linux", vault, key, available=lambda _kind: False))


def test_a_camera_added_is_written_with_comments_kept_and_goes_live(
    tmp_path: Path, secrets: SecretStore, gstreamer: None
) -> None:
    server = RtspServer(auth="operator:s3cret-pass").start()
    try:
        path = tmp_path / "config.toml"
        path.write_text(CONFIG, encoding="utf-8")
        config = read_config(path).config
        data = tmp_path / "data"
        engine = Engine(
            config, AppPaths(data, data / "archive", data / "logs"), secrets, decode=False, destinations=[]
        )
        engine.start()
        try:
            editor = ConfigEditor(path)
            added = CameraConfig("Exit1", url_with_user(server.url(), "operator"), "exit", anpr=False)
            editor.set_cameras([*config.cameras, added])
            saved = editor.save(secrets, {"Exit1": "s3cret-pass"})
            text = path.read_text(encoding="utf-8")
            for comment in (
                "# the site's configuration",
                "# shown in the title bar",
                "# the gate's camera",
                "# no recognition here",
                "# the contract's minimum",
            ):
                assert comment in text
            assert "s3cret-pass" not in text
            cameras = tomllib.loads(text)["cameras"]
            assert [c["name"] for c in cameras] == ["Entry1", "Exit1"]
            assert cameras[1]["url"] == f"rtsp://operator@127.0.0.1:{server.port}/live"
            assert read_config(path).problems == ()
            assert secrets.get("camera/Exit1") == "s3cret-pass"
            assert changed_sections(engine.config, saved) == []
            engine.add_camera(added)
            wait_for(lambda: engine.cameras.status("Exit1").state is CameraState.LIVE)
            recorder = engine.recorders["Exit1"]
            wait_for(lambda: recorder.status.state.value == "recording")
            engine.remove_camera("Exit1")
            assert "Exit1" not in engine.cameras.workers and "Exit1" not in engine.recorders
            finished = list((data / "archive" / "Exit1").rglob("*.mp4"))
            assert finished, "the removed camera's file is finished under its final name"
            assert engine.cameras.status("Entry1").state is CameraState.LIVE
        finally:
            engine.stop()
    finally:
        server.kill()


def test_a_bad_camera_is_refused_with_the_field_named_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    editor = ConfigEditor(path)
    editor.set_cameras(
        [
            CameraConfig("Entry1", "synthetic://Entry1?seed=1&fps=10"),
            CameraConfig("Exit 1", "rtsp://u:pw@192.0.2.1/x"),
        ]
    )
    problems = editor.problems()
    assert any(p.startswith("cameras[2].name:") for p in problems)
    assert any(p.startswith("cameras[2].url:") and "password" in p for p in problems)
    with pytest.raises(ConfigError):
        editor.save()
    assert path.read_text(encoding="utf-8") == CONFIG


def test_reorder_and_remove_keep_each_cameras_comments(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    editor = ConfigEditor(path)
    first = CameraConfig("Lane0", "synthetic://Lane0?seed=2")
    entry = read_config(path).config.cameras[0]
    editor.set_cameras([first, entry])
    old = editor.set_value("site", "name", "Khorgos")
    assert old == "Nur Zholy"
    editor.save()
    text = path.read_text(encoding="utf-8")
    assert [c["name"] for c in tomllib.loads(text)["cameras"]] == ["Lane0", "Entry1"]
    assert "# the gate's camera" in text and "# shown in the title bar" in text
    assert 'name = "Khorgos"' in text
    editor = ConfigEditor(path)
    editor.set_cameras([first])
    editor.save()
    text = path.read_text(encoding="utf-8")
    assert "Entry1" not in text and "# the contract's minimum" in text

"""The command line as an installer and CI use it."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
from support.rtsp import free_port

from cgrconsole import __version__


def run(
    *args: str, timeout: float = 120, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m cgrconsole ARGS`` in a new process (``env``: its whole environment)."""
    return subprocess.run(
        [sys.executable, "-m", "cgrconsole", *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_help_and_version() -> None:
    result = run("--help")
    assert result.returncode == 0
    for option in ("--demo", "--headless", "--duration", "--config", "--data-dir", "--version"):
        assert option in result.stdout
    assert run("--version").stdout.strip() == f"cgrconsole {__version__}"


def test_headless_demo_runs_four_live_cameras_and_exits_0(tmp_path: Path) -> None:
    result = run("--demo", "--headless", "--duration", "8", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr[-3000:]
    last = {}
    links = {}
    for line in result.stdout.splitlines():
        if line.startswith("live: "):  # one link per camera at start
            _, camera, url = line.split(" ", 2)
            links[camera] = url
            continue
        name, _, rest = line.partition(" ")
        last[name] = rest.strip()
    assert set(last) == {"Entry1", "Exit1", "Entry2", "Yard"}
    assert set(links) == set(last), result.stdout
    assert all(re.fullmatch(rf"https://127\.0\.0\.1:\d+/live/{c}/index\.m3u8", u) for c, u in links.items())
    log_text = (tmp_path / "logs" / "cgrconsole.log").read_text(encoding="utf-8")
    assert all(f"live: {c} {u}" in log_text for c, u in links.items())
    for name, status in last.items():
        assert status.startswith("live, h264 1280x720"), f"{name}: {status}"
        assert int(re.search(r"frames=(\d+)", status).group(1)) > 50
    assert (tmp_path / "logs" / "cgrconsole.log").exists()
    with sqlite3.connect(tmp_path / "cgrconsole.db") as db:
        sessions = db.execute(
            "SELECT subject FROM audit_log WHERE kind='camera_session' "
            "AND json_extract(detail, '$.state') = 'live'"
        ).fetchall()
        app_events = db.execute(
            "SELECT json_extract(detail, '$.event') FROM audit_log WHERE kind='app' ORDER BY id"
        ).fetchall()
    assert sorted(s for (s,) in sessions) == ["Entry1", "Entry2", "Exit1", "Yard"]
    assert app_events == [("start",), ("stop",)]


def test_bad_config_exits_2_naming_the_key(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[[cameras]]\nname = "A"\nurl = "rtsp://h/x"\nenabled = "yes"\n', encoding="utf-8")
    for args in (("--config", str(config), "--headless"), ("config-check", str(config))):
        result = run(*args)
        assert result.returncode == 2
        assert "cameras[1].enabled: expected true or false" in result.stderr
    missing = run("--config", str(tmp_path / "nope.toml"), "--headless", "--duration", "1")
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert run("--demo", "--headless", "--duration", "0").returncode == 2


def test_standin_commands_serve_the_protocols_on_loopback() -> None:
    port = free_port()
    for which in ("cgr", "drvn"):
        command = [sys.executable, "-m", "cgrconsole", "standin", which, "--port", str(port)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert process.stdout is not None
            assert str(port) in process.stdout.readline()  # it says where it listens
            path = "/Checkpoint/TruckNumbers" if which == "cgr" else "/api/v1/images/1001"
            answer = httpx.get(f"http://127.0.0.1:{port}{path}", timeout=5)
            assert answer.status_code in (401, 405), answer.text  # strict: no token, no data
        finally:
            process.terminate()
            process.wait(10)


def test_cli_engine_choices_are_the_recognizers_engines() -> None:
    from cgrconsole.cli import DEFAULT_ENGINE, ENGINES
    from cgrconsole.core.anpr import ocr
    from cgrconsole.core.anpr.settings import AnprConfig

    assert ENGINES == ocr.ENGINES
    assert DEFAULT_ENGINE == ocr.DEFAULT_ENGINE == AnprConfig().engine


def test_config_check_reports_structure_and_meaning_at_once(tmp_path: Path) -> None:
    config = tmp_path / "site.toml"
    config.write_text(
        '[site]\ntimezone = "Mars/Olympus"\n[archive]\nretention_days = "sixty"\n'
        '[[cameras]]\nname = "Lane9"\nurl = "synthetic://Lane9?seed=abc"\n'
        '[[cameras]]\nname = "Lane2"\nurl = "htp:/garbage"\ndirection = "sideways"\n',
        encoding="utf-8",
    )
    result = run("config-check", str(config))
    assert result.returncode == 2
    found = [line.strip("- ").strip() for line in result.stderr.splitlines() if line.startswith("  - ")]
    assert len(found) == 5, result.stderr  # one round: the type errors and the meaning together
    assert any(p.startswith("archive.retention_days: expected a whole number") for p in found)
    assert any(p.startswith("cameras[2].direction: must be one of") for p in found)
    assert any(p.startswith("site.timezone: unknown time zone") for p in found)
    assert "cameras[1].url: synthetic option seed='abc' must be a whole number" in found
    assert "cameras[2].url: unknown scheme 'htp'" in result.stderr


def test_config_check_warns_about_a_file_without_cameras(tmp_path: Path) -> None:
    config = tmp_path / "empty.toml"
    config.write_text("", encoding="utf-8")
    result = run("config-check", str(config))
    assert result.returncode == 0
    assert "warning: no cameras are configured" in result.stderr


def test_config_check_loads_nothing_it_does_not_use(tmp_path: Path) -> None:
    """The README's full example (every uplink on) is checked without HTTP, SSH, video or Qt libraries."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    config = tmp_path / "site.toml"
    config.write_text(readme.split("```toml\n", 1)[1].split("```", 1)[0], encoding="utf-8")
    code = (
        "import sys; from cgrconsole.cli import main; code = main(['config-check', sys.argv[1]]); "
        "heavy = ('httpx', 'paramiko', 'av', 'PySide6', 'cv2', 'onnxruntime', 'numpy', 'hypercorn'); "
        "print(sorted(m for m in heavy if m in sys.modules)); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(config)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout

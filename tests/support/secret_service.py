"""A real Secret Service for the tests: GNOME Keyring on a private session D-Bus, unlocked (a desktop PC).

``private_secret_service`` (the fixture ``secret_service`` in tests/conftest.py) yields the environment a
child process (the real command line) needs to reach that keyring, with HOME and the XDG folders in the
test's temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from support.waiting import wait_until


@contextmanager
def private_secret_service(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private session D-Bus with GNOME Keyring's Secret Service, unlocked: a desktop Linux PC."""
    missing = [tool for tool in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (make test installs dbus-daemon and gnome-keyring)")
    home = tmp_path / "home"
    home.mkdir()
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    keyring_daemon = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        assert address.startswith("unix:"), f"dbus-daemon gave no address ({address!r})"
        env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
        env |= {
            "DBUS_SESSION_BUS_ADDRESS": address,
            "HOME": str(home),
            "XDG_DATA_HOME": str(tmp_path / "share"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_RUNTIME_DIR": str(home),
            "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        }
        keyring_daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert keyring_daemon.stdin is not None
        keyring_daemon.stdin.write(b"login-password")  # the login keyring's password, as PAM would pass it
        keyring_daemon.stdin.close()
        wait_until(lambda: stored_secret(env, "none")[0] == "secret_service", 30, 0.5)
        yield env
    finally:
        for process in (keyring_daemon, bus):
            if process is not None:
                process.kill()
                process.wait(10)


def stored_secret(env: dict[str, str], key: str) -> list[str]:
    """[the store's kind, SHA-256 of the value ("" if none)] as a new console process reads them."""
    code = (
        "import hashlib, json; from cgrconsole.paths import secret_store; s = secret_store(); "
        f"v = s.get({key!r}) or ''; "
        "print(json.dumps([s.backend.kind, hashlib.sha256(v.encode()).hexdigest()]))"
    )
    read = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert read.returncode == 0, read.stderr
    return list(json.loads(read.stdout))

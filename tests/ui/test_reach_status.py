"""The status bar shows whether each uplink's server is reachable through the VPN, on a real engine
checking a real OpenSSH server and a CarGoRuqsat address where nothing listens: green, red with the
failing step and since when, and red again once sshd is killed. Screenshots in English and Russian."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.rtsp import free_port
from support.sshd import SshServer, sftp_config

from cgrconsole.config import UplinkConfig
from cgrconsole.core.reachability.probe import Failure, Step
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.ui.event_text import GREEN, RED
from cgrconsole.ui.reach_status import failure_text
from cgrconsole.ui.theme import apply_theme

NAMES = {"CarGoRuqsat", "SFTP", "TCP", "DNS", "TLS", "SSH"}  # names and steps stay as they are


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
def test_each_uplink_server_is_green_or_red_with_the_failing_step_screenshot(
    qtbot, qapp, language: str, sshd: SshServer, engine_factory, open_window, tmp_path: Path
) -> None:
    from test_screenshots import save
    from test_translation_coverage import english_in

    apply_theme(qapp)
    account = sshd.add_account()
    sshd.start()
    closed = free_port()
    sftp = sftp_config(sshd, account)
    uplink = UplinkConfig(cgr=CgrSettings(enabled=True, base_url=f"https://127.0.0.1:{closed}"))
    secrets = SecretStore(MemoryKeyring({"sftp/password": account.password}))
    engine = engine_factory([], [], secrets=secrets, sftp=sftp, uplink=uplink)
    window = open_window(engine, 1280, 800)
    cgr, ssh = window.reach.labels["cgr"], window.reach.labels["sftp"]
    assert window.reach.isVisible() and "CarGoRuqsat" in cgr.text() and "SFTP" in ssh.text()
    qtbot.waitUntil(lambda: GREEN in ssh.text() and RED in cgr.text(), timeout=15_000)
    refused = failure_text(Step.TCP, Failure.REFUSED, f"127.0.0.1:{closed}")
    assert refused in cgr.toolTip() and f"127.0.0.1:{closed}" in cgr.toolTip()
    assert "SSH" in ssh.toolTip()
    save(window.statusBar(), f"reach_status_bar{'' if language == 'en' else '_' + language}.png", tmp_path)

    sshd.kill()
    engine.reachability.check_now()
    qtbot.waitUntil(lambda: RED in ssh.text(), timeout=15_000)
    assert failure_text(Step.TCP, Failure.REFUSED, f"127.0.0.1:{sshd.port}") in ssh.toolTip()
    state = engine.reachability.states()[1]
    assert state.endpoint.name == "sftp" and state.failed_step is Step.TCP and state.since is not None
    if language != "en":
        texts = [cgr.toolTip(), ssh.toolTip()]
        found = {t: w for t, w in english_in(texts, language).items() if set(w) - NAMES}
        assert found == {}

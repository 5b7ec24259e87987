"""A player that knows nothing of low latency: ffmpeg reads the live stream over HTTPS for 10 s.

ffmpeg 5.1 ignores EXT-X-PART/PRELOAD-HINT and polls the playlist without ``_HLS_*`` directives, so
this is the "answered at once" path, the segments, the init (EXT-X-MAP) and the token in every URI.
The certificate is verified (``-tls_verify 1 -ca_file``) the way a remote party would trust it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from support.live_stream import LiveFeed
from support.parts import missing_part

from cgrconsole.core.live.access import access_middleware
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.database import Database

TOKEN = "k3y-of-the-remote-party-0123456789"


@pytest.mark.slow
def test_ffmpeg_reads_ten_seconds(serve_streams, tmp_path: Path) -> None:
    if shutil.which("ffmpeg") is None:
        missing_part("ffmpeg is not installed (apt-get install ffmpeg)")
    feed = LiveFeed("Entry1", frames=25 * 40)  # 40 s of camera: ffmpeg starts a few segments back
    feed.publish(12)
    feed.run()  # the packager's own thread, fed in real time from here on
    try:
        database = Database(tmp_path / "audit.db")
        database.open()
        audit = AuditLog(database, time.time)
        settings = LiveConfig(allow=("127.0.0.1/32",), auth="token")
        keyring = SecretStore(MemoryKeyring({"live/token": TOKEN}))
        middleware, monitor = access_middleware(settings, keyring, audit)
        server = serve_streams({"Entry1": feed.stream}, middleware=[middleware], auth="token")
        command = ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "warning", "-stats"]
        command += ["-ca_file", str(server.certificate.cert_file), "-tls_verify", "1"]
        command += ["-i", server.stream_url("Entry1") + f"?token={TOKEN}", "-t", "10", "-f", "null", "-"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    finally:
        feed.stop()
    monitor.drain()
    refused = [e for e in audit.entries(AuditKind.HLS_CLIENT) if e.detail.get("event") == "refused"]
    database.close()
    assert done.returncode == 0, done.stderr[-2000:]
    assert not refused, refused  # the token reached every playlist, init and segment request
    assert re.search(r"frame=\s*250 .*time=00:00:10\.00", done.stderr), done.stderr[-2000:]
    problems = [line for line in done.stderr.splitlines() if re.search(r"error|fail|invalid", line, re.I)]
    assert not problems, problems

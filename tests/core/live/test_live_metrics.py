"""/metrics of a running console (real engine, synthetic camera, real recorder and outbox), scraped
over a real hypercorn through the access control and parsed by Prometheus' own text parser."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from starlette.applications import Starlette
from support.asgi_server import AsgiServer
from support.clock import FakeClock
from support.events import detected
from support.live_site import Stream
from support.waiting import wait_until

from cgrconsole import __version__
from cgrconsole.config import CameraConfig, Config, IngestConfig
from cgrconsole.core.live.access import access_middleware
from cgrconsole.core.live.metrics import MetricFamily, console_collector, metrics_route, render
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.outbox import enqueue
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths

# One line of the 0.0.4 text format: a comment, or name{labels} value.
SAMPLE = re.compile(
    r'[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\[\\"n])*",?)*\})? '
    r"(-?[0-9.e+-]+|NaN|[+-]Inf)"
)
COMMENT = re.compile(r"# (HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (gauge|counter))")


def scrape(url: str, source: str = "127.0.0.1") -> httpx.Response:
    with httpx.Client(transport=httpx.HTTPTransport(local_address=source), timeout=10) as client:
        return client.get(f"{url}/metrics")


def samples(text: str) -> dict[tuple[str, frozenset], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return found


@pytest.mark.slow
def test_metrics_of_a_running_console(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "data" / "archive", tmp_path / "data" / "logs")
    camera = CameraConfig("Entry1", "synthetic://Entry1?seed=1&fps=10")
    engine = Engine(
        Config(cameras=(camera,), ingest=IngestConfig(open_timeout_s=5)),
        paths,
        SecretStore(MemoryKeyring()),
        decode=False,
        destinations=[],
    )
    engine.start()
    server = None
    try:
        ids = [engine.events.add(detected(f"12{n}ABC01", camera="Entry1")).id for n in range(3)]
        with engine.database.transaction() as db:
            for n, event_id in enumerate(ids):
                enqueue(db, event_id, 1.0, ["cgr"] if n else ["cgr", "drvn"], 1.0)
        middleware, monitor = access_middleware(
            LiveConfig(allow=("127.0.0.1",)), SecretStore(MemoryKeyring()), engine.audit, FakeClock()
        )
        snapshot = SimpleNamespace(
            state="live", codec="avc1.64001f", bandwidth=1_200_000, fps=25.0, last_msn=41
        )
        streams = {"Entry1": Stream(snapshot), "Exit1": Stream(None)}
        collect = console_collector(
            engine.cameras, engine.recorders, engine.outbox, streams, monitor, version=__version__
        )
        server = AsgiServer(Starlette(routes=[metrics_route(collect)], middleware=[middleware])).start()
        wait_until(lambda: engine.recorders["Entry1"].status.state.value == "recording", 15)
        wait_until(
            lambda: engine.cameras.status("Entry1").fps > 0, 10, message="the camera's rates are known"
        )
        answer = scrape(server.url)
        assert answer.status_code == 200
        assert answer.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8"
        for line in answer.text.splitlines():
            assert COMMENT.fullmatch(line) or SAMPLE.fullmatch(line), f"not the text format: {line!r}"
        got = samples(answer.text)

        def value(name: str, **labels: str) -> float:
            return got[(name, frozenset(labels.items()))]

        assert value("cgrconsole_info", version=__version__) == 1
        assert value("cgrconsole_camera_up", camera="Entry1") == 1
        assert value("cgrconsole_camera_state", camera="Entry1", state="live") == 1
        assert value("cgrconsole_camera_state", camera="Entry1", state="offline") == 0
        assert value("cgrconsole_camera_frames_total", camera="Entry1") == 0, "decode=False: none decoded"
        assert ("cgrconsole_camera_dropped_total", frozenset({("camera", "Entry1")})) in got
        assert value("cgrconsole_recording", camera="Entry1") == 1
        assert value("cgrconsole_outbox_events", destination="cgr", state="pending") == 3
        assert value("cgrconsole_outbox_events", destination="drvn", state="pending") == 1
        assert value("cgrconsole_hls_stream_up", camera="Entry1") == 1
        assert value("cgrconsole_hls_stream_up", camera="Exit1") == 0
        assert value("cgrconsole_hls_stream_bandwidth_bits_per_second", camera="Entry1") == 1_200_000
        assert value("cgrconsole_hls_stream_last_msn", camera="Entry1") == 41
        assert value("cgrconsole_hls_stream_info", camera="Entry1", state="live", codec="avc1.64001f") == 1
        assert value("cgrconsole_hls_clients") == 1, "the scraper itself is watching"
        assert value("cgrconsole_scrape_error", part="outbox") == 0
        assert value("cgrconsole_camera_fps", camera="Entry1") > 0
        assert value("cgrconsole_camera_bitrate_bits_per_second", camera="Entry1") > 0
        assert scrape(server.url, "127.0.0.2").status_code == 403, "allow-listed like the rest"
        second = samples(scrape(server.url).text)
        assert second[("cgrconsole_hls_requests_total", frozenset())] >= 1
        assert second[("cgrconsole_hls_refused_total", frozenset({("reason", "not_allowed")}))] == 1
    finally:
        if server is not None:
            server.stop()
        engine.stop()


def test_metrics_without_live_streams_and_with_a_database_gone(tmp_path: Path) -> None:
    class Gone:
        def counts(self) -> dict:
            raise RuntimeError("Database.open() has not been called")

    collect = console_collector(
        SimpleNamespace(statuses=list),
        {},
        Gone(),
        {},
        None,
        version="x",  # type: ignore[arg-type]
    )
    got = samples(render(collect().values()))
    assert got[("cgrconsole_scrape_error", frozenset({("part", "outbox")}))] == 1
    assert got[("cgrconsole_scrape_error", frozenset({("part", "streams")}))] == 0


def test_labels_are_escaped_so_the_parser_reads_them_back() -> None:
    odd = 'Gate "3"\\north\nside'
    text = render([MetricFamily("cgrconsole_camera_up", "a\\b\nc").add(1, camera=odd)])
    assert samples(text) == {("cgrconsole_camera_up", frozenset({("camera", odd)})): 1.0}
    assert (
        render([MetricFamily("x", "y").add(0.25), MetricFamily("z", "w").add(float("nan"))]).count("\n") == 6
    )

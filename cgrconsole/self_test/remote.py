"""``--check-remote``: whether each enabled camera opens (RTSP DESCRIBE and the stream's first packet
headers, as the console's ingest opens it) and each enabled server answers (DNS, TCP, then TLS or SSH:
``core/reachability/probe.py``). All at once, each within its timeout, so many cameras take no longer
than one."""

from __future__ import annotations

import concurrent.futures
import dataclasses
import time

from cgrconsole.config import Config
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.camera.source import SourceError
from cgrconsole.core.reachability.probe import Endpoint, probe
from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.source_factory import make_source_factory
from cgrconsole.self_test.report import Advice, Check, CheckResult, Fact, Verdict
from cgrconsole.uplinks import reach_endpoints

TIMEOUT_S = 5.0


def check_remote(config: Config, secrets: SecretStore, timeout_s: float = TIMEOUT_S) -> list[CheckResult]:
    """One line per enabled camera, then one per enabled server, in the configuration's order."""
    cameras = [c for c in config.cameras if c.enabled]
    endpoints = reach_endpoints(config)
    ingest = dataclasses.replace(
        config.ingest, open_timeout_s=min(config.ingest.open_timeout_s, timeout_s), read_timeout_s=timeout_s
    )
    open_source = make_source_factory(secrets, ingest)
    with concurrent.futures.ThreadPoolExecutor(max(1, min(16, len(cameras) + len(endpoints)))) as pool:
        camera_lines = [pool.submit(_camera, camera, open_source) for camera in cameras]
        server_lines = [pool.submit(_server, endpoint, timeout_s) for endpoint in endpoints]
        return [f.result() for f in (*camera_lines, *server_lines)]


def _camera(camera: CameraConfig, open_source) -> CheckResult:
    started = time.monotonic()
    try:
        source = open_source(camera)
        source.open()
        try:
            info = source.info
        finally:
            source.close()
    except SourceError as exc:
        detail = f"{exc.reason.value}: {exc.detail}" if exc.detail else exc.reason.value
        return CheckResult(
            Check.CAMERA, Verdict.FAIL, detail, Advice.CAMERA, camera.name, time.monotonic() - started
        )
    except Exception as exc:
        return CheckResult(
            Check.CAMERA,
            Verdict.FAIL,
            f"{type(exc).__name__}: {exc}",
            Advice.CAMERA,
            camera.name,
            time.monotonic() - started,
        )
    seconds = time.monotonic() - started
    opened = {"seconds": f"{seconds:.1f}", "codec": info.codec, "resolution": f"{info.width}x{info.height}"}
    detail = (
        Fact("camera.opened_fps", fps=f"{info.fps:g}", **opened)
        if info.fps
        else Fact("camera.opened", **opened)
    )
    if info.codec not in ("h264", "hevc"):
        return CheckResult(
            Check.CAMERA,
            Verdict.WARN,
            Fact.joined(detail, Fact("camera.not_h264")),
            Advice.CAMERA,
            camera.name,
            seconds,
        )
    return CheckResult(Check.CAMERA, Verdict.OK, detail, subject=camera.name, seconds=seconds)


def _server(endpoint: Endpoint, timeout_s: float) -> CheckResult:
    result = probe(endpoint, timeout_s)
    name = f"{endpoint.name} {endpoint.address}"
    if result.ok:
        steps = ", ".join(step.value.upper() for step in endpoint.steps())
        detail = Fact("uplink.ok", steps=steps, seconds=f"{result.seconds:.1f}", ip=result.ip)
        return CheckResult(Check.UPLINK, Verdict.OK, detail, subject=name, seconds=result.seconds)
    failed = result.failed_step.value.upper() if result.failed_step else "?"
    failure = result.failure.value if result.failure else "failed"
    said = f"{failed}: {failure}: {result.detail}"  # the probe's own words
    return CheckResult(Check.UPLINK, Verdict.FAIL, said, Advice.UPLINK, name, result.seconds)

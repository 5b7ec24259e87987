"""``/metrics`` in the Prometheus text format (version 0.0.4): what an integrator's monitoring scrapes.

Per camera: state, fps, bitrate, frames and drops; recording state; the outbox's rows per destination
and state; the live stream's viewers, requests, refusals and, per camera, what its packager publishes.
``console_collector`` reads the engine's objects at each scrape; a part that cannot be read (the
database closing) is left out and flagged in ``cgrconsole_scrape_error``, the rest is still served.
The route is behind the same access control as the stream (allow-list and auth).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from cgrconsole.core.archive.recorder import RecorderState, RecorderStatus
from cgrconsole.core.camera.status import CameraState, CameraStatus
from cgrconsole.core.live.clients import AccessMonitor

log = logging.getLogger(__name__)

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


@dataclass
class MetricFamily:
    name: str
    help: str
    type: Literal["gauge", "counter"] = "gauge"
    samples: list[tuple[dict[str, str], float]] = field(default_factory=list)

    def add(self, value: float, **labels: str) -> MetricFamily:
        self.samples.append((labels, value))
        return self


def _escape_label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _number(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if float(value).is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))


def render(families: Iterable[MetricFamily]) -> str:
    """The text exposition: HELP and TYPE once per family, then its samples."""
    lines: list[str] = []
    for family in families:
        lines.append(
            f"# HELP {family.name} {family.help.replace(chr(92), chr(92) * 2).replace(chr(10), ' ')}"
        )
        lines.append(f"# TYPE {family.name} {family.type}")
        for labels, value in family.samples:
            text = ",".join(f'{k}="{_escape_label(str(v))}"' for k, v in labels.items())
            lines.append(
                f"{family.name}{{{text}}} {_number(value)}" if text else f"{family.name} {_number(value)}"
            )
    return "\n".join(lines) + "\n"


Collect = Callable[[], Mapping[str, MetricFamily]]


def metrics_route(collect: Collect) -> Route:
    """``GET /metrics``; ``collect`` runs on a worker thread (it may read the database)."""

    async def metrics(request: Request) -> Response:
        families = await run_in_threadpool(collect)
        return Response(
            render(families.values()), media_type=CONTENT_TYPE, headers={"Cache-Control": "no-store"}
        )

    return Route("/metrics", metrics, methods=["GET"], name="metrics")


class CameraStatuses(Protocol):
    def statuses(self) -> list[CameraStatus]: ...


class HasRecorderStatus(Protocol):
    @property
    def status(self) -> RecorderStatus: ...


class OutboxCounts(Protocol):
    def counts(self) -> dict[str, dict[str, int]]: ...


class Snapshots(Protocol):
    def snapshot(self) -> Any: ...


def console_collector(
    cameras: CameraStatuses,
    recorders: Mapping[str, HasRecorderStatus],
    outbox: OutboxCounts | None,
    streams: Mapping[str, Snapshots],
    monitor: AccessMonitor | None,
    *,
    version: str = "",
) -> Collect:
    """The collector of the console's metrics over the engine's objects (read at each scrape)."""

    def collect() -> dict[str, MetricFamily]:
        families: dict[str, MetricFamily] = {}
        info = _family(families, "cgrconsole_info", "The console's version (always 1)")
        info.add(1, version=version)
        errors = _family(
            families, "cgrconsole_scrape_error", "1 when a part of the metrics could not be read"
        )
        parts: list[tuple[str, Callable[[dict[str, MetricFamily]], None]]] = [
            ("cameras", lambda f: _cameras(f, cameras.statuses())),
            ("recorders", lambda f: _recorders(f, recorders)),
            ("streams", lambda f: _streams(f, streams)),
        ]
        if outbox is not None:
            parts.append(("outbox", lambda f: _outbox(f, outbox.counts())))
        if monitor is not None:
            parts.append(("hls_clients", lambda f: _clients(f, monitor)))
        for name, part in parts:
            try:
                part(families)
            except Exception as exc:  # one part failing (the database closing) leaves the others
                log.warning("metrics: the %s could not be read: %s", name, exc)
                errors.add(1, part=name)
            else:
                errors.add(0, part=name)
        return families

    return collect


def _family(
    families: dict[str, MetricFamily], name: str, text: str, kind: Literal["gauge", "counter"] = "gauge"
) -> MetricFamily:
    if name not in families:
        families[name] = MetricFamily(name, text, kind)
    return families[name]


def _cameras(families: dict[str, MetricFamily], statuses: Iterable[CameraStatus]) -> None:
    up = _family(families, "cgrconsole_camera_up", "1 while the camera sends video")
    state = _family(families, "cgrconsole_camera_state", "The camera's state (1 for the current one)")
    since = _family(families, "cgrconsole_camera_state_since_seconds", "When the state began (epoch s)")
    fps = _family(families, "cgrconsole_camera_fps", "Frames per second the camera sends")
    bitrate = _family(families, "cgrconsole_camera_bitrate_bits_per_second", "The camera's video bitrate")
    frames = _family(
        families, "cgrconsole_camera_frames_total", "Frames decoded (tiles, recognition)", "counter"
    )
    dropped = _family(
        families, "cgrconsole_camera_dropped_total", "Packets or frames a busy consumer dropped", "counter"
    )
    frozen = _family(families, "cgrconsole_camera_picture_frozen", "1 while the picture does not change")
    for s in statuses:
        up.add(1 if s.state is CameraState.LIVE else 0, camera=s.camera)
        for each in CameraState:
            state.add(1 if s.state is each else 0, camera=s.camera, state=each.value)
        since.add(s.since, camera=s.camera)
        fps.add(s.fps, camera=s.camera)
        bitrate.add(s.bitrate_bps, camera=s.camera)
        frames.add(s.frames, camera=s.camera)
        dropped.add(s.dropped, camera=s.camera)
        frozen.add(1 if s.same_picture_since is not None else 0, camera=s.camera)


def _recorders(families: dict[str, MetricFamily], recorders: Mapping[str, HasRecorderStatus]) -> None:
    recording = _family(families, "cgrconsole_recording", "1 while the camera's archive file is written")
    state = _family(families, "cgrconsole_recorder_state", "The recorder's state (1 for the current one)")
    for camera, recorder in sorted(recorders.items()):
        status = recorder.status
        recording.add(1 if status.state is RecorderState.RECORDING else 0, camera=camera)
        for each in RecorderState:
            state.add(1 if status.state is each else 0, camera=camera, state=each.value)


def _outbox(families: dict[str, MetricFamily], counts: Mapping[str, Mapping[str, int]]) -> None:
    rows = _family(
        families, "cgrconsole_outbox_events", "Plate events in the outbox per destination and state"
    )
    for destination, states in sorted(counts.items()):
        for state, n in sorted(states.items()):
            rows.add(n, destination=destination, state=state)


def _clients(families: dict[str, MetricFamily], monitor: AccessMonitor) -> None:
    clients = monitor.clients()
    totals = monitor.totals()
    _family(families, "cgrconsole_hls_clients", "Client addresses watching the live stream now").add(
        len(clients)
    )
    per_camera = _family(families, "cgrconsole_hls_camera_clients", "Clients watching each camera now")
    watched: dict[str, int] = {}
    for client in clients:
        for camera in client.cameras:
            watched[camera] = watched.get(camera, 0) + 1
    for camera, n in sorted(watched.items()):
        per_camera.add(n, camera=camera)
    _family(families, "cgrconsole_hls_connections", "Connections carrying a request now").add(
        totals.connections
    )
    _family(families, "cgrconsole_hls_requests_total", "Requests served", "counter").add(totals.requests)
    _family(families, "cgrconsole_hls_sent_bytes_total", "Bytes of responses sent", "counter").add(
        totals.bytes_sent
    )
    refused = _family(families, "cgrconsole_hls_refused_total", "Requests refused, by reason", "counter")
    for reason, n in sorted(totals.refused.items()):
        refused.add(n, reason=reason)


def _streams(families: dict[str, MetricFamily], streams: Mapping[str, Snapshots]) -> None:
    """What each camera's packager publishes (``LiveStream.snapshot()``); read by name, tolerantly."""
    up = _family(families, "cgrconsole_hls_stream_up", "1 while the camera's stream has parts to serve")
    info = _family(families, "cgrconsole_hls_stream_info", "The stream's state and codec (always 1)")
    numbers = {
        "bandwidth": ("cgrconsole_hls_stream_bandwidth_bits_per_second", "The stream's advertised BANDWIDTH"),
        "fps": ("cgrconsole_hls_stream_fps", "Frames per second of the stream"),
        "part_target": ("cgrconsole_hls_stream_part_target_seconds", "PART-TARGET of the stream"),
        "target_duration": ("cgrconsole_hls_stream_target_duration_seconds", "TARGETDURATION of the stream"),
        "last_msn": ("cgrconsole_hls_stream_last_msn", "Media sequence number of the newest segment"),
    }
    for camera, stream in sorted(streams.items()):
        snapshot = stream.snapshot()
        up.add(0 if snapshot is None else 1, camera=camera)
        if snapshot is None:
            continue
        state = getattr(snapshot, "state", "")
        info.add(
            1,
            camera=camera,
            state=str(getattr(state, "value", state)),
            codec=str(getattr(snapshot, "codec", "") or ""),
        )
        for attribute, (name, text) in numbers.items():
            value = getattr(snapshot, attribute, None)
            if isinstance(value, int | float) and not isinstance(value, bool):
                _family(families, name, text).add(float(value), camera=camera)

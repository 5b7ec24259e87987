"""Turns a configured camera into a packet source of the right kind."""

from __future__ import annotations

import time
from collections.abc import Callable

from cgrconsole.core.camera.rtsp import RtspSource
from cgrconsole.core.camera.settings import CameraConfig, IngestConfig
from cgrconsole.core.camera.source import PacketSource, SourceError, SourceOptions
from cgrconsole.core.camera.url import CameraUrlError, parse_camera_url
from cgrconsole.core.secrets import SecretStore


def camera_secret_key(name: str) -> str:
    return f"camera/{name}"


def make_source_factory(
    secrets: SecretStore | None, ingest: IngestConfig, clock: Callable[[], float] = time.time
) -> Callable[[CameraConfig], PacketSource]:
    """A factory the camera workers call for each new session (so a changed password applies)."""

    def open_source(camera: CameraConfig) -> PacketSource:
        try:
            url = parse_camera_url(camera.url)
        except CameraUrlError as exc:
            raise SourceError(exc.reason, exc.detail) from None
        if url.scheme == "synthetic":
            from cgrconsole.core.synthetic.source import SyntheticSource, options_from_url

            # opened and read on the camera worker's own thread: it may yield the CPU to the window
            return SyntheticSource(options_from_url(url, camera.name), clock, background=True)
        key = camera_secret_key(camera.name)
        password: str | None = url.password
        if url.username and not password and secrets is not None:
            password = secrets.get(key)
        options = SourceOptions(camera.transport, ingest.open_timeout_s, ingest.read_timeout_s)
        hint = f"no password stored: cgrconsole secret set {key}" if url.username and not password else ""
        return RtspSource(url, password, options, clock, credential_hint=hint)

    return open_source

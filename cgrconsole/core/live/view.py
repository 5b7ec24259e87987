"""What the console shows of the live stream: its state, the links to hand over, who is watching.

``live_view`` reads the server, the streams and the access monitor once (it may read the keyring for
the token the links carry: call it off the GUI thread) into a plain, immutable ``LiveView``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from cgrconsole.core.live.clients import AccessMonitor, ClientSession
from cgrconsole.core.live.settings import LiveConfig


class PublishingServer(Protocol):
    """What the view needs of ``LiveServer``."""

    @property
    def base_url(self) -> str: ...

    @property
    def certificate_fingerprint(self) -> str | None: ...

    def stream_url(self, camera: str) -> str: ...


@dataclass(frozen=True)
class StreamLink:
    camera: str
    url: str  # what the remote party opens: with ?token=… under token auth
    state: str = ""  # the packager's state ("" before it published anything)


@dataclass(frozen=True)
class LiveView:
    state: Literal["off", "not_running", "serving"]
    base_url: str = ""
    fingerprint: str | None = None  # SHA-256 of the TLS certificate, colon hex; None on plain HTTP
    auth: str = "none"
    basic_user: str = ""
    allow: tuple[str, ...] = ()
    links: tuple[StreamLink, ...] = ()
    clients: tuple[ClientSession, ...] = ()

    @property
    def encrypted(self) -> bool:
        return self.base_url.startswith("https:")


def with_query(url: str, query: str) -> str:
    if not query or query.split("=")[0] + "=" in url:
        return url
    return f"{url}{'&' if '?' in url else '?'}{query}"


def live_view(
    settings: LiveConfig,
    server: PublishingServer | None,
    streams: Mapping[str, Any],
    monitor: AccessMonitor | None,
) -> LiveView:
    """A snapshot for the console (blocking: may read the keyring)."""
    if not settings.enabled or server is None or not server.base_url:
        idle: Literal["off", "not_running"] = "not_running" if settings.enabled else "off"
        return LiveView(idle, auth=settings.auth, basic_user=settings.basic_user, allow=tuple(settings.allow))
    query = monitor.link_query() if monitor is not None else ""
    links = []
    for camera, stream in sorted(streams.items()):  # a copy: a camera may be removed meanwhile
        snapshot = stream.snapshot()
        state = getattr(snapshot, "state", "") if snapshot is not None else ""
        links.append(
            StreamLink(
                camera, with_query(server.stream_url(camera), query), str(getattr(state, "value", state))
            )
        )
    return LiveView(
        "serving",
        base_url=server.base_url,
        fingerprint=server.certificate_fingerprint,
        auth=settings.auth,
        basic_user=settings.basic_user,
        allow=tuple(settings.allow),
        links=tuple(links),
        clients=tuple(monitor.clients()) if monitor is not None else (),
    )

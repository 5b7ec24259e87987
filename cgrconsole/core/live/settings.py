"""The live stream's settings (the ``[live]`` table): plain data, validated by ``cgrconsole.config``.

Secrets are not here: the access token is in the keyring (``live/token``), the basic-auth password too
(``live/password``); an admin sets them with ``cgrconsole secret set``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class LiveConfig:
    """Low-Latency HLS for the remote operator, served by the console (R-LIVE-4/5/6)."""

    enabled: bool = True
    bind: str = "0.0.0.0"  # the VPN interface's address narrows it; the allow-list is what protects
    port: int = 8443
    tls: Literal["auto", "files", "off"] = "auto"  # auto: self-signed at first start; off: plain HTTP/1.1
    cert_file: str = ""  # with tls = "files": PEM certificate (chain) and its key
    key_file: str = ""
    allow: tuple[str, ...] = ("127.0.0.1/32", "::1/128")  # client addresses and CIDR networks
    auth: Literal["none", "token", "basic"] = (
        "none"  # token: ?token=… (keyring live/token); basic: user below
    )
    basic_user: str = "viewer"
    cors_origins: tuple[
        str, ...
    ] = ()  # web players on other origins, e.g. "https://iuc.example.kz"; "*" for any
    max_connections: int = 200  # in total; more get 503 until some close
    max_connections_per_client: int = 32  # per client address (an HTTP/2 browser needs 1–2)
    part_target_s: float = 0.2  # LL-HLS part length (rounded up to whole frames of the camera)
    min_segment_s: float = 1.0  # a segment is cut at the first keyframe after this (so: max(1 s, GOP))
    segments_kept: int = 7  # in the playlist; parts listed for the last ~3 target durations

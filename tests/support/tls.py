"""A self-signed certificate for 127.0.0.1: TLS servers in tests that clients do not trust unless told."""

from __future__ import annotations

from pathlib import Path

from cgrconsole.core.live.tls import write_self_signed


def self_signed_cert(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that nobody trusts unless told (the live server's own generator)."""
    cert_file, key_file = folder / "standin.crt", folder / "standin.key"
    write_self_signed(
        cert_file, key_file, dns=(), ips=("127.0.0.1",), days=1, common_name="cgrconsole test server"
    )
    return cert_file, key_file

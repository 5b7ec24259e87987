"""The live stream server's TLS certificate: the admin's files, or a self-signed one made at first start.

``[live] tls``: ``"files"`` uses ``cert_file``/``key_file`` (PEM); ``"auto"`` makes a self-signed
certificate once, in the data folder, and reuses it at every later start, so its fingerprint, which the
admin hands to the remote party, stays the same; ``"off"`` serves plain HTTP/1.1 (browsers speak HTTP/2
only over TLS). The fingerprint is the SHA-256 of the certificate (DER), in colon hex.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cgrconsole.core.files import write_atomically
from cgrconsole.core.live.settings import LiveConfig

log = logging.getLogger(__name__)

CERT_NAME = "live.crt"
KEY_NAME = "live.key"
VALID_DAYS = 3650  # a console runs for years; the remote party pins the fingerprint, not the date


class TlsError(Exception):
    """The certificate cannot be used (English: what happened and what to do)."""


@dataclass(frozen=True)
class ServerCertificate:
    cert_file: Path
    key_file: Path
    fingerprint: str  # SHA-256, colon hex ("3A:9F:…")

    def context(self) -> ssl.SSLContext:
        """A server context over the files (raises ``TlsError`` when they do not fit together)."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        try:
            context.load_cert_chain(self.cert_file, self.key_file)
        except (OSError, ssl.SSLError) as exc:
            raise TlsError(
                f"the certificate {self.cert_file} or its key {self.key_file} cannot be used ({exc}): "
                'check [live] cert_file and key_file, or set tls = "auto"'
            ) from None
        return context


def fingerprint(cert_file: Path) -> str:
    """SHA-256 of the (first) certificate in a PEM file, colon hex, upper case."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    cert = x509.load_pem_x509_certificate(cert_file.read_bytes())
    return ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA256()))


def server_certificate(settings: LiveConfig, tls_dir: Path) -> ServerCertificate | None:
    """The certificate ``settings`` ask for (None: plain HTTP); ``tls_dir`` keeps the self-signed one."""
    if settings.tls == "off":
        log.warning(
            'live stream: [live] tls = "off": the stream, and any token or password, goes unencrypted '
            "over plain HTTP/1.1 (no HTTP/2, so a browser watches at most ~3 cameras at once)"
        )
        return None
    if settings.tls == "files":
        cert_file, key_file = Path(settings.cert_file).expanduser(), Path(settings.key_file).expanduser()
        for what, path in (("cert_file", cert_file), ("key_file", key_file)):
            if not path.is_file():
                raise TlsError(f'[live] {what} {str(path)!r} is not a file: fix the path or set tls = "auto"')
        try:
            found = ServerCertificate(cert_file, key_file, fingerprint(cert_file))
        except (OSError, ValueError) as exc:
            raise TlsError(f"[live] cert_file {cert_file} is not a PEM certificate ({exc})") from None
        found.context()
        return found
    return self_signed(tls_dir)


def self_signed(folder: Path) -> ServerCertificate:
    """The folder's self-signed certificate, made on the first call and reused after."""
    cert_file, key_file = folder / CERT_NAME, folder / KEY_NAME
    if cert_file.is_file() and key_file.is_file():
        try:
            found = ServerCertificate(cert_file, key_file, fingerprint(cert_file))
            found.context()
            return found
        except (OSError, ValueError, TlsError) as exc:  # a damaged pair: a new one (the log says so)
            log.warning("live stream: the certificate in %s is damaged (%s): making a new one", folder, exc)
    names, addresses = machine_names()
    write_self_signed(cert_file, key_file, dns=names, ips=addresses)
    made = ServerCertificate(cert_file, key_file, fingerprint(cert_file))
    log.info(
        "live stream: made a self-signed certificate %s (valid %d years) for %s; SHA-256 fingerprint %s",
        cert_file,
        VALID_DAYS // 365,
        ", ".join([*names, *addresses]),
        made.fingerprint,
    )
    return made


def machine_names() -> tuple[list[str], list[str]]:
    """Host names and addresses a client may use for this machine: loopback, the host name, its addresses."""
    names = ["localhost"]
    addresses = ["127.0.0.1", "::1"]
    for name in (socket.gethostname(), socket.getfqdn()):
        if name and name not in names:
            names.append(name)
    found: set[str] = set()
    for name in names[1:]:
        with contextlib.suppress(OSError):  # a name the resolver does not know: the primary address below
            found.update(str(info[4][0]) for info in socket.getaddrinfo(name, None))
    primary = primary_address()
    if primary:
        found.add(primary)
    for address in sorted(found):
        address = address.split("%")[0]  # a link-local scope
        if address not in addresses:
            addresses.append(address)
    return names, addresses


def primary_address() -> str:
    """The address of the interface the default route leaves by ("" without a network); sends nothing."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 9))  # UDP connect only picks a route
            return str(probe.getsockname()[0])
        except OSError:
            return ""


def write_self_signed(
    cert_file: Path,
    key_file: Path,
    *,
    dns: Iterable[str] = ("localhost",),
    ips: Iterable[str] = ("127.0.0.1",),
    days: int = VALID_DAYS,
    common_name: str = "cgrconsole live stream",
) -> None:
    """A new EC P-256 key (file mode 0600) and a self-signed certificate for those names (atomic writes)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(UTC)
    alt_names: list[x509.GeneralName] = [x509.DNSName(n) for n in dns]
    alt_names += [x509.IPAddress(ipaddress.ip_address(a)) for a in ips]
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))  # a client whose clock is a little behind
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        # CA:TRUE so that a client can trust this one certificate as its own root (ca_file / -ca_file)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(  # strict verifiers (Python 3.13's default context) want these on a root
            x509.KeyUsage(True, False, False, False, False, True, False, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    write_atomically(key_file, key_pem, mode=0o600)  # the key first: a certificate never without its key
    write_atomically(cert_file, cert.public_bytes(serialization.Encoding.PEM), mode=0o644)

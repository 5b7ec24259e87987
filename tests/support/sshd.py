"""A throwaway OpenSSH server on 127.0.0.1 for the SFTP tests and the benchmark (Debian openssh-server).

Its own config, host key, port and PID; password login through PAM (so sshd runs as root, as on CI);
an SFTP-only account (``ForceCommand internal-sftp``, ``/usr/sbin/nologin``) and, on request, one
that may run commands (``sha256sum`` verification). The accounts are created by ``useradd`` with
names unique to this process and removed by ``close()``. The server's folder is under /tmp with
mode 0755 (pytest's own tmp folders are 0700 and the accounts could not enter them).

``kill()`` ends the listener and every session process (a real outage: transfers break), ``start()``
brings it back on the same port, ``rekey()`` gives it a new host key (a changed server).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from cgrconsole.core.archive.upload.settings import SftpConfig

SSHD = Path("/usr/sbin/sshd")
_names = itertools.count(1)


def sshd_missing() -> str | None:
    """Why no test sshd can run here, or None."""
    if sys.platform != "linux":
        return "the test sshd runs on Linux only (Debian openssh-server)"
    if not SSHD.exists():
        return "OpenSSH server not installed (apt-get install openssh-server)"
    if sys.platform != "linux" or os.geteuid() != 0:
        return "the test sshd needs root (password login through PAM, throwaway accounts)"
    if shutil.which("useradd") is None or shutil.which("chpasswd") is None:
        return "useradd/chpasswd missing"
    return None


@dataclass(frozen=True)
class Account:
    name: str
    password: str
    home: Path  # the account's own folder, where uploads go
    shell: bool  # may run commands (sha256sum); otherwise SFTP only


def sftp_config(server: SshServer, account: Account, **changes: object) -> SftpConfig:
    """``[sftp]`` for this server and account: on, its host key pinned, the account's home as the root."""
    settings: dict[str, object] = {
        "enabled": True,
        "host": "127.0.0.1",
        "port": server.port,
        "user": account.name,
        "remote_root": str(account.home),
        "host_key": server.fingerprint,
    }
    return SftpConfig(**(settings | changes))  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (sshd forks a process per connection, and more below it)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


class SshServer:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="cgr-sshd-"))
        self.dir.chmod(0o755)
        self.port = free_port()
        self.host_key = self.dir / "host_ed25519"
        self.accounts: list[Account] = []
        self._process: subprocess.Popen[bytes] | None = None
        self._keygen()

    # -- accounts -------------------------------------------------------------------------
    def add_account(self, *, shell: bool = False, password: str = "") -> Account:
        name = f"cgrt{os.getpid() % 100000}x{next(_names)}"
        password = password or f"pw-{name}-S3cret!"
        home = self.dir / name
        home.mkdir()
        login_shell = "/bin/sh" if shell else "/usr/sbin/nologin"
        subprocess.run(["useradd", "-M", "-d", str(home), "-s", login_shell, name], check=True)
        account = Account(name, password, home, shell)
        self.accounts.append(account)  # removed by close() even if what follows fails
        subprocess.run(["chpasswd"], input=f"{name}:{password}".encode(), check=True)
        shutil.chown(home, name, name)
        keys = self.dir / "authorized_keys"
        keys.mkdir(exist_ok=True)
        self._write_config()
        return account

    def authorize_key(self, account: Account, public_key: str) -> None:
        (self.dir / "authorized_keys" / account.name).write_text(public_key.strip() + "\n")

    # -- the server -----------------------------------------------------------------------
    @property
    def fingerprint(self) -> str:
        """``SHA256:…`` as ``ssh-keygen -lf`` prints it."""
        out = subprocess.run(
            ["ssh-keygen", "-lf", f"{self.host_key}.pub"], check=True, capture_output=True, text=True
        ).stdout
        return out.split()[1]

    def start(self, timeout: float = 10.0) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        Path("/run/sshd").mkdir(parents=True, exist_ok=True)
        self._write_config()
        log = (self.dir / "sshd.log").open("ab")
        self._process = subprocess.Popen(
            [str(SSHD), "-D", "-e", "-f", str(self.dir / "sshd_config")], stdout=log, stderr=log
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"sshd exited: {(self.dir / 'sshd.log').read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    if sock.recv(64).startswith(b"SSH-2.0"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"sshd did not answer on port {self.port} within {timeout} s")

    def kill(self) -> None:
        """SIGKILL the listener and every session (connections break mid-transfer)."""
        if self._process is None:
            return
        pids = [self._process.pid, *descendants(self._process.pid)]
        if sys.platform == "linux":  # only ever started there (sshd_missing)
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        self._process.wait(10)
        self._process = None
        deadline = time.monotonic() + 10  # the session processes end a moment later (userdel needs that)
        while any(Path(f"/proc/{pid}").exists() for pid in pids[1:]) and time.monotonic() < deadline:
            time.sleep(0.02)

    def rekey(self) -> None:
        """A new host key (the server was re-installed, or someone else answers)."""
        self.host_key.unlink()
        Path(f"{self.host_key}.pub").unlink()
        self._keygen()

    def close(self) -> None:
        self.kill()
        for account in self.accounts:
            for _ in range(50):  # refused while a process of the account still runs
                if subprocess.run(["userdel", account.name], check=False, capture_output=True).returncode in (
                    0,
                    6,
                ):
                    break
                time.sleep(0.1)
        self.accounts.clear()
        shutil.rmtree(self.dir, ignore_errors=True)

    def log_text(self) -> str:
        path = self.dir / "sshd.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _keygen(self) -> None:
        subprocess.run(
            ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "cgr-test", "-f", str(self.host_key)],
            check=True,
        )

    def _write_config(self) -> None:
        sftp_only = [a.name for a in self.accounts if not a.shell]
        lines = [
            f"Port {self.port}",
            "ListenAddress 127.0.0.1",
            f"HostKey {self.host_key}",
            f"PidFile {self.dir / 'sshd.pid'}",
            "UsePAM yes",
            "PasswordAuthentication yes",
            "KbdInteractiveAuthentication no",
            "PubkeyAuthentication yes",
            f"AuthorizedKeysFile {self.dir}/authorized_keys/%u",
            "StrictModes no",  # the keys folder is root's, under /tmp
            "PermitRootLogin no",
            f"AllowUsers {' '.join(a.name for a in self.accounts) or 'nobody'}",
            "MaxStartups 50",
            "LogLevel VERBOSE",
            "Subsystem sftp internal-sftp",
        ]
        if sftp_only:
            lines += [f"Match User {','.join(sftp_only)}", "    ForceCommand internal-sftp"]
        (self.dir / "sshd_config").write_text("\n".join(lines) + "\n")

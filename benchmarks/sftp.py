"""Archive upload throughput: the console's SftpUploader vs the OpenSSH ``sftp`` client (issue 12).

Both send the same 50 MB files to a throwaway OpenSSH server on 127.0.0.1 (tests/support/sshd.py,
an SFTP-only account), first over plain loopback, then through a delay proxy adding 10 ms each way
(20 ms round trip; a separate process, so it takes no CPU from the uploader's interpreter).
The uploader's figure is end to end: connect, pinned host key, pipelined writes, verification
(size + read-back of the tail: the account has no shell) and the atomic rename. ``sftp`` runs in
batch mode with a key (``-b``, ``-i``), its defaults (32 KiB requests, 64 in flight).

    sudo .venv/bin/python benchmarks/sftp.py [--files 3] [--runs 3] [--no-delay]

Needs root (the throwaway account) and openssh-server + openssh-client.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, machine, table

sys.path.insert(0, str(ROOT))
from support.archive import add_archive_file
from support.sshd import SshServer, free_port, sshd_missing

from cgrconsole.core.archive.index import UPLOADED, ArchiveIndex
from cgrconsole.core.archive.upload.settings import SftpConfig
from cgrconsole.core.archive.upload.uploader import SftpUploader
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.storage.database import Database

SIZE = 50_000_000


# -- the delay proxy (run as its own process) --------------------------------------------------
async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def receive() -> None:
        try:
            while data := await reader.read(256 * 1024):
                await queue.put((loop.time() + delay, data))
        except ConnectionError:
            pass  # the other side went away: pass the end on
        await queue.put((loop.time() + delay, b""))

    async def send() -> None:
        while True:
            at, data = await queue.get()
            if (wait := at - loop.time()) > 0:
                await asyncio.sleep(wait)
            if not data:
                writer.close()
                return
            try:
                writer.write(data)
                await writer.drain()
            except ConnectionError:
                return

    await asyncio.gather(receive(), send(), return_exceptions=True)


async def _proxy(listen: int, target: int, delay: float) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", target)
        await asyncio.gather(_pipe(reader, up_writer, delay), _pipe(up_reader, writer, delay))

    server = await asyncio.start_server(handle, "127.0.0.1", listen)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


def start_proxy(target: int, delay: float) -> tuple[subprocess.Popen[str], int]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, __file__, "--proxy", str(port), str(target), str(delay)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process, port


# -- the two clients ---------------------------------------------------------------------------
def openssh_put(key: Path, user: str, port: int, local: Path, remote: str) -> float:
    batch = local.with_suffix(".batch")
    batch.write_text(f'put "{local}" "{remote}"\n')
    started = time.monotonic()
    subprocess.run(
        ["sftp", "-q", "-b", str(batch), "-i", str(key), "-P", str(port), "-o", "BatchMode=yes",
         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
         f"{user}@127.0.0.1"],
        check=True,
        stdout=subprocess.DEVNULL,  # batch mode echoes each command
    )  # fmt: skip
    return time.monotonic() - started


def uploader_run(work: Path, server: SshServer, account, port: int, files: list[bytes], run: int):
    """Seconds per file (wall, end to end) and CPU seconds of this process for the whole run."""
    database = Database(work / f"u{port}-{run}.db")
    database.open()
    index = ArchiveIndex(database)
    root = work / f"archive-{port}-{run}"
    for number, content in enumerate(files):
        add_archive_file(root, index, 1_800_000_000 + 300 * number, pending=True, size=SIZE, content=content)
    settings = SftpConfig(
        enabled=True,
        host="127.0.0.1",
        port=port,
        user=account.name,
        remote_root=str(account.home / f"uploader-{port}-{run}"),
        host_key=server.fingerprint,
    )
    uploader = SftpUploader(
        settings, index, root, SecretStore(MemoryKeyring({"sftp/password": account.password}))
    )
    cpu, started = time.process_time(), time.monotonic()
    uploader.start()
    while {f.upload_state for f in index.live_files()} != {UPLOADED}:
        time.sleep(0.02)
    wall, cpu = time.monotonic() - started, time.process_time() - cpu
    uploader.stop(10)
    database.close()
    return wall / len(files), cpu


def measure(work: Path, server: SshServer, account, key: Path, port: int, files, runs: int):
    ours, theirs, cpus = [], [], []
    for run in range(runs):
        seconds, cpu = uploader_run(work, server, account, port, files, run)
        ours.append(SIZE / seconds / 1e6)
        cpus.append(cpu / (SIZE * len(files) / 1e6))
        for number in range(len(files)):
            local = work / f"file{number}.bin"
            remote = str(account.home / f"openssh-{port}-{run}-{number}.bin")
            theirs.append(SIZE / openssh_put(key, account.name, port, local, remote) / 1e6)
    return statistics.median(ours), statistics.median(theirs), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-delay", action="store_true", help="loopback only")
    parser.add_argument("--proxy", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.proxy:
        asyncio.run(_proxy(int(args.proxy[0]), int(args.proxy[1]), float(args.proxy[2])))
        return 0
    reason = sshd_missing()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 1
    server = SshServer()
    proxy = None
    try:
        work = Path(tempfile.mkdtemp(prefix="cgr-sftp-bench-", dir=server.dir))
        account = server.add_account()
        key = work / "client_key"
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
        server.authorize_key(account, Path(f"{key}.pub").read_text())
        server.start()
        files = [os.urandom(SIZE) for _ in range(args.files)]
        for number, content in enumerate(files):
            (work / f"file{number}.bin").write_bytes(content)
        rows = []
        links = [("loopback", 0.0)] + ([] if args.no_delay else [("20 ms RTT (proxy)", 0.010)])
        for name, delay in links:
            port = server.port
            if delay:
                proxy, port = start_proxy(server.port, delay)
            ours, theirs, cpu = measure(work, server, account, key, port, files, args.runs)
            rows.append([name, f"{ours:.1f}", f"{theirs:.1f}", f"{ours / theirs:.2f}", f"{cpu:.3f}"])
            if proxy is not None:
                proxy.kill()
                proxy.wait()
                proxy = None
        print(f"{machine()}; {args.files} x {SIZE / 1e6:.0f} MB random, median of {args.runs} run(s)")
        print(table(["link", "uploader MB/s", "OpenSSH sftp MB/s", "ratio", "uploader CPU s per MB"], rows))
    finally:
        if proxy is not None:
            proxy.kill()
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

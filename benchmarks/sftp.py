"""Archive upload throughput: the console's SftpUploader vs the OpenSSH ``sftp`` client (issue 12).

Both send the same 50 MB files to a throwaway OpenSSH server on 127.0.0.1 (tests/support/sshd.py,
an SFTP-only account), first over plain loopback, then through a delay proxy adding 10 ms each way
(20 ms round trip; a separate process, so it takes no CPU from the uploader's interpreter).
The uploader's figure is end to end: connect, pinned host key, pipelined writes, verification
(size + read-back of the tail: the account has no shell) and the atomic rename. ``sftp`` runs in
batch mode with a key (``-b``, ``-i``), its defaults (32 KiB requests, 64 in flight).

    sudo .venv/bin/python benchmarks/sftp.py [--files 3] [--runs 3] [--no-delay]

``--keep-up``: 16 cameras' archive (16 × 50 MB per 5 minutes = 2.67 MB/s) under a 4 MB/s limit,
scaled down in time and size alike (16 files of 50 MB × P/300 s every P seconds, ``--period``), so
the rate, the limit and the 16-files-at-once rhythm of wall-clock-aligned recorders are the real
ones while the run takes ``--periods`` × P seconds: is the backlog bounded, and what does the
uploader cost per MB/s sent.

``--catch-up``: after a 2-hour outage, a real console (``cgrconsole --headless``: 4 RTSP cameras
replaying a 720p clip, recording, recognition, LL-HLS) finds 4 × 24 files (25–40 MB each) waiting;
the link comes back: how long the backlog takes to drain, and recording and recognition during the
drain against a baseline with the link down (``benchmarks/sftp_catchup.py``).

    sudo .venv/bin/python benchmarks/sftp.py --catch-up [--hours 2] [--limit-kbps 0] [--parallel 1]

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

import sftp_catchup
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


CAMERAS, LIMIT_KBPS, REAL_PERIOD_S = 16, 4000, 300.0


def keep_up(server: SshServer, account, work: Path, period: float, periods: int, parallel: int) -> None:
    """Every ``period`` s, 16 files at once (as the recorders finish them); the backlog just before each
    batch, the drain after the last, and the uploader's CPU (the process's, less this thread's writing)."""
    size = round(SIZE * period / REAL_PERIOD_S)
    contents = [os.urandom(size) for _ in range(CAMERAS)]  # made before: random bytes cost CPU
    database = Database(work / "keep-up.db")
    database.open()
    index = ArchiveIndex(database)
    root = work / "keep-up-archive"
    settings = SftpConfig(
        enabled=True,
        host="127.0.0.1",
        port=server.port,
        user=account.name,
        remote_root=str(account.home / "keep-up"),
        host_key=server.fingerprint,
        bandwidth_kbps=LIMIT_KBPS,
        parallel=parallel,
    )
    secrets = SecretStore(MemoryKeyring({"sftp/password": account.password}))
    uploader = SftpUploader(settings, index, root, secrets)
    slot = 1_800_000_000.0 - 1_800_000_000.0 % 3600  # the start of an hour: one folder per camera
    rows, before_batch = [], []
    cpu, own, started = time.process_time(), time.thread_time(), time.monotonic()
    uploader.start()
    for batch in range(periods):
        while (wait := started + batch * period - time.monotonic()) > 0:
            time.sleep(min(wait, 0.2))
        files, waiting, _ = index.upload_backlog()
        before_batch.append((files, waiting))
        for camera, content in enumerate(contents):
            start = slot + batch * REAL_PERIOD_S
            add_archive_file(
                root, index, start, pending=True, size=size, camera=f"Cam{camera:02d}", content=content
            )
        uploader.wake()
        rows.append([batch + 1, files, f"{waiting / 1e6:.1f}"])
    last = started + (periods - 1) * period
    while index.upload_backlog()[0] and time.monotonic() - last < 4 * period:
        time.sleep(0.05)
    drained = time.monotonic() - last
    wall = time.monotonic() - started
    uploader_cpu = (time.process_time() - cpu) - (time.thread_time() - own)
    left = index.upload_backlog()[0]
    uploader.stop(10)
    database.close()
    sent = CAMERAS * periods * size
    rate = sent / wall / 1e6
    print(
        f"{machine()}; {CAMERAS} cameras x {size / 1e6:.2f} MB every {period:g} s "
        f"(= {CAMERAS} x 50 MB per 5 min, {CAMERAS * size / period / 1e6:.2f} MB/s), "
        f"limit {LIMIT_KBPS / 1000:g} MB/s, {parallel} transfer(s) at a time, {periods} periods"
    )
    print(table(["batch", "files waiting before it", "MB waiting before it"], rows))
    print(
        f"last batch drained in {drained:.1f} s (of {period:g} s); left after the run: {left} file(s); "
        f"sent {sent / 1e6:.0f} MB in {wall:.1f} s = {rate:.2f} MB/s on average"
    )
    share = uploader_cpu / wall
    print(
        f"uploader CPU: {uploader_cpu:.2f} s = {100 * share:.1f} % of one core, "
        f"{100 * share / rate:.2f} % of a core per MB/s sent"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-delay", action="store_true", help="loopback only")
    parser.add_argument("--keep-up", action="store_true", help="the 16-camera load under a 4 MB/s limit")
    parser.add_argument("--period", type=float, default=20.0, help="--keep-up: seconds standing for 5 min")
    parser.add_argument("--periods", type=int, default=6, help="--keep-up: batches of 16 files")
    parser.add_argument("--parallel", type=int, default=1, help="--keep-up, --catch-up: sftp.parallel")
    parser.add_argument(
        "--catch-up", action="store_true", help="drain a 2-hour backlog beside a live console"
    )
    sftp_catchup.add_arguments(parser)
    parser.add_argument("--proxy", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.proxy:
        asyncio.run(_proxy(int(args.proxy[0]), int(args.proxy[1]), float(args.proxy[2])))
        return 0
    if args.catch_up:
        return sftp_catchup.catch_up(args)
    reason = sshd_missing()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 1
    if args.keep_up:
        server = SshServer()
        try:
            work = Path(tempfile.mkdtemp(prefix="cgr-sftp-bench-", dir=server.dir))
            account = server.add_account()
            server.start()
            keep_up(server, account, work, args.period, args.periods, args.parallel)
        finally:
            server.close()
        return 0
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

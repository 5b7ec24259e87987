"""One archive file to the server: temporary name, resume from the server's size, verify, rename.

1. ``<folder>/.<name>.part`` in the final folder (folders made as needed), so a watcher on the
   server ignores it and the rename stays on one file system.
2. A ``.part`` already there (a broken connection) is resumed from the size the **server** reports
   (the client's count includes what was still in flight), after its last MiB was read back and
   matched the local file; otherwise it is written again from the start.
3. Pipelined writes (paramiko waits for each 32 KiB write's answer unless told not to).
4. Verified: the size, then the content: the server's SHA-256 over an SSH exec channel when the
   account may run ``sha256sum``, otherwise a read-back of the file's last MiB ("size+tail").
5. ``posix-rename@openssh.com`` over the final name (atomic, replaces a stale copy). A server
   without it: the final name is removed and a plain RENAME done (not atomic: a reader may briefly
   see no file, never a partial one).
A final file already there with the right size and content (uploaded, then the console stopped
before it noted so) is accepted as it is.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import posixpath
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cgrconsole.core.archive.upload.connection import SftpSession
from cgrconsole.core.archive.upload.problems import ProblemError, UploadProblem
from cgrconsole.core.archive.upload.throttle import TokenBucket

log = logging.getLogger(__name__)
CHUNK = 256 * 1024  # paramiko splits it into 32 KiB requests, all in flight at once
OVERLAP = 1024 * 1024  # read back before resuming, and as the tail check


class TransferStopped(Exception):
    """The console is stopping; the ``.part`` stays for the next start to resume."""


class PermanentFileError(Exception):
    """This file cannot go until someone acts (``advice``); the other files continue."""

    def __init__(self, message: str, advice: str, problem: UploadProblem) -> None:
        super().__init__(message)
        self.advice = advice
        self.problem = problem


class VerificationFailed(ProblemError):
    """The server's copy is not the local file (retried; a bad ``.part`` is written again)."""

    def __init__(self, text: str) -> None:
        super().__init__(UploadProblem.VERIFICATION_FAILED, errno.EIO, text)


@dataclass(frozen=True)
class TransferResult:
    remote_path: str
    size_bytes: int
    sent_bytes: int  # in this attempt (less than the size after a resume)
    resumed_from: int
    verified: str  # "sha256" | "size+tail"
    seconds: float
    already_there: bool = False


def part_name(remote_path: str) -> str:
    folder, name = posixpath.split(remote_path)
    return posixpath.join(folder, f".{name}.part")


def upload(
    session: SftpSession,
    local: Path,
    remote_path: str,
    bucket: TokenBucket,
    stop: threading.Event,
    progress: Callable[[int, int], None] = lambda done, resumed_from: None,
) -> TransferResult:
    """Upload ``local`` to ``remote_path``; raises PermanentFileError, TransferStopped or OSError.

    ``progress(done, resumed_from)`` is called after each chunk (bytes of the file on the server).
    """
    started = time.monotonic()
    try:
        size = local.stat().st_size
    except FileNotFoundError:
        raise PermanentFileError(
            f"{local} is no longer on the local disk",
            "none: it was deleted before it could be sent",
            UploadProblem.LOCAL_FILE_MISSING,
        ) from None
    try:
        _make_dirs(session, posixpath.dirname(remote_path))
        if _final_matches(session, local, remote_path, size):
            verified = "sha256" if session.hash_available else "size+tail"
            return TransferResult(remote_path, size, 0, size, verified, time.monotonic() - started, True)
        part = part_name(remote_path)
        offset, digest = _resume_point(session, local, part, size)
        sent = _send(session, local, part, offset, bucket, stop, progress, digest)
        verified = _verify(session, local, part, size, digest.hexdigest())
        _rename(session, part, remote_path)
    except PermissionError as exc:
        raise PermanentFileError(
            f"the server refused access to {remote_path} ({exc.strerror or exc})",
            "give the SFTP account write access to this folder on the server (or correct "
            "sftp.remote_root); the file is tried again within the hour",
            UploadProblem.PERMISSION_DENIED,
        ) from None
    except OSError as exc:
        if (
            exc.errno is None and str(exc) == "Failure"
        ):  # SSH_FX_FAILURE: OpenSSH's word for ENOSPC, EDQUOT, EIO
            raise ProblemError(
                UploadProblem.SERVER_WRITE_FAILED,
                errno.EIO,
                f'the server could not write {remote_path} (SFTP "Failure"): is its disk full or the '
                "account's quota reached? Retried",
            ) from None
        raise
    return TransferResult(remote_path, size, sent, offset, verified, time.monotonic() - started)


def _make_dirs(session: SftpSession, folder: str) -> None:
    """Create ``folder`` and its missing parents (another worker may be making the same one)."""
    if not folder or folder in session.made_dirs:
        return
    parts = folder.split("/")
    for depth in range(1, len(parts) + 1):
        path = "/".join(parts[:depth]) or "/"
        if path in session.made_dirs or path in (".", "/"):
            continue
        try:
            session.sftp.stat(path)
        except FileNotFoundError:
            try:
                session.sftp.mkdir(path)
            except OSError as exc:
                try:
                    session.sftp.stat(path)  # made by another worker meanwhile?
                except FileNotFoundError:
                    raise exc from None  # no: the real reason (permission denied, disk full)
        session.made_dirs.add(path)


def _stat_size(session: SftpSession, path: str) -> int | None:
    try:
        return session.sftp.stat(path).st_size
    except FileNotFoundError:
        return None


def _tail_matches(session: SftpSession, local: Path, remote: str, end: int) -> bool:
    """The ``OVERLAP`` bytes before ``end`` are the same on both sides (readv pipelines the reads)."""
    start = max(0, end - OVERLAP)
    if end == 0:
        return True
    with local.open("rb") as f:
        f.seek(start)
        mine = f.read(end - start)
    with session.sftp.open(remote, "rb") as rf:
        theirs = b"".join(rf.readv([(start, end - start)]))
    return mine == theirs


def _final_matches(session: SftpSession, local: Path, remote: str, size: int) -> bool:
    if _stat_size(session, remote) != size:
        return False
    digest = session.remote_sha256(remote)
    if digest is not None:
        return digest == _local_sha256(local, size).hexdigest()
    return _tail_matches(session, local, remote, size)


def _local_sha256(local: Path, upto: int) -> hashlib._Hash:
    digest = hashlib.sha256()
    with local.open("rb") as f:
        left = upto
        while left > 0:
            data = f.read(min(left, 4 * 1024 * 1024))
            if not data:
                break
            digest.update(data)
            left -= len(data)
    return digest


def _resume_point(session: SftpSession, local: Path, part: str, size: int) -> tuple[int, hashlib._Hash]:
    """Where to continue ``part`` and the hash of the local bytes before that point."""
    have = _stat_size(session, part)
    if not have:
        return 0, hashlib.sha256()
    if have > size or not _tail_matches(session, local, part, have):
        log.info("%s: the partial upload does not match the local file; sending it again", part)
        return 0, hashlib.sha256()
    log.info("%s: resuming at %d of %d bytes (the server's size)", part, have, size)
    return have, _local_sha256(local, have)


def _send(
    session: SftpSession,
    local: Path,
    part: str,
    offset: int,
    bucket: TokenBucket,
    stop: threading.Event,
    progress: Callable[[int, int], None],
    digest: hashlib._Hash,
) -> int:
    chunk = bucket.chunk_size(CHUNK)
    sent = 0
    with local.open("rb") as f:
        f.seek(offset)
        remote = session.sftp.open(part, "r+" if offset else "wb", bufsize=0)
        try:
            remote.set_pipelined(True)
            remote.seek(offset)
            while data := f.read(chunk):
                if not bucket.take(len(data), stop):
                    raise TransferStopped(part)
                remote.write(data)
                digest.update(data)
                sent += len(data)
                progress(offset + sent, offset)
        finally:
            remote.close()  # a pipelined write's error surfaces here
    return sent


def _verify(session: SftpSession, local: Path, part: str, size: int, local_sha256: str) -> str:
    remote_size = _stat_size(session, part)
    if remote_size != size:
        raise VerificationFailed(f"size on the server {remote_size}, local {size}")
    remote_sha256 = session.remote_sha256(part)
    if remote_sha256 is not None:
        if remote_sha256 != local_sha256:
            session.sftp.remove(part)  # written again from the start next time
            raise VerificationFailed("the server's SHA-256 differs from the local file's")
        return "sha256"
    if not _tail_matches(session, local, part, size):
        session.sftp.remove(part)
        raise VerificationFailed("the file's end read back from the server differs")
    return "size+tail"


def _rename(session: SftpSession, part: str, final: str) -> None:
    try:
        session.sftp.posix_rename(part, final)
    except OSError as exc:
        if "unsupported" not in str(exc).lower():
            raise
        log.info("the server has no posix-rename; removing %s and renaming (not atomic)", final)
        with contextlib.suppress(FileNotFoundError):
            session.sftp.remove(final)
        session.sftp.rename(part, final)

"""The archive uploader: finished files from the index to the SFTP server, oldest first.

``parallel`` worker threads (``sftp-1`` …), each a supervised ``ServiceThread`` with its own
connection, claim the oldest pending file nobody else holds (``ArchiveIndex.pending_uploads``),
send it (``transfer.upload``) and mark it uploaded, only after verification: retention keeps a
file until then. Policy:
- Oldest first, always: a backlog drains before newer files; new files wait behind it.
- A transient failure (the link, a timeout, a verification mismatch) puts the file back at the
  head of the queue and the worker reconnects after a backoff (``retry_initial_s`` doubling to
  ``retry_max_s``); the ``.part`` on the server is resumed. A file that fails 3 times (``queue.HOLD_AFTER``)
  in a row on a working connection is held back for a backoff of its own (at most ``retry_max_s``),
  so a file the server keeps refusing cannot stop the queue behind it; failures to connect (an
  outage) hold nothing back, and the backlog resumes oldest first.
- A permanent failure of one file (permission denied) puts it aside for an hour with what to do;
  the others continue, so one bad folder never blocks the queue.
- A host key that is not pinned, or changed, stops every upload (nothing is sent, not even the
  password); the state and the fingerprint are in the status and the audit log.
Every attempt is in the audit log (``sftp_transfer``). ``status_changed`` is emitted on a worker
thread, at most twice a second during a transfer and on every change of state.
"""

from __future__ import annotations

import logging
import posixpath
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

import paramiko

from cgrconsole.core.archive.index import ArchiveFile, ArchiveIndex
from cgrconsole.core.archive.upload import transfer
from cgrconsole.core.archive.upload.connection import (
    HostKeyRefused,
    HostKeyState,
    LoginRefused,
    SftpSession,
    open_session,
)
from cgrconsole.core.archive.upload.problems import UploadProblem, classify
from cgrconsole.core.archive.upload.queue import UploadQueue
from cgrconsole.core.archive.upload.settings import PASSWORD_KEY, SftpConfig
from cgrconsole.core.archive.upload.status import UploaderState, UploadStatus
from cgrconsole.core.archive.upload.throttle import TokenBucket
from cgrconsole.core.backoff import Backoff
from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.service_thread import ServiceThread
from cgrconsole.core.signals import Signal
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.supervision import Supervisor

log = logging.getLogger(__name__)
IDLE_POLL_S = 2.0  # a worker with nothing to do looks again (``wake()`` is quicker)
EMIT_EVERY_S = 0.5
TRANSIENT = (OSError, EOFError, paramiko.SSHException)  # socket.timeout and SFTP errors are OSError


class SftpUploader:
    """Construct, ``start()``, ``wake()`` when a file is finished, ``stop(timeout)``."""

    def __init__(
        self,
        settings: SftpConfig,
        index: ArchiveIndex,
        root: Path,
        secrets: SecretStore,
        audit: AuditLog | None = None,
        *,
        clock: Callable[[], float] = time.time,
        supervisor: Supervisor | None = None,
        connect: Callable[[SftpConfig, str | None], SftpSession] = open_session,
    ) -> None:
        self.settings = settings
        self.root = root
        self._index = index
        self._secrets = secrets
        self._audit = audit
        self._clock = clock
        self._connect = connect
        self._bucket = TokenBucket(settings.bandwidth_bytes_s)
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._generation = 0  # one more at each ``reconfigure``: a worker's session is of the old settings
        self._changed = threading.Event()  # set (and replaced) by ``reconfigure``: ends a backoff wait
        self.queue = UploadQueue(index, settings.retry_initial_s, settings.retry_max_s, clock)
        self._status = UploadStatus(
            UploaderState.OFF, settings.host, settings.port, pinned_fingerprint=settings.host_key.strip()
        )
        self._recent_rate = 0.0  # bytes/s of the last finished transfers (for the ETA)
        self._last_emit = 0.0
        self.status_changed: Signal[[UploadStatus]] = Signal("sftp upload status")
        self.workers = [
            ServiceThread(f"sftp-{n}", partial(self._run, n), supervisor, partial(self._crashed, n))
            for n in range(1, settings.parallel + 1)
        ]

    # -- life cycle -----------------------------------------------------------------------
    def start(self) -> None:
        self._update(state=UploaderState.IDLE)
        for worker in self.workers:
            worker.start()

    def request_stop(self) -> None:
        for worker in self.workers:
            worker.request_stop()
        self._wake.set()
        self._changed.set()

    def reconfigure(self, settings: SftpConfig) -> None:
        """The admin's new settings (safe from any thread): a transfer under way finishes; then each worker
        connects with these (and the keyring's password as it is now) at its next file, a worker waiting
        after a failure at once. The number of workers and the bandwidth limit stay until the next start."""
        with self._lock:
            self.settings = settings
            self._generation += 1
            changed, self._changed = self._changed, threading.Event()
        self._update(  # what was said of the old server is not said of the new one
            state=UploaderState.IDLE,
            host=settings.host,
            port=settings.port,
            pinned_fingerprint=settings.host_key.strip(),
            host_key=HostKeyState.UNCHECKED,
            last_error="",
            last_problem=None,
            retry_at=None,
        )
        changed.set()
        self._wake.set()

    def stop(self, timeout: float) -> bool:
        self.request_stop()
        return all([worker.stop(timeout) for worker in self.workers])

    def wake(self) -> None:
        """A file was finished: idle workers look now (safe from any thread)."""
        self._wake.set()

    def status(self) -> UploadStatus:
        """The latest snapshot, with the backlog read from the index now."""
        with self._lock:
            status = self._status
        return self._with_backlog(status)

    # -- one worker -----------------------------------------------------------------------
    def _run(self, number: int) -> None:
        stop = self.workers[number - 1].stop_event
        backoff = Backoff(self.settings.retry_initial_s, self.settings.retry_max_s)
        session: SftpSession | None = None
        generation = self._generation
        try:
            while not stop.is_set():
                if generation != self._generation:  # new settings: this session and backoff were the old ones
                    generation = self._generation
                    backoff.reset()
                    if session is not None:
                        session.close()
                        session = None
                file = self.queue.claim(number)
                if file is None:
                    if self._wake.wait(IDLE_POLL_S):
                        self._wake.clear()
                    continue
                try:
                    if session is None:
                        session = self._connect(self.settings, self._secrets.get(PASSWORD_KEY))
                        self._connected()
                    self._transfer(session, file, stop)
                    backoff.reset()
                except transfer.TransferStopped:
                    self.queue.release(file.id)
                    return
                except transfer.PermanentFileError as exc:
                    self._park(file, exc)
                except (HostKeyRefused, LoginRefused, *TRANSIENT) as exc:
                    self.queue.release(file.id, failed=session is not None)  # on a working link?
                    self._failed(file, exc, classify(exc, connecting=session is None))
                    if session is not None:
                        session.close()
                        session = None
                    delay = backoff.next_delay()
                    self._update(state=self._state_after(exc), retry_at=self._clock() + delay)
                    self._changed.wait(delay)  # ended early by new settings or a stop
        finally:
            if session is not None:
                session.close()

    def _transfer(self, session: SftpSession, file: ArchiveFile, stop: threading.Event) -> None:
        remote = posix_join(self.settings.remote_root, file.path)
        started = time.monotonic()

        def progress(done: int, resumed_from: int) -> None:
            elapsed = max(1e-3, time.monotonic() - started)
            self.queue.progress(file.id, done, resumed_from, (done - resumed_from) / elapsed)
            self._emit(throttled=True)

        self._update(state=UploaderState.UPLOADING, retry_at=None)
        result = transfer.upload(session, self.root / file.path, remote, self._bucket, stop, progress)
        self._index.mark_uploaded(file.id)
        rate = result.sent_bytes / result.seconds if result.seconds > 0 else 0.0
        self.queue.done(file.id)
        with self._lock:
            if result.sent_bytes >= 1_000_000:
                self._recent_rate = rate if not self._recent_rate else 0.7 * self._recent_rate + 0.3 * rate
            status = self._status
            self._status = replace(
                status,
                uploaded_files=status.uploaded_files + 1,
                uploaded_bytes=status.uploaded_bytes + result.sent_bytes,
                verification=result.verified,
            )
        log.info(
            "uploaded %s (%d bytes, %.1f MB/s, resumed at %d, verified by %s)",
            file.path,
            result.size_bytes,
            rate / 1e6,
            result.resumed_from,
            result.verified,
        )
        self._record(
            file,
            "already_there" if result.already_there else "uploaded",
            remote=remote,
            size_bytes=result.size_bytes,
            sent_bytes=result.sent_bytes,
            resumed_from=result.resumed_from,
            duration_s=round(result.seconds, 3),
            rate_mb_s=round(rate / 1e6, 2),
            verified=result.verified,
        )
        busy = bool(self.queue.snapshot()[0])
        self._update(state=UploaderState.UPLOADING if busy else UploaderState.IDLE)

    # -- the queue ------------------------------------------------------------------------
    def _crashed(self, number: int, _error: BaseException) -> None:
        self.queue.release_worker(number)

    def _park(self, file: ArchiveFile, exc: transfer.PermanentFileError) -> None:
        error, advice = str(exc), exc.advice
        self.queue.park(file, error, advice, exc.problem)
        log.error("upload of %s failed: %s. What to do: %s", file.path, error, advice)
        self._record(file, "failed_permanently", error=error, advice=advice)
        self._update(
            last_error=f"{file.path}: {error}", last_error_ts=self._clock(), last_problem=exc.problem
        )

    # -- reporting ------------------------------------------------------------------------
    def _connected(self) -> None:
        with self._lock:
            known = self._status.host_key
            self._status = replace(self._status, host_key=HostKeyState.TRUSTED)
        if known is not HostKeyState.TRUSTED:
            log.info("connected to %s:%d, host key trusted", self.settings.host, self.settings.port)

    def _failed(self, file: ArchiveFile, exc: BaseException, problem: UploadProblem) -> None:
        text = str(exc) or type(exc).__name__
        if isinstance(exc, HostKeyRefused):
            with self._lock:
                changed = (self._status.host_key, self._status.seen_fingerprint) != (
                    exc.state,
                    exc.fingerprint,
                )
                self._status = replace(
                    self._status,
                    host_key=exc.state,
                    seen_fingerprint=exc.fingerprint,
                    seen_key_type=exc.key_type,
                )
            if changed:  # once per state and key, not on every retry
                log.error("SFTP %s:%d: %s", self.settings.host, self.settings.port, text)
                self._audit_record(
                    "host",
                    event=f"host_key_{exc.state.value}",
                    host=f"{self.settings.host}:{self.settings.port}",
                    fingerprint=exc.fingerprint,
                    key_type=exc.key_type,
                    pinned=exc.pinned,
                )
        else:
            log.warning("upload of %s failed: %s (retried)", file.path, text)
            event = "login_refused" if isinstance(exc, LoginRefused) else "failed"
            self._record(file, event, error=f"{type(exc).__name__}: {text}"[:300])
        self._update(last_error=text, last_error_ts=self._clock(), last_problem=problem)

    def _state_after(self, exc: BaseException) -> UploaderState:
        if isinstance(exc, HostKeyRefused):
            if exc.state is HostKeyState.CHANGED:
                return UploaderState.HOST_KEY_CHANGED
            return UploaderState.HOST_KEY_NOT_PINNED
        return UploaderState.LOGIN_REFUSED if isinstance(exc, LoginRefused) else UploaderState.RETRYING

    def _record(self, file: ArchiveFile, event: str, **detail: object) -> None:
        self._audit_record(file.path, event=event, camera=file.camera, **detail)

    def _audit_record(self, subject: str, **detail: object) -> None:
        if self._audit is not None:
            self._audit.record(AuditKind.SFTP_TRANSFER, subject, **detail)

    def _update(self, **changes: object) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)  # type: ignore[arg-type]
        self._emit()

    def _emit(self, throttled: bool = False) -> None:
        now = time.monotonic()
        with self._lock:
            if throttled and now - self._last_emit < EMIT_EVERY_S:
                return
            self._last_emit = now
            status = self._status
        self.status_changed.emit(self._with_backlog(status))

    def _with_backlog(self, status: UploadStatus) -> UploadStatus:
        files, size, oldest = self._index.upload_backlog()
        transfers, parked = self.queue.snapshot()
        with self._lock:
            recent = self._recent_rate
        rate = sum(t.bytes_per_s for t in transfers)
        left = size - sum(t.done_bytes for t in transfers)
        speed = rate or recent
        alarm_at = self._clock() - self.settings.backlog_alarm_hours * 3600
        return replace(
            status,
            transfers=transfers,
            parked=parked,
            backlog_files=files,
            backlog_bytes=size,
            oldest_pending_ts=oldest,
            bytes_per_s=rate,
            eta_s=max(0.0, left) / speed if speed > 0 and files else None,
            backlog_alarm=oldest is not None and oldest < alarm_at,
        )


def posix_join(root: str, relative: str) -> str:
    """The remote path of an archive file (the index's paths are posix already)."""
    if root in ("", "."):
        return relative
    return posixpath.join(root, relative)

"""The console's services without any window: what ``--headless`` runs and the UI sits on.

Construction does no I/O; ``start()`` opens the database and starts the cameras;
``stop()`` shuts down in reverse order with bounded waits.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from cgrconsole import __version__
from cgrconsole.config import Config
from cgrconsole.core.anpr.lanes import Lane
from cgrconsole.core.anpr.ocr import create_engine
from cgrconsole.core.anpr.recognizer import CameraRecognition, RecognitionService
from cgrconsole.core.archive.index import ArchiveIndex
from cgrconsole.core.archive.links import ArchiveLinks
from cgrconsole.core.archive.recorder import SegmentRecorder
from cgrconsole.core.archive.retention import ArchiveJanitor
from cgrconsole.core.archive.segment import FinishedSegment, TranscodeSettings, recover
from cgrconsole.core.archive.upload.settings import SftpConfig
from cgrconsole.core.archive.upload.uploader import SftpUploader
from cgrconsole.core.camera.manager import CameraManager
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.camera.status import CameraStatus
from cgrconsole.core.camera.worker import CameraWorker
from cgrconsole.core.janitor import Janitor
from cgrconsole.core.live.access import AccessMonitor
from cgrconsole.core.live.server import LiveServer
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.reachability.monitor import ReachabilityMonitor
from cgrconsole.core.review.events import EventStore
from cgrconsole.core.review.intake import AutoSend, EventIntake
from cgrconsole.core.review.retention import EventRetention
from cgrconsole.core.review.shift import OfficerShift
from cgrconsole.core.secret_backends import SecretBackend
from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.source_factory import make_source_factory
from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.database import Database
from cgrconsole.core.storage.space import FreeSpaceGuard
from cgrconsole.core.supervision import Supervisor, WorkerFault
from cgrconsole.core.uplink.destination import Destination
from cgrconsole.core.uplink.dispatcher import DispatcherThread, OutboxDispatcher
from cgrconsole.core.uplink.drvn.client import DrvnClient
from cgrconsole.core.uplink.drvn.reconcile import ReconcileReport
from cgrconsole.core.uplink.outbox import Outbox
from cgrconsole.core.uplink.reconciliation import DrvnReconciler
from cgrconsole.live_service import LiveService
from cgrconsole.logs import SECRETS
from cgrconsole.paths import AppPaths
from cgrconsole.uplinks import Uplinks, build_uplinks, reach_endpoints

log = logging.getLogger(__name__)


class Engine:
    def __init__(
        self,
        config: Config,
        paths: AppPaths,
        secrets: SecretStore,
        *,
        decode: bool = True,
        clock: Callable[[], float] = time.time,
        destinations: Sequence[Destination] | None = None,
        announce: Callable[[str], None] | None = None,
        live_port_fallback: bool = False,
    ) -> None:
        """``announce`` gets the ``live: <camera> <url>`` lines (the demo and headless print them);
        ``live_port_fallback`` serves the live stream on a free port when its own is taken (the demo)."""
        self.config = config
        self.paths = paths
        self.secrets = secrets
        self.secrets_backend: SecretBackend | None = None  # the store in use, known once started
        self._clock = clock
        zone = ZoneInfo(config.site.timezone)
        self.database = Database(paths.database, backup_dir=paths.backups)
        self.audit = AuditLog(self.database, clock, redact=SECRETS.redact)
        self.supervisor = Supervisor(clock=clock)
        self.supervisor.fault.connect(self._audit_fault)
        self.cameras = CameraManager(
            config.cameras,
            make_source_factory(secrets, config.ingest, clock),
            config.ingest,
            decode=decode,
            clock=clock,
            supervisor=self.supervisor,
        )
        self.archive_index = ArchiveIndex(self.database, clock)
        self.recorders: dict[str, SegmentRecorder] = {}
        self.janitor: ArchiveJanitor | None = None
        archive = config.archive
        self.uploader: SftpUploader | None = None
        # Retention waits for the upload only while it runs (a file recorded with SFTP off is never sent).
        self._upload_required = archive.enabled and config.sftp.enabled
        # One guard for every disk the console writes to (see core/storage/space.py).
        self.space = FreeSpaceGuard(archive.min_free_gb, archive.critical_free_gb, self.audit)
        if archive.enabled:
            for name, worker in self.cameras.workers.items():
                self.recorders[name] = self._recorder(name, worker, zone)
            self.janitor = ArchiveJanitor(
                paths.archive_dir,
                self.archive_index,
                archive,
                self.audit,
                upload_required=self._upload_required,
                clock=clock,
                space=self.space,
            )
            if self._upload_required:
                self.uploader = SftpUploader(
                    config.sftp,
                    self.archive_index,
                    paths.archive_dir,
                    secrets,
                    self.audit,
                    clock=clock,
                    supervisor=self.supervisor,
                )
        self.uplinks = (
            Uplinks(list(destinations))
            if destinations is not None
            else build_uplinks(config, secrets, paths, clock)
        )
        self.destinations = self.uplinks.destinations
        # through the VPN: each uplink's server, checked every 30 s (DNS, TCP, TLS or SSH handshake)
        self.reachability = ReachabilityMonitor(
            reach_endpoints(config),
            interval_s=config.reachability.interval_s,
            timeout_s=config.reachability.timeout_s,
            clock=clock,
            supervisor=self.supervisor,
        )
        names = tuple(d.name for d in self.destinations)
        self.events = EventStore(self.database, paths.events_dir, self.audit, lambda: names, zone, clock)
        retry = config.uplink
        self.outbox = Outbox(self.database, clock, retry.retry_initial_s, retry.retry_max_s)
        self.events.follow(self.outbox)
        self.shift = OfficerShift(paths.data_dir, self.audit, clock)  # whose name decisions carry
        self.data_retention = EventRetention(
            self.database,
            paths.events_dir,
            self.audit,
            events_days=archive.events_days,
            audit_days=archive.audit_days,
            clock=clock,
        )
        self.space.watch("data", paths.data_dir)
        self.space.watch("events", paths.events_dir, self.data_retention)
        self.space.watch("backups", paths.backups)
        self.space.watch("logs", paths.log_dir)
        sweeps = [self.janitor.sweep] if self.janitor is not None else []
        self.maintenance = Janitor([*sweeps, self.data_retention.sweep], self.space.guard, self.supervisor)
        self.reconciler = self._reconciler()
        self.dispatcher = (
            DispatcherThread(
                OutboxDispatcher(
                    self.outbox,
                    self.destinations,
                    self.events.outbound,
                    clock,
                    companions=self.uplinks.companions,
                    audit=self.audit,
                ),
                self.supervisor,
            )
            if self.destinations
            else None
        )
        auto = self._auto_send()
        links = ArchiveLinks(self.archive_index, self.recorders)
        self.intake = EventIntake(self.events, links.at, auto, self._wake_dispatcher, self.audit)
        for recorder in self.recorders.values():
            recorder.file_finished.connect(self.intake.relink)
            recorder.file_finished.connect(self._wake_uploader)
        self._decode = decode
        self.recognition = self._recognition() if decode else None
        self._announce, self._live_port_fallback = announce, live_port_fallback
        self.live = self._live_service()
        self.started_at: float | None = None

    def _live_service(self) -> LiveService:
        return LiveService(
            self.config,
            self.paths,
            self.secrets,
            self.cameras,
            self.recorders,
            self.outbox,
            self.audit,
            self.supervisor,
            clock=self._clock,
            announce=self._announce,
            port_fallback=self._live_port_fallback,
        )

    # What the console reads of the live stream (ui/live_dialog.py): None/empty while it is off.
    @property
    def live_streams(self) -> dict[str, Any]:
        return self.live.streams

    @property
    def live_packagers(self) -> dict[str, Any]:
        return self.live.packagers

    @property
    def live_server(self) -> LiveServer | None:
        return self.live.server

    @property
    def live_access(self) -> AccessMonitor | None:
        return self.live.access

    def _recorder(self, name: str, worker: CameraWorker, zone: ZoneInfo) -> SegmentRecorder:
        archive = self.config.archive
        queue = worker.fanout.subscribe("recorder", maxsize=750)  # 30 s at 25 fps: rides out finalizing
        return SegmentRecorder(
            name,
            queue,
            self.paths.archive_dir,
            self.archive_index,
            zone,
            segment_seconds=archive.segment_seconds,
            transcode=TranscodeSettings(
                bitrate_kbps=archive.transcode_bitrate_kbps, preset=archive.transcode_preset
            ),
            upload_required=self._upload_required,
            clock=self._clock,
            supervisor=self.supervisor,
        )

    # -- cameras changed at run time (the admin's settings) -------------------------------
    def add_camera(self, camera: CameraConfig) -> None:
        """Start ``camera`` now: ingest, its recorder, recognition and its live stream."""
        if any(c.name == camera.name for c in self.config.cameras):
            raise ValueError(f"camera {camera.name!r} exists already")
        self.config = dataclasses.replace(self.config, cameras=(*self.config.cameras, camera))
        self._update_auto_send()
        worker = self.cameras.add(camera)
        if worker is None:
            return
        recorder = None
        if self.config.archive.enabled:
            recorder = self._recorder(camera.name, worker, ZoneInfo(self.config.site.timezone))
            recorder.file_finished.connect(self.intake.relink)
            recorder.file_finished.connect(self._wake_uploader)
            self.recorders[camera.name] = recorder
        self._recognize(camera, worker)
        self.live.add_camera(camera.name, worker)
        if self.started_at is not None:
            if recorder is not None:
                recorder.start()
            worker.start()
        log.info("camera %s added", camera.name)

    def remove_camera(self, name: str, timeout: float = 10.0) -> None:
        """Stop camera ``name``: its live stream ends, ingest ends, its recorder finishes its current file."""
        self.config = dataclasses.replace(
            self.config, cameras=tuple(c for c in self.config.cameras if c.name != name)
        )
        self._update_auto_send()
        if self.recognition is not None:
            self.recognition.cameras = [c for c in self.recognition.cameras if c.camera != name]
        self.live.remove_camera(name, timeout)
        self.cameras.remove(name, timeout)
        recorder = self.recorders.pop(name, None)
        if recorder is not None:
            recorder.stop(timeout)
        log.info("camera %s removed", name)

    # -- other settings changed at run time, the same way -----------------------------------------
    def apply_sftp(self, settings: SftpConfig) -> bool:
        """``[sftp]`` changed: the uploader connects with it (and the keyring's password as it is now) at its
        next file. False, and nothing changed, when it switches the upload on or off while recording: each
        file is marked for upload as it finishes and retention waits for that, as set at start."""
        if settings.enabled != self.config.sftp.enabled and self.config.archive.enabled:
            return False
        self.config = dataclasses.replace(self.config, sftp=settings)
        if self.uploader is not None:
            self.uploader.reconfigure(settings)
        log.info("archive upload settings applied: %s@%s:%d", settings.user, settings.host, settings.port)
        return True

    def rename_site(self, name: str) -> None:
        """``[site] name``: the window's title and the audit use it at once."""
        self.config = dataclasses.replace(self.config, site=dataclasses.replace(self.config.site, name=name))

    def live_viewers(self) -> int:
        return self.live.viewers()

    def set_live(self, settings: LiveConfig) -> None:
        """``[live]`` changed (on the GUI thread, as every change of ``config``); ``restart_live`` uses it."""
        self.config = dataclasses.replace(self.config, live=settings)

    def restart_live(self) -> str:
        """The live stream stops (its viewers are cut off) and starts with ``config.live``, for every camera
        running now. Blocks for the server's stop and start (call it off the GUI thread); returns why it does
        not run ("" when it does, or when it is switched off)."""
        if self.started_at is None:
            return ""
        self.live.stop(5.0)
        self.live = self._live_service()
        self.live.start()
        log.info("live stream restarted with new settings (%s)", "on" if self.config.live.enabled else "off")
        return self.live.problem

    def _update_auto_send(self) -> None:
        self.intake.set_auto_send(self._auto_send())

    def _auto_send(self) -> AutoSend:
        """The trusted cameras; with ``auto_send_queued_only``, only plates in today's queue."""
        anpr, trucks = self.config.anpr, self.uplinks.trucks
        queued: Callable[[str], bool | None] | None = None
        if anpr.auto_send_queued_only:
            queued = trucks.is_queued if trucks is not None else (lambda _plate: None)
        cameras = frozenset(c.name for c in self.config.cameras if c.auto_send)
        return AutoSend(cameras, anpr.auto_send_min_confidence, queued)

    def _recognize(self, camera: CameraConfig, worker: CameraWorker) -> None:
        anpr = self.config.anpr
        if not (camera.anpr and anpr.enabled and self._decode):
            return
        recognition = CameraRecognition(
            camera.name,
            worker.add_frame_sampler(anpr.sample_fps),
            "auto" if camera.entry_motion else camera.direction,
            camera.roi,
            camera.entry_motion or "down",
        )
        if self.recognition is not None:
            self.recognition.cameras = [*self.recognition.cameras, recognition]  # read by its thread
            return
        self.recognition = RecognitionService(
            [recognition], create_engine(anpr.engine), self.intake.accept, self._clock, self.supervisor
        )
        if self.started_at is not None:
            self.recognition.start()

    def _reconciler(self) -> DrvnReconciler | None:
        """The daily ĐBVN reconciliation, on the dispatcher's loop, when that uplink is on."""
        client = next((d for d in self.destinations if isinstance(d, DrvnClient)), None)
        if client is None:
            return None
        reconciler = DrvnReconciler(client, self.outbox, self._clock, on_requeued=self._wake_dispatcher)
        self.uplinks.companions.append(reconciler.run)
        return reconciler

    def _recognition(self) -> RecognitionService | None:
        anpr = self.config.anpr
        cameras = [
            CameraRecognition(
                c.name,
                self.cameras.workers[c.name].add_frame_sampler(anpr.sample_fps),
                "auto" if c.entry_motion else c.direction,
                c.roi,
                c.entry_motion or "down",
                tuple(Lane.from_config(lane) for lane in c.lanes),
            )
            for c in self.config.cameras
            if c.enabled and c.anpr and c.name in self.cameras.workers
        ]
        if not anpr.enabled or not cameras:
            return None
        return RecognitionService(
            cameras, create_engine(anpr.engine), self.intake.accept, self._clock, self.supervisor
        )

    def reconcile_drvn_now(self) -> concurrent.futures.Future[ReconcileReport] | None:
        """Ask ĐBVN now what it lacks (the officer's button); None when that uplink is off or not running."""
        if self.reconciler is None or self.dispatcher is None:
            return None
        return self.dispatcher.submit(self.reconciler.reconcile_now)

    def _wake_uploader(self, _segment: FinishedSegment) -> None:
        if self.uploader is not None:
            self.uploader.wake()

    def _wake_dispatcher(self) -> None:
        if self.dispatcher is not None:
            self.dispatcher.wake()

    def start(self) -> None:
        self.paths.create()
        self.database.open()
        self.shift.load()
        self.audit.record(
            AuditKind.APP,
            "console",
            event="start",
            version=__version__,
            site=self.config.site.name,
            cameras=len(self.config.cameras),
        )
        self.cameras.status_changed.connect(self._audit_camera)
        self.started_at = self._clock()
        self._choose_secret_store()
        self._recover_archive()
        if self.uplinks.trucks is not None:
            self.uplinks.trucks.load()
        for recorder in self.recorders.values():
            recorder.start()
        if self.uploader is not None:
            self.uploader.start()
        self.maintenance.start()
        if self.dispatcher is not None:
            self.dispatcher.start()
        self.reachability.start()
        if self.recognition is not None:
            self.recognition.start()
        self.live.start()  # its packagers subscribed at construction: no packet is missed
        self.cameras.start()
        log.info(
            "cgrconsole %s started: site %r, data in %s",
            __version__,
            self.config.site.name,
            self.paths.data_dir,
        )

    def stop(self, timeout: float = 10.0) -> None:
        if self.started_at is None:
            return
        self.cameras.stop(timeout)
        if self.recognition is not None:
            self.recognition.stop(timeout)
        for recorder in self.recorders.values():
            recorder.request_stop()
        for recorder in self.recorders.values():
            recorder.stop(timeout)  # each finishes its current file
        self.live.stop(timeout)  # before the database closes: the access log's last rows
        if self.uploader is not None:
            self.uploader.stop(timeout)  # a transfer cut here is resumed at the next start
        self.maintenance.stop()
        if self.dispatcher is not None:
            self.dispatcher.stop(timeout)
        self.reachability.stop(min(timeout, 2.0))  # a check under way ends by its own timeout
        self.audit.record(AuditKind.APP, "console", event="stop")
        self.database.close()
        self.started_at = None
        log.info("cgrconsole stopped")

    def _choose_secret_store(self) -> None:
        """Here, not on the window's thread: choosing talks to D-Bus or Windows (and logs the choice)."""
        try:
            self.secrets_backend = self.secrets.backend
        except Exception as exc:  # the secrets are read later anyway; each read says it once
            log.error("no store for secrets on this PC: %s: %s", type(exc).__name__, exc)

    def _recover_archive(self) -> None:
        """Finish the files an unclean stop left half-written, before recording starts again."""
        if not self.recorders or not self.paths.archive_dir.is_dir():
            return
        for segment in recover(self.paths.archive_dir, self._index_recovered):
            self.audit.record(
                AuditKind.ARCHIVE,
                segment.camera,
                event="recovered",
                path=segment.relative_path,
                duration_s=round(segment.duration_s, 1),
            )

    def _index_recovered(self, segment: FinishedSegment) -> None:
        self.archive_index.add(segment, upload_required=self._upload_required)

    def _audit_fault(self, fault: WorkerFault) -> None:
        """Runs on the failing thread: every unexpected error is in the audit log, not only the file log."""
        if self.started_at is None:
            return  # the database is not open (an error before start or after stop): the log has it
        self.audit.record(
            AuditKind.APP,
            fault.worker,
            event="worker_error",
            error=fault.error,
            crashes=fault.crashes,
            restart_in_s=fault.restart_in_s,
        )

    def _audit_camera(self, status: CameraStatus) -> None:
        """Runs on a camera's ingest thread, once per state or reason change."""
        self.audit.record(
            AuditKind.CAMERA_SESSION,
            status.camera,
            state=status.state.value,
            reason=status.reason.value if status.reason else None,
            detail=status.detail,
            codec=status.codec,
            width=status.width,
            height=status.height,
        )

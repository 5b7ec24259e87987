"""The self-test's checks of this PC: plate recognition, the database, the secret store, libvlc, the disk.

Each takes what it checks as arguments (a folder, a store, a way to read the disk) and returns a
``CheckResult``; none raises.
"""

from __future__ import annotations

import secrets as tokens
import sqlite3
import tempfile
from pathlib import Path

import cv2

from cgrconsole.config import Config
from cgrconsole.core.secret_backends import BackendKind
from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.storage.space import GB, DiskUsage
from cgrconsole.self_test.report import Advice, Check, CheckResult, Fact, Verdict

PLATE = "123ABC02"  # what resources/self_test/plate.jpg shows (packaging/self_test_plate.py made it)
PLATE_FORMAT = "kz2012_private"
PLATE_IMAGE = "self_test/plate.jpg"  # inside the resources folder
SECRET_KEY = "self-test/probe"  # set, read back and deleted again
TB = 1024 * GB  # binary units, as the free-space guard counts (min_free_gb)


def check_ocr(resources: Path) -> CheckResult:
    """Load the default recognizer (the plate network, ONNX) and read the bundled plate."""
    from cgrconsole.core.anpr.ocr import DEFAULT_ENGINE, create_engine

    image_path = resources / PLATE_IMAGE
    image = cv2.imread(str(image_path), cv2.IMREAD_COLOR) if image_path.is_file() else None
    if image is None:
        return CheckResult(
            Check.OCR, Verdict.FAIL, Fact("ocr.image_missing", path=image_path), Advice.REINSTALL
        )
    try:
        engine = create_engine(DEFAULT_ENGINE)
        engine.load()
        lines = engine.read_line(image)
    except Exception as exc:  # the model file missing or unreadable
        return CheckResult(Check.OCR, Verdict.FAIL, f"{type(exc).__name__}: {exc}", Advice.REINSTALL)
    read, confidence = lines[0] if lines else ("", 0.0)
    detail = (
        Fact(
            "ocr.read", engine=engine.name, read=repr(read), confidence=f"{confidence:.2f}", plate=repr(PLATE)
        )
        if read
        else Fact("ocr.read_nothing", engine=engine.name, plate=repr(PLATE))
    )
    if read != PLATE:
        return CheckResult(Check.OCR, Verdict.FAIL, detail, Advice.REINSTALL)
    return CheckResult(Check.OCR, Verdict.OK, detail)


def check_database(data_dir: Path) -> CheckResult:
    """Create and migrate a temporary database in the data folder (the same disk and file system)."""
    from cgrconsole.core.storage.database import Database
    from cgrconsole.core.storage.migrations import MIGRATIONS

    where = data_dir if data_dir.is_dir() else None  # not made (not writable?): the system's temp folder
    try:
        with tempfile.TemporaryDirectory(prefix=".self-test-", dir=where) as folder:
            database = Database(Path(folder) / "self-test.db")
            database.open()
            try:
                version = database.version
                with database.read() as db:
                    tables = len(db.table_names())
            finally:
                database.close()
    except (OSError, sqlite3.Error) as exc:
        return CheckResult(
            Check.DATABASE,
            Verdict.FAIL,
            Fact(
                "database.failed", folder=where or tempfile.gettempdir(), error=f"{type(exc).__name__}: {exc}"
            ),
            Advice.DATA_NOT_WRITABLE,
        )
    detail = Fact("database.ok", version=sqlite3.sqlite_version, schema=version, tables=tables)
    if where is None:
        elsewhere = Fact("database.no_data_dir", path=data_dir, folder=tempfile.gettempdir())
        detail = Fact.joined(detail, elsewhere)
        return CheckResult(Check.DATABASE, Verdict.FAIL, detail, Advice.DATA_NOT_WRITABLE)
    if version != len(MIGRATIONS):
        return CheckResult(Check.DATABASE, Verdict.FAIL, detail, Advice.REINSTALL)
    return CheckResult(Check.DATABASE, Verdict.OK, detail)


def check_secrets(store: SecretStore) -> CheckResult:
    """Which store keeps the secrets, and that it stores, reads back and deletes one."""
    try:
        backend = store.backend
    except Exception as exc:
        return CheckResult(
            Check.SECRETS,
            Verdict.FAIL,
            Fact("secrets.none", error=f"{type(exc).__name__}: {exc}"),
            Advice.KEYRING_NONE,
        )
    probe = tokens.token_hex(8)
    try:
        store.set(SECRET_KEY, probe)
        read = store.get(SECRET_KEY)
        store.delete(SECRET_KEY)
        left = store.get(SECRET_KEY)
    except Exception as exc:
        return CheckResult(
            Check.SECRETS,
            Verdict.FAIL,
            Fact(
                "secrets.refused",
                store=backend.label,
                kind=backend.kind,
                error=f"{type(exc).__name__}: {exc}",
            ),
            Advice.KEYRING_NONE,
        )
    if read != probe or left is not None:
        detail = Fact("secrets.mismatch", store=backend.label, kind=backend.kind)
        return CheckResult(Check.SECRETS, Verdict.FAIL, detail, Advice.KEYRING_NONE)
    detail = Fact("secrets.ok", store=backend.label, kind=backend.kind)
    if backend.kind is BackendKind.FILE:
        where = Fact("secrets.file", vault=backend.vault, key=backend.key_file)
        return CheckResult(Check.SECRETS, Verdict.WARN, Fact.joined(detail, where), Advice.KEYRING_FILE)
    return CheckResult(Check.SECRETS, Verdict.OK, detail)


def check_player() -> CheckResult:
    """libvlc as the archive player finds it (one discovery: cgrconsole/vlc_runtime.py)."""
    from cgrconsole.vlc_runtime import VlcMissing, load_vlc

    found = load_vlc()
    if isinstance(found, VlcMissing):
        return CheckResult(
            Check.PLAYER, Verdict.WARN, Fact("player.missing", reason=found.reason), Advice.INSTALL_VLC
        )
    detail = Fact(f"player.{found.source}", version=found.version, library=found.library)
    return CheckResult(Check.PLAYER, Verdict.OK, detail)


def retention_need(config: Config) -> int:
    """Bytes the archive needs: enabled cameras x archive bitrate x retention days."""
    cameras = sum(1 for c in config.cameras if c.enabled)
    archive = config.archive
    return cameras * archive.transcode_bitrate_kbps * 1000 // 8 * 86400 * archive.retention_days


def check_disk(config: Config, archive_dir: Path, disk_usage: DiskUsage) -> CheckResult:
    """The archive disk against what the retention needs, plus the free-space floor."""
    archive = config.archive
    cameras = sum(1 for c in config.cameras if c.enabled)
    need = retention_need(config)
    floor = int(archive.min_free_gb * GB)
    where = _existing(archive_dir)
    try:
        total, _used, free = disk_usage(where)
    except OSError as exc:
        return CheckResult(
            Check.DISK, Verdict.FAIL, Fact("disk.unreadable", folder=where, error=exc), Advice.ARCHIVE_MISSING
        )
    detail = Fact(
        "disk.need",
        cameras=cameras,
        kbps=archive.transcode_bitrate_kbps,
        days=archive.retention_days,
        need=_size(need),
        floor=_size(floor),
        folder=where,
        free=_size(free),
        total=_size(total),
    )
    if cameras == 0:
        return CheckResult(Check.DISK, Verdict.WARN, detail, Advice.NO_CAMERAS)
    if total < need + floor:
        return CheckResult(Check.DISK, Verdict.FAIL, detail, Advice.DISK_TOO_SMALL)
    if free < need + floor:
        return CheckResult(Check.DISK, Verdict.WARN, detail, Advice.DISK_LOW)
    return CheckResult(Check.DISK, Verdict.OK, detail)


def _existing(folder: Path) -> Path:
    """``folder`` or its nearest existing parent (a fresh install has no archive folder yet)."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate
    return folder


def _size(count: int) -> str:
    return f"{count / TB:.2f} TB" if count >= TB else f"{count / GB:.1f} GB"

"""The self-test's words in the UI language: each check's name, each verdict, each piece of advice.

The facts of a line are said from their code (``self_test/report.FACTS``: one translatable text per
code here, tests/ui/test_self_test_dialog.py checks that none is missing); their parameters (versions,
paths, sizes, the error as a library said it) and any fact without a code stay as the self-test wrote them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from cgrconsole.self_test import Advice, Check, CheckResult, Fact, Verdict
from cgrconsole.ui.secret_text import kind_text

# code -> (source text with %1.., the parameter names in %-order). lupdate reads the literals.
FACT_TEXTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "config.running": (QT_TRANSLATE_NOOP("SelfTestFact", "the running console's configuration"), ()),
    "config.missing": (QT_TRANSLATE_NOOP("SelfTestFact", "%1 does not exist: defaults used"), ("path",)),
    "config.cameras": (
        QT_TRANSLATE_NOOP("SelfTestFact", "%1: %2 camera(s), %3 enabled"),
        ("path", "cameras", "enabled"),
    ),
    "config.more_problems": (QT_TRANSLATE_NOOP("SelfTestFact", "%1 (and %2 more)"), ("problem", "count")),
    "ocr.image_missing": (QT_TRANSLATE_NOOP("SelfTestFact", "the test image is missing: %1"), ("path",)),
    "ocr.read": (
        QT_TRANSLATE_NOOP("SelfTestFact", "%1 read %2 (%3) from %4"),
        ("engine", "read", "confidence", "plate"),
    ),
    "ocr.read_nothing": (QT_TRANSLATE_NOOP("SelfTestFact", "%1 read nothing from %2"), ("engine", "plate")),
    "database.failed": (QT_TRANSLATE_NOOP("SelfTestFact", "in %1: %2"), ("folder", "error")),
    "database.ok": (
        QT_TRANSLATE_NOOP("SelfTestFact", "SQLite %1, WAL, migrated to version %2 (%3 tables)"),
        ("version", "schema", "tables"),
    ),
    "database.no_data_dir": (
        QT_TRANSLATE_NOOP("SelfTestFact", "the data folder %1 does not exist, tested in %2"),
        ("path", "folder"),
    ),
    "secrets.none": (QT_TRANSLATE_NOOP("SelfTestFact", "no store: %1"), ("error",)),
    "secrets.refused": (
        QT_TRANSLATE_NOOP("SelfTestFact", "%1 refused (%2); is it unlocked?"),
        ("store", "error"),
    ),
    "secrets.mismatch": (
        QT_TRANSLATE_NOOP("SelfTestFact", "%1: a test secret did not read back as stored"),
        ("store",),
    ),
    "secrets.ok": (
        QT_TRANSLATE_NOOP("SelfTestFact", "%1: stored, read back and deleted a test secret"),
        ("store",),
    ),
    "secrets.file": (
        QT_TRANSLATE_NOOP("SelfTestFact", "the file %1, its key %2: no protection from this user's files"),
        ("vault", "key"),
    ),
    "player.missing": (QT_TRANSLATE_NOOP("SelfTestFact", "libvlc cannot be used: %1"), ("reason",)),
    "player.bundled": (
        QT_TRANSLATE_NOOP("SelfTestFact", "libvlc %1 bundled with the console: %2"),
        ("version", "library"),
    ),
    "player.installed": (
        QT_TRANSLATE_NOOP("SelfTestFact", "libvlc %1, installed VLC: %2"),
        ("version", "library"),
    ),
    "player.system": (
        QT_TRANSLATE_NOOP("SelfTestFact", "libvlc %1, system libvlc: %2"),
        ("version", "library"),
    ),
    "disk.unreadable": (QT_TRANSLATE_NOOP("SelfTestFact", "%1: %2"), ("folder", "error")),
    "disk.need": (
        QT_TRANSLATE_NOOP(
            "SelfTestFact", "%1 camera(s) x %2 kbit/s x %3 days = %4 + %5 kept free; %6: %7 free of %8"
        ),
        ("cameras", "kbps", "days", "need", "floor", "folder", "free", "total"),
    ),
    "archive.no_folder": (
        QT_TRANSLATE_NOOP("SelfTestFact", "the archive folder does not exist: %1"),
        ("path",),
    ),
    "archive.cannot_write": (QT_TRANSLATE_NOOP("SelfTestFact", "cannot write in %1: %2"), ("path", "error")),
    "archive.nothing": (QT_TRANSLATE_NOOP("SelfTestFact", "the recorder wrote nothing playable"), ()),
    "archive.write_failed": (
        QT_TRANSLATE_NOOP("SelfTestFact", "writing in %1 failed: %2"),
        ("path", "error"),
    ),
    "archive.ok": (
        QT_TRANSLATE_NOOP("SelfTestFact", "%1 KiB %2 %3 MP4 in %4, %5 of %6 frames decoded by PyAV %7"),
        ("size", "codec", "resolution", "path", "frames", "expected", "version"),
    ),
    "live.no_start": (QT_TRANSLATE_NOOP("SelfTestFact", "the server did not start: %1"), ("error",)),
    "live.fetch_failed": (QT_TRANSLATE_NOOP("SelfTestFact", "%1: %2"), ("url", "error")),
    "live.ok": (
        QT_TRANSLATE_NOOP("SelfTestFact", "%1: index %2, media playlist %3 (%4 parts)"),
        ("url", "index", "playlist", "parts"),
    ),
    "live.not_stopped": (QT_TRANSLATE_NOOP("SelfTestFact", "the server did not stop in %1 s"), ("seconds",)),
    "live.stopped": (QT_TRANSLATE_NOOP("SelfTestFact", "stopped"), ()),
    "camera.opened": (
        QT_TRANSLATE_NOOP("SelfTestFact", "opened in %1 s: %2 %3"),
        ("seconds", "codec", "resolution"),
    ),
    "camera.opened_fps": (
        QT_TRANSLATE_NOOP("SelfTestFact", "opened in %1 s: %2 %3 %4 fps"),
        ("seconds", "codec", "resolution", "fps"),
    ),
    "camera.not_h264": (QT_TRANSLATE_NOOP("SelfTestFact", "the live stream needs H.264"), ()),
    "uplink.ok": (QT_TRANSLATE_NOOP("SelfTestFact", "%1 OK in %2 s (%3)"), ("steps", "seconds", "ip")),
}


def fact_text(detail: str) -> str:
    """A line's facts in the UI language; words without a code (a library's error) as they came."""
    if not isinstance(detail, Fact):
        return detail
    if detail.parts:
        return "; ".join(fact_text(part) for part in detail.parts)
    source, names = FACT_TEXTS[detail.code]
    params = dict(detail.params)
    if "kind" in params:  # the secret store, named as the About box names it
        params["store"] = kind_text(params["kind"], params["store"])
    text = QCoreApplication.translate("SelfTestFact", source)
    for number, name in enumerate(names, 1):
        text = text.replace(f"%{number}", params[name])
    return text


# lupdate finds only literal QCoreApplication.translate("Context", "text") calls, hence no helper.
def check_text(check: Check) -> str:
    texts = {
        Check.CONFIG: QCoreApplication.translate("SelfTest", "Configuration"),
        Check.OCR: QCoreApplication.translate("SelfTest", "Plate recognition"),
        Check.ARCHIVE: QCoreApplication.translate("SelfTest", "Archive (H.264 MP4)"),
        Check.DATABASE: QCoreApplication.translate("SelfTest", "Database"),
        Check.LIVE: QCoreApplication.translate("SelfTest", "Live stream (HLS)"),
        Check.SECRETS: QCoreApplication.translate("SelfTest", "Secret store"),
        Check.PLAYER: QCoreApplication.translate("SelfTest", "Archive player (libvlc)"),
        Check.DISK: QCoreApplication.translate("SelfTest", "Disk for the archive"),
        Check.CAMERA: QCoreApplication.translate("SelfTest", "Camera"),
        Check.UPLINK: QCoreApplication.translate("SelfTest", "Server"),
    }
    return texts[check]


def title_text(result: CheckResult) -> str:
    return f"{check_text(result.check)} {result.subject}".strip()


def verdict_text(verdict: Verdict) -> str:
    texts = {
        Verdict.OK: QCoreApplication.translate("SelfTest", "Passed"),
        Verdict.WARN: QCoreApplication.translate("SelfTest", "Warning"),
        Verdict.FAIL: QCoreApplication.translate("SelfTest", "Failure"),
    }
    return texts[verdict]


def verdict_color(verdict: Verdict) -> QColor:
    return {Verdict.OK: QColor("#34c759"), Verdict.WARN: QColor("#ffb020"), Verdict.FAIL: QColor("#ff4d4f")}[
        verdict
    ]


def advice_text(advice: Advice) -> str:
    texts = {
        Advice.NONE: "",
        Advice.REINSTALL: QCoreApplication.translate(
            "SelfTest", "Reinstall the console: a part of it is missing or damaged."
        ),
        Advice.CONFIG_MISSING: QCoreApplication.translate(
            "SelfTest", "Create the configuration file (start the console once, or copy the template)."
        ),
        Advice.CONFIG_PROBLEMS: QCoreApplication.translate(
            "SelfTest", "Fix the configuration: `cgrconsole config-check` names every wrong key."
        ),
        Advice.NO_CAMERAS: QCoreApplication.translate(
            "SelfTest", "Add the checkpoint's cameras to the configuration."
        ),
        Advice.ARCHIVE_MISSING: QCoreApplication.translate(
            "SelfTest", "Connect or mount the archive disk, or correct paths.archive_dir."
        ),
        Advice.ARCHIVE_NOT_WRITABLE: QCoreApplication.translate(
            "SelfTest", "Give the console's user the right to write to the archive folder."
        ),
        Advice.DATA_NOT_WRITABLE: QCoreApplication.translate(
            "SelfTest", "Give the console's user the right to write to the data folder."
        ),
        Advice.LOCAL_NETWORK: QCoreApplication.translate(
            "SelfTest", "Allow local connections (127.0.0.1) in the firewall or security software."
        ),
        Advice.KEYRING_FILE: QCoreApplication.translate(
            "SelfTest",
            "Secrets are kept in the console's own file: install and unlock GNOME Keyring or KWallet to "
            "keep them in the system's store.",
        ),
        Advice.KEYRING_NONE: QCoreApplication.translate(
            "SelfTest", "Install and unlock a keyring (Linux: GNOME Keyring; Windows: Credential Manager)."
        ),
        Advice.INSTALL_VLC: QCoreApplication.translate(
            "SelfTest",
            "Install VLC (Debian/Ubuntu: apt install libvlc5 vlc-plugin-base; Windows: the 64-bit VLC). "
            "Without it archive video opens in the system's player.",
        ),
        Advice.DISK_TOO_SMALL: QCoreApplication.translate(
            "SelfTest",
            "This disk cannot hold the archive: use a larger disk, fewer cameras or days, or a lower "
            "archive bitrate.",
        ),
        Advice.DISK_LOW: QCoreApplication.translate(
            "SelfTest",
            "Free space on this disk: the archive will reach it before it holds all its days (unless the "
            "archive already fills most of the disk).",
        ),
        Advice.CAMERA: QCoreApplication.translate(
            "SelfTest",
            "Check the camera's address, cable and power, and its password (cgrconsole secret set "
            "camera/NAME).",
        ),
        Advice.UPLINK: QCoreApplication.translate(
            "SelfTest", "Check the network and VPN, and the server's address in the configuration."
        ),
    }
    return texts[advice]

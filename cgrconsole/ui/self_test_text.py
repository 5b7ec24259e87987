"""The self-test's words in the UI language: each check's name, each verdict, each piece of advice.

The facts of a line (versions, paths, sizes, the error as a library said it) stay as the self-test wrote
them (English): they are for the integrator and for a support call, and they are the same on every PC.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cgrconsole.self_test import Advice, Check, CheckResult, Verdict


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

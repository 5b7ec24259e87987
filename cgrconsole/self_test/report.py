"""What the self-test found: one line per check with its verdict, the facts, and what to do.

The facts (``detail``) are English: versions, paths, sizes, the error as the library said it. What to do
is an ``Advice`` code with its English text here; the window says it in the officer's language
(``ui/self_test_dialog.py``), the command line prints the English, like every other line of ``cli.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Verdict(StrEnum):
    OK = "OK"
    WARN = "WARN"  # works, but not as it should on a checkpoint PC
    FAIL = "FAIL"  # this part of the console will not work: the command exits non-zero


class Check(StrEnum):
    """The checks, in the order they run."""

    CONFIG = "config"
    OCR = "ocr"
    ARCHIVE = "archive"
    DATABASE = "database"
    LIVE = "live"
    SECRETS = "secrets"
    PLAYER = "player"
    DISK = "disk"
    CAMERA = "camera"  # --check-remote, one line per camera
    UPLINK = "uplink"  # --check-remote, one line per server


TITLES = {
    Check.CONFIG: "Configuration",
    Check.OCR: "Plate recognition",
    Check.ARCHIVE: "Archive (H.264 MP4)",
    Check.DATABASE: "Database",
    Check.LIVE: "Live stream (HLS)",
    Check.SECRETS: "Secret store",
    Check.PLAYER: "Archive player (libvlc)",
    Check.DISK: "Disk for the archive",
    Check.CAMERA: "Camera",
    Check.UPLINK: "Server",
}


class Advice(StrEnum):
    """What to do about a line (the window translates each)."""

    NONE = ""
    REINSTALL = "reinstall"
    CONFIG_MISSING = "config_missing"
    CONFIG_PROBLEMS = "config_problems"
    NO_CAMERAS = "no_cameras"
    ARCHIVE_MISSING = "archive_missing"
    ARCHIVE_NOT_WRITABLE = "archive_not_writable"
    DATA_NOT_WRITABLE = "data_not_writable"
    LOCAL_NETWORK = "local_network"
    KEYRING_FILE = "keyring_file"
    KEYRING_NONE = "keyring_none"
    INSTALL_VLC = "install_vlc"
    DISK_TOO_SMALL = "disk_too_small"
    DISK_LOW = "disk_low"
    CAMERA = "camera"
    UPLINK = "uplink"


ADVICE = {
    Advice.NONE: "",
    Advice.REINSTALL: "Reinstall the console: a part of it is missing or damaged.",
    Advice.CONFIG_MISSING: "Create the configuration file (start the console once, or copy the template).",
    Advice.CONFIG_PROBLEMS: "Fix the configuration: `cgrconsole config-check` names every wrong key.",
    Advice.NO_CAMERAS: "Add the checkpoint's cameras to the configuration.",
    Advice.ARCHIVE_MISSING: "Connect or mount the archive disk, or correct paths.archive_dir.",
    Advice.ARCHIVE_NOT_WRITABLE: "Give the console's user the right to write to the archive folder.",
    Advice.DATA_NOT_WRITABLE: "Give the console's user the right to write to the data folder.",
    Advice.LOCAL_NETWORK: "Allow local connections (127.0.0.1) in the firewall or security software.",
    Advice.KEYRING_FILE: "Secrets are kept in the console's own file: install and unlock GNOME Keyring "
    "or KWallet to keep them in the system's store.",
    Advice.KEYRING_NONE: "Install and unlock a keyring (Linux: GNOME Keyring; Windows: Credential Manager).",
    Advice.INSTALL_VLC: "Install VLC (Debian/Ubuntu: apt install libvlc5 vlc-plugin-base; Windows: the "
    "64-bit VLC). Without it archive video opens in the system's player.",
    Advice.DISK_TOO_SMALL: "This disk cannot hold the archive: use a larger disk, fewer cameras or days, "
    "or a lower archive bitrate.",
    Advice.DISK_LOW: "Free space on this disk: the archive will reach it before it holds all its days "
    "(unless the archive already fills most of the disk).",
    Advice.CAMERA: "Check the camera's address, cable and power, and its password "
    "(cgrconsole secret set camera/NAME).",
    Advice.UPLINK: "Check the network and VPN, and the server's address in the configuration.",
}


@dataclass(frozen=True)
class CheckResult:
    check: Check
    verdict: Verdict
    detail: str  # English facts: what was found
    advice: Advice = Advice.NONE
    subject: str = ""  # which camera or server (a line of its own each)
    seconds: float = 0.0

    @property
    def title(self) -> str:
        return f"{TITLES[self.check]} {self.subject}".strip()

    @property
    def action(self) -> str:
        return ADVICE[self.advice]


@dataclass(frozen=True)
class SelfTestReport:
    results: tuple[CheckResult, ...]
    seconds: float
    remote_checked: bool = False

    @property
    def failed(self) -> bool:
        return any(r.verdict is Verdict.FAIL for r in self.results)

    def count(self, verdict: Verdict) -> int:
        return sum(1 for r in self.results if r.verdict is verdict)


def format_table(report: SelfTestReport) -> str:
    """The report as a plain-text table (English) for the terminal: check, verdict, detail, and under a
    line that is not OK what to do; then the verdict and the total time."""
    first = max(len("CHECK"), *(len(r.title) for r in report.results))
    indent = " " * (first + 2 + 7 + 2)
    lines = [f"{'CHECK':<{first}}  VERDICT  DETAIL / -> WHAT TO DO", "-" * (first + 2 + 7 + 2 + 40)]
    for result in report.results:
        lines.append(f"{result.title:<{first}}  {result.verdict.value:<7}  {result.detail}")
        if result.action:
            lines.append(f"{indent}-> {result.action}")
    counts = ", ".join(f"{report.count(v)} {v.value}" for v in Verdict)
    summary = f"{counts} in {report.seconds:.1f} s"
    if not report.remote_checked:
        summary += " (cameras and servers not checked: add --check-remote)"
    verdict = "SELF-TEST FAILED" if report.failed else "SELF-TEST PASSED"
    return "\n".join([*lines, "", f"{verdict}: {summary}"])

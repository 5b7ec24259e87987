"""What the self-test found: one line per check with its verdict, the facts, and what to do.

The facts (``detail``) are English for the command line, like every other line of ``cli.py``; each is a
``Fact``: the English text that also keeps its code (``FACTS``) and parameters, so the window says it in
the officer's language (``ui/self_test_text.py`` has a translation for every code). A parameter (a
version, a path, the error as a library said it) is never translated. What to do is an ``Advice`` code
with its English text here, translated by the window the same way.
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


# code -> English text; {name} is a parameter (given already formatted). The UI names the same parameters;
# a fact may carry more than its text shows (``kind``: the secret store's, for the window to name it).
FACTS: dict[str, str] = {
    "config.running": "the running console's configuration",
    "config.missing": "{path} does not exist: defaults used",
    "config.cameras": "{path}: {cameras} camera(s), {enabled} enabled",
    "config.more_problems": "{problem} (and {count} more)",
    "ocr.image_missing": "the test image is missing: {path}",
    "ocr.read": "{engine} read {read} ({confidence}) from {plate}",
    "ocr.read_nothing": "{engine} read nothing from {plate}",
    "database.failed": "in {folder}: {error}",
    "database.ok": "SQLite {version}, WAL, migrated to version {schema} ({tables} tables)",
    "database.no_data_dir": "the data folder {path} does not exist, tested in {folder}",
    "secrets.none": "no store: {error}",
    "secrets.refused": "{store} refused ({error}); is it unlocked?",
    "secrets.mismatch": "{store}: a test secret did not read back as stored",
    "secrets.ok": "{store}: stored, read back and deleted a test secret",
    "secrets.file": "the file {vault}, its key {key}: no protection from this user's files",
    "player.missing": "libvlc cannot be used: {reason}",
    "player.bundled": "libvlc {version} bundled with the console: {library}",
    "player.installed": "libvlc {version}, installed VLC: {library}",
    "player.system": "libvlc {version}, system libvlc: {library}",
    "disk.unreadable": "{folder}: {error}",
    "disk.need": "{cameras} camera(s) x {kbps} kbit/s x {days} days = {need} + {floor} kept free; "
    "{folder}: {free} free of {total}",
    "archive.no_folder": "the archive folder does not exist: {path}",
    "archive.cannot_write": "cannot write in {path}: {error}",
    "archive.nothing": "the recorder wrote nothing playable",
    "archive.write_failed": "writing in {path} failed: {error}",
    "archive.ok": "{size} KiB {codec} {resolution} MP4 in {path}, {frames} of {expected} frames decoded by "
    "PyAV {version}",
    "live.no_start": "the server did not start: {error}",
    "live.fetch_failed": "{url}: {error}",
    "live.ok": "{url}: index {index}, media playlist {playlist} ({parts} parts)",
    "live.not_stopped": "the server did not stop in {seconds} s",
    "live.stopped": "stopped",
    "camera.opened": "opened in {seconds} s: {codec} {resolution}",
    "camera.opened_fps": "opened in {seconds} s: {codec} {resolution} {fps} fps",
    "camera.not_h264": "the live stream needs H.264",
    "uplink.ok": "{steps} OK in {seconds} s ({ip})",
}


class Fact(str):
    """A line's facts as the English the command line prints, remembering each part's code and parameters
    (``parts``: facts, or a library's own words as plain text) for the window's translation."""

    code: str  # "" for facts joined
    params: dict[str, str]
    parts: tuple[str, ...]  # of facts joined: each part (a Fact, or plain words); else empty

    def __new__(cls, code: str, **params: object) -> Fact:
        shown = {name: str(value) for name, value in params.items()}
        fact = super().__new__(cls, FACTS[code].format(**shown))
        fact.code, fact.params, fact.parts = code, shown, ()
        return fact

    @classmethod
    def joined(cls, *parts: str) -> Fact:
        """Facts (or plain words) one after the other, "; " between them."""
        fact = str.__new__(cls, "; ".join(parts))
        fact.code, fact.params = "", {}
        fact.parts = tuple(
            p for part in parts for p in (part.parts if isinstance(part, Fact) and part.parts else (part,))
        )
        return fact


@dataclass(frozen=True)
class CheckResult:
    check: Check
    verdict: Verdict
    detail: str  # English facts: what was found (a ``Fact``, or a library's own words)
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

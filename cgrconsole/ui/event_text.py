"""What the officer reads about plate events and their delivery, in the UI language."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cgrconsole.core.archive import links
from cgrconsole.core.review import events as ev
from cgrconsole.core.uplink import outbox as ob
from cgrconsole.core.uplink.drvn.gate import DrvnHealth
from cgrconsole.ui.reason_text import reason_text

# Colours chosen for a dark room: each state differs in hue *and* brightness from its neighbours.
RED, AMBER, GREEN, BLUE, GREY = "#ff5c5c", "#ffb020", "#34c759", "#8ab4f8", "#9aa0a6"


# lupdate finds only literal QCoreApplication.translate("Context", "text") calls, hence no helper.
def confidence_text(confidence: float) -> str:
    """A reading's confidence as the officer sees it: 0.934 -> "93 %"."""
    return f"{confidence * 100:.0f} %"


def event_state_text(state: str) -> str:
    texts = {
        ev.NEW: QCoreApplication.translate("EventState", "new"),
        ev.CONFIRMED: QCoreApplication.translate("EventState", "confirmed"),
        ev.CORRECTED: QCoreApplication.translate("EventState", "corrected"),
        ev.REJECTED: QCoreApplication.translate("EventState", "rejected"),
        ev.SENT: QCoreApplication.translate("EventState", "sent"),
        ev.FAILED: QCoreApplication.translate("EventState", "failed"),
        ev.KEPT: QCoreApplication.translate("EventState", "confirmed — no destination configured"),
    }
    return texts.get(state, state)


def event_state_list_text(state: str) -> str:
    """The state in the narrow list column (the full text is its tooltip, the dialog's heading)."""
    if state == ev.KEPT:
        return QCoreApplication.translate("EventState", "confirmed, not sent")
    return event_state_text(state)


def event_state_color(state: str) -> QColor:
    """New waits for the officer (amber); confirmed/corrected wait for the server (blue)."""
    colors = {ev.NEW: AMBER, ev.SENT: GREEN, ev.FAILED: RED, ev.REJECTED: GREY, ev.KEPT: GREY}
    return QColor(colors.get(state, BLUE))


def outbox_state_text(state: str) -> str:
    texts = {
        ob.PENDING: QCoreApplication.translate("DeliveryState", "waiting to be sent"),
        ob.IN_FLIGHT: QCoreApplication.translate("DeliveryState", "sending now"),
        ob.DELIVERED: QCoreApplication.translate("DeliveryState", "delivered"),
        ob.FAILED: QCoreApplication.translate("DeliveryState", "refused by the server"),
        ob.DISMISSED: QCoreApplication.translate("DeliveryState", "dismissed"),
    }
    return texts.get(state, state)


def archive_note_text(note: str | None) -> str:
    """Why an event carries no archive link (empty when it has one)."""
    texts = {
        links.NOT_RECORDING: QCoreApplication.translate(
            "EventArchive", "No archive video: the camera was not recording at that moment."
        ),
        links.ARCHIVE_OFF: QCoreApplication.translate(
            "EventArchive", "No archive video: recording is switched off for this camera."
        ),
    }
    return texts.get(note or "", "")


def outbox_state_color(state: str) -> QColor:
    colors = {ob.DELIVERED: GREEN, ob.FAILED: RED, ob.DISMISSED: GREY, ob.PENDING: AMBER}
    return QColor(colors.get(state, BLUE))


def outbox_advice(state: str) -> str:
    """What the officer can do about a destination in this state (empty when nothing)."""
    if state == ob.FAILED:
        return QCoreApplication.translate(
            "DeliveryState",
            "Sending it again unchanged cannot succeed. Correct the plate and resend, "
            "or dismiss it with a reason.",
        )
    if state == ob.PENDING:
        return QCoreApplication.translate(
            "DeliveryState", "The console keeps retrying by itself; nothing to do unless it fails."
        )
    return ""


def attempt_outcome_text(outcome: str, code: str | None) -> str:
    if outcome == "delivered":
        if code == "already_there":
            return QCoreApplication.translate("DeliveryState", "delivered (the server had it already)")
        return QCoreApplication.translate("DeliveryState", "delivered")
    texts = {
        "retry": QCoreApplication.translate("DeliveryState", "not delivered, will retry"),
        "rejected": QCoreApplication.translate("DeliveryState", "refused"),
        "running": QCoreApplication.translate("DeliveryState", "sending…"),
        "interrupted": QCoreApplication.translate("DeliveryState", "interrupted (the console stopped)"),
    }
    return texts.get(outcome, outcome)


def destination_text(name: str) -> str:
    texts = {
        "cgr": "CarGoRuqsat",
        "drvn": QCoreApplication.translate("DeliveryState", "Vietnamese cameras (ĐBVN)"),
    }
    return texts.get(name, name)


def country_text(code: str) -> str:
    texts = {
        "KZ": QCoreApplication.translate("PlateCountry", "Kazakhstan"),
        "RU": QCoreApplication.translate("PlateCountry", "Russia"),
        "KG": QCoreApplication.translate("PlateCountry", "Kyrgyzstan"),
        "UZ": QCoreApplication.translate("PlateCountry", "Uzbekistan"),
        "CN": QCoreApplication.translate("PlateCountry", "China"),
        "VN": QCoreApplication.translate("PlateCountry", "Vietnam"),
    }
    return texts.get(code, code)


def no_destination_text() -> str:
    """Short, for the status bar; no_destination_advice() is its tooltip."""
    return QCoreApplication.translate("DeliveryState", "Plates not sent: no destination")


def no_destination_advice() -> str:
    return QCoreApplication.translate(
        "DeliveryState",
        "Not sent: no destination is configured. The decision is kept here. To send plates, the "
        "administrator enables [uplink.cgr] or [uplink.drvn] in the configuration file.",
    )


def uplink_problem_text(destination: str, attempt: ob.Attempt | None) -> str:
    """ "CarGoRuqsat: <what to change>" when the last attempt there failed for a reason only the admin
    can fix (a wrong base_url, a missing secret…); "" otherwise."""
    if attempt is None or attempt.outcome == "delivered" or attempt.reason is None:
        return ""
    if not attempt.reason.needs_admin:
        return ""
    return f"{destination_text(destination)}: {reason_text(attempt.reason, attempt.detail)}"


def last_answer_text(destination: str, attempt: ob.Attempt | None) -> str:
    """The last answer of a destination, for the status bar's tooltip ("" after a delivery)."""
    if attempt is None or attempt.outcome == "delivered":
        return ""
    text = QCoreApplication.translate("DeliveryState", "%1 last answered: %2")
    return text.replace("%1", destination_text(destination)).replace(
        "%2", reason_text(attempt.reason, attempt.detail)
    )


def uplink_summary_text(delivered: int, waiting: int, failed: int) -> str:
    return (
        QCoreApplication.translate("DeliveryState", "Sent %1 · waiting %2 · failed %3")
        .replace("%1", str(delivered))
        .replace("%2", str(waiting))
        .replace("%3", str(failed))
    )


def drvn_health_text(health: DrvnHealth | None, zone: tzinfo) -> tuple[str, bool]:
    """What the officer must know about the ĐBVN link, and whether it is an alarm ("" when all is well)."""
    if health is None:
        return "", False
    if health.skew_alarm and health.skew_s is not None:
        text = QCoreApplication.translate(
            "DeliveryState",
            "ĐBVN: this PC's clock is %1 min off the server's; sync it (NTP). Sending is paused.",
        )
        return text.replace("%1", str(round(abs(health.skew_s) / 60))), True
    if health.server == "busy" and health.busy_until:
        until = datetime.fromtimestamp(health.busy_until, zone).strftime("%H:%M")
        return QCoreApplication.translate("DeliveryState", "ĐBVN busy until %1").replace("%1", until), False
    if health.server == "unreachable":
        return QCoreApplication.translate("DeliveryState", "ĐBVN unreachable; retrying"), False
    return "", False


def local_time_text(ts: float, zone: tzinfo, now: float) -> str:
    """HH:MM:SS at the site; with the date in front when it is not today (site time)."""
    moment = datetime.fromtimestamp(ts, zone)
    today = datetime.fromtimestamp(now, zone).date()
    if moment.date() == today:
        return moment.strftime("%H:%M:%S")
    if moment.year == today.year:
        return moment.strftime("%d.%m %H:%M:%S")
    return moment.strftime("%d.%m.%Y %H:%M:%S")

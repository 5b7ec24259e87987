"""Whether each uplink's server is reachable through the VPN: one dot per endpoint in the status bar.

Green: every step passed; red: a step failed (the tooltip names it, says since when and what to
check); grey: not checked yet. The states come from the engine's ``ReachabilityMonitor`` through the
bridge (``reachability_changed``), on the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from cgrconsole.core.reachability.monitor import Reachability
from cgrconsole.core.reachability.probe import Failure, Step
from cgrconsole.ui.event_text import GREEN, GREY, RED, local_time_text

NAMES = {"cgr": "CarGoRuqsat", "drvn": "ĐBVN", "sftp": "SFTP"}  # names, not words to translate


# lupdate finds only literal QCoreApplication.translate("Context", "text") calls, hence no helper.
def failure_text(step: Step, failure: Failure | None, address: str) -> str:
    """What failed and what to check."""
    texts = {
        (Step.DNS, Failure.NOT_FOUND): QCoreApplication.translate(
            "Reachability",
            "DNS failed: the name is unknown. Check the VPN tunnel and its DNS server, or put the "
            "server's address in the configuration.",
        ),
        (Step.DNS, Failure.TIMEOUT): QCoreApplication.translate(
            "Reachability", "DNS failed: the DNS server does not answer. Check the VPN tunnel."
        ),
        (Step.TCP, Failure.REFUSED): QCoreApplication.translate(
            "Reachability",
            "TCP failed: the connection to %1 was refused (nothing listens there, or a firewall "
            "refuses). Check the address and the port.",
        ),
        (Step.TCP, Failure.TIMEOUT): QCoreApplication.translate(
            "Reachability",
            "TCP failed: no answer from %1. Check that the VPN tunnel is up and routes to this address.",
        ),
        (Step.TCP, Failure.NO_ROUTE): QCoreApplication.translate(
            "Reachability", "TCP failed: no route to %1. The VPN tunnel is probably down."
        ),
        (Step.TLS, Failure.UNTRUSTED): QCoreApplication.translate(
            "Reachability",
            "TLS failed: the server's certificate is not trusted. Check the VPN route (someone else may "
            "answer) or the configured CA file (ca_bundle).",
        ),
        (Step.TLS, Failure.NOT_TLS): QCoreApplication.translate(
            "Reachability", "TLS failed: the server at %1 does not answer with TLS. Check the port."
        ),
        (Step.TLS, Failure.TIMEOUT): QCoreApplication.translate(
            "Reachability", "TLS failed: the server at %1 accepts the connection but does not answer."
        ),
        (Step.SSH, Failure.NOT_SSH): QCoreApplication.translate(
            "Reachability", "SSH failed: the server at %1 does not answer as an SSH server. Check the port."
        ),
        (Step.SSH, Failure.TIMEOUT): QCoreApplication.translate(
            "Reachability", "SSH failed: the server at %1 accepts the connection but does not answer."
        ),
    }
    text = texts.get((step, failure or Failure.OTHER))
    if text is None:
        text = QCoreApplication.translate("Reachability", "The %2 step failed (see the log).")
    return text.replace("%1", address).replace("%2", step.value.upper())


def state_tooltip(state: Reachability, zone: ZoneInfo, now: float) -> str:
    endpoint = state.endpoint
    name = NAMES.get(endpoint.name, endpoint.name)
    if not state.checked or state.since is None:
        return (
            QCoreApplication.translate("Reachability", "%1 (%2): not checked yet")
            .replace("%1", name)
            .replace("%2", endpoint.address)
        )
    since = local_time_text(state.since, zone, now)
    if state.ok:
        steps = ", ".join(s.value.upper() for s in endpoint.steps())
        return (
            QCoreApplication.translate("Reachability", "%1 (%2) is reachable since %3: %4 passed in %5 ms")
            .replace("%1", name)
            .replace("%2", endpoint.address)
            .replace("%3", since)
            .replace("%4", steps)
            .replace("%5", f"{state.seconds * 1000:.0f}")
        )
    assert state.failed_step is not None
    head = (
        QCoreApplication.translate("Reachability", "%1 (%2) is NOT reachable since %3.")
        .replace("%1", name)
        .replace("%2", endpoint.address)
        .replace("%3", since)
    )
    return f"{head}\n{failure_text(state.failed_step, state.failure, endpoint.address)}"


class ReachabilityWidget(QWidget):
    """The status bar's dots; hidden when no uplink is configured. A left click emits ``clicked``."""

    clicked = Signal()

    def __init__(self, states: Sequence[Reachability], zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        row.setSpacing(10)
        self.labels: dict[str, QLabel] = {}
        for state in states:
            label = QLabel(self)
            label.setObjectName(f"reach_{state.endpoint.name}")
            row.addWidget(label)
            self.labels[state.endpoint.name] = label
        self.setVisible(bool(states))
        self.show_states(states)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def show_states(self, states: Sequence[Reachability]) -> None:
        """On the GUI thread (the bridge's ``reachability_changed``)."""
        now = time.time()
        for state in states:
            label = self.labels.get(state.endpoint.name)
            if label is None:
                continue
            color = GREY if not state.checked else GREEN if state.ok else RED
            name = NAMES.get(state.endpoint.name, state.endpoint.name)
            label.setText(f'<span style="color: {color};">●</span> {name}')
            label.setStyleSheet("QLabel { font-weight: bold; }" if state.checked and not state.ok else "")
            label.setToolTip(state_tooltip(state, self._zone, now))
            label.setMinimumWidth(label.sizeHint().width())  # a dot and a name: never squeezed away

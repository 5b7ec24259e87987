"""The reachability checks' settings (the ``[reachability]`` table): plain data, validated here."""

from __future__ import annotations

from dataclasses import dataclass

from cgrconsole.core.problem import QT_TRANSLATE_NOOP, Problem


@dataclass(frozen=True)
class ReachabilityConfig:
    """How often each uplink's server is checked through the VPN, and how long each step may take."""

    interval_s: float = 30.0  # between two rounds over every server
    timeout_s: float = 5.0  # each step (DNS, TCP, TLS or SSH handshake)

    def problems(self) -> list[str]:
        found: list[str] = []
        if not 5 <= self.interval_s <= 3600:
            found.append(
                Problem(
                    "reachability.interval_s", QT_TRANSLATE_NOOP("ConfigProblem", "must be 5..3600 seconds")
                )
            )
        if not 0.5 <= self.timeout_s <= 60:
            found.append(
                Problem(
                    "reachability.timeout_s", QT_TRANSLATE_NOOP("ConfigProblem", "must be 0.5..60 seconds")
                )
            )
        elif self.timeout_s * 4 > self.interval_s >= 5:  # DNS, TCP, handshake: done before the next round
            template = QT_TRANSLATE_NOOP(
                "ConfigProblem",
                "at most a quarter of reachability.interval_s (a round of checks must end before the next "
                "one starts)",
            )
            found.append(Problem("reachability.timeout_s", template))
        return found

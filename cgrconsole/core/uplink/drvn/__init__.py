"""The Vietnamese national camera-image protocol (Decision 2480/QĐ-TCĐBVN, v1.1-2021), "drvn".

Build the destination with ``build_drvn_client(settings, secrets)``; reconcile with ``reconcile``.
"""

from __future__ import annotations

from cgrconsole.core.uplink.drvn.client import DrvnClient
from cgrconsole.core.uplink.drvn.gate import DrvnHealth
from cgrconsole.core.uplink.drvn.queries import (
    BudgetExhausted,
    DrvnQueryError,
    ProviderStatistic,
    VehicleInfo,
    VehicleStatistic,
)
from cgrconsole.core.uplink.drvn.reconcile import ReconcileReport, reconcile
from cgrconsole.core.uplink.drvn.settings import DrvnCamera, DrvnSettings

__all__ = [
    "BudgetExhausted",
    "DrvnCamera",
    "DrvnClient",
    "DrvnHealth",
    "DrvnQueryError",
    "DrvnSettings",
    "ProviderStatistic",
    "ReconcileReport",
    "VehicleInfo",
    "VehicleStatistic",
    "reconcile",
]

"""The protocol's read-only functions: server time/status, statistics, vehicle info (seed 2.4 d, 2.5 c, 2.7).

Unlike ``deliver`` these raise ``DrvnQueryError`` when no usable answer comes: the caller (a
reconciliation run, an admin's look-up) decides what to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from cgrconsole.core.uplink.drvn import wire
from cgrconsole.core.uplink.drvn.budget import DailyBudget
from cgrconsole.core.uplink.drvn.session import Answer, DrvnSession


class DrvnQueryError(Exception):
    """A query got no usable answer; ``status`` is the HTTP status when there was one."""

    def __init__(self, what: str, answer: Answer | None = None, problem: str = "") -> None:
        self.status = answer.status if answer is not None else None
        detail = problem or (answer.error or answer.envelope.message if answer is not None else "")
        super().__init__(f"{what}: {detail or f'HTTP {self.status}, code {_code(answer)}'}")


class BudgetExhausted(DrvnQueryError):
    """Today's 10 000 getvehicleinfo requests are used up."""


@dataclass(frozen=True)
class ProviderStatistic:
    """getstatisticbyprovider: what ĐBVN counted for us on one day."""

    day: date
    successes: int
    failures: int
    vehicles: int


@dataclass(frozen=True)
class VehicleStatistic:
    """getstatisticbyvehicle: the ImageGuids ĐBVN holds for one plate (last 72 h)."""

    plate: str
    day: date
    image_guids: frozenset[str]  # lower case


@dataclass(frozen=True)
class VehicleInfo:
    """getvehicleinfo: who ĐBVN thinks sends for this vehicle."""

    plate: str
    last_image_time: float | None  # Unix seconds
    provider: str
    province: str
    company: str


def day_start_ms(day: date, utc_offset_h: int) -> int:
    """The ``Date`` parameter: Unix ms of the day's 00:00 in ĐBVN's time zone."""
    midnight = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(hours=utc_offset_h)
    return wire.unix_ms(midnight)


class DrvnQueries:
    """Authenticated look-ups; the vehicle-info calls are counted against the daily budget."""

    def __init__(self, session: DrvnSession, vehicle_info_budget: DailyBudget) -> None:
        self._session = session
        self.vehicle_info_budget = vehicle_info_budget

    @property
    def _pid(self) -> int:
        return self._session.settings.provider_id

    @property
    def _offset(self) -> int:
        return self._session.settings.stats_day_utc_offset_h

    async def _get(
        self, what: str, path: str, params: dict[str, object], no_data_ok: bool = False
    ) -> dict | None:
        answer = await self._session.request("GET", path, params={"ProviderID": self._pid, **params})
        if no_data_ok and (answer.status == 404 or answer.envelope.code == 404):
            return None  # 404 "Không tìm thấy dữ liệu": nothing on record
        if not answer.ok:
            raise DrvnQueryError(what, answer)
        if not isinstance(answer.envelope.data, dict):
            raise DrvnQueryError(what, answer, "the answer carried no data")
        return answer.envelope.data

    async def server_time(self) -> float:
        """getcurrentime as Unix seconds."""
        data = await self._get("server time", wire.CURRENT_TIME, {})
        moment = wire.parse_server_time((data or {}).get("CurrentTime"))
        if moment is None:
            raise DrvnQueryError("server time", problem="CurrentTime missing or unreadable")
        return moment

    async def statistic_by_provider(self, day: date) -> ProviderStatistic:
        data = await self._get(
            "statistic by provider", wire.STATS_BY_PROVIDER, {"Date": day_start_ms(day, self._offset)}
        )
        data = data or {}
        return ProviderStatistic(
            day,
            _int(data.get("NumberOfSuccess")),
            _int(data.get("NumberOfFailures")),
            _int(data.get("NumberOfVehicles")),
        )

    async def statistic_by_vehicle(self, plate: str, day: date) -> VehicleStatistic:
        # The seed's input table spells the field "VehiclePlace" (sic) and its answer "VehiclePlate";
        # we send both spellings so either reading of the table finds the plate.
        params = {"VehiclePlate": plate, "VehiclePlace": plate, "Date": day_start_ms(day, self._offset)}
        data = await self._get("statistic by vehicle", wire.STATS_BY_VEHICLE, params, no_data_ok=True)
        guids = (data or {}).get("ListImageGuid") or []
        if not isinstance(guids, list):
            raise DrvnQueryError("statistic by vehicle", problem="ListImageGuid is not a list")
        return VehicleStatistic(plate, day, frozenset(str(g).lower() for g in guids))

    async def vehicle_info(self, plate: str) -> VehicleInfo | None:
        """getvehicleinfo, or None when ĐBVN has no such vehicle; ``BudgetExhausted`` past 10 000/day."""
        if not self.vehicle_info_budget.take():
            raise BudgetExhausted(
                "vehicle info", problem=f"today's {self.vehicle_info_budget.limit} look-ups are used up"
            )
        data = await self._get("vehicle info", wire.VEHICLE_INFO, {"VehiclePlate": plate}, no_data_ok=True)
        if data is None:
            return None
        return VehicleInfo(
            plate,
            wire.parse_server_time(data.get("LastImageTime")),
            str(data.get("CurrentProvider") or ""),
            str(data.get("CurrentProvince") or ""),
            str(data.get("CurrentCompany") or ""),
        )


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _code(answer: Answer | None) -> object:
    return answer.envelope.code if answer is not None else None

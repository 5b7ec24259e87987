"""The officer on shift: remembered in the data folder across restarts, every change audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.events import make_rig

from cgrconsole.core.review.shift import FILE_NAME, SHIFT_ENDED, SHIFT_STARTED, OfficerShift
from cgrconsole.core.storage.audit import AuditKind


def shift_entries(rig) -> list[tuple[str, str]]:
    found = [e.detail for e in reversed(rig.audit.entries(AuditKind.REVIEW))]
    return [(d["event"], d["by"]) for d in found if d["event"] in (SHIFT_STARTED, SHIFT_ENDED)]


def test_the_name_is_remembered_across_restarts_and_each_change_audited(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    shift = OfficerShift(tmp_path, rig.audit, rig.clock)
    assert shift.load() == "" and shift.officer() == ""
    seen: list[str] = []
    shift.changed.connect(seen.append)
    assert shift.start("  Айгерим   Нурланова ") == "Айгерим Нурланова"
    assert shift.since == rig.clock()
    again = OfficerShift(tmp_path, rig.audit, rig.clock)
    assert again.load() == "Айгерим Нурланова", "the next start of the console knows who is on shift"
    again.start("Serik")
    again.start("Serik")  # the same name again: no new shift
    again.end()
    assert again.officer() == "" and OfficerShift(tmp_path, rig.audit).load() == ""
    assert shift_entries(rig) == [
        (SHIFT_STARTED, "Айгерим Нурланова"),
        (SHIFT_ENDED, "Айгерим Нурланова"),
        (SHIFT_STARTED, "Serik"),
        (SHIFT_ENDED, "Serik"),
    ]
    assert seen == ["Айгерим Нурланова"]


def test_an_empty_name_is_refused_and_a_damaged_file_asks_again(tmp_path: Path) -> None:
    rig = make_rig(tmp_path)
    shift = OfficerShift(tmp_path, rig.audit)
    with pytest.raises(ValueError):
        shift.start("   ")
    assert not (tmp_path / FILE_NAME).exists() and shift_entries(rig) == []
    (tmp_path / FILE_NAME).write_text("{not json", encoding="utf-8")
    assert shift.load() == ""
    assert shift.start("x" * 200) == "x" * 60

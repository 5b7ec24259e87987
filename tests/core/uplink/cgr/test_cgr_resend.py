"""A decision corrected after it was delivered reaches the real CarGoRuqsat stand-in as the new plate."""

from __future__ import annotations

from pathlib import Path

from support.destinations import deliver_each
from support.events import detected, make_rig

from cgrconsole.core.uplink.destination import Delivered


def test_a_correction_after_delivery_is_taken_by_the_server_not_answered_already_there(
    tmp_path: Path, standin, make_client, clock
) -> None:
    rig = make_rig(tmp_path, ("cgr",), clock=clock)
    event = rig.store.confirm(rig.store.add(detected("123ABC01", ts=clock() - 30)).id, by="Aigerim")
    (row,) = rig.outbox.claim("cgr", 10)
    [[first]] = deliver_each(make_client(standin), [rig.store.outbound(row.event_id)])
    rig.outbox.complete(row, first)
    rig.store.amend(event.id, by="Nurlan", plate="123ABD01")
    (again,) = rig.outbox.claim("cgr", 10)
    [[second]] = deliver_each(make_client(standin), [rig.store.outbound(again.event_id)])
    assert isinstance(second, Delivered) and not second.already_there, second
    assert [r["plate"] for r in standin.received] == ["123ABC01", "123ABD01"]
    assert len({r["event_id"] for r in standin.received}) == 2
    rig.close()

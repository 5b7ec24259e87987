"""What the officer reads about deliveries: a plate kept for want of a destination, reasons in Russian,
and a setting the admin must change named in the status bar."""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from support.destinations import ScriptedDestination
from test_events_panel import add_on_worker, shown

from cgrconsole.core.uplink.destination import OutboundEvent, Outcome, Rejected
from cgrconsole.core.uplink.reasons import because
from cgrconsole.ui.event_text import GREEN
from cgrconsole.ui.events_model import Column
from cgrconsole.ui.i18n import install_translator


def test_with_no_destination_a_confirmed_plate_is_kept_and_never_looks_sent(
    qtbot, engine_factory, open_window
) -> None:
    engine = engine_factory([])  # [uplink.cgr] and [uplink.drvn] are off by default
    window = open_window(engine, 1280, 800)
    assert engine.destinations == []
    qtbot.waitUntil(lambda: window._uplink.isVisible(), timeout=5000)
    assert window._uplink.text() == "Plates not sent: no destination"
    panel = window.events_panel
    event_id = add_on_worker(engine, ts=time.time())
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    event = engine.events.get(event_id)
    assert event.state == "kept" and engine.outbox.rows(event_id) == []
    assert shown(window, 0, Column.STATE) == "confirmed, not sent"
    tooltip = panel.model.data(panel.model.index(0, Column.STATE), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("confirmed — no destination configured\nDecided by")
    color = panel.model.data(panel.model.index(0, Column.STATE), Qt.ItemDataRole.ForegroundRole)
    assert color.name() != GREEN, "never the green of 'sent'"
    window._on_delivery_requested(event_id)
    dialog = window.delivery_dialogs[event_id]
    assert "no destination is configured" in dialog.facts.text()
    assert dialog.state.text() == "confirmed — no destination configured"
    dialog.close()


class RedirectedDestination(ScriptedDestination):
    """Answers as a client does when its base_url meets a redirect to https."""

    async def deliver(self, events: Sequence[OutboundEvent]) -> list[Outcome]:
        why = because(
            "redirect",
            location="https://cgr-api.qoldau.kz/Checkpoint/Auth",
            key="uplink.cgr.base_url",
            suggested="https://cgr-api.qoldau.kz",
        )
        return [Rejected("redirect", why, 301)] * len(events)


def test_a_wrong_base_url_is_named_in_the_status_bar_with_the_value_to_set(
    qtbot, engine_factory, open_window
) -> None:
    engine = engine_factory([], destinations=[RedirectedDestination()])
    window = open_window(engine, 1280, 800)
    event_id = add_on_worker(engine, ts=time.time())
    engine.events.confirm(event_id, by="officer")
    engine.dispatcher.wake()
    qtbot.waitUntil(lambda: "set uplink.cgr.base_url to" in window._uplink.text(), timeout=10_000)
    assert window._uplink.text().endswith(
        "CarGoRuqsat: the server redirects to https://cgr-api.qoldau.kz/Checkpoint/Auth: "
        "set uplink.cgr.base_url to https://cgr-api.qoldau.kz"
    )
    assert "#ff5c5c" in window._uplink.styleSheet()


def test_a_refusal_reads_in_russian_with_the_servers_own_words_after_it(
    qtbot, qapp, engine_factory, open_window
) -> None:
    destination = ScriptedDestination()  # refuses plates starting with 000
    engine = engine_factory([], destinations=[destination])
    window = open_window(engine, 1280, 800)
    original = destination.deliver

    async def refuse(events: Sequence[OutboundEvent]) -> list[Outcome]:
        await original(events)
        why = because("cgr.refused_content", server="truckNumber: bad format", status=400)
        return [Rejected("http_400", why, 400)] * len(events)

    destination.deliver = refuse  # type: ignore[method-assign]
    event_id = add_on_worker(engine, ts=time.time())
    engine.events.confirm(event_id, by="officer")
    engine.dispatcher.wake()
    qtbot.waitUntil(lambda: engine.events.get(event_id).state == "failed", timeout=10_000)
    translator = install_translator(qapp, "ru")
    assert translator is not None, "run 'make translations' first"
    try:
        window._on_delivery_requested(event_id)
        section = window.delivery_dialogs[event_id].sections["cgr"]
        said = "HTTP 400: сервис отклонил содержимое события. Сервер ответил: truckNumber: bad format"
        assert f"Последний ответ: {said}" in section.detail.text()
        assert section.model.data(section.model.index(0, 3)) == said
        window.delivery_dialogs[event_id].close()
    finally:
        QCoreApplication.removeTranslator(translator)

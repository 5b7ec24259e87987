"""What the delivery dialog says in words: a server's bare reference ("6") is named, and a disabled
button says why it cannot be pressed (real engine, a destination that delivers one event, refuses one)."""

from __future__ import annotations

import time

from support.destinations import ScriptedAnswers
from support.events import detected

from cgrconsole.core.uplink.destination import Delivered, Rejected
from cgrconsole.core.uplink.reasons import because
from cgrconsole.ui.delivery_model import AttemptColumn


def test_a_bare_server_reference_is_said_in_words_and_disabled_buttons_say_why(
    qtbot, engine_factory, open_window
) -> None:
    cgr = ScriptedAnswers("cgr")
    engine = engine_factory([], [cgr])
    window = open_window(engine, 1280, 800)
    sent = engine.events.add(detected(plate="123ABC01", ts=time.time()))
    refused = engine.events.add(detected(plate="777XYZ02", ts=time.time()))
    cgr.scripts[sent.id] = [Delivered(remote_ref="6")]
    cgr.scripts[refused.id] = [Rejected("http_400", because("cgr.refused", status=400), 400)]
    for event in (sent, refused):
        engine.events.confirm(event.id, by="test")
    engine.dispatcher.wake()
    qtbot.waitUntil(lambda: engine.events.get(sent.id).state == "sent", timeout=10_000)
    qtbot.waitUntil(lambda: engine.events.get(refused.id).state == "failed", timeout=10_000)

    window._on_delivery_requested(sent.id)
    dialog = window.delivery_dialogs[sent.id]
    model = dialog.sections["cgr"].model
    detail = model.data(model.index(0, AttemptColumn.DETAIL))
    assert detail == "received; the server's number for it: 6", detail
    assert not dialog.resend_button.isEnabled()
    assert dialog.resend_button.toolTip() == "Only a refused event can be resent; this one is: sent"
    # a sent event can still be corrected: it goes to the servers again
    assert dialog.correct_button.isEnabled() and dialog.correct_button.text() == "Correct and resend…"
    assert "sent again" in dialog.correct_button.toolTip()

    window._on_delivery_requested(refused.id)
    dialog = window.delivery_dialogs[refused.id]
    assert dialog.resend_button.isEnabled() and dialog.correct_button.isEnabled()
    assert dialog.resend_button.toolTip() == "Send the event again to every server that refused it"
    model = dialog.sections["cgr"].model
    assert model.data(model.index(0, AttemptColumn.DETAIL)) == "HTTP 400: the service refused the event"

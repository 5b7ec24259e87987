"""Photo sizes: anything the camera gives ends up a 30–512 KB JPEG the stand-in accepts; big lists split."""

from __future__ import annotations

import pytest
from support.destinations import deliver
from support.drvn_fixtures import NORMAL_PHOTO, client, event, photo, uploads

from cgrconsole.core.uplink.destination import Delivered, Rejected
from cgrconsole.core.uplink.drvn import wire
from cgrconsole.core.uplink.jpeg import JPEG_MAGIC, fit_jpeg

SMALL = photo(420, 320, quality=80, noise=9)  # ~21 KB
LARGE = photo(1280, 960, quality=94, noise=31)  # ~900 KB


def test_the_test_photos_are_what_they_claim() -> None:
    assert 15_000 < len(SMALL) < 25_000
    assert 850_000 < len(LARGE) < 1_000_000


@pytest.mark.parametrize("jpeg", [SMALL, LARGE], ids=["20KB", "900KB"])
def test_small_and_large_photos_are_fitted_and_accepted(server, clock, jpeg) -> None:
    outcomes = deliver(client(server, clock), [event(1, clock, jpeg=jpeg)])
    assert isinstance(outcomes[0], Delivered), outcomes
    kept = server.state.images[wire.image_guid(f"{1:032x}")]
    assert wire.MIN_IMAGE_BYTES <= len(kept) <= wire.MAX_IMAGE_BYTES
    assert kept.startswith(JPEG_MAGIC)


def test_a_photo_already_in_the_window_goes_out_untouched() -> None:
    fitted = fit_jpeg(NORMAL_PHOTO)
    assert not fitted.changed and fitted.data == NORMAL_PHOTO


def test_a_photo_that_is_not_an_image_is_rejected_without_sending(server, clock) -> None:
    outcomes = deliver(client(server, clock), [event(1, clock, jpeg=b"not a jpeg at all")])
    assert isinstance(outcomes[0], Rejected) and outcomes[0].code == "drvn_image"
    assert uploads(server) == []


@pytest.mark.parametrize("method", ["base64", "multipart"])
def test_a_list_over_10_mb_is_split_into_requests_under_the_limit(server, clock, method) -> None:
    fitted = fit_jpeg(LARGE).data  # ~450 KB each: 30 of them are ~18 MB in Base64
    events = [event(n, clock, age_s=1000 - n * 10, jpeg=fitted, plate=f"29A{n:05d}") for n in range(30)]

    outcomes = deliver(client(server, clock, max_batch=100, method=method), events)
    assert all(isinstance(o, Delivered) for o in outcomes)
    sizes = [c["bytes"] for c in uploads(server)]
    assert len(sizes) >= 2 and max(sizes) <= wire.MAX_REQUEST_BYTES
    assert [r.guid for r in server.received] == [wire.image_guid(e.event_id) for e in events]

"""A plate is sent on its own only when independent looks at it agree (issue 15: confident wrong reads).

The network can be sure and wrong on a degraded plate (an occluded or blurred glyph read at 0.99); another
view of the same plate (deskewed, deblurred) then reads something else. The reader's confidence is the
share of its looks at a plate that read it, so one look, however sure, is never enough.
"""

from __future__ import annotations

import numpy as np
import pytest
from support.plates import frame_with

from cgrconsole.core.anpr.interpret import ONE_LOOK, interpret, pool_reads
from cgrconsole.core.anpr.ocr import PlateNetEngine
from cgrconsole.core.anpr.reader import SETTLED, PlateReader

AUTO_SEND = 0.9  # the benchmarks' auto-send confidence (the console's default is stricter: 0.95)
PLATES = [
    ("473KBM15", "kz2012_private"),
    ("B581MP761", "ru_private_3digit_region"),
    ("01723SZF", "kg2016_private"),
]


class CountingEngine:
    """The plate network, counting its reads; with ``first_line`` the first read gives that line instead,
    as a network sure and wrong on one view would."""

    def __init__(self, net: PlateNetEngine, first_line: tuple[str, float] | None = None) -> None:
        self.net, self.first_line, self.calls = net, first_line, 0
        self.name = net.name

    def load(self) -> None:
        self.net.load()

    def read_line(self, crop_bgr: np.ndarray) -> list[tuple[str, float]]:
        self.calls += 1
        if self.calls == 1 and self.first_line:
            return [self.first_line]
        return self.net.read_line(crop_bgr)


@pytest.fixture(scope="module")
def net() -> PlateNetEngine:
    engine = PlateNetEngine()
    engine.load()
    return engine


@pytest.mark.parametrize(("plate", "fmt"), PLATES)
def test_a_sure_plate_is_confirmed_by_another_view_before_it_is_sent(
    net: PlateNetEngine, plate: str, fmt: str
) -> None:
    image, _ = frame_with(plate, fmt)
    engine = CountingEngine(net)
    reader = PlateReader(engine)
    reading = reader.read(image)
    assert (reading.plate, reading.confidence >= AUTO_SEND) == (plate, True), reading.candidates
    regions = len(reader.finder.find(image)[: reader.regions])
    assert engine.calls > regions, "the plate's region was read in a second view"


@pytest.mark.parametrize(("plate", "fmt"), PLATES)
def test_a_view_read_sure_and_wrong_is_not_sent_when_another_view_disagrees(
    net: PlateNetEngine, plate: str, fmt: str
) -> None:
    image, _ = frame_with(plate, fmt)
    wrong = plate[:-1] + ("7" if plate[-1] != "7" else "5")
    reader = PlateReader(CountingEngine(net, first_line=(wrong, 0.99)))
    reading = reader.read(image)
    assert reading.confidence < AUTO_SEND, (reading.plate, reading.candidates)
    assert plate in [c.plate for c in reading.candidates], "the other views' plate is offered to the officer"


def test_confidence_is_the_share_of_the_looks_at_the_plate_that_read_it() -> None:
    sure, other, grille = interpret("502UPG03", 0.99), interpret("592UPG03", 0.9), interpret("P592YX", 0.5)
    one = pool_reads([(sure, "plate")])
    assert one[0].score == pytest.approx(sure[0].score * ONE_LOOK) and one[0].score < SETTLED, (
        "one look never settles"
    )
    agreed = pool_reads([(sure, "plate"), (interpret("502UPG03", 0.7), "plate"), (grille, "grille")])
    assert agreed[0].score == pytest.approx(sure[0].score), (
        "a read at another place does not count against it"
    )
    split = pool_reads([(sure, "plate"), (other, "plate")])
    assert [c.score for c in split] == pytest.approx([sure[0].score / 2, other[0].score / 2])

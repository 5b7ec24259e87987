import pytest

from cgrconsole.core.anpr.formats import FORMATS_BY_NAME
from cgrconsole.core.anpr.interpret import fit, interpret, pool_reads


@pytest.mark.parametrize(
    ("raw", "plate", "country"),
    [
        ("123 ABC 01", "123ABC01", "KZ"),
        ("123ABCO1", "123ABC01", "KZ"),  # O read for 0 in the region: repaired where a digit must be
        ("I23A8C0I", "123ABC01", "KZ"),  # I/1 and 8/B in the right places
        ("а 123 вс 77", "A123BC77", "RU"),  # Cyrillic lookalikes
        ("A996AH666", "A996AH66", "RU"),  # one extra glyph (a doubled digit) dropped
        ("30E-00555", "30E00555", "VN"),
    ],
)
def test_readings_are_normalized_and_repaired_by_format(raw: str, plate: str, country: str) -> None:
    best = interpret(raw, 0.95)[0]
    assert (best.plate, best.country) == (plate, country)


def test_an_ambiguous_drop_offers_both_readings() -> None:
    plates = [c.plate for c in interpret("B626KC1644", 0.9)]
    assert {"B626KC164", "B626KC144"} <= set(plates)


def test_repairs_and_drops_cost_confidence() -> None:
    clean, repaired = interpret("123ABC01", 0.9)[0], interpret("123ABCO1", 0.9)[0]
    dropped = interpret("123ABC011", 0.9)[0]
    assert clean.score > repaired.score > 0 and clean.score > dropped.score
    assert repaired.repairs == 1


def test_text_fitting_no_format_is_kept_but_never_confident() -> None:
    candidates = interpret("HELLO", 0.99)
    assert candidates[0].country == "" and candidates[0].score < 0.6
    assert interpret("", 0.99) == [] and interpret("--", 0.9) == []


def test_fit_refuses_impossible_glyphs_and_wrong_regions() -> None:
    kz = FORMATS_BY_NAME["kz2012_private"]
    assert fit("123ABC01", kz) == ("123ABC01", 0)
    assert fit("123ABC99", kz) is None  # KZ regions are 01-20
    assert fit("123AB?01", kz) is None


def test_a_lost_zero_is_put_back_and_trailing_junk_trimmed() -> None:
    assert interpret("1 905 LNH", 0.9)[0].plate == "01905LNH"  # a Kyrgyz region's leading 0 was not read
    best = interpret("B 581 MP 76161", 0.9)[0]  # the flag's text read as two more digits
    assert (best.plate, best.country) == ("B581MP761", "RU") and best.score < 0.9 * 0.7


def test_pooled_views_agreeing_win_and_disagreement_costs_confidence() -> None:
    first, relaid, small = (
        interpret("T 965 HH 25", 0.93),
        interpret("T 965 HH 52", 0.9),
        interpret("T965HH52", 0.8),
    )
    pooled = pool_reads([(first, "plate"), (relaid, "plate"), (small, "plate")])
    assert pooled[0].plate == "T965HH52", "two views agreeing beat one more confident view"
    assert (
        pooled[0].score < 0.9
        and pool_reads([(relaid, "plate"), (small, "plate")])[0].score == relaid[0].score
    )
    caption = pool_reads([(interpret("KPP-CAM", 0.99), "caption"), (relaid, "plate")])
    assert caption[0].plate == "T965HH52", "formats still come first"

"""Plate formats: generation, validation, grouping, normalization and the traffic mix (R-ANPR-2)."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from cgrconsole.core.anpr.formats import (
    CYRILLIC_TO_LATIN,
    FORMATS,
    FORMATS_BY_NAME,
    KNOWN_AMBIGUITIES,
    RU_LETTERS,
    TRAFFIC_MIX,
    PlateFormat,
    match_formats,
    normalize,
    pick_format,
)

COUNTRIES = {"KZ", "RU", "KG", "UZ", "CN", "VN"}


def test_every_country_is_covered_and_names_are_unique() -> None:
    assert {f.country for f in FORMATS} == COUNTRIES
    assert len(FORMATS_BY_NAME) == len(FORMATS)
    assert set(TRAFFIC_MIX) == set(FORMATS_BY_NAME)
    assert sum(TRAFFIC_MIX.values()) == pytest.approx(1.0)


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_generated_plates_match_their_format_and_no_other_country(fmt: PlateFormat) -> None:
    rng = random.Random(f"formats-{fmt.name}")
    for _ in range(400):
        plate = fmt.generate(rng)
        assert re.fullmatch(r"[A-Z0-9]+", plate), plate
        assert len(plate) == fmt.length == len(fmt.layout)
        assert fmt.matches(plate), plate
        matched = {f.name for f in match_formats(plate)}
        assert fmt.name in matched
        for other in matched - {fmt.name}:
            # Only documented text-identical pairs may match; within a country nothing overlaps.
            assert frozenset({fmt.name, other}) in KNOWN_AMBIGUITIES, (plate, other)
            assert FORMATS_BY_NAME[other].country != fmt.country


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_groups_cover_the_plate_in_order(fmt: PlateFormat) -> None:
    plate = fmt.generate(random.Random(3))
    groups = fmt.groups(plate)
    assert "".join(groups) == plate
    assert all(groups)
    with pytest.raises(ValueError):
        fmt.groups(plate + "1")


@pytest.mark.parametrize(
    ("name", "plate", "groups", "region_group"),
    [
        ("kz2012_private", "123ABC01", ("123", "ABC", "01"), 2),
        ("kz2012_legal", "123AB20", ("123", "AB", "20"), 2),
        ("kz1993_private", "A123BCD", ("A", "123", "BCD"), 0),
        ("kz1993_legal", "Z001AA", ("Z", "001", "AA"), 0),
        ("ru_private_2digit_region", "A123BC77", ("A", "123", "BC", "77"), 3),
        ("ru_private_3digit_region", "E001KX777", ("E", "001", "KX", "777"), 3),
        ("kg2016_private", "01123ABC", ("01", "123", "ABC"), 0),
        ("uz2008_private", "01A123BC", ("01", "A", "123", "BC"), 0),
        ("cn_latin", "A12345", ("A", "12345"), None),
        ("vn_5digit", "30E00555", ("30E", "00555"), None),
        ("vn_4digit", "51F1234", ("51F", "1234"), None),
    ],
)
def test_known_examples(name: str, plate: str, groups: tuple[str, ...], region_group: int | None) -> None:
    fmt = FORMATS_BY_NAME[name]
    assert fmt.matches(plate)
    assert fmt in match_formats(plate)
    assert fmt.groups(plate) == groups
    assert fmt.region_group == region_group


def test_spec_regex_for_kazakhstan_2012_agrees() -> None:
    spec = {
        "kz2012_private": re.compile(r"\d{3}[A-Z]{3}(0[1-9]|1\d|20)"),
        "kz2012_legal": re.compile(r"\d{3}[A-Z]{2}(0[1-9]|1\d|20)"),
    }
    rng = random.Random(9)
    for name, regex in spec.items():
        fmt = FORMATS_BY_NAME[name]
        for _ in range(300):
            plate = fmt.generate(rng)
            assert regex.fullmatch(plate)
            assert 1 <= int(plate[-2:]) <= 20
            for bad_region in ("00", "21", "99"):
                bad = plate[:-2] + bad_region
                assert not fmt.matches(bad) and not regex.fullmatch(bad)


def test_russian_plates_use_only_cyrillic_lookalikes() -> None:
    rng = random.Random(4)
    for name in ("ru_private_2digit_region", "ru_private_3digit_region"):
        for _ in range(300):
            letters = {c for c in FORMATS_BY_NAME[name].generate(rng) if c.isalpha()}
            assert letters <= set(RU_LETTERS)
    assert not FORMATS_BY_NAME["ru_private_2digit_region"].matches("A123BD77")  # D has no Cyrillic twin


def test_invalid_plates_match_nothing() -> None:
    for plate in ("", "123", "123ABC21", "ABCDEFGH", "1234567890", "A123BC7", "00E00555"):
        assert match_formats(plate) == [], plate


def test_cyrillic_table() -> None:
    assert len(CYRILLIC_TO_LATIN) == 24
    assert set(CYRILLIC_TO_LATIN.values()) == set(RU_LETTERS)
    assert CYRILLIC_TO_LATIN["Н"] == "H" and CYRILLIC_TO_LATIN["р"] == "P" and CYRILLIC_TO_LATIN["у"] == "Y"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("а 123 вс 77", "A123BC77"),
        ("А123ВС 777", "A123BC777"),
        ("123 abc-01", "123ABC01"),
        ("  30E-005.55 ", "30E00555"),
        ("Х 001 ХХ|199", "X001XX199"),
        ("у777мр02", "Y777MP02"),
        ("", ""),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_match_formats_normalizes_first() -> None:
    assert [f.name for f in match_formats("а 123 вс 77")] == ["ru_private_2digit_region"]
    assert [f.name for f in match_formats("123 abc 01")] == ["kz2012_private"]


def test_traffic_mix_over_2000_draws() -> None:
    rng = random.Random(2024)
    draws = [pick_format(rng) for _ in range(2000)]
    by_country = Counter(f.country for f in draws)
    by_name = Counter(f.name for f in draws)
    assert 0.66 <= by_country["KZ"] / 2000 <= 0.74
    assert by_name["kz2012_private"] > 0.7 * by_country["KZ"]
    for common in ("RU", "KG", "UZ"):
        assert by_country[common] > max(by_country["CN"], by_country["VN"]), by_country
    assert 0 < by_country["CN"] + by_country["VN"] < 0.1 * 2000
    assert set(by_country) == COUNTRIES


def test_pick_format_is_deterministic() -> None:
    a = [pick_format(random.Random(7)).name for _ in range(5)]
    b = [pick_format(random.Random(7)).name for _ in range(5)]
    assert a == b


def test_format_rejects_inconsistent_definition() -> None:
    with pytest.raises(ValueError):
        PlateFormat("KZ", "broken", re.compile(r"\d\d"), "DR", regions=("01",))
    with pytest.raises(ValueError):
        PlateFormat("KZ", "broken", re.compile(r"\d\d"), "DD", grouping=(1, 2))

"""Registration plate formats seen at Kazakhstan's checkpoints (R-ANPR-2).

Plates are handled in their *normalized* form: upper-case Latin letters and digits only, no spaces or
separators (``123ABC01``, ``A123BC77``, ``30E00555``). Russian plates use Cyrillic letters that look like
Latin ones; :func:`normalize` maps them to their Latin lookalikes.

Each :class:`PlateFormat` carries a ``layout``, one code per glyph:

====  =====================================================
D     serial digit
L     serial letter
R     region digit (one run per layout: the region code)
A     region letter (Kazakhstan 1993: the first letter)
X     serial letter or digit (China)
====  =====================================================

Some plates are ambiguous as text alone (see :data:`KNOWN_AMBIGUITIES`): a Kyrgyz private plate
``01123ABC`` reads exactly like an Uzbek government plate of Tashkent; only the plate's flag tells them
apart, so :func:`match_formats` returns both.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import groupby

LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
#: The twelve Cyrillic letters allowed on Russian plates, as their Latin lookalikes.
RU_LETTERS = "ABEKMHOPCTYX"

CYRILLIC_TO_LATIN: dict[str, str] = {
    cyr: lat for cyrs, lat in zip("АВЕКМНОРСТУХ", RU_LETTERS, strict=True) for cyr in (cyrs, cyrs.lower())
}
"""Cyrillic plate letters (upper and lower case) to the Latin letters they look like."""

SLASHED_ZEROS: dict[str, str] = {ch: "0" for ch in "ØøΘθ∅⌀"}
"""Glyphs an OCR engine may return for the slashed or dotted zero of plate fonts (and for a Greek theta)."""

_ALNUM = frozenset(LATIN + DIGITS)
_REGION_CODES = "RA"


@dataclass(frozen=True)
class PlateFormat:
    """One plate format of one country: how it validates, generates and groups for display.

    ``pattern`` is matched (full match) against the normalized plate. ``regions`` lists the region codes
    :meth:`generate` draws from (each as long as the layout's R/A run). ``grouping`` gives the display
    group lengths; empty means one group per run of glyph classes in ``layout``.
    """

    country: str
    name: str
    pattern: re.Pattern[str]
    layout: str
    description: str = ""
    letters: str = LATIN
    regions: tuple[str, ...] = ()
    grouping: tuple[int, ...] = ()
    max_x_letters: int = 2

    def __post_init__(self) -> None:
        region_len = sum(c in _REGION_CODES for c in self.layout)
        if region_len and (not self.regions or any(len(r) != region_len for r in self.regions)):
            raise ValueError(f"{self.name}: regions must be {region_len} characters long")
        if self.grouping and sum(self.grouping) != len(self.layout):
            raise ValueError(f"{self.name}: grouping {self.grouping} does not cover layout {self.layout}")

    @property
    def length(self) -> int:
        """Number of glyphs of a plate of this format."""
        return len(self.layout)

    @property
    def region_group(self) -> int | None:
        """Index in :meth:`groups` of the group that is exactly the region code, if there is one."""
        start = 0
        for i, size in enumerate(self._group_sizes()):
            if all(c in _REGION_CODES for c in self.layout[start : start + size]):
                return i
            start += size
        return None

    def matches(self, plate: str) -> bool:
        """True when the normalized ``plate`` is valid in this format."""
        return self.pattern.fullmatch(plate) is not None

    def generate(self, rng: random.Random) -> str:
        """A valid, realistic plate of this format drawn from ``rng`` (deterministic for a seeded rng)."""
        region = iter(rng.choice(self.regions)) if self.regions else iter(())
        x_count = self.layout.count("X")
        n_x_letters = min(rng.choice((0, 0, 1, 1, 2)), self.max_x_letters, x_count)
        x_letters = set(rng.sample(range(x_count), n_x_letters))
        out: list[str] = []
        x_index = 0
        for code in self.layout:
            if code == "D":
                out.append(rng.choice(DIGITS))
            elif code == "L":
                out.append(rng.choice(self.letters))
            elif code in _REGION_CODES:
                out.append(next(region))
            elif code == "X":
                out.append(rng.choice(self.letters) if x_index in x_letters else rng.choice(DIGITS))
                x_index += 1
            else:
                raise ValueError(f"{self.name}: unknown layout code {code!r}")
        return "".join(out)

    def groups(self, plate: str) -> tuple[str, ...]:
        """The plate split into its display groups, e.g. ``123ABC01`` -> ``("123", "ABC", "01")``."""
        if len(plate) != len(self.layout):
            raise ValueError(f"{plate!r} does not have the {len(self.layout)} glyphs of {self.name}")
        parts: list[str] = []
        start = 0
        for size in self._group_sizes():
            parts.append(plate[start : start + size])
            start += size
        return tuple(parts)

    def _group_sizes(self) -> tuple[int, ...]:
        if self.grouping:
            return self.grouping
        glyph_class = {"R": "R", "A": "R"}
        return tuple(len(list(run)) for _, run in groupby(self.layout, key=lambda c: glyph_class.get(c, c)))


def _codes(*codes: int) -> tuple[str, ...]:
    return tuple(f"{c:02d}" for c in codes)


_KZ_REGIONS = _codes(*range(1, 21))
# 1993 region letters (Astana Z, Almaty A, Almaty region B/V, Akmola C, Aktobe D, Atyrau E, ...).
_KZ_1993_REGION_LETTERS = "ABCDEFHKLMNOPRSTUVWXZ"
_RU_REGIONS_2 = _codes(1, 2, 16, 23, 24, 38, 42, 47, 50, 52, 54, 55, 56, 61, 63, 64, 66, 72, 74, 77, 78, 86)
_RU_REGIONS_3 = tuple(
    str(c) for c in (102, 116, 123, 124, 125, 134, 138, 142, 150, 152, 154, 159, 161, 163, 164, 174)
) + tuple(str(c) for c in (177, 178, 186, 190, 196, 197, 199, 716, 750, 761, 763, 774, 777, 790, 797, 799))
_KG_REGIONS = _codes(*range(1, 10))  # 01 Bishkek ... 09 Issyk-Kul
_UZ_REGIONS = _codes(1, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 85, 90, 95)  # first code of each province
_VN_REGIONS = _codes(14, 15, 29, 30, 31, 36, 37, 43, 47, 50, 51, 59, 60, 61, 65, 72, 79, 92, 98, 99)
_VN_LETTERS = "ABCDEFGHKLMNPSTUVXYZ"
_CN_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I and O on Chinese plates

_KZ_REGION_RE = r"(?:0[1-9]|1\d|20)"
_TWO_DIGIT_RE = r"(?:0[1-9]|[1-9]\d)"
_KZ93_RE = f"[{_KZ_1993_REGION_LETTERS}]"
_RU_RE = f"[{RU_LETTERS}]"
_VN_RE = r"(?:1[1-9]|[2-9]\d)[A-HK-NP-VX-Z]"
# City letter, then five glyphs of which at most two are letters, ending with a digit.
_CN_RE = rf"[{_CN_LETTERS}](?!(?:\d*[A-Z]){{3}})[{_CN_LETTERS}\d]{{4}}\d"

FORMATS: tuple[PlateFormat, ...] = (
    PlateFormat(
        "KZ",
        "kz2012_private",
        re.compile(rf"\d{{3}}[A-Z]{{3}}{_KZ_REGION_RE}"),
        "DDDLLLRR",
        "Kazakhstan since 2012, private: 123 ABC | 01",
        regions=_KZ_REGIONS,
    ),
    PlateFormat(
        "KZ",
        "kz2012_legal",
        re.compile(rf"\d{{3}}[A-Z]{{2}}{_KZ_REGION_RE}"),
        "DDDLLRR",
        "Kazakhstan since 2012, legal entity: 123 AB | 01",
        regions=_KZ_REGIONS,
    ),
    PlateFormat(
        "KZ",
        "kz1993_private",
        re.compile(rf"{_KZ93_RE}\d{{3}}[A-Z]{{3}}"),
        "ADDDLLL",
        "Kazakhstan 1993, private: region letter, 3 digits, 3 letters (A 123 BCD)",
        regions=tuple(_KZ_1993_REGION_LETTERS),
    ),
    PlateFormat(
        "KZ",
        "kz1993_legal",
        re.compile(rf"{_KZ93_RE}\d{{3}}[A-Z]{{2}}"),
        "ADDDLL",
        "Kazakhstan 1993, legal entity: region letter, 3 digits, 2 letters (A 001 AA)",
        regions=tuple(_KZ_1993_REGION_LETTERS),
    ),
    PlateFormat(
        "RU",
        "ru_private_2digit_region",
        re.compile(rf"{_RU_RE}\d{{3}}{_RU_RE}{{2}}{_TWO_DIGIT_RE}"),
        "LDDDLLRR",
        "Russia, private, two-digit region: A 123 BC | 77",
        letters=RU_LETTERS,
        regions=_RU_REGIONS_2,
    ),
    PlateFormat(
        "RU",
        "ru_private_3digit_region",
        re.compile(rf"{_RU_RE}\d{{3}}{_RU_RE}{{2}}[179]\d\d"),
        "LDDDLLRRR",
        "Russia, private, three-digit region: A 123 BC | 777",
        letters=RU_LETTERS,
        regions=_RU_REGIONS_3,
    ),
    PlateFormat(
        "KG",
        "kg2016_private",
        re.compile(r"0[1-9]\d{3}[A-Z]{3}"),
        "RRDDDLLL",
        "Kyrgyzstan since 2016, private: 01 | 123 ABC",
        regions=_KG_REGIONS,
    ),
    PlateFormat(
        "KG",
        "kg2016_legal",
        re.compile(r"0[1-9]\d{3}[A-Z]{2}"),
        "RRDDDLL",
        "Kyrgyzstan since 2016, legal entity: 01 | 123 AB",
        regions=_KG_REGIONS,
    ),
    PlateFormat(
        "UZ",
        "uz2008_private",
        re.compile(rf"{_TWO_DIGIT_RE}[A-Z]\d{{3}}[A-Z]{{2}}"),
        "RRLDDDLL",
        "Uzbekistan since 2008, private: 01 | A 123 BC",
        regions=_UZ_REGIONS,
    ),
    PlateFormat(
        "UZ",
        "uz2008_government",
        re.compile(rf"{_TWO_DIGIT_RE}\d{{3}}[A-Z]{{3}}"),
        "RRDDDLLL",
        "Uzbekistan since 2008, government/legal: 01 | 123 ABC",
        regions=_UZ_REGIONS,
    ),
    PlateFormat(
        "CN",
        "cn_latin",
        re.compile(_CN_RE),
        "LXXXXD",
        "China, Latin part only: city letter + 5 serial glyphs (the province's Chinese character "
        "cannot be written in Latin and is left out)",
        letters=_CN_LETTERS,
        grouping=(1, 5),
    ),
    PlateFormat(
        "VN",
        "vn_5digit",
        re.compile(rf"{_VN_RE}\d{{5}}"),
        "RRLDDDDD",
        "Vietnam, province + series + 5 digits: 30E-005.55",
        letters=_VN_LETTERS,
        regions=_VN_REGIONS,
        grouping=(3, 5),
    ),
    PlateFormat(
        "VN",
        "vn_4digit",
        re.compile(rf"{_VN_RE}\d{{4}}"),
        "RRLDDDD",
        "Vietnam, older: province + series + 4 digits: 51F-1234",
        letters=_VN_LETTERS,
        regions=_VN_REGIONS,
        grouping=(3, 4),
    ),
)
"""Every known format, Kazakhstan first."""

FORMATS_BY_NAME: Mapping[str, PlateFormat] = {f.name: f for f in FORMATS}

KNOWN_AMBIGUITIES: frozenset[frozenset[str]] = frozenset({frozenset({"kg2016_private", "uz2008_government"})})
"""Pairs of formats of different countries that can produce the same text (``01123ABC``)."""

TRAFFIC_MIX: Mapping[str, float] = {
    "kz2012_private": 0.56,
    "kz2012_legal": 0.08,
    "kz1993_private": 0.04,
    "kz1993_legal": 0.02,
    "ru_private_2digit_region": 0.06,
    "ru_private_3digit_region": 0.04,
    "kg2016_private": 0.055,
    "kg2016_legal": 0.015,
    "uz2008_private": 0.055,
    "uz2008_government": 0.015,
    "cn_latin": 0.03,
    "vn_5digit": 0.02,
    "vn_4digit": 0.01,
}
"""Share of each format in the synthetic traffic: 70 % Kazakhstan, 30 % neighbours (CN and VN rare)."""

_MIX_FORMATS = tuple(FORMATS_BY_NAME[name] for name in TRAFFIC_MIX)
_MIX_WEIGHTS = tuple(TRAFFIC_MIX.values())


def normalize(text: str) -> str:
    """Upper-case ``text``, map Cyrillic lookalikes to Latin and slashed zeros to 0; keep only A-Z, 0-9."""
    out = []
    for ch in text:
        ch = SLASHED_ZEROS.get(ch, ch)
        ch = CYRILLIC_TO_LATIN.get(ch, ch).upper()
        ch = CYRILLIC_TO_LATIN.get(ch, ch)
        if ch in _ALNUM:
            out.append(ch)
    return "".join(out)


PLATE_SEPARATORS = frozenset(" -.·_/|")
"""What people type between a plate's groups; :func:`normalize` drops them without changing the plate."""


def foreign_characters(text: str) -> str:
    """The characters of typed ``text`` that :func:`normalize` would drop although they are no separator.

    A Cyrillic letter without a Latin lookalike (``Ф``, ``Ы``, Kazakh ``Қ``: typed with the keyboard in
    Russian or Kazakh), or any letter plates do not carry (``É``). Each once, in order; empty when
    normalizing keeps the meaning of everything typed. The twelve lookalikes (``А`` -> ``A``) are not
    foreign: on the plate they *are* the Latin letters.
    """
    found = dict.fromkeys(
        ch for ch in text if not ch.isspace() and ch not in PLATE_SEPARATORS and not normalize(ch)
    )
    return "".join(found)


def match_formats(plate: str) -> list[PlateFormat]:
    """All formats the plate (normalized first) is valid in; empty when it fits none."""
    normalized = normalize(plate)
    return [f for f in FORMATS if f.matches(normalized)]


def pick_format(rng: random.Random) -> PlateFormat:
    """A format drawn with the weights of :data:`TRAFFIC_MIX`."""
    return rng.choices(_MIX_FORMATS, weights=_MIX_WEIGHTS)[0]


def text_distance(a: str, b: str) -> int:
    """Levenshtein distance between two plates (plates are short). Also scores the benchmarks."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]

"""Plate formats as the officer reads them, in the UI language (the core's descriptions are English), and
the one check of a typed plate that every dialog where the officer types one shows (``plate_verdict``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from cgrconsole.core.anpr.formats import PlateFormat, foreign_characters, match_formats, normalize
from cgrconsole.ui.event_text import AMBER, GREEN, RED, country_text


@dataclass(frozen=True)
class PlateVerdict:
    """What a typed plate is: ``plate`` as it would be stored ("" while a letter no plate carries is in
    it), whether a known format ``fits``, and the hint to show under the field (text, colour, tooltip)."""

    plate: str
    fits: bool
    text: str
    color: str  # "" for the plain hint
    tooltip: str = ""

    @property
    def style(self) -> str:
        """The hint's style sheet: bold and coloured for a verdict, plain for the typing hint."""
        if not self.color:
            return ""
        return f"QLabel {{ color: {self.color}; font-size: 15px; font-weight: bold; }}"


def plate_verdict(text: str, off_format: str) -> PlateVerdict:
    """The check of ``text`` as the officer types it. ``off_format`` is the caller's warning for a plate no
    format fits, with ``%1`` for the plate (what to press to go on differs from dialog to dialog)."""
    foreign = foreign_characters(text)
    if foreign:
        message = QCoreApplication.translate(
            "PlateCorrectionDialog",
            "%1: no such letter on plates. Switch the keyboard to Latin (EN) and type the plate again.",
        )
        return PlateVerdict("", False, message.replace("%1", " ".join(foreign)), RED)
    plate = normalize(text)
    if not plate:
        hint = QCoreApplication.translate(
            "PlateCorrectionDialog", "Type the plate as it is written on the vehicle."
        )
        return PlateVerdict("", False, hint, "")
    formats = match_formats(plate)
    if not formats:
        return PlateVerdict(plate, False, off_format.replace("%1", plate), AMBER)
    countries = ", ".join(dict.fromkeys(country_text(f.country) for f in formats))
    shown = " ".join(formats[0].groups(plate))
    fits = QCoreApplication.translate("PlateCorrectionDialog", "✓ %1 — %2")
    return PlateVerdict(
        plate,
        True,
        fits.replace("%1", countries).replace("%2", shown),
        GREEN,
        "\n".join(format_description_text(f) for f in formats),
    )


# lupdate finds only literal QCoreApplication.translate("Context", "text") calls, hence no helper.
def format_description_text(fmt: PlateFormat) -> str:
    """One line per format, with an example; every format in ``FORMATS`` has one (a test checks)."""
    texts = {
        "kz2012_private": QCoreApplication.translate(
            "PlateFormat", "Kazakhstan since 2012, private: 123 ABC | 01"
        ),
        "kz2012_legal": QCoreApplication.translate(
            "PlateFormat", "Kazakhstan since 2012, legal entity: 123 AB | 01"
        ),
        "kz1993_private": QCoreApplication.translate(
            "PlateFormat", "Kazakhstan 1993, private: region letter, 3 digits, 3 letters (A 123 BCD)"
        ),
        "kz1993_legal": QCoreApplication.translate(
            "PlateFormat", "Kazakhstan 1993, legal entity: region letter, 3 digits, 2 letters (A 001 AA)"
        ),
        "ru_private_2digit_region": QCoreApplication.translate(
            "PlateFormat", "Russia, private, two-digit region: A 123 BC | 77"
        ),
        "ru_private_3digit_region": QCoreApplication.translate(
            "PlateFormat", "Russia, private, three-digit region: A 123 BC | 777"
        ),
        "kg2016_private": QCoreApplication.translate(
            "PlateFormat", "Kyrgyzstan since 2016, private: 01 | 123 ABC"
        ),
        "kg2016_legal": QCoreApplication.translate(
            "PlateFormat", "Kyrgyzstan since 2016, legal entity: 01 | 123 AB"
        ),
        "uz2008_private": QCoreApplication.translate(
            "PlateFormat", "Uzbekistan since 2008, private: 01 | A 123 BC"
        ),
        "uz2008_government": QCoreApplication.translate(
            "PlateFormat", "Uzbekistan since 2008, government or legal entity: 01 | 123 ABC"
        ),
        "cn_latin": QCoreApplication.translate(
            "PlateFormat",
            "China, Latin part only: city letter and 5 serial characters "
            "(the province's Chinese character is left out)",
        ),
        "vn_5digit": QCoreApplication.translate(
            "PlateFormat", "Vietnam, province, series and 5 digits: 30E-005.55"
        ),
        "vn_4digit": QCoreApplication.translate(
            "PlateFormat", "Vietnam, older: province, series and 4 digits: 51F-1234"
        ),
    }
    return texts.get(fmt.name, fmt.description)

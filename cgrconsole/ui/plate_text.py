"""Plate formats as the officer reads them, in the UI language (the core's descriptions are English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cgrconsole.core.anpr.formats import PlateFormat


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

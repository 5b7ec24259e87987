"""Reading Qt's .ts translation sources (what the translators delivered, per source text)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def messages(ts: Path) -> dict[str, list[str]]:
    """Source text -> its translated forms (one, or the plural forms); [] while unfinished."""
    found = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            found[message.findtext("source")] = []
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        found[message.findtext("source") or ""] = forms
    return found


def english_words(ts: Path) -> set[str]:
    """Lower-case words of the English sources that the translation does not keep on purpose.

    Key names (Enter, PgUp), acronyms (VPN, RTSP), product names and plate examples appear in Latin in the
    translations too; every other English word on a translated screen is an untranslated text.
    """
    sources: set[str] = set()
    kept: set[str] = set()
    for source, forms in messages(ts).items():
        sources |= {w.lower() for w in LATIN_WORD.findall(source)}
        for form in forms:
            kept |= {w.lower() for w in LATIN_WORD.findall(form)}
    return sources - kept

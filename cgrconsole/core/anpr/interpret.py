"""From an OCR string to plate candidates: normalized, fitted to the formats, scored.

OCR engines confuse look-alike glyphs (0/O, 1/I, 8/B, 5/S, 2/Z …). Each format says which
positions hold digits and which letters, so a confusion is repaired only where the format
requires the other class; every repair costs score. Candidates that fit no format keep a low
score, so they are shown to the officer but never sent on their own.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, replace

from cgrconsole.core.anpr.formats import FORMATS, TRAFFIC_MIX, PlateFormat, normalize

TO_DIGIT = {
    "O": "0",
    "Q": "0",
    "D": "0",
    "U": "0",
    "I": "1",
    "L": "1",
    "J": "1",
    "T": "7",
    "Z": "2",
    "S": "5",
    "B": "8",
    "G": "6",
    "A": "4",
}
TO_LETTER = {"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B", "6": "G", "7": "T", "4": "A"}
REPAIR_COST = 0.85  # each repaired glyph multiplies the score
DROP_COST = 0.7  # one extra glyph dropped (a region box's border read as "1", a doubled glyph)
UNFITTED_COST = 0.5  # text that fits no known format
ONE_LOOK = 0.8  # a plate read by one look only: below the reader's SETTLED, so it takes a second look
DIGIT_CODES, LETTER_CODES = frozenset("DR"), frozenset("LA")


def lookalike_key(text: str) -> str:
    """``text`` normalized with every look-alike letter folded into its digit (O and D -> 0, B -> 8 …).

    Two readings of one plate that differ only by such confusions (or by Cyrillic and Latin letters)
    have the same key, so searching by key finds a plate however it was read or typed.
    """
    return "".join(TO_DIGIT.get(ch, ch) for ch in normalize(text))


def search_key(*plates: str) -> str:
    """The key an event is searched by: the look-alike keys of its plates (as sent, as read), ``|``-joined.

    A query's key never holds ``|``, so a substring of the key is a substring of one plate's key.
    """
    return "|".join(dict.fromkeys(lookalike_key(p) for p in plates if p))


@dataclass(frozen=True)
class PlateCandidate:
    plate: str
    country: str  # "" when no format fits
    format_name: str
    score: float  # 0..1: OCR confidence times the repair and format factors
    repairs: int


def fit(text: str, fmt: PlateFormat) -> tuple[str, int] | None:
    """``text`` made to fit ``fmt`` with the fewest repairs, or None when it cannot."""
    if len(text) != fmt.length:
        return None
    out, repairs = [], 0
    for ch, code in zip(text, fmt.layout, strict=True):
        if code in DIGIT_CODES and not ch.isdigit():
            ch, repairs = TO_DIGIT.get(ch, ""), repairs + 1
        elif code in LETTER_CODES and ch.isdigit():
            ch, repairs = TO_LETTER.get(ch, ""), repairs + 1
        if not ch:
            return None
        out.append(ch)
    plate = "".join(out)
    return (plate, repairs) if fmt.matches(plate) else None


def interpret(raw: str, confidence: float, limit: int = 3) -> list[PlateCandidate]:
    """The best readings of one OCR string, best first (at most ``limit``)."""
    text = normalize(raw)
    if not text:
        return []
    found: dict[str, PlateCandidate] = {}
    _fit_all(text, confidence, found)
    if not found:  # one glyph too many: try without each in turn
        for i in range(len(text)):
            _fit_all(text[:i] + text[i + 1 :], confidence * DROP_COST, found)
    if not found:  # one glyph lost, most often a zero (slashed zeros, a region code's leading 0)
        for i in range(len(text) + 1):
            _fit_all(text[:i] + "0" + text[i:], confidence * DROP_COST, found)
    if not found:  # trailing junk (a flag or "RUS" read as glyphs): keep the front that fits
        for end in range(len(text) - 2, 3, -1):
            _fit_all(text[:end], confidence * DROP_COST ** (len(text) - end), found)
    if not found and 4 <= len(text) <= 10:
        found[text] = PlateCandidate(text, "", "", confidence * UNFITTED_COST, 0)
    return sorted(found.values(), key=lambda c: c.score, reverse=True)[:limit]


def rank(candidate: PlateCandidate) -> tuple[bool, float]:
    """A reading that fits a plate format beats any that does not (a camera's caption, a sign)."""
    return bool(candidate.country), candidate.score


def best_candidates(candidates: Iterable[PlateCandidate], limit: int = 3) -> list[PlateCandidate]:
    """One candidate per plate (its best score), best ranked first."""
    pooled: dict[str, PlateCandidate] = {}
    for candidate in candidates:
        if candidate.plate not in pooled or pooled[candidate.plate].score < candidate.score:
            pooled[candidate.plate] = candidate
    return sorted(pooled.values(), key=rank, reverse=True)[:limit]


def pool_reads(
    reads: Sequence[tuple[Sequence[PlateCandidate], Hashable]], limit: int = 3
) -> list[PlateCandidate]:
    """Candidates of several reads of one frame (other views of a plate, other text lines), pooled.

    Each read comes with where it was taken (the finder's region): the looks at one place are the reads
    taken there. A plate that more reads agree on ranks higher (the sum of its scores over the reads;
    formats still beat text that fits none). Its score is its best one times its agreement: the share of
    the looks at its places that read it (:func:`agreement`). One confident look is not enough to send a
    plate on its own: the network can be sure and wrong on a degraded plate, and another view of it (the
    deskewed plate, the deblurred one) then reads something else.
    """
    best: dict[str, PlateCandidate] = {}
    support: dict[str, float] = {}
    for read, _ in reads:
        for candidate in best_candidates(read, limit=len(read)):
            support[candidate.plate] = support.get(candidate.plate, 0.0) + candidate.score
            if candidate.plate not in best or best[candidate.plate].score < candidate.score:
                best[candidate.plate] = candidate
    pooled = []
    for plate, candidate in best.items():
        score = candidate.score * agreement(plate, reads)
        pooled.append((bool(candidate.country), support[plate], replace(candidate, score=score)))
    pooled.sort(key=lambda item: item[:2], reverse=True)
    return [candidate for _, _, candidate in pooled[:limit]]


def agreement(plate: str, reads: Sequence[tuple[Sequence[PlateCandidate], Hashable]]) -> float:
    """The share of the looks at ``plate``'s places that read it; :data:`ONE_LOOK` when it had one look.

    A look that read another plate, or nothing that fits a format, counts against it: independent views
    of one plate read the same text when the reading is right. The rule holds whatever the network's own
    confidences are: it counts views, it weighs none of them.
    """
    places = {where for read, where in reads if any(c.plate == plate for c in read)}
    looks = [read for read, where in reads if where in places]
    if len(looks) < 2:
        return ONE_LOOK
    return sum(any(c.plate == plate for c in read) for read in looks) / len(looks)


def _fit_all(text: str, confidence: float, found: dict[str, PlateCandidate]) -> None:
    top_prior = max(TRAFFIC_MIX.values())
    for fmt in FORMATS:
        fitted = fit(text, fmt)
        if fitted is None:
            continue
        plate, repairs = fitted
        prior = 0.9 + 0.1 * TRAFFIC_MIX.get(fmt.name, 0.0) / top_prior  # a tie-breaker, not a veto
        score = confidence * REPAIR_COST**repairs * prior
        if plate not in found or found[plate].score < score:
            found[plate] = PlateCandidate(plate, fmt.country, fmt.name, score, repairs)

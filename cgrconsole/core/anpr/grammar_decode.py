"""CTC decoding under the plate grammar: the best path whose text is a valid plate of some format.

Each format (:data:`~cgrconsole.core.anpr.formats.FORMATS`) becomes a chain of positions, each with its
own alphabet (digits where the layout has a digit, the format's letters where it has a letter, the digits a
valid region code can have at that place). A Viterbi pass over the network's time steps, run for every
format at once (numpy over format x position x character), finds for each format the likeliest CTC path
whose collapsed text has exactly the format's length and a permitted character at every position. The
formats' regular expressions can be stricter than per-position alphabets (region ``0[1-9]|1\\d|20``, at
most two letters on a Chinese plate): a best text that fails its format's pattern is repaired by the
likeliest substitutions on the same alignment, tried best first.
"""

from __future__ import annotations

import heapq
import math
import random
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

import numpy as np

from cgrconsole.core.anpr.formats import DIGITS, FORMATS, FORMATS_BY_NAME, LATIN, TRAFFIC_MIX, PlateFormat

ALPHABET = DIGITS + LATIN
"""The plate network's characters after the CTC blank (class 0): plates in normalized form. A Russian
plate's Cyrillic letters are learnt under their Latin lookalikes (``formats.RU_LETTERS``), as
normalize() maps them."""
NEG = -1e9
PRIOR_WEIGHT = 1e-3  # the traffic mix only breaks ties (KG 01123ABC and UZ 01123ABC are one text)
REPAIR_TRIES = 200
SURE_BLANK = 0.995  # consecutive steps this sure of the blank are decoded as one step (about half of them)
_INDEX = {ch: i for i, ch in enumerate(ALPHABET)}


@dataclass(frozen=True)
class PlateNetReading:
    """What the network read: the best plate that fits a format (None when none fits), its format and
    country, a confidence 0..1 and the unconstrained text. The confidence is the least sure character's
    probability times the constrained path's probability over the free best path's: it falls when the
    grammar had to override the network (a glyph dropped, a region code changed)."""

    plate: str | None
    format_name: str
    confidence: float
    free_text: str

    @property
    def country(self) -> str:
        return FORMATS_BY_NAME[self.format_name].country if self.format_name else ""


@dataclass(frozen=True)
class _Grammar:
    formats: tuple[PlateFormat, ...]
    lengths: np.ndarray  # F
    allowed: np.ndarray  # F x Lmax x C (bool)
    prior: np.ndarray  # F


def _position_alphabets(fmt: PlateFormat) -> list[str]:
    """The characters each position of ``fmt`` may hold (region positions: as valid region codes have)."""
    sample = fmt.generate(random.Random(0))
    region_at = [i for i, code in enumerate(fmt.layout) if code in "RA"]
    region_chars = "".join(sorted(set("".join(fmt.regions)))) if fmt.layout.count("A") else DIGITS
    valid = set()
    for chars in product(region_chars, repeat=len(region_at)):
        text = list(sample)
        for i, ch in zip(region_at, chars, strict=True):
            text[i] = ch
        if fmt.matches("".join(text)):
            valid.add(chars)
    alphabets = []
    for i, code in enumerate(fmt.layout):
        if code in "RA":
            alphabets.append("".join(sorted({chars[region_at.index(i)] for chars in valid})))
        elif code == "D":
            alphabets.append(DIGITS)
        elif code == "L":
            alphabets.append(fmt.letters)
        else:  # X: letter or digit
            alphabets.append(DIGITS + fmt.letters)
    return alphabets


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    longest = max(f.length for f in FORMATS)
    allowed = np.zeros((len(FORMATS), longest, len(ALPHABET)), bool)
    for f, fmt in enumerate(FORMATS):
        for k, chars in enumerate(_position_alphabets(fmt)):
            allowed[f, k, [_INDEX[c] for c in chars]] = True
    top = max(TRAFFIC_MIX.values())
    prior = np.array([PRIOR_WEIGHT * math.log(TRAFFIC_MIX.get(f.name, 0.001) / top) for f in FORMATS])
    return _Grammar(FORMATS, np.array([f.length for f in FORMATS]), allowed, prior)


def free_text(probs: np.ndarray) -> str:
    """The unconstrained best-path text (argmax per step, repeats merged, blanks dropped)."""
    best = probs.argmax(axis=1)
    out, last = [], 0
    for cls in best:
        if cls and cls != last:
            out.append(ALPHABET[cls - 1])
        last = cls
    return "".join(out)


def _viterbi(logp: np.ndarray, g: _Grammar) -> tuple[np.ndarray, list[tuple[np.ndarray, np.ndarray]]]:
    """Per-format best constrained path scores (F) and the states before each step (for the backtrack).

    ``in_char[f, k, c]``: the best score of a path that has written positions 0..k and is in the run of
    character ``c`` at position k; ``in_blank[f, k]``: of one in a blank after k characters.
    """
    n_formats, longest, n_chars = g.allowed.shape
    blank, chars = logp[:, 0].astype(np.float32), logp[:, 1:].astype(np.float32)
    mask = np.where(g.allowed, 0.0, NEG).astype(np.float32)
    in_char = np.full((n_formats, longest, n_chars), NEG, np.float32)
    in_blank = np.full((n_formats, longest + 1), NEG, np.float32)
    in_blank[:, 0] = 0.0
    rows = np.arange(n_formats * (longest - 1))
    from_char = np.full_like(in_char, NEG)
    history = []
    for t in range(logp.shape[0]):
        history.append((in_char, in_blank))
        first_c = in_char[:, :-1].argmax(axis=2)
        first = in_char[:, :-1].max(axis=2)
        others = in_char[:, :-1].reshape(-1, n_chars).copy()
        others[rows, first_c.ravel()] = NEG
        second = others.max(axis=1).reshape(n_formats, longest - 1)
        # entering position k with char c: from position k-1's best other char, or from its blank
        same = np.arange(n_chars) == first_c[..., None]
        from_char[:, 1:] = np.where(same, second[..., None], first[..., None])
        best = np.maximum(np.maximum(in_char, in_blank[:, :-1, None]), from_char)
        new_blank = in_blank.copy()
        np.maximum(new_blank[:, 1:], in_char.max(axis=2), out=new_blank[:, 1:])
        in_char = np.maximum(best + (chars[t] + mask), NEG)
        in_blank = np.maximum(new_blank + blank[t], NEG)
    history.append((in_char, in_blank))
    formats = np.arange(n_formats)
    end_char = in_char[formats, g.lengths - 1].max(axis=1)
    return np.maximum(end_char, in_blank[formats, g.lengths]), history


def _best_other(scores: np.ndarray, c: int) -> tuple[float, int]:
    """The best score over characters other than ``c``, and that character."""
    others = scores.copy()
    others[c] = NEG
    best = int(others.argmax())
    return float(others[best]), best


def _backtrack(
    f: int, g: _Grammar, history: list[tuple[np.ndarray, np.ndarray]]
) -> list[tuple[int, list[int]]]:
    """The best path of format ``f``: per position, its character index and the steps it spans.

    Walks back through the states before each step, choosing the predecessor the forward pass chose.
    """
    in_char, in_blank = history[-1]
    length = int(g.lengths[f])
    c = int(in_char[f, length - 1].argmax())
    kind, k = ("char", length - 1) if in_char[f, length - 1, c] >= in_blank[f, length] else ("blank", length)
    spans: dict[int, tuple[int, list[int]]] = {}
    for t in range(len(history) - 2, -1, -1):
        before_char, before_blank = history[t]
        if kind == "char":
            spans.setdefault(k, (c, []))[1].append(t)
            stay, enter = float(before_char[f, k, c]), float(before_blank[f, k])
            other, other_c = _best_other(before_char[f, k - 1], c) if k else (NEG, 0)
            if other > max(stay, enter):
                k, c = k - 1, other_c
            elif enter > stay:
                kind = "blank"
        elif k > 0:
            last_c = int(before_char[f, k - 1].argmax())
            if before_char[f, k - 1, last_c] > before_blank[f, k]:
                kind, k, c = "char", k - 1, last_c
    return [spans.get(k, (0, [])) for k in range(length)]


def _repair(
    fmt: PlateFormat, f: int, g: _Grammar, logp: np.ndarray, path: list[tuple[int, list[int]]]
) -> str | None:
    """The likeliest text on this alignment that matches ``fmt``'s pattern (substitutions best first)."""
    options = []
    for k, (_, steps) in enumerate(path):
        allowed = np.flatnonzero(g.allowed[f, k])
        score = logp[steps][:, 1 + allowed].max(axis=0) if steps else np.zeros(len(allowed))
        ranked = sorted(zip(score.tolist(), allowed.tolist(), strict=True), reverse=True)[:4]
        options.append([(ranked[0][0] - s, c) for s, c in ranked])
    start = (0.0, (0,) * len(options))
    heap, seen = [start], {start[1]}
    for _ in range(REPAIR_TRIES):
        if not heap:
            break
        cost, picks = heapq.heappop(heap)
        text = "".join(ALPHABET[options[k][p][1]] for k, p in enumerate(picks))
        if fmt.matches(text):
            return text
        for k, p in enumerate(picks):
            if p + 1 < len(options[k]):
                nxt = (*picks[:k], p + 1, *picks[k + 1 :])
                if nxt not in seen:
                    seen.add(nxt)
                    heapq.heappush(heap, (cost - options[k][p][0] + options[k][p + 1][0], nxt))
    return None


def decode(probs: np.ndarray) -> PlateNetReading:
    """The best format-valid plate of one crop's T x (1 + len(ALPHABET)) class probabilities."""
    g = grammar()
    free = free_text(probs)
    sure = probs[:, 0] > SURE_BLANK
    starts = np.flatnonzero(~(sure & np.concatenate([[False], sure[:-1]])))
    logp = np.add.reduceat(np.log(np.maximum(probs, 1e-12)), starts, axis=0)
    probs = np.exp(logp)
    scores, trace = _viterbi(logp, g)
    free_score = float(logp.max(axis=1).sum())
    for f in np.argsort(-(scores + g.prior)):
        if scores[f] <= NEG / 2:
            break
        fmt = g.formats[f]
        path = _backtrack(int(f), g, trace)
        text = "".join(ALPHABET[c] for c, _ in path)
        if not fmt.matches(text):
            repaired = _repair(fmt, int(f), g, logp, path)
            if repaired is None:
                continue
            text = repaired
        peaks = [
            float(probs[steps, 1 + _INDEX[ch]].max()) if steps else 0.0
            for ch, (_, steps) in zip(text, path, strict=True)
        ]
        forced = math.exp(min(0.0, float(scores[f]) - free_score))  # < 1 when the grammar overrode the net
        return PlateNetReading(text, fmt.name, round(min(peaks) * forced, 4), free)
    return PlateNetReading(None, "", 0.0, free)

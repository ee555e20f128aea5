"""Finding and reading number expressions in plain text, before any syntax is consulted.

Kept free of spaCy so that the reading of "eighty-two", "1.5 million", "50 000", "between 20
and 30" or "tens of thousands" can be tested on strings alone.  Deciding whether a number is a
*figure* (and of what) is left to ``figures.py``, which has the parse.

Conventions:

* a range ("between 20 and 30", "20 to 30", "20-30") has ``low``/``high`` and ``value`` None:
  a range is not a point, and inventing a midpoint would make it look like one;
* a vague amount ("dozens", "tens of thousands", "scores of") has every number None and the
  qualifier ``vague``;
* the qualifier comes from the hedge written just before the number ("more than", "about") or
  just after it ("or more", "or so"); a bare number or range is ``exact``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass

from eventcoder.extract.figures.config import FigureConfig
from eventcoder.extract.lexicons import lexicon

UNITS: dict[str, int] = {w: int(v) for w, v in lexicon("number_words").labels().items()}
"""Numbers in words ('eighty-two' is read as eighty + two): ``number_words.yaml``."""
SCALES: dict[str, int] = {w: int(v) for w, v in lexicon("number_scales").labels().items()}
"""Multipliers ('1.5 million', 'two dozen'): ``number_scales.yaml``."""
QUALIFIER_PHRASES: dict[str, str] = lexicon("hedges_before").labels()
"""Hedge written before a number → qualifier ('more than 40'): ``hedges_before.yaml``."""
SUFFIX_QUALIFIERS: dict[str, str] = lexicon("hedges_after").labels()
"""Hedge written after a number → qualifier ('40 or more'): ``hedges_after.yaml``."""


def _longest_first(phrases: list[str]) -> list[str]:
    """Longest first, so that 'just under' is tried before 'under'."""
    return sorted(phrases, key=len, reverse=True)


_WORD = "|".join(sorted([*UNITS, *SCALES], key=len, reverse=True))
_UNIT_WORD = "|".join(sorted(UNITS, key=len, reverse=True))
_AFTER_SCALE = "".join(f"(?<={w})" if i == 0 else f"|(?<={w})" for i, w in enumerate(SCALES))
# A number in words starts with a unit word or "a"/"an" + scale; "and" only follows a scale
# ("two hundred and fifty"), so "two and three" stays two numbers.
_WORD_NUM = (
    rf"(?:(?:(?:a|an)\s+(?:{'|'.join(SCALES)})|(?:{_UNIT_WORD}))\b"
    rf"(?:(?:(?:{_AFTER_SCALE})\s+and\s+|[\s-]+)(?:{_WORD})\b)*)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.:])|\d+)(?:\.\d+)?"
_SCALE_AFTER = r"(?:\s*(?:million|billion|thousand|hundred|mn|bn)\b)?"
# No digit, letter, currency sign or clock colon may touch a numeral: that keeps out "5am",
# "15th", "$40", "03:00", "A4" and the pieces of dates like 12/03.
_NUM_CORE = rf"(?:{_DIGITS}{_SCALE_AFTER}(?![\w:/]|[.,]\d)|{_WORD_NUM}(?![\w-]))"
_NUMERAL = rf"(?<![\w$€£¥#+:/.,-]){_NUM_CORE}"
_PERCENT = r"(?:\s*%|\s*(?:per\s*cent|percent)\b)"
_RANGE = (
    rf"(?P<between>\bbetween\s+)(?P<first>{_NUMERAL})(?P<pct1>{_PERCENT})?\s+and\s+(?P<second>{_NUM_CORE})|"
    rf"(?:\bfrom\s+)?(?P<first2>{_NUMERAL})(?P<pct2>{_PERCENT})?\s*(?:-|–|—|\bto\b|\bor\b)\s*(?P<second2>{_NUM_CORE})"
)
_VAGUE = (
    r"\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|"
    r"(?:several|a\s+few|many)\s+(?:dozen|hundred|thousand|million)s?|"
    r"dozens|scores(?=\s+of\b)|hundreds|thousands|millions)\b"
)
_HEDGE = "|".join(re.escape(p) for p in _longest_first(list(QUALIFIER_PHRASES)))
# Every expression starts a word (hedges, 'between', 'from', numerals and vague words are all
# guarded so): the leading word-start test turns the regex away from mid-word positions at once.
_PATTERN = re.compile(
    rf"(?<!\w)(?=\w)(?P<hedge>(?<![\w-])(?:{_HEDGE})\s+)?(?:(?P<range>{_RANGE})|"
    rf"(?P<vague>{_VAGUE})|(?P<single>{_NUMERAL}))(?P<pct>{_PERCENT})?",
    re.IGNORECASE,
)
# Three or more digit groups in a row that are not thousands groups ("50 000 000") are
# phone, fax or reference numbers.
_PHONE = re.compile(r"\+?\(?\d{1,4}\)?(?:[ .-]\(?\d{2,4}\)?){2,}")
_THOUSANDS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")


@dataclass(frozen=True)
class NumberMention:
    """A number expression found in text: character offsets plus its reading."""

    start: int
    """Start of the whole phrase, hedge included ("more than 1500")."""
    end: int
    num_start: int
    """Start of the numeral itself, after the hedge."""
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    percent: bool

    @property
    def vague(self) -> bool:
        return self.qualifier == "vague"


def parse_number(text: str, max_value: float = FigureConfig.max_value) -> float | None:
    """Read one numeral ("50,000", "50 000", "1.5 million", "eighty-two", "a dozen") as a float.

    None for what is no plausible amount: above ``max_value``, or not finite.
    """
    value = _parse_number(text)
    if value is None or not math.isfinite(value) or abs(value) > max_value:
        return None
    return value


def _parse_number(text: str) -> float | None:
    s = re.sub(r"[\u00a0\u202f]", " ", text.strip().lower())
    m = re.fullmatch(r"(\d[\d, ]*(?:\.\d+)?)\s*(million|billion|thousand|hundred|mn|bn)?", s)
    if m:
        digits = m.group(1).replace(",", "").replace(" ", "")
        try:
            value = float(digits)
        except ValueError:
            return None
        scale = {"mn": "million", "bn": "billion"}.get(m.group(2) or "", m.group(2))
        return value * SCALES[scale] if scale else value
    return _parse_words(s)


def _parse_words(s: str) -> float | None:
    """Read number words: "two hundred and fifty", "eighty-two", "a dozen", "1.5 million"."""
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", s):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = current or 1.0
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in SCALES:
            scale = SCALES[word]
            if scale >= 1000:
                total += (current or 1.0) * scale
                current = 0.0
            else:
                current = (current or 1.0) * scale
        else:
            try:
                current += float(word.replace(",", ""))
            except ValueError:
                return None
        seen = True
    return total + current if seen else None


def _qualifier(text: str, hedge: str | None, end: int) -> tuple[str, int]:
    """The hedge before the number, or a suffix hedge ("or more") after it, and the new end."""
    if hedge:
        key = re.sub(r"\s+", " ", hedge.strip().lower())
        return QUALIFIER_PHRASES[key], end
    after = text[end:end + 12].lower()
    for phrase in _longest_first(list(SUFFIX_QUALIFIERS)):
        qualifier = SUFFIX_QUALIFIERS[phrase]
        m = re.match(rf"\s+{phrase}\b", after)
        if m:
            return qualifier, end + m.end()
    return "exact", end


def find_numbers(text: str, max_value: float = FigureConfig.max_value) -> list[NumberMention]:
    """Every number expression in ``text`` with its hedge, range and percent sign read;
    numbers above ``max_value`` are codes or overflows, not amounts, and are left out."""
    found: list[NumberMention] = []
    phones = _phone_spans(text)
    phone_starts = [a for a, _ in phones]
    for m in _PATTERN.finditer(text):
        i = bisect_right(phone_starts, m.start()) - 1
        if i >= 0 and m.start() < phones[i][1]:
            continue  # phone spans are disjoint and sorted: only the last one starting before can hold it
        hedge = m.group("hedge")
        start, num_start = m.start(), (m.end("hedge") if hedge else m.start())
        percent = bool(m.group("pct") or m.group("pct1") or m.group("pct2"))
        if m.group("vague"):
            found.append(NumberMention(start, m.end(), num_start, None, None, None, "vague", percent))
            continue
        qualifier, end = _qualifier(text, hedge, m.end())
        if m.group("range"):
            first, second = m.group("first") or m.group("first2"), m.group("second") or m.group("second2")
            low, high = parse_number(first, max_value), parse_number(second, max_value)
            if low is None or high is None or high <= low:
                found.extend(_after_spaced_dash(m, text, max_value))
                continue  # "2016-17", scores and codes are not a spread of a count
            found.append(NumberMention(start, end, num_start, None, low, high, qualifier, percent))
            continue
        value = parse_number(m.group("single"), max_value)
        if value is not None:
            found.append(NumberMention(start, end, num_start, value, None, None, qualifier, percent))
    return found


def _after_spaced_dash(m: re.Match[str], text: str, max_value: float) -> list[NumberMention]:
    """'on 4 May 2025 - 4 dead': a falling 'range' whose dash stands between spaces joins a date's
    year to a telegraphic tally; the figure after the dash is a number of its own."""
    second = m.group("second2")
    if second is None or not re.fullmatch(r"\s+[-\u2013\u2014]\s+", text[m.end("first2"):m.start("second2")]):
        return []
    value = parse_number(second, max_value)
    at = m.start("second2")
    return [] if value is None else [NumberMention(at, m.end("second2"), at, value, None, None, "exact", False)]


def _phone_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of phone-like digit runs, which hold no counts."""
    spans = []
    for m in _PHONE.finditer(text):
        if not _THOUSANDS.fullmatch(m.group()) and not re.fullmatch(r"\d+-\d+", m.group()):
            spans.append((m.start(), m.end()))
    return spans

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

import re
from dataclasses import dataclass

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000,
}

# Hedges, longest first so that "just under" wins over "under".
QUALIFIER_PHRASES: tuple[tuple[str, str], ...] = (
    ("in excess of", "more_than"), ("upwards of", "more_than"), ("more than", "more_than"),
    ("well over", "more_than"), ("over", "more_than"), ("above", "more_than"),
    ("at least", "at_least"), ("no fewer than", "at_least"), ("no less than", "at_least"),
    ("a minimum of", "at_least"),
    ("fewer than", "less_than"), ("less than", "less_than"), ("under", "less_than"),
    ("below", "less_than"),
    ("up to", "up_to"), ("as many as", "up_to"), ("a maximum of", "up_to"),
    ("an estimated", "about"), ("approximately", "about"), ("roughly", "about"),
    ("around", "about"), ("about", "about"), ("nearly", "about"), ("almost", "about"),
    ("close to", "about"), ("some", "about"), ("approx.", "about"), ("estimated", "about"),
    ("just under", "about"), ("just over", "about"), ("an approximate", "about"),
)
SUFFIX_QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("or more", "at_least"), ("and more", "at_least"), ("or so", "about"),
    ("or fewer", "up_to"), ("or less", "up_to"),
)

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
_HEDGE = "|".join(re.escape(p) for p, _ in QUALIFIER_PHRASES)
_PATTERN = re.compile(
    rf"(?P<hedge>(?<![\w-])(?:{_HEDGE})\s+)?(?:(?P<range>{_RANGE})|"
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


def parse_number(text: str) -> float | None:
    """Read one numeral ("50,000", "50 000", "1.5 million", "eighty-two", "a dozen") as a float."""
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
        return dict(QUALIFIER_PHRASES)[key], end
    after = text[end:end + 12].lower()
    for phrase, qualifier in SUFFIX_QUALIFIERS:
        m = re.match(rf"\s+{phrase}\b", after)
        if m:
            return qualifier, end + m.end()
    return "exact", end


def find_numbers(text: str) -> list[NumberMention]:
    """Every number expression in ``text`` with its hedge, range and percent sign read."""
    found: list[NumberMention] = []
    phones = _phone_spans(text)
    for m in _PATTERN.finditer(text):
        if any(a <= m.start() < b for a, b in phones):
            continue
        hedge = m.group("hedge")
        start, num_start = m.start(), (m.end("hedge") if hedge else m.start())
        percent = bool(m.group("pct") or m.group("pct1") or m.group("pct2"))
        if m.group("vague"):
            found.append(NumberMention(start, m.end(), num_start, None, None, None, "vague", percent))
            continue
        qualifier, end = _qualifier(text, hedge, m.end())
        if m.group("range"):
            first, second = m.group("first") or m.group("first2"), m.group("second") or m.group("second2")
            low, high = parse_number(first), parse_number(second)
            if low is None or high is None or high <= low:
                continue  # "2016-17", scores and codes are not a spread of a count
            found.append(NumberMention(start, end, num_start, None, low, high, qualifier, percent))
            continue
        value = parse_number(m.group("single"))
        if value is not None:
            found.append(NumberMention(start, end, num_start, value, None, None, qualifier, percent))
    return found


def _phone_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of phone-like digit runs, which hold no counts."""
    spans = []
    for m in _PHONE.finditer(text):
        if not _THOUSANDS.fullmatch(m.group()) and not re.fullmatch(r"\d+-\d+", m.group()):
            spans.append((m.start(), m.end()))
    return spans

"""Years written in words, as broadcast transcripts and quoted speech give them.

'nineteen ninety-six', 'eighteen oh five', 'January nineteen ninety-seven', 'the year two
thousand', 'two thousand and three'. The number words come from ``number_words.yaml``; a
plain 'two thousand' is a count unless 'the year' or a preposition says it is a time.
"""

from __future__ import annotations

import re

from eventcoder.extract.dates.expr import Expr
from eventcoder.extract.dates.lexicon import MONTH_RE, NUMBER_WORDS, month_number

_I = "(?i:{})".format


def _named(low: int, high: int, step: int = 1) -> dict[str, int]:
    return {w: v for w, v in NUMBER_WORDS.items() if low <= v <= high and v % step == 0 and w not in ("a", "an")}


_UNITS = _named(1, 9)
_TEENS = _named(10, 19)
_TENS = _named(20, 90, 10)
_CENTURIES = {w: v for w, v in _TEENS.items() if v in (18, 19)} | {w: v for w, v in _TENS.items() if v == 20}


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_TAIL = (r"(?:(?P<tens>" + _alt(_TENS) + r")(?:[\s-](?P<unit>" + _alt(_UNITS) + r"))?|(?P<teen>" + _alt(_TEENS)
         + r")|oh[\s-](?P<oh>" + _alt(_UNITS) + r")|(?P<hundred>hundred))")
_THOUSANDS = r"two\s+thousand(?:\s+(?:and\s+)?(?P<small>" + _alt(_TEENS | _UNITS) + r"))?"
PATTERN = (
    r"(?:\b(?P<prep>" + _I(r"in|since|until|till|by|from|during|before|after|around") + r")\s+)?"
    r"(?:(?P<theyear>" + _I(r"the\s+year") + r")\s+)?(?:\b(?P<mon>" + MONTH_RE + r")\s+)?\b(?P<y>"
    + _I(r"(?P<century>" + _alt(_CENTURIES) + r")[\s-]+" + _TAIL + r"|" + _THOUSANDS) + r")(?![\w-])"
)
ANCHOR = r"\b(?i:" + _alt(_CENTURIES) + r"|thousand)(?!\w)"


def _value(m: re.Match[str]) -> int:
    """The year the words spell."""
    groups = {k: (v or "").lower() for k, v in m.groupdict().items()}
    if not groups["century"]:
        return 2000 + NUMBER_WORDS.get(groups["small"], 0)
    base = NUMBER_WORDS[groups["century"]] * 100
    if groups["hundred"]:
        return base
    if groups["oh"]:
        return base + NUMBER_WORDS[groups["oh"]]
    if groups["teen"]:
        return base + NUMBER_WORDS[groups["teen"]]
    return base + NUMBER_WORDS[groups["tens"]] + NUMBER_WORDS.get(groups["unit"], 0)


def spelled_year(m: re.Match[str]) -> Expr | None:
    """A year in words; 'two thousand' alone only after 'the year' or a preposition."""
    if not m.group("century") and not m.group("small") and not (m.group("theyear") or m.group("prep")):
        return None
    month = month_number(m.group("mon")) if m.group("mon") else None
    prep = (m.group("prep") or "").lower()
    return Expr(kind="calendar", year=_value(m), month=month, since=prep == "since")

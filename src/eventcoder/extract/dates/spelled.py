"""Years, decades and centuries written in words or ordinals, as transcripts and quoted speech
give them.

'nineteen ninety-six', 'eighteen oh five', 'January nineteen ninety-seven', 'the year two
thousand', 'two thousand and three'; 'the nineties' (1990 to 1999); 'the 20th century' (1900
to 1999). The number words come from ``number_words.yaml``; a plain 'two thousand' is a count
unless 'the year' or a preposition says it is a time.
"""

from __future__ import annotations

import re

from eventcoder.extract.dates.expr import Expr
from eventcoder.extract.dates.lexicon import MONTH_RE, NUMBER_WORDS, month_number, word_anchor

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
ANCHOR = word_anchor([*_CENTURIES, "thousand"])


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


_DECADE_WORDS = {w[:-1] + "ies": v for w, v in _TENS.items() if w.endswith("y")}
"""'the nineties' from 'ninety': the decades of the 1900s in words."""
DECADE = (r"\b(?:(?P<mod>" + _I(r"early|late|mid") + r")[\s-]+)?" + _I("the") + r"\s+(?:(?P<mod2>" + _I(r"early|late|mid")
          + r")[\s-]+)?(?P<w>" + _I(_alt(_DECADE_WORDS)) + r")(?![\w-])")
DECADE_ANCHOR = word_anchor(list(_DECADE_WORDS))
CENTURY = r"\b(?:" + _I("the") + r"\s+)?(?P<n>[1-2]?\d)(?:st|nd|rd|th)[\s-]+" + _I("century") + r"(?![\w-])"
CENTURY_ANCHOR = word_anchor(["century"])


def decade(m: re.Match[str]) -> Expr | None:
    """'the nineties' is 1990 to 1999."""
    return Expr(kind="decade", year=1900 + _DECADE_WORDS[m.group("w").lower()], count=10)


def century(m: re.Match[str]) -> Expr | None:
    """'the 20th century' is 1900 to 1999 ('11th century': 1000 to 1099)."""
    n = int(m.group("n"))
    return Expr(kind="decade", year=(n - 1) * 100, count=100) if n >= 1 else None

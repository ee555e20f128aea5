"""Grammar rules for reporting periods and times counted from the last time mentioned.

'the third quarter', 'this year's first quarter', 'the year-earlier period', 'two days later',
'year-ago': economic and wire copy states periods this way, and several of them only mean
something against the time mentioned before them (see :mod:`.anaphora`).
"""

from __future__ import annotations

import re
from typing import cast

from eventcoder.extract.dates.expr import Direction, Expr, Unit
from eventcoder.extract.dates.lexicon import MONTH_RE, NUMBER_WORD_RE, UNITS, month_number, number_value, word_anchor
from eventcoder.extract.lexicons import lexicon

_I = "(?i:{})".format
_YEAR = r"(?:1[89]|20)\d\d"
_QUARTER_WORDS = lexicon("quarter_words").labels()
_PERIOD_WORDS = lexicon("reporting_periods").labels()
_SHIFT_WORDS = lexicon("reference_shifts").labels()


def _alternation(words: list[str]) -> str:
    """Longest first; a space in a phrase matches any run of spaces or a hyphen."""
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words, key=len, reverse=True))


_ORDINALS = _alternation([w for w, label in _QUARTER_WORDS.items() if label.isdigit()])
_QUARTER_ADJ = _alternation([w for w, label in _QUARTER_WORDS.items() if not label.isdigit()])
_REL_YEAR = r"(?P<{}>" + _I("this|last|next") + r")"

QUARTER = (
    r"\b(?:(?P<det>" + _I("the|this|that|its|their|a|an") + r")\s+)?"
    r"(?:(?P<y>" + _YEAR + r")(?:['’]s)?\s+|" + _REL_YEAR.format("rel") + r"\s+" + _I("year") + r"['’]s\s+)?"
    r"(?:(?P<adj>" + _I(_QUARTER_ADJ) + r")\s+)?(?:" + _I("fiscal") + r"[\s-]+)?"
    r"(?:(?P<ord>" + _I(_ORDINALS) + r")[\s-]+)?" + _I("quarter") + r"(?![\w-])"
    r"(?:\s+" + _I("of") + r"\s+(?:" + _I("fiscal") + r"\s+)?(?:(?P<y2>" + _YEAR + r")|"
    + _REL_YEAR.format("rel2") + r"\s+" + _I("year") + r"))?"
)
PERIOD = (
    r"\b" + _I("the") + r"\s+(?:(?P<y>" + _YEAR + r")|(?P<adj>" + _I(_alternation(list(_PERIOD_WORDS)))
    + r"))\s+" + _I("period") + r"(?!\w)(?:\s+(?P<back>" + _I("last|a") + r")\s+" + _I("year") + r"(?!\w))?"
)
SHIFTED = (
    r"\b(?:(?P<n>" + _I(r"\d+|" + NUMBER_WORD_RE) + r")\s+(?P<unit>" + _I(r"days?|weeks?|months?|years?")
    + r")\s+(?P<w>" + _I(_alternation(list(_SHIFT_WORDS))) + r")|(?P<adj>" + _I("year") + r")-(?P<w2>"
    + _I("earlier|ago") + r"))(?![\w-])"
)
_PARTS_OF_DAY = "morning|afternoon|evening|night"
SAME_YEAR = (r"\b(?:" + _I("earlier|later") + r"\s+(?=" + _I("that") + r"\s+(?!" + _I("year") + r")))?(?:" + _I(r"that(?:\s+same)?|the\s+same") + r")\s+(?P<unit>"
             + _I("year|day|" + _PARTS_OF_DAY) + r")(?![\w-])")
SAME_YEAR_ANCHOR = word_anchor(["year", "day", "morning", "afternoon", "evening", "night"])
QUARTER_ANCHOR = r"[qQ](?<!\w.)(?i:uarter)(?!\w)"
PERIOD_ANCHOR = r"[pP](?<!\w.)(?i:eriod)(?!\w)"
SHIFTED_ANCHOR = word_anchor(["earlier", "later", "ago"])


_YEAR_DIRECTIONS: dict[str, Direction] = {"this": "this", "last": "last", "next": "next"}


def _year_direction(word: str | None) -> Direction | None:
    return _YEAR_DIRECTIONS.get((word or "").lower())


_ENDED = re.compile(r"\s+(?i:ended|ending)\s+(?P<mon>" + MONTH_RE + r")\s+[0-3]?\d(?!\d)")


def _ended_quarter(m: re.Match[str]) -> int | None:
    """'the quarter ended Sept. 30': the calendar quarter closing that month (a fiscal quarter
    ending in another month names no calendar quarter)."""
    ended = _ENDED.match(m.string, m.end())
    month = month_number(ended.group("mon")) if ended else 0
    return month // 3 if month and month % 3 == 0 else None


def quarter(m: re.Match[str]) -> Expr | None:
    """A quarter needs a number, a telling word or 'the/this' ('a quarter of' is a fraction)."""
    ordinal, adj = m.group("ord"), m.group("adj")
    label = _QUARTER_WORDS.get(" ".join((adj or "").lower().split()))
    det = (m.group("det") or "").lower()
    if not (ordinal or adj or m.group("y") or m.group("rel") or det in ("the", "this", "that", "its", "their")):
        return None
    if re.match(r"\s+of\b", m.string[m.end():]) and not (m.group("y2") or m.group("rel2")):
        return None  # 'the first quarter of the city', 'a quarter of the population'
    year = m.group("y") or m.group("y2")
    mod = label if label in ("latest", "current", "next") else ("this" if det == "this" else None)
    count = int(_QUARTER_WORDS[ordinal.lower()]) if ordinal else _ended_quarter(m)
    return Expr(kind="quarter", count=count, year=int(year) if year else None,
                direction=_year_direction(m.group("rel") or m.group("rel2")), mod=mod,
                shift=-1 if label == "year_ago" else 0, refers_back=count is None and mod is None)


def period(m: re.Match[str]) -> Expr | None:
    """'the year-earlier period': the quarter mentioned last, or the same one a year back."""
    label = _PERIOD_WORDS.get((m.group("adj") or "").lower(), "same")
    back = label == "year_ago" or m.group("back") is not None
    year = m.group("y")
    return Expr(kind="quarter", year=int(year) if year else None, shift=-1 if back else 0, refers_back=True)


def same_year(m: re.Match[str]) -> Expr | None:
    """'that year', 'the same year': the year of the last time mentioned; 'that day', 'later that
    night', 'the same afternoon': the last day mentioned (none: not listed)."""
    unit: Unit = "year" if m.group("unit").lower() == "year" else "day"
    return Expr(kind="shifted", unit=unit, shift=0, refers_back=True)


def shifted(m: re.Match[str]) -> Expr | None:
    """'two days later' (+2 days), 'a year earlier', 'year-ago' (-1 year) from the last time mentioned."""
    if m.group("adj"):
        return Expr(kind="shifted", unit="year", shift=-1)
    count = number_value(m.group("n"))
    if count is None:
        return None
    return Expr(kind="shifted", unit=cast(Unit, UNITS[m.group("unit").lower()]), shift=count * int(_SHIFT_WORDS[m.group("w").lower()]))


YEAR_END = (
    r"\b(?P<prep>" + _I(r"by|before|at|around|about|until|till|through|since|from|after|near|towards?|to") + r")\s+"
    r"(?:(?P<rel>" + _I("this|last|next") + r")\s+)?" + _I(r"year[\s-]end|year['’]s\s+end") + r"(?![\w-])"
)
"""'by year-end', 'since year's end': a preposition is required, since 'year-end results' is a
noun's modifier, not a time of its own."""
YEAR_END_ANCHOR = r"[yY](?<!\w.)(?i:ear)(?=[\s'’-])"


def year_end(m: re.Match[str]) -> Expr | None:
    """'year-end' is the closing day of the year (the balance-sheet date), 31 December of the
    publication year; 'since year-end' looks back, so it is the last one passed."""
    since = m.group("prep").lower() == "since"
    rel = _year_direction(m.group("rel"))
    shift = {"last": -1, "next": 1}.get(rel or "", -1 if since and rel is None else 0)
    return Expr(kind="calendar", month=12, day=31, year_shift=shift, since=since)


FOLLOWING = (
    r"\b" + _I("the") + r"\s+(?P<w>" + _I("following|next|preceding") + r")\s+(?P<unit>"
    + _I("day|month|year|" + _PARTS_OF_DAY) + r")(?![\w'’-])"
)
"""'the following day', 'the preceding year': one unit on from the last time mentioned. Weeks are
left out (a day plus seven is not the week TimeML means), and so is 'the next month' or 'the
next year', which most often counts from publication ('talks resume the next month' is rare)."""
FOLLOWING_ANCHOR = word_anchor(["day", "month", "year", "morning", "afternoon", "evening", "night"], tail=r"(?![\w'’-])")


def following(m: re.Match[str]) -> Expr | None:
    """'the following month' (+1 from the last time told, at month precision); 'the next day' and
    'the next morning' only for days."""
    word, named = m.group("w").lower(), m.group("unit").lower()
    unit = cast(Unit, named if named in ("month", "year") else "day")  # 'the next morning': a day on
    if word == "next" and unit != "day":
        return None
    return Expr(kind="shifted", unit=unit, shift=-1 if word == "preceding" else 1, mod="whole")
